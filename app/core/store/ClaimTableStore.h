#pragma once

#include "core/domain/PartialDate.h"
#include "core/store/ClaimStore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sift {

class Database;

/// What the claims table shows: filters over every claim of the project and a sort order.
struct ClaimTableQuery {
    enum class Sort {
        Id,
        Quote,
        Statement,
        Claimant,
        ReportedBy,
        Stance,
        Status,
        Credibility,
        Tags,
        Article,
        Outlet,
        Published,
        Incidents,
        Updated
    };
    qint64 statusId = 0;     ///< 0 = any
    QString stance;          ///< stance key; empty = any
    qint64 claimantId = 0;   ///< 0 = any
    qint64 reportedById = 0; ///< 0 = any
    QString tag;             ///< a claim carrying this tag; empty = any
    QString outlet;          ///< the article's outlet; empty = any
    QDate from;              ///< inclusive, on the article's publication date
    QDate to;
    /// Full text over quote, statement and rationale, in the library search's syntax: words (all of them),
    /// "phrases", prefix*, AND / OR / NOT, parentheses. A malformed query makes the store throw StoreError.
    QString text;
    Sort sort = Sort::Id;
    bool descending = false;

    bool isFiltered() const;
    bool sameFilterAs(const ClaimTableQuery &other) const; ///< all but the sort order
};

/// One row of the claims table: a claim with the names and counts around it, without article text.
struct ClaimTableRow {
    qint64 id = 0;
    qint64 articleId = 0;
    QString quote;
    QString statement;
    QString claimant;
    QString reportedBy;
    QString stance; ///< key
    qint64 statusId = 0;
    QString status;
    int credibility = 0;
    QStringList tags;
    QString articleTitle;
    QString outlet;
    PartialDate published;
    int incidentCount = 0;
    QString updatedBy;
    QDateTime updatedAt;
};

/// A claim's value of one field with what an undo needs back (bulk edits read many at once).
struct ClaimFieldState {
    qint64 id = 0;
    qint64 articleId = 0;
    QVariant value; ///< in ClaimStore::setField's types
    QDateTime updatedAt;
};

/// Reads the claims table a page at a time: counts and orders in SQL, so 200,000 claims never sit in memory.
class ClaimTableStore
{
public:
    explicit ClaimTableStore(Database &db)
        : m_db(db)
    {}

    int count(const ClaimTableQuery &query) const;
    /// Ids of the rows offset..offset+limit in the query's order; limit < 0 = to the end.
    QList<qint64> ids(const ClaimTableQuery &query, int offset = 0, int limit = -1) const;
    /// The rows offset..offset+limit in the query's order.
    QList<ClaimTableRow> rows(const ClaimTableQuery &query, int offset, int limit) const;
    /// Rows for the given ids, in that order (ids that no longer exist are left out).
    QList<ClaimTableRow> rowsFor(const QList<qint64> &ids) const;
    /// Status (as id), stance (key), credibility (int) or tags (QStringList) of many claims, in ids' order.
    QList<ClaimFieldState> states(const QList<qint64> &ids, ClaimStore::Field field) const;

    /// Entities named as claimant (reportedBy = false) or as reporter of at least one claim: id and name.
    QList<QPair<qint64, QString>> namedEntities(bool reportedBy) const;

private:
    Database &m_db;
};

} // namespace sift
