#include "core/store/ClaimTableStore.h"

#include "core/store/ArticleStore.h"
#include "core/store/Database.h"
#include "core/store/SqlDialect.h"

#include <QHash>

#include <limits>

namespace sift {

namespace {

/// Bound values stay under SQLite's oldest variable limit (999) with room for the filters.
constexpr int kIdChunk = 500;

/// The SQL a query turns into: FROM + JOINs + WHERE, and its values in order. Column names and joins come
/// from the code, never from the user; every user value is bound.
struct Sql {
    QByteArray from;
    QByteArray where;
    QList<QVariant> params;
};

bool needsArticle(const ClaimTableQuery &q)
{
    return !q.outlet.isEmpty() || q.from.isValid() || q.to.isValid() || q.sort == ClaimTableQuery::Sort::Article ||
           q.sort == ClaimTableQuery::Sort::Outlet || q.sort == ClaimTableQuery::Sort::Published;
}

bool sortsByArticle(const ClaimTableQuery &q)
{
    return q.sort == ClaimTableQuery::Sort::Article || q.sort == ClaimTableQuery::Sort::Outlet ||
           q.sort == ClaimTableQuery::Sort::Published;
}

/// True when no filter narrows the claims themselves (only the article's outlet or date may).
bool claimsUnfiltered(const ClaimTableQuery &q)
{
    return q.statusId == 0 && q.stance.isEmpty() && q.claimantId == 0 && q.reportedById == 0 && q.tag.isEmpty() &&
           q.text.trimmed().isEmpty();
}

/// Words with an outlet or a date range: in a file, walking the articles those pick (an index range) and testing
/// their claims against the full-text matches beats looking every match up in the claim and the article tables
/// (200,000 claims: 50 ms against 400 ms for a word in 78,000 of them and a year).
bool textWithArticleFilter(const ClaimTableQuery &q)
{
    return !q.text.trimmed().isEmpty() && (!q.outlet.isEmpty() || q.from.isValid() || q.to.isValid());
}

Sql build(const ClaimTableQuery &q, bool server)
{
    Sql sql;
    if ((sortsByArticle(q) && claimsUnfiltered(q)) || (!server && textWithArticleFilter(q))) {
        // Walk the articles in the sort's index order and their claims inside each: a page is read without sorting
        // every claim. CROSS JOIN keeps SQLite from putting the claims outside (standard SQL elsewhere); with a
        // filter on the claims the planner's own order (few claims, then a sort) is the faster one.
        sql.from = "FROM article a CROSS JOIN claim c ";
        sql.where = "c.article_id = a.id";
    } else {
        sql.from = "FROM claim c ";
        if (needsArticle(q))
            sql.from += "JOIN article a ON a.id = c.article_id ";
    }
    if (q.sort == ClaimTableQuery::Sort::Status)
        sql.from += "JOIN status s ON s.id = c.status_id ";
    if (q.sort == ClaimTableQuery::Sort::Claimant)
        sql.from += "LEFT JOIN entity ce ON ce.id = c.claimant_id ";
    if (q.sort == ClaimTableQuery::Sort::ReportedBy)
        sql.from += "LEFT JOIN entity re ON re.id = c.reported_by_id ";
    QByteArrayList conditions;
    if (!sql.where.isEmpty())
        conditions << sql.where;
    if (q.statusId > 0) {
        conditions << "c.status_id = ?";
        sql.params << q.statusId;
    }
    if (!q.stance.isEmpty()) {
        conditions << "c.stance = ?";
        sql.params << q.stance;
    }
    if (q.claimantId > 0) {
        conditions << "c.claimant_id = ?";
        sql.params << q.claimantId;
    }
    if (q.reportedById > 0) {
        conditions << "c.reported_by_id = ?";
        sql.params << q.reportedById;
    }
    if (!q.tag.isEmpty()) {
        conditions << "EXISTS (SELECT 1 FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id "
                      "WHERE ct.claim_id = c.id AND t.name = ?)";
        sql.params << q.tag;
    }
    if (!q.outlet.isEmpty()) {
        conditions << "a.outlet = ?";
        sql.params << q.outlet;
    }
    if (q.from.isValid()) {
        conditions << "a.published >= ?";
        sql.params << q.from.toString(Qt::ISODate);
    }
    if (q.to.isValid()) {
        conditions << "a.published <= ?";
        sql.params << q.to.toString(Qt::ISODate);
    }
    if (const QString text = q.text.trimmed(); !text.isEmpty()) {
        // The full-text index over quote, statement and rationale (schema version 4), in the library search's
        // syntax: a membership list from claim_fts in a file, the tsvector column on a server.
        if (server) {
            conditions << "c.fts @@ CAST(? AS tsquery)";
            sql.params << SqlDialect::ftsToTsquery(text);
        } else {
            conditions << "c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)";
            sql.params << text;
        }
    }
    sql.where = conditions.isEmpty() ? QByteArray() : "WHERE " + conditions.join(" AND ") + ' ';
    return sql;
}

QByteArray orderBy(const ClaimTableQuery &q)
{
    QByteArray key;
    switch (q.sort) {
    case ClaimTableQuery::Sort::Id:
        break;
    case ClaimTableQuery::Sort::Quote:
        key = "c.quote";
        break;
    case ClaimTableQuery::Sort::Statement:
        key = "c.statement";
        break;
    case ClaimTableQuery::Sort::Claimant:
        key = "ce.name";
        break;
    case ClaimTableQuery::Sort::ReportedBy:
        key = "re.name";
        break;
    case ClaimTableQuery::Sort::Stance:
        key = "c.stance";
        break;
    case ClaimTableQuery::Sort::Status:
        key = "s.position";
        break;
    case ClaimTableQuery::Sort::Credibility:
        key = "c.credibility";
        break;
    case ClaimTableQuery::Sort::Tags:
        key = "(SELECT min(t.name) FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = c.id)";
        break;
    case ClaimTableQuery::Sort::Article:
        key = "a.title";
        break;
    case ClaimTableQuery::Sort::Outlet:
        key = "a.outlet";
        break;
    case ClaimTableQuery::Sort::Published:
        key = "a.published";
        break;
    case ClaimTableQuery::Sort::Incidents:
        key = "(SELECT count(*) FROM incident_claim ic WHERE ic.claim_id = c.id)";
        break;
    case ClaimTableQuery::Sort::Updated:
        key = "c.updated_at";
        break;
    }
    const QByteArray direction = q.descending ? " DESC" : " ASC";
    if (key.isEmpty())
        return "ORDER BY c.id" + direction;
    // The id after the key keeps the order stable. Columns that can be empty (no claimant, not rated, no tag) put
    // the empty ones last either way; that costs the index, which these columns do not have anyway. An unknown
    // publication date sorts as the engine puts NULL (SQLite: before the earliest), so the date index serves.
    const bool nullable = q.sort == ClaimTableQuery::Sort::Claimant || q.sort == ClaimTableQuery::Sort::ReportedBy ||
                          q.sort == ClaimTableQuery::Sort::Credibility || q.sort == ClaimTableQuery::Sort::Tags;
    if (!nullable)
        return "ORDER BY " + key + direction + ", c.id" + direction;
    return "ORDER BY CASE WHEN " + key + " IS NULL THEN 1 ELSE 0 END, " + key + direction + ", c.id" + direction;
}

void bindAll(Statement &st, const QList<QVariant> &params, int first = 1)
{
    for (int i = 0; i < params.size(); ++i)
        st.bind(first + i, params.at(i));
}

QByteArray placeholders(qsizetype n)
{
    QByteArray out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? ",?" : "?";
    return out;
}

constexpr const char *kRowSelect =
    "SELECT c.id, c.article_id, c.quote, c.statement, ce.name, re.name, c.stance, c.status_id, s.name, "
    "c.credibility, "
    "(SELECT group_concat(t.name, char(31)) FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = "
    "c.id), "
    "a.title, a.outlet, a.published, a.date_precision, "
    "(SELECT count(*) FROM incident_claim ic WHERE ic.claim_id = c.id), c.updated_by, c.updated_at "
    "FROM claim c JOIN article a ON a.id = c.article_id JOIN status s ON s.id = c.status_id "
    "LEFT JOIN entity ce ON ce.id = c.claimant_id LEFT JOIN entity re ON re.id = c.reported_by_id ";

ClaimTableRow readRow(const Statement &st)
{
    ClaimTableRow r;
    r.id = st.integer(0);
    r.articleId = st.integer(1);
    r.quote = st.text(2);
    r.statement = st.text(3);
    r.claimant = st.text(4);
    r.reportedBy = st.text(5);
    r.stance = st.text(6);
    r.statusId = st.integer(7);
    r.status = st.text(8);
    r.credibility = int(st.integer(9));
    if (const QString tags = st.text(10); !tags.isEmpty())
        r.tags = tags.split(QChar(31));
    r.articleTitle = st.text(11);
    r.outlet = st.text(12);
    r.published = partialDateFromColumns(st.text(13), st.text(14));
    r.incidentCount = int(st.integer(15));
    r.updatedBy = st.text(16);
    r.updatedAt = QDateTime::fromString(st.text(17), Qt::ISODate);
    return r;
}

} // namespace

bool ClaimTableQuery::isFiltered() const
{
    return statusId > 0 || !stance.isEmpty() || claimantId > 0 || reportedById > 0 || !tag.isEmpty() ||
           !outlet.isEmpty() || from.isValid() || to.isValid() || !text.trimmed().isEmpty();
}

bool ClaimTableQuery::sameFilterAs(const ClaimTableQuery &o) const
{
    return statusId == o.statusId && stance == o.stance && claimantId == o.claimantId &&
           reportedById == o.reportedById && tag == o.tag && outlet == o.outlet && from == o.from && to == o.to &&
           text.simplified() == o.text.simplified();
}

int ClaimTableStore::count(const ClaimTableQuery &query) const
{
    const QString text = query.text.trimmed();
    ClaimTableQuery others = query;
    others.text.clear();
    if (!m_db.isPostgres() && !text.isEmpty() && !others.isFiltered()) {
        // Words alone: the full-text index counts its matches itself (a word in 78,000 of 200,000 claims: 3 ms,
        // against 30 ms looking each match up in the claim table). It holds exactly one row per claim.
        Statement st(m_db, "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH ?");
        st.bind(1, text);
        return st.step() ? int(st.integer(0)) : 0;
    }
    ClaimTableQuery unsorted = query;
    unsorted.sort = ClaimTableQuery::Sort::Id; // no join a sort alone needs
    const Sql sql = build(unsorted, m_db.isPostgres());
    Statement st(m_db, ("SELECT count(*) " + sql.from + sql.where).constData());
    bindAll(st, sql.params);
    return st.step() ? int(st.integer(0)) : 0;
}

QList<qint64> ClaimTableStore::ids(const ClaimTableQuery &query, int offset, int limit) const
{
    const Sql sql = build(query, m_db.isPostgres());
    const bool page = limit >= 0 || offset > 0;
    Statement st(
        m_db, ("SELECT c.id " + sql.from + sql.where + orderBy(query) + (page ? " LIMIT ? OFFSET ?" : "")).constData());
    bindAll(st, sql.params);
    if (page) {
        // No LIMIT means "to the end"; a count of every claim is a limit no query reaches.
        const qint64 cap = limit >= 0 ? limit : std::numeric_limits<int>::max();
        st.bind(int(sql.params.size()) + 1, cap).bind(int(sql.params.size()) + 2, qint64(qMax(0, offset)));
    }
    QList<qint64> out;
    if (limit > 0)
        out.reserve(limit);
    while (st.step())
        out << st.integer(0);
    return out;
}

QList<ClaimTableRow> ClaimTableStore::rows(const ClaimTableQuery &query, int offset, int limit) const
{
    return rowsFor(ids(query, offset, limit));
}

QList<ClaimTableRow> ClaimTableStore::rowsFor(const QList<qint64> &ids) const
{
    QHash<qint64, ClaimTableRow> found;
    for (qsizetype first = 0; first < ids.size(); first += kIdChunk) {
        const QList<qint64> chunk = ids.mid(first, kIdChunk);
        Statement st(m_db, (kRowSelect + QByteArray("WHERE c.id IN (") + placeholders(chunk.size()) + ")").constData());
        for (int i = 0; i < chunk.size(); ++i)
            st.bind(i + 1, chunk.at(i));
        while (st.step()) {
            ClaimTableRow row = readRow(st);
            found.insert(row.id, std::move(row));
        }
    }
    QList<ClaimTableRow> out;
    out.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.find(id); it != found.end())
            out << std::move(*it);
    }
    return out;
}

