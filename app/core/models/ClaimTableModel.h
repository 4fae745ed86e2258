#pragma once

#include "core/store/ClaimTableStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace sift {

class Project;

/// Every claim of the project as a table. Counts the rows in SQL and fetches them a page at a time as the view
/// asks, so 200,000 claims cost one page of memory; sorting and filtering are SQL too (ClaimTableStore).
/// Edits elsewhere refresh it after the event loop turns, once however many signals came.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        QuoteColumn,
        StatementColumn,
        ClaimantColumn,
        ReportedByColumn,
        StanceColumn,
        StatusColumn,
        CredibilityColumn,
        TagsColumn,
        ArticleColumn,
        OutletColumn,
        PublishedColumn,
        IncidentsColumn,
        UpdatedByColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ArticleIdRole, StatusIdRole, StatusColorRole };
    static constexpr int kPageSize = 200;

    explicit ClaimTableModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ClaimTableQuery query() const { return m_query; }
    /// Runs a new query; returns an error sentence or empty (then the old rows stay).
    QString setQuery(const ClaimTableQuery &query);
    qint64 claimId(int row) const;
    qint64 articleId(int row) const;
    /// Ids of rows first..last (inclusive), fetched in one query when they are not cached.
    QList<qint64> claimIds(int first, int last) const;
    /// Every id the query matches, in order (export, "select all").
    QList<qint64> allClaimIds() const;
    /// Re-reads the count and the rows now.
    void refresh();

Q_SIGNALS:
    void refreshed(); ///< after a refresh or a new query

private:
    const ClaimTableRow *rowAt(int row) const;
    void scheduleRefresh();
    QVariant display(const ClaimTableRow &r, int column) const;

    Project &m_project;
    ClaimTableQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<ClaimTableRow>> m_pages; ///< page number → rows
    mutable QList<int> m_pageOrder;                   ///< least recently fetched first
    QHash<qint64, QColor> m_statusColors;
    bool m_refreshPending = false;
};

} // namespace sift
