#pragma once

#include "core/store/ArticleStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sift {

class Project;

/// The library's articles: holds only the ordered ids of the current query and fetches row
/// summaries a page at a time as the view asks for them, so 100,000 articles stay smooth.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Outlet, Published, Claims, Copies, State, Match, Suggested, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ArticleListModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ArticleQuery query() const { return m_query; }
    /// Runs a new query; returns an error sentence (a malformed search) or empty. Keeps the old rows on error.
    QString setQuery(const ArticleQuery &query);
    /// The last read of rows the store refused (a server that went away), and clears it. A view's request for data
    /// never throws into Qt's code: the rows read as empty and the failure waits here.
    QString takeReadError();
    qint64 articleId(int row) const;
    int rowOf(qint64 articleId) const; ///< -1 when the article is not in the current list
    void refresh();

private:
    const ArticleSummary &summaryAt(int row) const;
    QString snippetFor(qint64 id) const;
    void invalidateArticle(qint64 articleId);

    Project &m_project;
    ArticleQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<qint64, ArticleSummary> m_cache;
    mutable QHash<qint64, QString> m_snippets;
    mutable QString m_readError;
};

} // namespace sift
