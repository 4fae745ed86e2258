#include "core/models/ArticleListModel.h"

#include "core/project/Project.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFont>

#include <utility>

namespace sift {

namespace {

constexpr int kPageSize = 256;

} // namespace

ArticleListModel::ArticleListModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    m_query.sort = ArticleQuery::Sort::Published;
    m_query.descending = true;
    m_ids = m_project.articles().ids(m_query);
    connect(&m_project, &Project::articlesReset, this, &ArticleListModel::refresh);
    connect(&m_project, &Project::articleChanged, this, &ArticleListModel::invalidateArticle);
    connect(&m_project, &Project::claimsChanged, this, [this](qint64 articleId) {
        if (articleId == 0) {
            m_cache.clear();
            if (!m_ids.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        } else {
            invalidateArticle(articleId);
        }
    });
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ArticleSummary &ArticleListModel::summaryAt(int row) const
{
    const qint64 id = m_ids.at(row);
    auto it = m_cache.constFind(id);
    if (it != m_cache.cend())
        return *it;
    // Fetch the page around the row in one go: views ask for neighbours next.
    if (m_cache.size() > 8 * kPageSize)
        m_cache.clear();
    const int first = (row / kPageSize) * kPageSize;
    const QList<qint64> page = m_ids.mid(first, kPageSize);
    QList<ArticleSummary> rows;
    try {
        rows = m_project.articles().summaries(page);
    } catch (const StoreError &e) {
        // Called from a view's paint or size hint: an exception must not unwind through Qt's code. The page stays
        // empty until the next refresh (a reconnect refreshes the library), so that painting its other cells does
        // not ask a server that went away once per cell.
        m_readError = e.message();
        for (const qint64 pageId : page)
            m_cache.insert(pageId, ArticleSummary{});
        return *m_cache.constFind(id);
    }
    for (int i = 0; i < rows.size(); ++i)
        m_cache.insert(page.at(i), rows.at(i));
    it = m_cache.constFind(id);
    if (it == m_cache.cend()) {
        static const ArticleSummary kMissing; // deleted since the ids were read
        return kMissing;
    }
    return *it;
}

QString ArticleListModel::takeReadError()
{
    return std::exchange(m_readError, QString());
}

QString ArticleListModel::snippetFor(qint64 id) const
{
    if (m_query.text.trimmed().isEmpty())
        return {};
    auto it = m_snippets.constFind(id);
    if (it != m_snippets.cend())
        return *it;
    QString snippet;
    try {
        snippet = m_project.articles().snippet(id, m_query.text, QStringLiteral("«"), QStringLiteral("»"));
    } catch (const StoreError &) {
        // The query was validated by setQuery(); a failure here only loses the snippet.
    }
    m_snippets.insert(id, snippet);
    return snippet;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const ArticleSummary &s = summaryAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return s.title;
        case Outlet:
            return s.outlet;
        case Published:
            return s.published.isValid() ? s.published.toIso() : tr("unknown");
        case Claims:
            return s.claimCount;
        case Copies: // other outlets' near-duplicates of this story
            return s.copyCount ? QVariant(s.copyCount) : QVariant(QString());
        case State:
            return reviewStateLabel(s.reviewState);
        case Match:
            return snippetFor(s.id);
        case Suggested:
            return s.suggestedCount < 0 ? QVariant() : QVariant(s.suggestedCount);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Title) {
        return s.title;
    } else if (role == Qt::ToolTipRole && index.column() == Match) {
        QString snippet = snippetFor(s.id);
        return snippet.remove(QChar(0x00AB)).remove(QChar(0x00BB)); // the whole snippet, without the « » marks
    } else if (role == Qt::ToolTipRole && index.column() == Outlet && !s.outlet.isEmpty()) {
        return s.outlet;
    } else if (role == Qt::ForegroundRole && index.column() == Published && !s.published.isValid()) {
        return QColor(Qt::gray);
    } else if (role == Qt::FontRole && s.reviewState == ReviewState::New && index.column() == Title) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == Claims || index.column() == Copies || index.column() == Suggested)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // The count columns have short headers so that the title takes the width; the tooltip gives the name.
        switch (section) {
        case Claims:
            return tr("Claims");
        case Copies:
            return tr("Copies");
        case Suggested:
            return tr("Suggested claims");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Published:
        return tr("Published");
    case Claims:
        return tr("Cl.", "short header: claims");
    case Copies:
        return tr("Cp.", "short header: copies");
    case State:
        return tr("State");
    case Match:
        return tr("Match");
    case Suggested:
        return tr("Sug.", "short header: suggested claims");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleQuery q = m_query;
    switch (column) {
    case Title:
        q.sort = ArticleQuery::Sort::Title;
        break;
    case Outlet:
        q.sort = ArticleQuery::Sort::Outlet;
        break;
    case Published:
        q.sort = ArticleQuery::Sort::Published;
        break;
    case Claims:
        q.sort = ArticleQuery::Sort::Claims;
        break;
    case Copies:
        q.sort = ArticleQuery::Sort::Copies;
        break;
    case State:
        q.sort = ArticleQuery::Sort::ReviewState;
        break;
    case Match:
        q.sort = ArticleQuery::Sort::Relevance;
        break;
    case Suggested:
        q.sort = ArticleQuery::Sort::Suggested;
        break;
    default:
        return;
    }
    q.descending = order == Qt::DescendingOrder;
    setQuery(q);
}

QString ArticleListModel::setQuery(const ArticleQuery &query)
{
    QList<qint64> ids;
    try {
        ids = m_project.articles().ids(query);
    } catch (const StoreError &e) {
        return tr("Cannot search for %1: %2").arg(query.text, e.message());
    }
    beginResetModel();
    m_query = query;
    m_ids = std::move(ids);
    m_cache.clear();
    m_snippets.clear();
    endResetModel();
    return {};
}

void ArticleListModel::refresh()
{
    setQuery(m_query);
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    return int(m_ids.indexOf(articleId));
}

void ArticleListModel::invalidateArticle(qint64 articleId)
{
    m_cache.remove(articleId);
    const int row = rowOf(articleId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace sift
