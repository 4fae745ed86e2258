#include "core/models/ClaimTableModel.h"

#include "core/project/Project.h"

#include <QLocale>

namespace sift {

namespace {

constexpr int kMaxPages = 24; ///< about 5,000 rows cached

QString credibilityText(int credibility)
{
    return credibility > 0 ? QString::number(credibility) : QString();
}

} // namespace

ClaimTableModel::ClaimTableModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    for (const Status &s : m_project.vocabulary().statuses())
        m_statusColors.insert(s.id, s.color);
    try {
        m_count = ClaimTableStore(m_project.db()).count(m_query);
    } catch (const StoreError &) {
        m_count = 0; // an unreadable project shows no claims; the window has already said why
    }
    connect(&m_project, &Project::claimsChanged, this, &ClaimTableModel::scheduleRefresh);
    connect(&m_project, &Project::articleChanged, this, &ClaimTableModel::scheduleRefresh);
    connect(&m_project, &Project::articlesReset, this, &ClaimTableModel::scheduleRefresh);
    connect(&m_project, &Project::entitiesChanged, this, &ClaimTableModel::scheduleRefresh);
    connect(&m_project, &Project::incidentsChanged, this, &ClaimTableModel::scheduleRefresh);
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClaimTableRow *ClaimTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        QList<ClaimTableRow> rows;
        try {
            rows = ClaimTableStore(m_project.db()).rows(m_query, page * kPageSize, kPageSize);
        } catch (const StoreError &) {
            // A failing read shows empty rows; the next refresh tries again.
        }
        if (m_pageOrder.size() >= kMaxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        m_pageOrder << page;
        it = m_pages.insert(page, std::move(rows));
    }
    const int offset = row - page * kPageSize;
    // Rows deleted since the count leave the page short until the refresh that is already scheduled.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ClaimTableModel::display(const ClaimTableRow &r, int column) const
{
    switch (column) {
    case IdColumn:
        return r.id;
    case QuoteColumn:
        return r.quote;
    case StatementColumn:
        return r.statement;
    case ClaimantColumn:
        return r.claimant;
    case ReportedByColumn:
        return r.reportedBy;
    case StanceColumn:
        if (const auto stance = stanceFromKey(r.stance))
            return stanceLabel(*stance);
        return r.stance;
    case StatusColumn:
        return r.status;
    case CredibilityColumn:
        return credibilityText(r.credibility);
    case TagsColumn:
        return r.tags.join(QStringLiteral(", "));
    case ArticleColumn:
        return r.articleTitle;
    case OutletColumn:
        return r.outlet;
    case PublishedColumn:
        return r.published.isValid() ? r.published.toIso() : tr("unknown");
    case IncidentsColumn:
        return r.incidentCount;
    case UpdatedByColumn:
        return r.updatedBy;
    case UpdatedColumn:
        return QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() >= ColumnCount)
        return {};
    const ClaimTableRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn || index.column() == StatementColumn || index.column() == ArticleColumn)
            return display(*r, index.column());
        return {};
    case IdRole:
        return r->id;
    case ArticleIdRole:
        return r->articleId;
    case StatusIdRole:
        return r->statusId;
    case StatusColorRole:
        return m_statusColors.value(r->statusId);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return m_statusColors.value(r->statusId);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PublishedColumn && !r->published.isValid())
            return QColor(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == IncidentsColumn || index.column() == CredibilityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case QuoteColumn:
        return tr("Quote");
    case StatementColumn:
        return tr("Statement");
    case ClaimantColumn:
        return tr("Claimant");
    case ReportedByColumn:
        return tr("Reported by");
    case StanceColumn:
        return tr("Stance");
    case StatusColumn:
        return tr("Status");
    case CredibilityColumn:
        return tr("Cred.");
    case TagsColumn:
        return tr("Tags");
    case ArticleColumn:
        return tr("Article");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case IncidentsColumn:
        return tr("Incidents");
    case UpdatedByColumn:
        return tr("Updated by");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

void ClaimTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = ClaimTableQuery::Sort;
    static const Sort sorts[ColumnCount] = {Sort::Id,         Sort::Quote,   Sort::Statement, Sort::Claimant,
                                            Sort::ReportedBy, Sort::Stance,  Sort::Status,    Sort::Credibility,
                                            Sort::Tags,       Sort::Article, Sort::Outlet,    Sort::Published,
                                            Sort::Incidents,  Sort::Updated, Sort::Updated};
    if (column < 0 || column >= ColumnCount)
        return;
    ClaimTableQuery q = m_query;
    q.sort = sorts[column];
    q.descending = order == Qt::DescendingOrder;
    setQuery(q);
}

QString ClaimTableModel::setQuery(const ClaimTableQuery &query)
{
    int count = m_count;
    try {
        // A new sort order keeps the rows: only their order is asked of the database.
        if (!query.sameFilterAs(m_query))
            count = ClaimTableStore(m_project.db()).count(query);
    } catch (const StoreError &e) {
        return tr("Cannot list the claims: %1").arg(e.message());
    }
    beginResetModel();
    m_query = query;
    m_count = count;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
    Q_EMIT refreshed();
    return {};
}

void ClaimTableModel::scheduleRefresh()
{
    // Drop the cache now, so nothing reads a stale row; recount once the edit's signals are all out.
    m_pages.clear();
    m_pageOrder.clear();
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &ClaimTableModel::refresh, Qt::QueuedConnection);
}

void ClaimTableModel::refresh()
{
    m_refreshPending = false;
    m_statusColors.clear();
    for (const Status &s : m_project.vocabulary().statuses())
        m_statusColors.insert(s.id, s.color);
    int count = m_count;
    try {
        count = ClaimTableStore(m_project.db()).count(m_query);
    } catch (const StoreError &) {
        return;
    }
    m_pages.clear();
    m_pageOrder.clear();
    if (count == m_count) {
        // Same rows (an edit): keep the view's selection and current row, repaint.
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_count = count;
        endResetModel();
    }
    Q_EMIT refreshed();
}

qint64 ClaimTableModel::claimId(int row) const
{
    const ClaimTableRow *r = rowAt(row);
    return r ? r->id : 0;
}

qint64 ClaimTableModel::articleId(int row) const
{
    const ClaimTableRow *r = rowAt(row);
    return r ? r->articleId : 0;
}

QList<qint64> ClaimTableModel::claimIds(int first, int last) const
{
    first = qMax(0, first);
    last = qMin(last, m_count - 1);
    if (last < first)
        return {};
    if (first / kPageSize == last / kPageSize) {
        QList<qint64> out;
        for (int row = first; row <= last; ++row) {
            if (const ClaimTableRow *r = rowAt(row))
                out << r->id;
        }
        return out;
    }
    return ClaimTableStore(m_project.db()).ids(m_query, first, last - first + 1);
}

QList<qint64> ClaimTableModel::allClaimIds() const
{
    return ClaimTableStore(m_project.db()).ids(m_query);
}

} // namespace sift