QList<ClaimFieldState> ClaimTableStore::states(const QList<qint64> &ids, ClaimStore::Field field) const
{
    QByteArray column;
    switch (field) {
    case ClaimStore::Field::Status:
        column = "c.status_id";
        break;
    case ClaimStore::Field::Stance:
        column = "c.stance";
        break;
    case ClaimStore::Field::Credibility:
        column = "c.credibility";
        break;
    case ClaimStore::Field::Tags:
        column = "(SELECT group_concat(t.name, char(31)) FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id "
                 "WHERE ct.claim_id = c.id)";
        break;
    default:
        throw StoreError(QStringLiteral("bulk edits take status, stance, credibility or tags"));
    }
    QHash<qint64, ClaimFieldState> found;
    for (qsizetype first = 0; first < ids.size(); first += kIdChunk) {
        const QList<qint64> chunk = ids.mid(first, kIdChunk);
        Statement st(m_db, ("SELECT c.id, c.article_id, " + column + ", c.updated_at FROM claim c WHERE c.id IN (" +
                            placeholders(chunk.size()) + ")")
                               .constData());
        for (int i = 0; i < chunk.size(); ++i)
            st.bind(i + 1, chunk.at(i));
        while (st.step()) {
            ClaimFieldState s;
            s.id = st.integer(0);
            s.articleId = st.integer(1);
            switch (field) {
            case ClaimStore::Field::Stance:
                s.value = st.text(2);
                break;
            case ClaimStore::Field::Credibility:
                s.value = int(st.integer(2));
                break;
            case ClaimStore::Field::Tags: {
                const QString tags = st.text(2);
                s.value = tags.isEmpty() ? QStringList() : tags.split(QChar(31));
                break;
            }
            default:
                s.value = st.integer(2);
                break;
            }
            s.updatedAt = QDateTime::fromString(st.text(3), Qt::ISODate);
            found.insert(s.id, s);
        }
    }
    QList<ClaimFieldState> out;
    out.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.constFind(id); it != found.cend())
            out << *it;
    }
    return out;
}

QList<QPair<qint64, QString>> ClaimTableStore::namedEntities(bool reportedBy) const
{
    Statement st(m_db, reportedBy ? "SELECT e.id, e.name FROM entity e WHERE EXISTS "
                                    "(SELECT 1 FROM claim c WHERE c.reported_by_id = e.id) ORDER BY e.name"
                                  : "SELECT e.id, e.name FROM entity e WHERE EXISTS "
                                    "(SELECT 1 FROM claim c WHERE c.claimant_id = e.id) ORDER BY e.name");
    QList<QPair<qint64, QString>> out;
    while (st.step())
        out.append({st.integer(0), st.text(1)});
    return out;
}

} // namespace sift
