#include "widgets/ClaimTableView.h"

#include "core/models/ClaimTableModel.h"
#include "core/models/IncidentTableModel.h"
#include "core/project/BulkEdits.h"
#include "core/project/Project.h"
#include "core/store/ClaimTableStore.h"
#include "widgets/ColumnChoice.h"
#include "widgets/InputDialogs.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sift {

namespace {

constexpr int kTriageStatuses = 8;

QList<qint64> unique(const QList<qint64> &ids)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}

/// QTableView's type-to-find walks every row through the model: on a lazy table of 200,000 claims that reads them
/// all. The letters are triage keys here, and the search box finds claims.
class LazyTableView final : public QTableView
{
public:
    using QTableView::QTableView;
    void keyboardSearch(const QString &) override {}
};

} // namespace

ClaimTableView::ClaimTableView(Project &project, ClaimTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(model)
{
    setObjectName(QStringLiteral("claimTableView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    buildFilterBar();
    buildTable();
    buildActions();
    refreshFilters();
    m_count->setText(tr("%n claim(s)", nullptr, m_model.rowCount()));
}

void ClaimTableView::buildFilterBar()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *bar = new QGridLayout;
    bar->setSpacing(4);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("claimsSearchEdit"));
    m_search->setPlaceholderText(tr("Words in quote, statement or rationale… (\"phrase\", prefix*, AND/OR/NOT)"));
    m_search->setClearButtonEnabled(true);
    auto combo = [this](const QString &name, const QString &any) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->addItem(any, QVariant());
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
        connect(c, &QComboBox::activated, this, &ClaimTableView::applyQuery);
        return c;
    };
    m_status = combo(QStringLiteral("claimsStatusFilter"), tr("any status"));
    m_stance = combo(QStringLiteral("claimsStanceFilter"), tr("any stance"));
    for (Stance s : allStances())
        m_stance->addItem(stanceLabel(s), stanceKey(s));
    m_claimant = combo(QStringLiteral("claimsClaimantFilter"), tr("any claimant"));
    m_reportedBy = combo(QStringLiteral("claimsReportedByFilter"), tr("any reporter"));
    m_tag = combo(QStringLiteral("claimsTagFilter"), tr("any tag"));
    m_outlet = combo(QStringLiteral("claimsOutletFilter"), tr("any outlet"));
    auto dateEdit = [this](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
        connect(e, &QLineEdit::editingFinished, this, &ClaimTableView::applyQuery);
        return e;
    };
    m_from = dateEdit(QStringLiteral("claimsFromEdit"), tr("from YYYY-MM-DD"));
    m_to = dateEdit(QStringLiteral("claimsToEdit"), tr("to YYYY-MM-DD"));
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("claimsClearFiltersButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show every claim"));
    connect(clear, &QToolButton::clicked, this, &ClaimTableView::clearFilters);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("claimsCountLabel"));

    bar->addWidget(m_search, 0, 0, 1, 3);
    bar->addWidget(m_from, 0, 3);
    bar->addWidget(m_to, 0, 4);
    bar->addWidget(clear, 0, 5);
    bar->addWidget(m_status, 1, 0);
    bar->addWidget(m_stance, 1, 1);
    bar->addWidget(m_claimant, 1, 2);
    bar->addWidget(m_reportedBy, 1, 3);
    bar->addWidget(m_tag, 1, 4);
    bar->addWidget(m_outlet, 1, 5);
    bar->setColumnStretch(0, 1);
    bar->setColumnStretch(1, 1);
    bar->setColumnStretch(2, 1);
    layout->addLayout(bar);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &ClaimTableView::applyQuery);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ClaimTableView::applyQuery);
}

