#pragma once

#include "core/domain/Article.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sift {

class Database;
class Statement;

/// The row a library shows for one article: everything but the text.
struct ArticleSummary {
    qint64 id = 0;
    QString title;
    QString outlet;
    PartialDate published;
    ReviewState reviewState = ReviewState::New;
    int claimCount = 0;
    int copyCount = 0;       ///< other articles of its near-duplicate story (SimilarStore)
    int suggestedCount = -1; ///< pending suggested claims; -1 = never analysed
};

struct SearchHit {
    qint64 id = 0;
    QString title;
    QString snippet;
    double rank = 0; ///< bm25: lower is better
};

/// What the library shows: a full-text query and filters, and a sort order.
struct ArticleQuery {
    enum class Sort { Title, Outlet, Published, Claims, ReviewState, Relevance, Id, Copies, Suggested };
    QString text; ///< FTS5 query; empty = all
    std::optional<ReviewState> reviewState;
    QString outlet;
    QString claimStatus; ///< articles with at least one claim of this status
    QString tag;         ///< articles with at least one claim carrying this tag
    QDate from;          ///< inclusive, on the publication date
    QDate to;
    qint64 storyOf = 0;         ///< only the articles of this article's near-duplicate story (SimilarStore)
    bool unknownOutlet = false; ///< only articles without an outlet (outlet is then ignored)
    /// Only articles linked to an incident dated incidentFrom..incidentTo (inclusive), directly or through one of
    /// their claims: what the timeline's bar of that period is about.
    QDate incidentFrom;
    QDate incidentTo;
    bool hasIncidentPeriod() const { return incidentFrom.isValid() || incidentTo.isValid(); }
    bool withSuggestions = false; ///< only articles with pending suggested claims
    Sort sort = Sort::Id;
    bool descending = false;
};

/// Articles and their full-text index.
class ArticleStore
{
public:
    explicit ArticleStore(Database &db);
    ~ArticleStore();

    /// Inserts a new article unless one with the same uid exists. Returns the new id, or 0 for a duplicate.
    qint64 insert(const Article &article);
    /// Inserts many articles, kBatchRows to a statement: FTS5 flushes its pending index at the end of
    /// every statement, so one statement a row costs a flush a row. Skips duplicates (an article with
    /// the uid of a stored one or of an earlier one in the list) and returns the new ids, ascending.
    QList<qint64> insertAll(const QList<Article> &articles);
    static constexpr int kBatchRows = 200;
    /// Like insertAll, but answers for each article in order: its new id, or 0 for a duplicate (of a stored
    /// article or of an earlier one in the list). Lets one statement carry the articles of many small files.
    QList<qint64> insertEach(const QList<Article> &articles);
    /// After a bulk load: on a server, VACUUM and ANALYZE the article table so that the planner knows the new rows
    /// and their words at once and the full-text index's pending list is merged (autovacuum would only a minute
    /// later; until then a search may pick a full scan). Nothing in a file. Must run outside a transaction; a failure
    /// is ignored (statistics only help).
    void updateStatistics();
    std::optional<Article> article(qint64 id) const;
    QString body(qint64 id) const;
    qint64 count() const;
    bool exists(qint64 id) const;

    enum class Field { Title, Outlet, Url, Author, Published, Language, ReviewState, Notes };
    static QString fieldKey(Field field); ///< the column name, also used in history
    /// Writes one field; value is stored as text (Published: "2025-03-16", "2025-03", "2025" or empty).
    void setField(qint64 id, Field field, const QString &value);
    QString fieldValue(qint64 id, Field field) const;

    QList<qint64> ids(const ArticleQuery &query) const;
    /// The summaries of these articles, in this order, kSummaryChunk to a statement; an unknown id gives an empty
    /// summary (id 0).
    QList<ArticleSummary> summaries(const QList<qint64> &ids) const;
    static constexpr int kSummaryChunk = 256;
    static constexpr int kRankCandidates = 2000;
    ArticleSummary summary(qint64 id) const;
    QStringList outlets() const;

    /// Ranked full-text search (bm25) with a snippet around the match. Throws StoreError on a malformed query.
    /// On a server (ts_rank) only the first max(limit, kRankCandidates) matches are ranked: with more matches than
    /// that, the hits are the best among those, not necessarily the best of all (a file ranks every match).
    QList<SearchHit> search(const QString &query, int limit, const QString &open = QStringLiteral("["),
                            const QString &close = QStringLiteral("]")) const;

    /// The best-matching fragment of one article for a search, matches between open and close.
    QString snippet(qint64 id, const QString &query, const QString &open, const QString &close) const;

private:
    /// The multi-row INSERT for `rows` articles: the cached one for a full batch or a single row, else a new one
    /// kept in `partial` for the caller's batch.
    Statement &insertStatement(int rows, std::unique_ptr<Statement> &partial);

    Database &m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertBatch; ///< kBatchRows rows
};

/// Encodes a partial date for the article/incident columns: ISO first day plus a precision key.
QString partialDateToColumn(const PartialDate &date);
PartialDate partialDateFromColumns(const QString &iso, const QString &precision);
/// Parses the user's text for a published/event date: "", "unknown", ISO day, "YYYY-MM", "YYYY".
std::optional<PartialDate> partialDateFromUserText(const QString &text);

} // namespace sift
