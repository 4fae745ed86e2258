#include "core/store/ClaimStore.h"

#include "core/store/Database.h"
#include "core/store/HistoryStore.h"
#include "core/store/VocabularyStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sift {

namespace {

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

constexpr const char *kSelect =
    "SELECT c.id, c.article_id, c.start_cp, c.end_cp, c.quote, c.prefix, c.suffix, c.orphaned, c.statement, "
    "c.claimant_id, ce.name, c.reported_by_id, re.name, c.stance, c.status_id, s.name, c.credibility, c.rationale, "
    "c.evidence, c.note, c.created_at, c.created_by, c.updated_at, c.updated_by, "
    "(SELECT group_concat(t.name, char(31)) FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) "
    "FROM claim c JOIN status s ON s.id = c.status_id "
    "LEFT JOIN entity ce ON ce.id = c.claimant_id LEFT JOIN entity re ON re.id = c.reported_by_id ";

} // namespace

qint64 ClaimStore::insert(const Claim &c)
{
    const qint64 statusId = c.statusId > 0 ? c.statusId : VocabularyStore(m_db).defaultStatus().id;
    const QString created = c.createdAt.isValid() ? c.createdAt.toString(Qt::ISODate) : now();
    const QString updated = c.updatedAt.isValid() ? c.updatedAt.toString(Qt::ISODate) : created;
    // Who: the claim's own names when it brings them (an import, an undone removal), else the analyst at work.
    const QString createdBy = c.createdBy.isEmpty() ? HistoryStore::currentUser() : c.createdBy;
    const QString updatedBy = c.updatedBy.isEmpty() ? createdBy : c.updatedBy;
    Statement st(m_db, "INSERT INTO claim (id, article_id, start_cp, end_cp, quote, prefix, suffix, orphaned, "
                       "statement, claimant_id, reported_by_id, stance, status_id, credibility, rationale, evidence, "
                       "note, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bindId(1, c.id)
        .bind(2, c.articleId)
        .bind(3, c.anchor.start)
        .bind(4, c.anchor.end)
        .bind(5, c.anchor.quote)
        .bind(6, c.anchor.prefix)
        .bind(7, c.anchor.suffix)
        .bind(8, c.orphaned ? 1 : 0)
        .bind(9, c.statement)
        .bindId(10, c.claimantId)
        .bindId(11, c.reportedById)
        .bind(12, stanceKey(c.stance))
        .bind(13, statusId)
        .bindId(14, c.credibility)
        .bind(15, c.rationale)
        .bind(16, listToJson(c.evidence))
        .bind(17, c.note)
        .bind(18, created)
        .bind(19, createdBy)
        .bind(20, updated)
        .bind(21, updatedBy);
    st.exec();
    const qint64 id = m_db.lastInsertId();
    setTags(id, c.tags);
    return id;
}

QList<Claim> ClaimStore::query(const QByteArray &where, const QList<QVariant> &params) const
{
    Statement st(m_db, (QByteArray(kSelect) + where).constData());
    for (int i = 0; i < params.size(); ++i)
        st.bind(i + 1, params.at(i));
    QList<Claim> out;
    while (st.step()) {
        Claim c;
        c.id = st.integer(0);
        c.articleId = st.integer(1);
        c.anchor = TextAnchor{st.integer(2), st.integer(3), st.text(4), st.text(5), st.text(6)};
        c.orphaned = st.integer(7) != 0;
        c.statement = st.text(8);
        c.claimantId = st.integer(9);
        c.claimant = st.text(10);
        c.reportedById = st.integer(11);
        c.reportedBy = st.text(12);
        c.stance = stanceFromKey(st.text(13)).value_or(Stance::Asserts);
        c.statusId = st.integer(14);
        c.status = st.text(15);
        c.credibility = int(st.integer(16));
        c.rationale = st.text(17);
        c.evidence = listFromJson(st.text(18));
        c.note = st.text(19);
        c.createdAt = QDateTime::fromString(st.text(20), Qt::ISODate);
        c.createdBy = st.text(21);
        c.updatedAt = QDateTime::fromString(st.text(22), Qt::ISODate);
        c.updatedBy = st.text(23);
        const QString tags = st.text(24);
        if (!tags.isEmpty())
            c.tags = tags.split(QChar(31));
        out << c;
    }
    return out;
}

std::optional<Claim> ClaimStore::claim(qint64 id) const
{
    const QList<Claim> found = query("WHERE c.id = ?", {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Claim> ClaimStore::claimsForArticle(qint64 articleId) const
{
    return query("WHERE c.article_id = ? ORDER BY c.start_cp, c.end_cp, c.id", {articleId});
}

QList<Claim> ClaimStore::claims(const ClaimFilter &filter) const
{
    QByteArray where = "JOIN article a ON a.id = c.article_id WHERE 1 ";
    QList<QVariant> params;
    if (!filter.articleIds.isEmpty()) {
        where += "AND c.article_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) ";
        QJsonArray ids;
        for (qint64 id : filter.articleIds)
            ids.append(id);
        params << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (!filter.claimIds.isEmpty()) {
        where += "AND c.id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) ";
        QJsonArray ids;
        for (qint64 id : filter.claimIds)
            ids.append(id);
        params << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (!filter.statuses.isEmpty()) {
        where += "AND s.name COLLATE NOCASE IN (SELECT value FROM json_each(?)) ";
        params << listToJson(filter.statuses);
    }
    if (filter.from.isValid()) {
        where += "AND a.published >= ? ";
        params << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += "AND a.published <= ? ";
        params << filter.to.toString(Qt::ISODate);
    }
    where += "ORDER BY c.article_id, c.start_cp, c.id";
    return query(where, params);
}

void ClaimStore::remove(qint64 id)
{
    Statement st(m_db, "DELETE FROM claim WHERE id = ?");
    st.bind(1, id).exec();
}

QString ClaimStore::fieldKey(Field field)
{
    switch (field) {
    case Field::Statement:
        return QStringLiteral("statement");
    case Field::Claimant:
        return QStringLiteral("claimant_id");
    case Field::ReportedBy:
        return QStringLiteral("reported_by_id");
    case Field::Stance:
        return QStringLiteral("stance");
    case Field::Status:
        return QStringLiteral("status_id");
    case Field::Credibility:
        return QStringLiteral("credibility");
    case Field::Rationale:
        return QStringLiteral("rationale");
    case Field::Evidence:
        return QStringLiteral("evidence");
    case Field::Note:
        return QStringLiteral("note");
    case Field::Tags:
        return QStringLiteral("tags");
    }
    return {};
}

void ClaimStore::setField(qint64 id, Field field, const QVariant &value)
{
    if (field == Field::Tags) {
        setTags(id, value.toStringList());
        touch(id);
        return;
    }
    // The column name comes from the enum, never from user text.
    const QByteArray sql =
        "UPDATE claim SET " + fieldKey(field).toLatin1() + " = ?, updated_at = ?, updated_by = ? WHERE id = ?";
    Statement st(m_db, sql.constData());
    switch (field) {
    case Field::Claimant:
    case Field::ReportedBy:
    case Field::Status:
    case Field::Credibility:
        st.bindId(1, value.toLongLong());
        break;
    case Field::Evidence:
        st.bind(1, listToJson(value.toStringList()));
        break;
    default:
        st.bind(1, value.toString());
        break;
    }
    st.bind(2, now()).bind(3, HistoryStore::currentUser()).bind(4, id).exec();
}

QVariant ClaimStore::fieldValue(qint64 id, Field field) const
{
    const auto c = claim(id);
    if (!c)
        return {};
    switch (field) {
    case Field::Statement:
        return c->statement;
    case Field::Claimant:
        return c->claimantId;
    case Field::ReportedBy:
        return c->reportedById;
    case Field::Stance:
        return stanceKey(c->stance);
    case Field::Status:
        return c->statusId;
    case Field::Credibility:
        return c->credibility;
    case Field::Rationale:
        return c->rationale;
    case Field::Evidence:
        return c->evidence;
    case Field::Note:
        return c->note;
    case Field::Tags:
        return c->tags;
    }
    return {};
}

void ClaimStore::setAnchor(qint64 id, const TextAnchor &a, bool orphaned)
{
    Statement st(m_db, "UPDATE claim SET start_cp = ?, end_cp = ?, quote = ?, prefix = ?, suffix = ?, orphaned = ? "
                       "WHERE id = ?");
    st.bind(1, a.start).bind(2, a.end).bind(3, a.quote).bind(4, a.prefix).bind(5, a.suffix).bind(6, orphaned ? 1 : 0);
    st.bind(7, id).exec();
}

void ClaimStore::touch(qint64 id)
{
    Statement st(m_db, "UPDATE claim SET updated_at = ?, updated_by = ? WHERE id = ?");
    st.bind(1, now()).bind(2, HistoryStore::currentUser()).bind(3, id).exec();
}

void ClaimStore::setUpdatedAt(qint64 id, const QDateTime &when)
{
    // An undo puts the old stamp back (conflict checks compare it), but the row was last written by this analyst.
    Statement st(m_db, "UPDATE claim SET updated_at = ?, updated_by = ? WHERE id = ?");
    st.bind(1, when.toUTC().toString(Qt::ISODate)).bind(2, HistoryStore::currentUser()).bind(3, id).exec();
}

void ClaimStore::setTags(qint64 claimId, const QStringList &tags)
{
    Statement clear(m_db, "DELETE FROM claim_tag WHERE claim_id = ?");
    clear.bind(1, claimId).exec();
    Statement findTag(m_db, "SELECT id FROM tag WHERE parent_id IS NULL AND name = ?");
    Statement addTag(m_db, "INSERT INTO tag (name) VALUES (?)");
    Statement link(m_db, "INSERT OR IGNORE INTO claim_tag (claim_id, tag_id) VALUES (?, ?)");
    for (const QString &raw : tags) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        findTag.bind(1, name);
        qint64 tagId = 0;
        if (findTag.step()) {
            tagId = findTag.integer(0);
        } else {
            addTag.bind(1, name).exec();
            tagId = m_db.lastInsertId();
        }
        findTag.reset();
        link.bind(1, claimId).bind(2, tagId).exec();
    }
}

QStringList ClaimStore::tagNames() const
{
    Statement st(m_db, "SELECT name FROM tag ORDER BY name COLLATE NOCASE");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

qint64 ClaimStore::addLink(const ClaimLink &l)
{
    Statement st(m_db, "INSERT OR IGNORE INTO claim_link (id, from_claim, to_claim, relation) VALUES (?, ?, ?, ?)");
    st.bindId(1, l.id).bind(2, l.fromClaim).bind(3, l.toClaim).bind(4, claimRelationKey(l.relation)).exec();
    return m_db.changes() > 0 ? m_db.lastInsertId() : 0;
}

void ClaimStore::removeLink(qint64 linkId)
{
    Statement st(m_db, "DELETE FROM claim_link WHERE id = ?");
    st.bind(1, linkId).exec();
}

namespace {

QList<ClaimLink> readLinks(Statement &st)
{
    QList<ClaimLink> out;
    while (st.step()) {
        out << ClaimLink{st.integer(0), st.integer(1), st.integer(2),
                         claimRelationFromKey(st.text(3)).value_or(ClaimRelation::Contradicts)};
    }
    return out;
}

} // namespace

std::optional<ClaimLink> ClaimStore::link(qint64 linkId) const
{
    Statement st(m_db, "SELECT id, from_claim, to_claim, relation FROM claim_link WHERE id = ?");
    st.bind(1, linkId);
    const QList<ClaimLink> found = readLinks(st);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ClaimLink> ClaimStore::links(qint64 claimId) const
{
    Statement st(m_db, "SELECT id, from_claim, to_claim, relation FROM claim_link "
                       "WHERE from_claim = ?1 OR to_claim = ?1 ORDER BY id");
    st.bind(1, claimId);
    return readLinks(st);
}

QList<ClaimLink> ClaimStore::allLinks() const
{
    Statement st(m_db, "SELECT id, from_claim, to_claim, relation FROM claim_link ORDER BY id");
    return readLinks(st);
}

QList<RecordedClaim> ClaimStore::recordedClaimsInWindow(qint64 excludeArticleId, const QDate &from, const QDate &to,
                                                        int limit) const
{
    QList<RecordedClaim> out;
    if (!from.isValid() || !to.isValid() || limit <= 0)
        return out;
    Statement st(m_db, "SELECT c.id, c.article_id, c.start_cp, c.end_cp, c.quote, e.name, a.published "
                       "FROM claim c JOIN article a ON a.id = c.article_id "
                       "LEFT JOIN entity e ON e.id = c.claimant_id "
                       "WHERE c.article_id <> ? AND c.orphaned = ? AND c.stance <> ? "
                       "AND a.published >= ? AND a.published <= ? "
                       "ORDER BY a.published DESC, c.id DESC LIMIT ?");
    st.bind(1, excludeArticleId)
        .bind(2, qint64(0))
        .bind(3, stanceKey(Stance::Denies))
        .bind(4, from.toString(Qt::ISODate))
        .bind(5, to.toString(Qt::ISODate))
        .bind(6, qint64(limit));
    while (st.step()) {
        RecordedClaim r;
        r.id = st.integer(0);
        r.articleId = st.integer(1);
        r.start = st.integer(2);
        r.end = st.integer(3);
        r.quote = st.text(4);
        r.claimant = st.text(5);
        r.published = QDate::fromString(st.text(6).left(10), Qt::ISODate);
        out << r;
    }
    return out;
}

} // namespace sift
