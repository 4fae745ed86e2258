#include "widgets/EntityDialog.h"

#include "core/project/Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace sift {

EntityDialog::EntityDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("entityDialog"));
    setWindowTitle(tr("Entities"));
    resize(720, 480);
    auto *layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entityList"));
    layout->addWidget(m_list, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("entityNameEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("entityKindCombo"));
    m_kind->addItem(tr("(unspecified)"), QString());
    for (const QString &k : entityKinds())
        m_kind->addItem(k, k);
    m_reliability = new QComboBox(this);
    m_reliability->setObjectName(QStringLiteral("entityReliabilityCombo"));
    const QStringList grades{tr("not rated"),           tr("A — completely reliable"),  tr("B — usually reliable"),
                             tr("C — fairly reliable"), tr("D — not usually reliable"), tr("E — unreliable"),
                             tr("F — cannot be judged")};
    for (int i = 0; i < grades.size(); ++i)
        m_reliability->addItem(grades.at(i), i == 0 ? QString() : QString(QChar(u'A' + i - 1)));
    m_aliases = new QLineEdit(this);
    m_aliases->setObjectName(QStringLiteral("entityAliasesEdit"));
    m_aliases->setPlaceholderText(tr("comma-separated, e.g. Kremlin, Moscow"));
    m_usage = new QLabel(this);
    m_usage->setWordWrap(true);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Reliability"), m_reliability);
    form->addRow(tr("&Aliases"), m_aliases);
    form->addRow(QString(), m_usage);
    right->addLayout(form);
    auto *mergeRow = new QHBoxLayout;
    m_mergeInto = new QComboBox(this);
    m_mergeInto->setObjectName(QStringLiteral("entityMergeCombo"));
    auto *merge = new QPushButton(tr("&Merge into"), this);
    merge->setObjectName(QStringLiteral("entityMergeButton"));
    mergeRow->addWidget(merge);
    mergeRow->addWidget(m_mergeInto, 1);
    right->addLayout(mergeRow);
    right->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &EntityDialog::loadCurrent);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && currentId())
            m_project.renameEntity(currentId(), m_name->text());
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (!m_loading && currentId())
            m_project.setEntityKind(currentId(), m_kind->currentData().toString());
    });
    connect(m_reliability, &QComboBox::activated, this, [this] {
        if (!m_loading && currentId())
            m_project.setEntityReliability(currentId(), m_reliability->currentData().toString());
    });
    connect(m_aliases, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || !currentId())
            return;
        QStringList aliases;
        for (const QString &a : m_aliases->text().split(QLatin1Char(','))) {
            if (!a.trimmed().isEmpty())
                aliases << a.trimmed();
        }
        m_project.setEntityAliases(currentId(), aliases);
    });
    connect(merge, &QPushButton::clicked, this, [this] {
        const qint64 into = m_mergeInto->currentData().toLongLong();
        if (currentId() && into)
            m_project.mergeEntities(currentId(), into);
    });
    connect(&m_project, &Project::entitiesChanged, this, &EntityDialog::reload);
    reload();
}

qint64 EntityDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void EntityDialog::reload()
{
    const qint64 current = currentId();
    m_loading = true;
    m_list->clear();
    m_mergeInto->clear();
    for (const Entity &e : m_project.entities().all()) {
        const QString label = e.reliability.isEmpty() ? e.name : QStringLiteral("%1  [%2]").arg(e.name, e.reliability);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.aliases.join(QStringLiteral(", ")));
        m_mergeInto->addItem(e.name, e.id);
        if (e.id == current)
            m_list->setCurrentItem(item);
    }
    m_loading = false;
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    loadCurrent();
}

void EntityDialog::loadCurrent()
{
    const auto e = m_project.entities().entity(currentId());
    m_loading = true;
    m_name->setText(e ? e->name : QString());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(e ? e->kind : QString())));
    m_reliability->setCurrentIndex(qMax(0, m_reliability->findData(e ? e->reliability : QString())));
    m_aliases->setText(e ? e->aliases.join(QStringLiteral(", ")) : QString());
    if (e) {
        const EntityStore::Usage u = m_project.entities().usage(e->id);
        m_usage->setText(tr("Claimant of %1 claim(s), relays %2, actor in %3 incident(s).")
                             .arg(u.claimsAsClaimant.size())
                             .arg(u.claimsAsReporter.size())
                             .arg(u.incidentsAsActor1.size() + u.incidentsAsActor2.size()));
    }
    m_loading = false;
}

} // namespace sift
