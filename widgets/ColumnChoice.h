#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTableView;

namespace sift {

/// One column a table's header menu can show or hide: its model column and the key it is kept under.
struct ChoosableColumn {
    int column;
    QString key;
};

/// Gives the table's header a context menu with a checkable action per column (named objectNamePrefix + key, its
/// text the column's tooltip header if it has one, else its header), hides the columns the settings list under
/// settingsKey (or hiddenByDefault when the user never chose), and keeps each later choice there.
void addColumnChoice(QTableView *table, const QString &settingsKey, const QList<ChoosableColumn> &columns,
                     const QStringList &hiddenByDefault, const QString &objectNamePrefix);

} // namespace sift
