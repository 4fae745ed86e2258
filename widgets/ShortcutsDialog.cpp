#include "widgets/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sift {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 620);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutsSearchEdit"));
    m_search->setPlaceholderText(tr("Search actions or keys…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QSet<const QAction *> listed; // an action in two menus is listed under the first
    for (const ShortcutGroup &group : groups) {
        auto *heading = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const QAction *a : group.actions) {
            if (!a || a->shortcuts().isEmpty() || a->text().isEmpty() || listed.contains(a))
                continue;
            listed.insert(a);
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            auto *row = new QTreeWidgetItem(heading, {a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                      keys.join(QStringLiteral(", "))});
            row->setToolTip(0, a->statusTip().isEmpty() ? a->toolTip() : a->statusTip());
        }
        for (const auto &[text, keys] : group.keys)
            new QTreeWidgetItem(heading, {text, keys});
        if (heading->childCount() == 0)
            delete heading;
    }
    m_tree->expandAll();
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applySearch);
}

void ShortcutsDialog::applySearch(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(g);
        const bool groupMatches = !needle.isEmpty() && heading->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < heading->childCount(); ++i) {
            QTreeWidgetItem *row = heading->child(i);
            const bool match = needle.isEmpty() || groupMatches || row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        heading->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleShortcutCount() const
{
    int n = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *heading = m_tree->topLevelItem(g);
        for (int i = 0; heading && !heading->isHidden() && i < heading->childCount(); ++i)
            n += heading->child(i)->isHidden() ? 0 : 1;
    }
    return n;
}

} // namespace sift
