#include "widgets/ColumnChoice.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace sift {

void addColumnChoice(QTableView *table, const QString &settingsKey, const QList<ChoosableColumn> &columns,
                     const QStringList &hiddenByDefault, const QString &objectNamePrefix)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QStringList hidden = QSettings().value(settingsKey, hiddenByDefault).toStringList();
    for (const auto &[column, key] : columns) {
        // A short header (a count) has its full name as its tooltip.
        const QVariant name = table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole);
        auto *action = new QAction(
            (name.isValid() ? name : table->model()->headerData(column, Qt::Horizontal)).toString(), header);
        action->setObjectName(objectNamePrefix + key);
        action->setCheckable(true);
        action->setChecked(!hidden.contains(key));
        table->setColumnHidden(column, hidden.contains(key));
        QObject::connect(action, &QAction::toggled, table,
                         [table, column, key, settingsKey, hiddenByDefault](bool shown) {
                             table->setColumnHidden(column, !shown);
                             QSettings settings;
                             QStringList hidden = settings.value(settingsKey, hiddenByDefault).toStringList();
                             hidden.removeAll(key);
                             if (!shown)
                                 hidden << key;
                             settings.setValue(settingsKey, hidden);
                         });
        header->addAction(action);
    }
}

} // namespace sift