void ClaimTableView::buildTable()
{
    m_table = new LazyTableView(this);
    m_table->setObjectName(QStringLiteral("claimsTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClaimTableModel::IdColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[ClaimTableModel::ColumnCount] = {4, 22, 18, 10, 9, 8, 8, 3, 8, 18, 9, 7, 4, 7, 9};
    for (int c = 0; c < ClaimTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    // The quote and the statement share what the other columns leave, so the table never scrolls sideways (at
    // 1280x800 the dock is about 840 px wide). Less used columns start hidden; the header's context menu shows or
    // hides each one, and the choice is kept.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(3 * em);
    header->setSectionResizeMode(ClaimTableModel::QuoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ClaimTableModel::StatementColumn, QHeaderView::Stretch);
    addColumnChoice(m_table, QStringLiteral("claims/hiddenColumns"),
                    {{ClaimTableModel::StatementColumn, QStringLiteral("Statement")},
                     {ClaimTableModel::ClaimantColumn, QStringLiteral("Claimant")},
                     {ClaimTableModel::ReportedByColumn, QStringLiteral("ReportedBy")},
                     {ClaimTableModel::StanceColumn, QStringLiteral("Stance")},
                     {ClaimTableModel::StatusColumn, QStringLiteral("Status")},
                     {ClaimTableModel::CredibilityColumn, QStringLiteral("Credibility")},
                     {ClaimTableModel::TagsColumn, QStringLiteral("Tags")},
                     {ClaimTableModel::ArticleColumn, QStringLiteral("Article")},
                     {ClaimTableModel::OutletColumn, QStringLiteral("Outlet")},
                     {ClaimTableModel::PublishedColumn, QStringLiteral("Published")},
                     {ClaimTableModel::IncidentsColumn, QStringLiteral("Incidents")},
                     {ClaimTableModel::UpdatedByColumn, QStringLiteral("UpdatedBy")},
                     {ClaimTableModel::UpdatedColumn, QStringLiteral("Updated")}},
                    {QStringLiteral("Credibility"), QStringLiteral("Tags"), QStringLiteral("Article"),
                     QStringLiteral("Outlet"), QStringLiteral("Published"), QStringLiteral("Incidents"),
                     QStringLiteral("UpdatedBy"), QStringLiteral("Updated")},
                    QStringLiteral("claimsColumn"));
    static_cast<QVBoxLayout *>(layout())->addWidget(m_table, 1);
    layout()->addWidget(m_count);

    connect(m_table, &QTableView::doubleClicked, this, [this] { activateCurrent(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ClaimTableView::showContextMenu);
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rowBeforeReset = m_table->currentIndex().row(); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n claim(s)", nullptr, m_model.rowCount()));
        // After an edit took rows out of the filter, stay at the same place: the next claim moves up.
        if (m_rowBeforeReset >= 0 && m_model.rowCount() > 0)
            setCurrentRow(qMin(m_rowBeforeReset, m_model.rowCount() - 1));
        m_rowBeforeReset = -1;
    });
    connect(&m_model, &ClaimTableModel::refreshed, this, [this] { refreshFilters(); });
}

void ClaimTableView::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        // Only while the table has focus: a digit typed in a field stays a digit.
        a->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(a);
        return a;
    };
    m_next = make(QStringLiteral("actionClaimsNext"), tr("Next Claim"), {QKeySequence(Qt::Key_J)});
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    m_previous = make(QStringLiteral("actionClaimsPrevious"), tr("Previous Claim"), {QKeySequence(Qt::Key_K)});
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    m_open = make(QStringLiteral("actionClaimsOpen"), tr("Open Claim in Its Article"),
                  {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(m_open, &QAction::triggered, this, &ClaimTableView::activateCurrent);
    for (int i = 0; i < kTriageStatuses; ++i) {
        QAction *a = make(QStringLiteral("actionClaimsStatus%1").arg(i + 1), QString(), {QKeySequence(Qt::Key_1 + i)});
        connect(a, &QAction::triggered, this, [this, i] { setStatusByPosition(i); });
        m_statusActions << a;
    }
    m_addTag = make(QStringLiteral("actionClaimsAddTag"), tr("Add Tag…"), {QKeySequence(Qt::Key_T)});
    connect(m_addTag, &QAction::triggered, this, &ClaimTableView::addTag);
    m_removeTag =
        make(QStringLiteral("actionClaimsRemoveTag"), tr("Remove Tag…"), {QKeySequence(Qt::SHIFT | Qt::Key_T)});
    connect(m_removeTag, &QAction::triggered, this, &ClaimTableView::removeTag);
    m_link = make(QStringLiteral("actionClaimsLinkIncident"), tr("Link to Incident…"), {QKeySequence(Qt::Key_I)});
    connect(m_link, &QAction::triggered, this, &ClaimTableView::linkToIncident);
    m_delete = make(QStringLiteral("actionClaimsDelete"), tr("Delete Claims"), {QKeySequence::Delete});
    connect(m_delete, &QAction::triggered, this, &ClaimTableView::deleteClaims);
    updateStatusActions();
}

void ClaimTableView::updateStatusActions()
{
    const QList<Status> statuses = m_project.vocabulary().statuses();
    for (int i = 0; i < m_statusActions.size(); ++i) {
        QAction *a = m_statusActions.at(i);
        const bool exists = i < statuses.size();
        a->setText(exists ? tr("Set Status: %1").arg(statuses.at(i).name) : tr("Set Status %1").arg(i + 1));
        a->setEnabled(exists && !m_project.isReadOnly());
    }
    for (QAction *a : {m_addTag, m_removeTag, m_link, m_delete})
        a->setEnabled(!m_project.isReadOnly());
}

QList<QAction *> ClaimTableView::triageActions() const
{
    return QList<QAction *>{m_next, m_previous, m_open} + m_statusActions;
}

QList<QAction *> ClaimTableView::bulkActions() const
{
    return {m_addTag, m_removeTag, m_link, m_delete};
}

void ClaimTableView::addContextAction(QAction *action)
{
    m_extraContext << action;
}

void ClaimTableView::refreshFilters()
{
    auto refill = [](QComboBox *combo, const QList<QPair<QVariant, QString>> &items) {
        const QVariant current = combo->currentData();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[data, text] : items)
            combo->addItem(text, data);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QVariant, QString>> statuses;
    for (const Status &s : m_project.vocabulary().statuses())
        statuses.append({s.id, s.name});
    refill(m_status, statuses);
    const ClaimTableStore store(m_project.db());
    for (auto [combo, reportedBy] : {std::pair{m_claimant, false}, std::pair{m_reportedBy, true}}) {
        QList<QPair<QVariant, QString>> entities;
        for (const auto &[id, name] : store.namedEntities(reportedBy))
            entities.append({id, name});
        refill(combo, entities);
    }
    QList<QPair<QVariant, QString>> tags;
    for (const QString &t : m_project.claims().tagNames())
        tags.append({t, t});
    refill(m_tag, tags);
    QList<QPair<QVariant, QString>> outlets;
    for (const QString &o : m_project.articles().outlets())
        outlets.append({o, o});
    refill(m_outlet, outlets);
    m_count->setText(tr("%n claim(s)", nullptr, m_model.rowCount()));
    updateStatusActions();
}

void ClaimTableView::applyQuery()
{
    m_searchTimer->stop();
    ClaimTableQuery q = m_model.query();
    q.text = m_search->text();
    q.statusId = m_status->currentData().toLongLong();
    q.stance = m_stance->currentData().toString();
    q.claimantId = m_claimant->currentData().toLongLong();
    q.reportedById = m_reportedBy->currentData().toLongLong();
    q.tag = m_tag->currentData().toString();
    q.outlet = m_outlet->currentData().toString();
    for (auto [edit, date] : {std::pair{m_from, &q.from}, std::pair{m_to, &q.to}}) {
        const QString text = edit->text().trimmed();
        *date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date->isValid())
            Q_EMIT message(tr("“%1” is not a date: use YYYY-MM-DD.").arg(text));
    }
    if (q.sameFilterAs(m_model.query()))
        return;
    if (const QString error = m_model.setQuery(q); !error.isEmpty())
        Q_EMIT message(error);
    m_count->setText(q.isFiltered() ? tr("%n claim(s) match the filter", nullptr, m_model.rowCount())
                                    : tr("%n claim(s)", nullptr, m_model.rowCount()));
}

void ClaimTableView::clearFilters()
{
    m_search->clear();
    m_from->clear();
    m_to->clear();
    for (QComboBox *c : {m_status, m_stance, m_claimant, m_reportedBy, m_tag, m_outlet})
        c->setCurrentIndex(0);
    applyQuery();
}

QList<qint64> ClaimTableView::selectedClaimIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        ids << m_model.claimIds(range.top(), range.bottom());
    if (ids.isEmpty()) {
        if (const qint64 id = currentClaim())
            ids << id;
    }
    return unique(ids);
}

qint64 ClaimTableView::currentClaim() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model.claimId(index.row()) : 0;
}

