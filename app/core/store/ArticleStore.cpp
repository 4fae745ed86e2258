#include "core/store/ArticleStore.h"

#include "core/store/Database.h"
#include "core/store/SqlDialect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace sift {

namespace {

QString captionsToJson(const QStringList &captions)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(captions)).toJson(QJsonDocument::Compact));
}

QStringList captionsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

/// On a server, while a statement filters by the full-text index: no sequential scan, and room to sort in memory.
/// The tsvector lives in TOAST (Schema step 6) and the planner does not count reading it: for a common word or a
/// phrase it picked a scan of the whole table that fetched every article's tsvector (1.3 s for a phrase at 100,000
/// articles) where the GIN index answers a word without reading any and a phrase by reading only the rows that
/// hold both words (0.2 s). Nothing in a file.
class FullTextPlan
{
public:
    explicit FullTextPlan(Database &db)
        : m_db(db.isPostgres() ? &db : nullptr)
    {
        if (m_db)
            m_db->execNative("SET enable_seqscan = off; SET work_mem = '32MB'");
    }
    ~FullTextPlan()
    {
        if (!m_db)
            return;
        try {
            m_db->execNative("RESET enable_seqscan; RESET work_mem");
        } catch (const StoreError &) {
            // In a failed transaction: its rollback undoes the SET as well.
        }
    }
    FullTextPlan(const FullTextPlan &) = delete;
    FullTextPlan &operator=(const FullTextPlan &) = delete;

private:
    Database *m_db;
};

} // namespace

QString partialDateToColumn(const PartialDate &date)
{
    return date.isValid() ? date.date.toString(Qt::ISODate) : QString();
}

PartialDate partialDateFromColumns(const QString &iso, const QString &precision)
{
    PartialDate d;
    d.date = QDate::fromString(iso, Qt::ISODate);
    d.precision = datePrecisionFromKey(precision).value_or(DatePrecision::Day);
    return d;
}

std::optional<PartialDate> partialDateFromUserText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0)
        return PartialDate{};
    if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid())
        return PartialDate{d, DatePrecision::Day};
    if (const QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM")); d.isValid())
        return PartialDate{d, DatePrecision::Month};
    if (const QDate d = QDate::fromString(t, QStringLiteral("yyyy")); d.isValid())
        return PartialDate{d, DatePrecision::Year};
    return std::nullopt;
}

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
{}

ArticleStore::~ArticleStore() = default;

namespace {

constexpr int kArticleColumns = 14;

QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT INTO article (uid, title, outlet, url, author, published, date_precision, language, body, "
                     "captions, source_file, imported_at, review_state, notes) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql + " ON CONFLICT (uid) DO NOTHING RETURNING id, uid";
}

/// Binds one article to the kArticleColumns parameters from first on.
void bindArticle(Statement &st, int first, const Article &a)
{
    const QString uid = a.uid.isEmpty() ? articleUid(a.title, a.body) : a.uid;
    const QDateTime importedAt = a.importedAt.isValid() ? a.importedAt : QDateTime::currentDateTimeUtc();
    st.bind(first, uid)
        .bind(first + 1, a.title)
        .bind(first + 2, a.outlet)
        .bind(first + 3, a.url)
        .bind(first + 4, a.author)
        .bindOptional(first + 5, partialDateToColumn(a.published))
        .bind(first + 6, datePrecisionKey(a.published.precision))
        .bind(first + 7, a.language)
        .bind(first + 8, a.body)
        .bind(first + 9, captionsToJson(a.captions))
        .bind(first + 10, a.sourceFile)
        .bind(first + 11, importedAt.toString(Qt::ISODate))
        .bind(first + 12, reviewStateKey(a.reviewState))
        .bind(first + 13, a.notes);
}

} // namespace

qint64 ArticleStore::insert(const Article &a)
{
    if (!m_insert)
        m_insert = std::make_unique<Statement>(m_db, insertSql(1).constData());
    bindArticle(*m_insert, 1, a);
    const qint64 id = m_insert->step() ? m_insert->integer(0) : 0;
    m_insert->reset();
    return id;
}

