#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace sift {

/// One area of the window and the actions it offers (a menu, or a view's keys).
struct ShortcutGroup {
    QString title;
    QList<QAction *> actions;
    QList<QPair<QString, QString>> keys; ///< keys no action carries (text, keys), as in a find bar
};

/// Help ▸ Keyboard Shortcuts: every action that has a key, grouped by area, narrowed by a search box.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    /// Shortcut rows the search leaves visible.
    int visibleShortcutCount() const;

private:
    void applySearch(const QString &text);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace sift