void ClaimTableView::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model.rowCount())
        return;
    const QModelIndex index = m_model.index(row, ClaimTableModel::QuoteColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ClaimTableView::step(int delta)
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + delta : 0;
    setCurrentRow(qBound(0, row, m_model.rowCount() - 1));
}

void ClaimTableView::activateCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    if (const qint64 id = m_model.claimId(index.row()))
        Q_EMIT claimActivated(id, m_model.articleId(index.row()));
}

void ClaimTableView::setStatusByPosition(int position)
{
    const QList<Status> statuses = m_project.vocabulary().statuses();
    const QList<qint64> ids = selectedClaimIds();
    if (position >= statuses.size() || ids.isEmpty())
        return;
    if (BulkEdits::setClaimsField(m_project, ids, ClaimStore::Field::Status, statuses.at(position).id))
        Q_EMIT message(tr("%n claim(s) set to %1", nullptr, int(ids.size())).arg(statuses.at(position).name));
}

void ClaimTableView::addTag()
{
    const QList<qint64> ids = selectedClaimIds();
    if (ids.isEmpty())
        return;
    const QString tag = InputDialogs::text(this, tr("Add Tag"), tr("Tag for %n claim(s):", nullptr, int(ids.size())),
                                           m_project.claims().tagNames());
    if (!tag.isEmpty() && BulkEdits::addClaimsTag(m_project, ids, tag))
        Q_EMIT message(tr("Tagged %n claim(s) “%1”", nullptr, int(ids.size())).arg(tag));
}