Statement &ArticleStore::insertStatement(int rows, std::unique_ptr<Statement> &partial)
{
    if (rows == kBatchRows) {
        if (!m_insertBatch)
            m_insertBatch = std::make_unique<Statement>(m_db, insertSql(kBatchRows).constData());
        return *m_insertBatch;
    }
    if (rows == 1) { // a folder of one-article files: prepared once, not once a file
        if (!m_insert)
            m_insert = std::make_unique<Statement>(m_db, insertSql(1).constData());
        return *m_insert;
    }
    partial = std::make_unique<Statement>(m_db, insertSql(rows).constData());
    return *partial;
}

QList<qint64> ArticleStore::insertAll(const QList<Article> &articles)
{
    QList<qint64> ids;
    ids.reserve(articles.size());
    for (qsizetype first = 0; first < articles.size(); first += kBatchRows) {
        const int rows = int(std::min<qsizetype>(kBatchRows, articles.size() - first));
        std::unique_ptr<Statement> partial;
        Statement *st = &insertStatement(rows, partial);
        for (int i = 0; i < rows; ++i)
            bindArticle(*st, 1 + i * kArticleColumns, articles.at(first + i));
        while (st->step())
            ids << st->integer(0);
        st->reset();
    }
    // RETURNING gives no order; rowids are assigned in row order, so sorting restores it.
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> ArticleStore::insertEach(const QList<Article> &articles)
{
    QList<qint64> ids(articles.size(), 0);
    QHash<QString, qint64> stored; // uid -> new id, from RETURNING
    for (qsizetype first = 0; first < articles.size(); first += kBatchRows) {
        const int rows = int(std::min<qsizetype>(kBatchRows, articles.size() - first));
        std::unique_ptr<Statement> partial;
        Statement *st = &insertStatement(rows, partial);
        for (int i = 0; i < rows; ++i)
            bindArticle(*st, 1 + i * kArticleColumns, articles.at(first + i));
        stored.clear();
        while (st->step())
            stored.insert(st->text(1), st->integer(0));
        st->reset();
        // Of the rows sharing a uid, only the first was inserted (ON CONFLICT DO NOTHING): it gets the id.
        for (int i = 0; i < rows; ++i) {
            const Article &a = articles.at(first + i);
            const auto it = stored.find(a.uid.isEmpty() ? articleUid(a.title, a.body) : a.uid);
            if (it != stored.end()) {
                ids[first + i] = it.value();
                stored.erase(it);
            }
        }
    }
    return ids;
}

void ArticleStore::updateStatistics()
{
    if (!m_db.isPostgres() || m_db.inTransaction() || m_db.isReadOnly())
        return;
    try {
        // VACUUM too: it merges the full-text index's pending list (every search reads that list through until
        // it is merged) and marks the new pages all-visible. The TOAST table (bodies, tsvectors) holds nothing to
        // clean after an import and is the largest part; it is left alone.
        m_db.execNative("VACUUM (ANALYZE, PROCESS_TOAST FALSE) article");
    } catch (const StoreError &) {
        // A role that does not own the table leaves it to autovacuum.
    }
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    Statement st(m_db, "SELECT a.id, a.uid, a.title, a.outlet, a.url, a.author, a.published, a.date_precision, "
                       "a.language, a.body, a.captions, a.source_file, a.imported_at, a.review_state, a.notes, "
                       "w.capture_id, c.fetched_at, c.sha256, w.guid FROM article a "
                       "LEFT JOIN article_web w ON w.article_id = a.id LEFT JOIN web_capture c ON c.id = w.capture_id "
                       "WHERE a.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Article a;
    a.id = st.integer(0);
    a.uid = st.text(1);
    a.title = st.text(2);
    a.outlet = st.text(3);
    a.url = st.text(4);
    a.author = st.text(5);
    a.published = partialDateFromColumns(st.text(6), st.text(7));
    a.language = st.text(8);
    a.body = st.text(9);
    a.captions = captionsFromJson(st.text(10));
    a.sourceFile = st.text(11);
    a.importedAt = QDateTime::fromString(st.text(12), Qt::ISODate);
    a.reviewState = reviewStateFromKey(st.text(13)).value_or(ReviewState::New);
    a.notes = st.text(14);
    a.captureId = st.isNull(15) ? 0 : st.integer(15);
    if (!st.isNull(16))
        a.fetchedAt = QDateTime::fromString(st.text(16), Qt::ISODateWithMs);
    a.sha256 = st.text(17);
    a.guid = st.text(18);
    return a;
}

QString ArticleStore::body(qint64 id) const
{
    Statement st(m_db, "SELECT body FROM article WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

qint64 ArticleStore::count() const
{
    return m_db.scalar("SELECT count(*) FROM article");
}

bool ArticleStore::exists(qint64 id) const
{
    Statement st(m_db, "SELECT 1 FROM article WHERE id = ?");
    st.bind(1, id);
    return st.step();
}

QString ArticleStore::fieldKey(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::Outlet:
        return QStringLiteral("outlet");
    case Field::Url:
        return QStringLiteral("url");
    case Field::Author:
        return QStringLiteral("author");
    case Field::Published:
        return QStringLiteral("published");
    case Field::Language:
        return QStringLiteral("language");
    case Field::ReviewState:
        return QStringLiteral("review_state");
    case Field::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

void ArticleStore::setField(qint64 id, Field field, const QString &value)
{
    if (field == Field::Published) {
        const PartialDate date = partialDateFromUserText(value).value_or(PartialDate{});
        Statement st(m_db, "UPDATE article SET published = ?, date_precision = ? WHERE id = ?");
        st.bindOptional(1, partialDateToColumn(date)).bind(2, datePrecisionKey(date.precision)).bind(3, id).exec();
        return;
    }
    // Column names come from the enum above, never from user text.
    const QByteArray sql = "UPDATE article SET " + fieldKey(field).toLatin1() + " = ? WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, value).bind(2, id).exec();
}

QString ArticleStore::fieldValue(qint64 id, Field field) const
{
    if (field == Field::Published) {
        Statement st(m_db, "SELECT published, date_precision FROM article WHERE id = ?");
        st.bind(1, id);
        return st.step() ? partialDateFromColumns(st.text(0), st.text(1)).toIso() : QString();
    }
    const QByteArray sql = "SELECT " + fieldKey(field).toLatin1() + " FROM article WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

QList<qint64> ArticleStore::ids(const ArticleQuery &q) const
{
    QByteArray sql = "SELECT a.id FROM article a ";
    QList<QVariant> params;
    const bool fts = !q.text.trimmed().isEmpty();
    const bool relevance = fts && q.sort == ArticleQuery::Sort::Relevance;
    // Filters that pick a set of articles elsewhere (the full-text index, claims): left to itself SQLite looks
    // every member up in the article table, whose rows hold the bodies, which costs 0.5 s for 100,000 matches.
    // Scanning an index that holds the sort column (and the id) instead reads a few megabytes, in sort order.
    const bool membership =
        (fts && !relevance) || !q.claimStatus.isEmpty() || !q.tag.isEmpty() || q.hasIncidentPeriod();
    const bool columnFilter =
        q.reviewState || !q.outlet.isEmpty() || q.unknownOutlet || q.from.isValid() || q.to.isValid();
    const bool server = m_db.isPostgres();
    // On a server the query is a tsquery over article.fts (SqlDialect), and the planner picks its own indexes.
    const QString tsquery = server && fts ? SqlDialect::ftsToTsquery(q.text) : QString();
    if (membership && !columnFilter && !server) {
        switch (q.sort) {
        case ArticleQuery::Sort::Published:
            sql += "INDEXED BY article_published ";
            break;
        case ArticleQuery::Sort::Outlet:
            sql += "INDEXED BY article_outlet ";
            break;
        case ArticleQuery::Sort::ReviewState:
        case ArticleQuery::Sort::Claims:
        case ArticleQuery::Sort::Copies:
        case ArticleQuery::Sort::Suggested:
        case ArticleQuery::Sort::Id:
            sql += "INDEXED BY article_review_state ";
            break;
        case ArticleQuery::Sort::Title:
        case ArticleQuery::Sort::Relevance:
            break;
        }
    }
    if (relevance && !server) {
        sql += "JOIN article_fts f ON f.rowid = a.id AND article_fts MATCH ? ";
        params << q.text;
    }
    // On a server the claim counts of every article at once (one pass over claim, hashed), not a count per article:
    // the correlated count below costs an index probe a row, most of a 100,000-article sort.
    const bool claimCounts = server && q.sort == ArticleQuery::Sort::Claims;
    if (claimCounts)
        sql += "LEFT JOIN (SELECT c.article_id, count(*) AS n FROM claim c GROUP BY c.article_id) cc "
               "ON cc.article_id = a.id ";
    sql += "WHERE 1 ";
    if (server && fts) {
        sql += "AND a.fts @@ CAST(? AS tsquery) ";
        params << tsquery;
    } else if (fts && !relevance) {
        sql += "AND a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?) ";
        params << q.text;
    }
    if (q.reviewState) {
        sql += "AND a.review_state = ? ";
        params << reviewStateKey(*q.reviewState);
    }
    if (q.unknownOutlet) {
        sql += "AND (a.outlet IS NULL OR a.outlet = '') ";
    } else if (!q.outlet.isEmpty()) {
        sql += "AND a.outlet = ? ";
        params << q.outlet;
    }
    if (q.storyOf) {
        sql += "AND a.id IN (SELECT x.article_id FROM article_signature x JOIN article_signature y "
               "ON y.story_id = x.story_id WHERE y.article_id = ?) ";
        params << q.storyOf;
    }
    if (q.hasIncidentPeriod()) {
        // Both halves name the incidents of the period once, so the period's bounds are bound twice.
        QByteArray incidents = "SELECT i.id FROM incident i WHERE i.event_date IS NOT NULL ";
        if (q.incidentFrom.isValid())
            incidents += "AND i.event_date >= ? ";
        if (q.incidentTo.isValid())
            incidents += "AND i.event_date <= ? ";
        sql += "AND a.id IN (SELECT ia.article_id FROM incident_article ia WHERE ia.incident_id IN (" + incidents +
               ") UNION SELECT c.article_id FROM claim c JOIN incident_claim ic ON ic.claim_id = c.id "
               "WHERE ic.incident_id IN (" +
               incidents + ")) ";
        for (int half = 0; half < 2; ++half) {
            if (q.incidentFrom.isValid())
                params << q.incidentFrom.toString(Qt::ISODate);
            if (q.incidentTo.isValid())
                params << q.incidentTo.toString(Qt::ISODate);
        }
    }
    if (!q.claimStatus.isEmpty()) {
        sql += "AND a.id IN (SELECT c.article_id FROM claim c WHERE c.status_id IN "
               "(SELECT id FROM status WHERE name = ?)) ";
        params << q.claimStatus;
    }
    if (!q.tag.isEmpty()) {
        sql += "AND a.id IN (SELECT c.article_id FROM claim c JOIN claim_tag ct ON ct.claim_id = c.id "
               "JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?) ";
        params << q.tag;
    }
    if (q.withSuggestions)
        sql += "AND a.id IN (SELECT sc.article_id FROM suggestion_count sc WHERE sc.pending > 0) ";
    if (q.from.isValid()) {
        sql += "AND a.published >= ? ";
        params << q.from.toString(Qt::ISODate);
    }
    if (q.to.isValid()) {
        sql += "AND a.published <= ? ";
        params << q.to.toString(Qt::ISODate);
    }
    const char *dir = q.descending ? " DESC" : " ASC";
    switch (q.sort) {
    case ArticleQuery::Sort::Title:
        sql += QByteArray("ORDER BY a.title COLLATE NOCASE") + dir + ", a.id";
        break;
    case ArticleQuery::Sort::Outlet:
        sql += QByteArray("ORDER BY a.outlet COLLATE NOCASE") + dir + ", a.id";
        break;
    case ArticleQuery::Sort::Published:
        // Unknown dates sort last either way: an analyst looks for the dated ones first. On a server the same order
        // said as NULLS LAST, which its indexes on (published, id) serve (Schema step 6).
        sql += server ? QByteArray("ORDER BY a.published") + dir + " NULLS LAST, a.id"
                      : QByteArray("ORDER BY a.published IS NULL, a.published") + dir + ", a.id";
        break;
    case ArticleQuery::Sort::Claims:
        sql += claimCounts
                   ? QByteArray("ORDER BY coalesce(cc.n, 0)") + dir + ", a.id"
                   : QByteArray("ORDER BY (SELECT count(*) FROM claim c WHERE c.article_id = a.id)") + dir + ", a.id";
        break;
    case ArticleQuery::Sort::Copies:
        sql += QByteArray("ORDER BY (SELECT count(*) FROM article_signature x JOIN article_signature y ON x.story_id = "
                          "y.story_id WHERE y.article_id = a.id)") +
               dir + ", a.id";
        break;
    case ArticleQuery::Sort::Suggested:
        // Never analysed (no count) sorts with none.
        sql += QByteArray("ORDER BY (SELECT coalesce(max(sc.pending), 0) FROM suggestion_count sc "
                          "WHERE sc.article_id = a.id)") +
               dir + ", a.id";
        break;
    case ArticleQuery::Sort::ReviewState:
        sql += QByteArray("ORDER BY CASE a.review_state WHEN 'new' THEN 0 WHEN 'in review' THEN 1 ELSE 2 END") + dir +
               ", a.id";
        break;
    case ArticleQuery::Sort::Relevance:
        if (relevance && server) {
            sql += QByteArray("ORDER BY -ts_rank(a.fts, CAST(? AS tsquery))") + dir + ", a.id";
            params << tsquery;
        } else {
            sql += relevance ? QByteArray("ORDER BY bm25(article_fts, 10.0, 1.0, 2.0)") + dir
                             : QByteArray("ORDER BY a.id");
        }
        break;
    case ArticleQuery::Sort::Id:
        sql += QByteArray("ORDER BY a.id") + dir;
        break;
    }
    std::optional<FullTextPlan> plan;
    if (server && fts)
        plan.emplace(m_db);
    Statement st(m_db, sql.constData());
    for (int i = 0; i < params.size(); ++i)
        st.bind(i + 1, params.at(i));
    QList<qint64> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

QList<ArticleSummary> ArticleStore::summaries(const QList<qint64> &ids) const
{
    // One statement for many rows (`a.id IN (?, …)`), not one a row: on a server each statement is a round trip,
    // and 60 of them were most of a library refresh (BENCHMARKS.md). The list is padded to a power of two (with
    // its last id) so that a few statement texts serve every page size.
    QHash<qint64, ArticleSummary> found;
    found.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += kSummaryChunk) {
        const qsizetype n = std::min<qsizetype>(kSummaryChunk, ids.size() - first);
        qsizetype placeholders = 1;
        while (placeholders < n)
            placeholders *= 2;
        QByteArray sql = "SELECT a.id, a.title, a.outlet, a.published, a.date_precision, a.review_state, "
                         "(SELECT count(*) FROM claim c WHERE c.article_id = a.id), "
                         "(SELECT count(*) FROM article_signature x JOIN article_signature y ON x.story_id = "
                         "y.story_id WHERE y.article_id = a.id AND x.article_id <> a.id), "
                         "(SELECT pending FROM suggestion_count sc WHERE sc.article_id = a.id) "
                         "FROM article a WHERE a.id IN (?";
        for (qsizetype i = 1; i < placeholders; ++i)
            sql += ", ?";
        sql += ")";
        Statement st(m_db, sql.constData());
        for (qsizetype i = 0; i < placeholders; ++i)
            st.bind(int(i + 1), ids.at(first + std::min(i, n - 1)));
        while (st.step()) {
            ArticleSummary s;
            s.id = st.integer(0);
            s.title = st.text(1);
            s.outlet = st.text(2);
            s.published = partialDateFromColumns(st.text(3), st.text(4));
            s.reviewState = reviewStateFromKey(st.text(5)).value_or(ReviewState::New);
            s.claimCount = int(st.integer(6));
            s.copyCount = int(st.integer(7));
            s.suggestedCount = st.isNull(8) ? -1 : int(st.integer(8));
            found.insert(s.id, s);
        }
    }
    // In the order asked; an id that is not stored gives an empty summary (id 0), as before.
    QList<ArticleSummary> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << found.value(id);
    return out;
}

ArticleSummary ArticleStore::summary(qint64 id) const
{
    return summaries({id}).value(0);
}

QStringList ArticleStore::outlets() const
{
    // GROUP BY, not DISTINCT: PostgreSQL sorts a DISTINCT list only by what it selects, not by outlet COLLATE NOCASE.
    Statement st(m_db, "SELECT outlet FROM article WHERE outlet <> '' GROUP BY outlet ORDER BY outlet COLLATE NOCASE");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

namespace {

/// ts_headline marks each word of a phrase on its own; FTS5 marks the phrase: "[neither confirm]".
QString joinAdjacentMarks(QString snippet, const QString &open, const QString &close)
{
    if (open.isEmpty() || close.isEmpty())
        return snippet;
    const QRegularExpression between(QRegularExpression::escape(close) + QStringLiteral("(\\s+)") +
                                     QRegularExpression::escape(open));
    return snippet.replace(between, QStringLiteral("\\1"));
}

/// ts_headline's options for a snippet like FTS5's: one fragment of about `words` words, matches marked.
QString headlineOptions(const QString &open, const QString &close, int words)
{
    auto quoted = [](QString s) { return u'"' + s.remove(u'"') + u'"'; };
    return QStringLiteral("StartSel=%1, StopSel=%2, MaxWords=%3, MinWords=%4, ShortWord=0, MaxFragments=1, "
                          "FragmentDelimiter=%5")
        .arg(quoted(open), quoted(close))
        .arg(words)
        .arg(words / 2)
        .arg(quoted(QStringLiteral("…")));
}

} // namespace

QList<SearchHit> ArticleStore::search(const QString &query, int limit, const QString &open, const QString &close) const
{
    if (m_db.isPostgres()) {
        // ts_rank reads every candidate's tsvector, and a common word matches most of the corpus: ranking every
        // match cost a p95 of 663 ms at 100,000 articles (BENCHMARKS.md). So only the first kRankCandidates matches
        // the index yields (storage order, about the order of import) are ranked, then headlined: a query with at
        // most that many matches gets exactly the ranked result of before; one with more gets its best `limit`
        // among those. rank is negated so that, as with bm25, lower is better.
        const FullTextPlan plan(m_db);
        Statement st(m_db, "SELECT a.id, a.title, ts_headline('simple', a.body, CAST(?1 AS tsquery), ?2), -m.rank FROM "
                           "(SELECT c.id, ts_rank(c.fts, CAST(?1 AS tsquery)) AS rank FROM "
                           "  (SELECT id, fts FROM article WHERE fts @@ CAST(?1 AS tsquery) LIMIT ?4) c "
                           " ORDER BY rank DESC, c.id LIMIT ?3) m JOIN article a ON a.id = m.id "
                           "ORDER BY m.rank DESC, m.id");
        st.bind(1, SqlDialect::ftsToTsquery(query))
            .bind(2, headlineOptions(open, close, 16))
            .bind(3, qint64(limit))
            .bind(4, qint64(std::max(limit, kRankCandidates)));
        QList<SearchHit> out;
        while (st.step())
            out << SearchHit{st.integer(0), st.text(1), joinAdjacentMarks(st.text(2), open, close), st.real(3)};
        return out;
    }
    // Ranking through FTS5's rank column lets it stop after the best LIMIT rows; ordering by a bm25()
    // expression instead makes SQLite fetch and sort every match (p95 200 ms against 40 ms at 100k).
    Statement st(m_db, "SELECT a.id, a.title, m.snip, m.rank FROM ("
                       "  SELECT rowid, snippet(article_fts, -1, ?, ?, '…', 16) AS snip, rank FROM article_fts"
                       "  WHERE article_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0, 2.0)' ORDER BY rank LIMIT ?"
                       ") m JOIN article a ON a.id = m.rowid ORDER BY m.rank");
    st.bind(1, open).bind(2, close).bind(3, query).bind(4, qint64(limit));
    QList<SearchHit> out;
    while (st.step())
        out << SearchHit{st.integer(0), st.text(1), st.text(2), st.real(3)};
    return out;
}

QString ArticleStore::snippet(qint64 id, const QString &query, const QString &open, const QString &close) const
{
    if (m_db.isPostgres()) {
        Statement st(m_db, "SELECT ts_headline('simple', body, CAST(?1 AS tsquery), ?2) FROM article "
                           "WHERE id = ?3 AND fts @@ CAST(?1 AS tsquery)");
        st.bind(1, SqlDialect::ftsToTsquery(query)).bind(2, headlineOptions(open, close, 12)).bind(3, id);
        return st.step() ? joinAdjacentMarks(st.text(0), open, close) : QString();
    }
    Statement st(m_db, "SELECT snippet(article_fts, -1, ?, ?, '…', 12) FROM article_fts "
                       "WHERE article_fts MATCH ? AND rowid = ?");
    st.bind(1, open).bind(2, close).bind(3, query).bind(4, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace sift
