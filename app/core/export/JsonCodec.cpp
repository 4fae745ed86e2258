#include "core/export/JsonCodec.h"

#include "core/domain/IncidentJson.h"

#include <QJsonArray>

namespace sift::JsonCodec {

QJsonValue date(const PartialDate &d)
{
    return partialDateJson(d);
}

QJsonObject article(const Article &a, bool withBody)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("outlet"), a.outlet},
        {QStringLiteral("url"), a.url},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("published"), date(a.published)},
        {QStringLiteral("date_precision"),
         a.published.isValid() ? QJsonValue(datePrecisionKey(a.published.precision)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("captions"), QJsonArray::fromStringList(a.captions)},
        {QStringLiteral("source_file"), a.sourceFile},
        {QStringLiteral("imported_at"), a.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("review_state"), reviewStateKey(a.reviewState)},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("fetched_at"),
         a.fetchedAt.isValid() ? QJsonValue(a.fetchedAt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sha256"), a.sha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.sha256)},
    };
    if (withBody)
        o.insert(QStringLiteral("body"), a.body);
    return o;
}

QJsonObject articleSummary(const ArticleSummary &s)
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("outlet"), s.outlet},
        {QStringLiteral("published"), date(s.published)},
        {QStringLiteral("review_state"), reviewStateKey(s.reviewState)},
        {QStringLiteral("claims"), s.claimCount},
    };
}

QJsonObject claim(const Claim &c)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("article_id"), c.articleId},
        {QStringLiteral("start"), c.anchor.start},
        {QStringLiteral("end"), c.anchor.end},
        {QStringLiteral("quote"), c.anchor.quote},
        {QStringLiteral("prefix"), c.anchor.prefix},
        {QStringLiteral("suffix"), c.anchor.suffix},
        {QStringLiteral("orphaned"), c.orphaned},
        {QStringLiteral("statement"), c.statement},
        {QStringLiteral("claimant"), orNull(c.claimant)},
        {QStringLiteral("reported_by"), orNull(c.reportedBy)},
        {QStringLiteral("stance"), stanceKey(c.stance)},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("credibility"), c.credibility > 0 ? QJsonValue(c.credibility) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rationale"), c.rationale},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(c.evidence)},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), c.updatedAt.toString(Qt::ISODate)},
    };
}

QJsonObject claimLink(const ClaimLink &l)
{
    return {
        {QStringLiteral("id"), l.id},
        {QStringLiteral("from"), l.fromClaim},
        {QStringLiteral("to"), l.toClaim},
        {QStringLiteral("relation"), claimRelationKey(l.relation)},
    };
}

QJsonObject entity(const Entity &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("reliability"),
         e.reliability.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.reliability)},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
        {QStringLiteral("notes"), e.notes},
    };
}

QJsonObject incident(const Incident &i)
{
    return incidentJson(i);
}

} // namespace sift::JsonCodec