void ClaimTableView::removeTag()
{
    const QList<qint64> ids = selectedClaimIds();
    if (ids.isEmpty())
        return;
    const QString tag =
        InputDialogs::text(this, tr("Remove Tag"), tr("Tag to take off %n claim(s):", nullptr, int(ids.size())),
                           m_project.claims().tagNames());
    if (!tag.isEmpty() && BulkEdits::removeClaimsTag(m_project, ids, tag))
        Q_EMIT message(tr("Removed the tag “%1” from the selected claims").arg(tag));
}

void ClaimTableView::linkToIncident()
{
    const QList<qint64> ids = selectedClaimIds();
    if (ids.isEmpty())
        return;
    const QList<Incident> incidents = m_project.incidents().incidents();
    if (incidents.isEmpty()) {
        Q_EMIT message(tr("There is no incident yet: record one first (Incidents ▸ New Incident)."));
        return;
    }
    QStringList items;
    for (const Incident &i : incidents)
        items
            << tr("#%1  %2  %3  %4").arg(i.id).arg(IncidentTableModel::dateText(i.eventDate), i.eventType, i.location);
    const int chosen = InputDialogs::item(this, tr("Link to Incident"),
                                          tr("Incident for %n claim(s):", nullptr, int(ids.size())), items);
    if (chosen < 0)
        return;
    const qint64 incidentId = incidents.at(chosen).id;
    if (BulkEdits::linkClaimsToIncident(m_project, ids, incidentId))
        Q_EMIT message(tr("%n claim(s) linked to incident #%1", nullptr, int(ids.size())).arg(incidentId));
}

void ClaimTableView::deleteClaims()
{
    const QList<qint64> ids = selectedClaimIds();
    if (ids.isEmpty())
        return;
    if (BulkEdits::removeClaims(m_project, ids))
        Q_EMIT message(tr("Deleted %n claim(s); %1 brings them back", nullptr, int(ids.size()))
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void ClaimTableView::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid() && !m_table->currentIndex().isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("claimsContextMenu"));
    menu.addAction(m_open);
    menu.addSeparator();
    QMenu *status = menu.addMenu(tr("Set &Status"));
    for (QAction *a : std::as_const(m_statusActions)) {
        if (a->isEnabled())
            status->addAction(a);
    }
    QMenu *stance = menu.addMenu(tr("Set S&tance"));
    for (Stance s : allStances()) {
        connect(stance->addAction(stanceLabel(s)), &QAction::triggered, this, [this, s] {
            BulkEdits::setClaimsField(m_project, selectedClaimIds(), ClaimStore::Field::Stance, stanceKey(s));
        });
    }
    QMenu *credibility = menu.addMenu(tr("Set &Credibility"));
    for (int c = 0; c <= 6; ++c) {
        QAction *a = credibility->addAction(c == 0 ? tr("Not rated") : QString::number(c));
        connect(a, &QAction::triggered, this, [this, c] {
            BulkEdits::setClaimsField(m_project, selectedClaimIds(), ClaimStore::Field::Credibility, c);
        });
    }
    for (QMenu *m : {status, stance, credibility})
        m->setEnabled(!m_project.isReadOnly());
    menu.addSeparator();
    for (QAction *a : bulkActions())
        menu.addAction(a);
    if (!m_extraContext.isEmpty()) {
        menu.addSeparator();
        for (QAction *a : std::as_const(m_extraContext))
            menu.addAction(a);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace sift
