#include "core/export/DataExport.h"

#include "core/export/CsvWriter.h"
#include "core/export/ExportData.h"
#include "core/export/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sift::DataExport {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

/// ACLED's time_precision: 1 day, 2 week, 3 month (and coarser).
QString acledTimePrecision(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    switch (date.precision) {
    case DatePrecision::Day:
        return QStringLiteral("1");
    case DatePrecision::Week:
        return QStringLiteral("2");
    case DatePrecision::Month:
    case DatePrecision::Year:
        return QStringLiteral("3");
    }
    return {};
}

/// An imported row keeps its ACLED id; anything else gets one from its Sift id.
QString eventId(const Incident &i)
{
    if (!i.sourceKey.isEmpty() && !i.sourceKey.startsWith(QLatin1String("row:")))
        return i.sourceKey;
    return QStringLiteral("SIFT%1").arg(i.id);
}

QString ids(const QList<qint64> &list)
{
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QLatin1Char(';'));
}

QByteArray toJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}

QJsonObject statusJson(const Status &s)
{
    return {
        {QStringLiteral("name"), s.name},
        {QStringLiteral("color"), s.color.name()},
        {QStringLiteral("alternate_name"), s.alternateName},
        {QStringLiteral("rating_value"), s.ratingValue},
        {QStringLiteral("default"), s.isDefault},
        {QStringLiteral("description"), s.description},
    };
}

QJsonObject agent(const QString &name, const Entity *entity, const char *typeKey)
{
    const bool person = entity && entity->kind.compare(QLatin1String("person"), Qt::CaseInsensitive) == 0;
    return {{QString::fromLatin1(typeKey), person ? QStringLiteral("Person") : QStringLiteral("Organization")},
            {QStringLiteral("name"), name}};
}

QJsonObject appearance(const Article &a)
{
    QJsonObject work{{QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                     {QStringLiteral("url"), a.url.isEmpty() ? articleUrn(a.id) : a.url}};
    if (!a.title.isEmpty())
        work.insert(QStringLiteral("headline"), a.title);
    if (a.published.isValid())
        work.insert(QStringLiteral("datePublished"), a.published.toIso());
    if (!a.outlet.isEmpty())
        work.insert(QStringLiteral("publisher"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                                             {QStringLiteral("name"), a.outlet}});
    return work;
}

QJsonObject claimReviewFor(const ExportData &data, const Claim &c, const ReportOptions &options)
{
    const std::optional<Status> status = data.status(c.status);
    const Article *article = data.article(c.articleId);
    QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")},
                       {QStringLiteral("ratingValue"), status ? status->ratingValue : 3},
                       {QStringLiteral("bestRating"), 5},
                       {QStringLiteral("worstRating"), 1},
                       {QStringLiteral("alternateName"),
                        status && !status->alternateName.isEmpty() ? status->alternateName : c.status}};
    QJsonObject item{{QStringLiteral("@type"), QStringLiteral("Claim")}};
    if (!c.claimant.isEmpty())
        item.insert(QStringLiteral("author"), agent(c.claimant, data.entityNamed(c.claimant), "@type"));
    if (article) {
        item.insert(QStringLiteral("appearance"), appearance(*article));
        if (article->published.isValid())
            item.insert(QStringLiteral("datePublished"), article->published.toIso());
    }
    item.insert(QStringLiteral("text"), c.anchor.quote);
    QJsonObject review{
        {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
        {QStringLiteral("identifier"), QStringLiteral("urn:sift:claim:%1").arg(c.id)},
        {QStringLiteral("claimReviewed"), c.statement.isEmpty() ? c.anchor.quote : c.statement},
        {QStringLiteral("datePublished"), options.generated().toUTC().date().toString(Qt::ISODate)},
        {QStringLiteral("reviewRating"), rating},
        {QStringLiteral("itemReviewed"), item},
    };
    if (!options.author.trimmed().isEmpty())
        review.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                                            {QStringLiteral("name"), options.author.simplified()}});
    if (!c.rationale.isEmpty())
        review.insert(QStringLiteral("reviewBody"), c.rationale);
    return review;
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value}};
}

QJsonObject annotationFor(const ExportData &data, const Claim &c, const ReportOptions &options)
{
    const Article *article = data.article(c.articleId);
    QJsonArray bodies{textualBody(QStringLiteral("assessing"), c.status),
                      textualBody(QStringLiteral("classifying"), stanceKey(c.stance))};
    for (const QString &tag : c.tags)
        bodies.append(textualBody(QStringLiteral("tagging"), tag));
    if (!c.statement.isEmpty())
        bodies.append(textualBody(QStringLiteral("describing"), c.statement));
    if (!c.rationale.isEmpty())
        bodies.append(textualBody(QStringLiteral("commenting"), c.rationale));

    QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), c.anchor.quote},
                                     {QStringLiteral("prefix"), c.anchor.prefix},
                                     {QStringLiteral("suffix"), c.anchor.suffix}}};
    // An orphaned claim's offsets point nowhere; the quote alone lets a reader find it again.
    if (!c.orphaned)
        selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                     {QStringLiteral("start"), c.anchor.start},
                                     {QStringLiteral("end"), c.anchor.end}});
    const QString source = article && !article->url.isEmpty() ? article->url : articleUrn(c.articleId);
    QJsonObject annotation{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), QStringLiteral("urn:sift:claim:%1").arg(c.id)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), QStringLiteral("assessing")},
        {QStringLiteral("body"), bodies},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selectors}}},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")},
                                                  {QStringLiteral("name"), QStringLiteral("Sift")}}},
    };
    const QString creator = c.createdBy.isEmpty() ? options.author.simplified() : c.createdBy;
    if (!creator.isEmpty())
        annotation.insert(QStringLiteral("creator"),
                          QJsonObject{{QStringLiteral("type"), c.createdBy.isEmpty() ? QStringLiteral("Organization")
                                                                                     : QStringLiteral("Person")},
                                      {QStringLiteral("name"), creator}});
    if (c.createdAt.isValid())
        annotation.insert(QStringLiteral("created"), isoUtc(c.createdAt));
    if (c.updatedAt.isValid())
        annotation.insert(QStringLiteral("modified"), isoUtc(c.updatedAt));
    return annotation;
}

} // namespace

QString articleUrn(qint64 articleId)
{
    return QStringLiteral("urn:sift:article:%1").arg(articleId);
}

QStringList claimsCsvHeader()
{
    return {QStringLiteral("id"),          QStringLiteral("article_id"), QStringLiteral("article_title"),
            QStringLiteral("outlet"),      QStringLiteral("published"),  QStringLiteral("article_url"),
            QStringLiteral("quote"),       QStringLiteral("start"),      QStringLiteral("end"),
            QStringLiteral("orphaned"),    QStringLiteral("statement"),  QStringLiteral("claimant"),
            QStringLiteral("reported_by"), QStringLiteral("stance"),     QStringLiteral("status"),
            QStringLiteral("credibility"), QStringLiteral("rationale"),  QStringLiteral("evidence"),
            QStringLiteral("tags"),        QStringLiteral("note"),       QStringLiteral("incidents"),
            QStringLiteral("created_at"),  QStringLiteral("created_by"), QStringLiteral("updated_at"),
            QStringLiteral("updated_by")};
}

QStringList incidentsCsvHeader()
{
    return {QStringLiteral("event_id_cnty"), QStringLiteral("event_date"),     QStringLiteral("time_precision"),
            QStringLiteral("event_type"),    QStringLiteral("sub_event_type"), QStringLiteral("actor1"),
            QStringLiteral("actor2"),        QStringLiteral("country"),        QStringLiteral("admin1"),
            QStringLiteral("admin2"),        QStringLiteral("location"),       QStringLiteral("latitude"),
            QStringLiteral("longitude"),     QStringLiteral("geo_precision"),  QStringLiteral("fatalities"),
            QStringLiteral("notes"),         QStringLiteral("sift_id"),        QStringLiteral("status"),
            QStringLiteral("claims"),        QStringLiteral("articles")};
}

QByteArray claimsCsv(const ExportData &data)
{
    QHash<qint64, QList<qint64>> incidentsOfClaim;
    for (const Incident &i : data.incidents) {
        for (qint64 claimId : i.claimIds)
            incidentsOfClaim[claimId] << i.id;
    }
    CsvWriter csv;
    csv.addRow(claimsCsvHeader());
    for (const Claim &c : data.claims) {
        const Article *a = data.article(c.articleId);
        csv.addRow({QString::number(c.id),
                    QString::number(c.articleId),
                    a ? a->title : QString(),
                    a ? a->outlet : QString(),
                    a ? a->published.toIso() : QString(),
                    a ? a->url : QString(),
                    c.anchor.quote,
                    QString::number(c.anchor.start),
                    QString::number(c.anchor.end),
                    c.orphaned ? QStringLiteral("1") : QStringLiteral("0"),
                    c.statement,
                    c.claimant,
                    c.reportedBy,
                    stanceKey(c.stance),
                    c.status,
                    c.credibility > 0 ? QString::number(c.credibility) : QString(),
                    c.rationale,
                    c.evidence.join(QLatin1Char('\n')),
                    c.tags.join(QStringLiteral("; ")),
                    c.note,
                    ids(incidentsOfClaim.value(c.id)),
                    isoUtc(c.createdAt),
                    c.createdBy,
                    isoUtc(c.updatedAt),
                    c.updatedBy});
    }
    return csv.toUtf8();
}

QByteArray incidentsCsv(const ExportData &data)
{
    CsvWriter csv;
    csv.addRow(incidentsCsvHeader());
    for (const Incident &i : data.incidents) {
        csv.addRow({eventId(i),
                    i.eventDate.isValid() ? i.eventDate.date.toString(Qt::ISODate) : QString(),
                    acledTimePrecision(i.eventDate),
                    i.eventType,
                    i.subEventType,
                    i.actor1,
                    i.actor2,
                    i.country,
                    i.admin1,
                    i.admin2,
                    i.location,
                    number(i.latitude),
                    number(i.longitude),
                    i.geoPrecision > 0 ? QString::number(i.geoPrecision) : QString(),
                    i.fatalities ? QString::number(*i.fatalities) : QString(),
                    i.notes,
                    QString::number(i.id),
                    i.status,
                    ids(i.claimIds),
                    ids(i.articleIds)});
    }
    return csv.toUtf8();
}

QByteArray json(const ExportData &data, const ReportOptions &options)
{
    QJsonArray articles;
    for (const Article &a : data.articles)
        articles.append(JsonCodec::article(a));
    QJsonArray claims;
    for (const Claim &c : data.claims)
        claims.append(JsonCodec::claim(c));
    QJsonArray entities;
    for (const Entity &e : data.entities)
        entities.append(JsonCodec::entity(e));
    QJsonArray incidents;
    for (const Incident &i : data.incidents)
        incidents.append(JsonCodec::incident(i));
    QJsonArray links;
    for (const ClaimLink &l : data.links)
        links.append(JsonCodec::claimLink(l));
    QJsonArray statuses;
    for (const Status &s : data.statuses)
        statuses.append(statusJson(s));
    QJsonArray articleIds;
    for (qint64 id : options.articleIds)
        articleIds.append(id);
    const QJsonObject scope{
        {QStringLiteral("articles"), options.articleIds.isEmpty() ? QJsonValue(QStringLiteral("all")) : articleIds},
        {QStringLiteral("from"),
         options.from.isValid() ? QJsonValue(options.from.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("to"), options.to.isValid() ? QJsonValue(options.to.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("statuses"), QJsonArray::fromStringList(options.statuses)},
    };
    return toJson(QJsonObject{
        {QStringLiteral("format"), QStringLiteral("sift-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generated_at"), isoUtc(options.generated())},
        {QStringLiteral("title"), options.effectiveTitle()},
        {QStringLiteral("author"), options.author.simplified()},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("links"), links},
    });
}

QByteArray claimReview(const ExportData &data, const ReportOptions &options)
{
    QJsonArray reviews;
    for (const Claim &c : data.claims)
        reviews.append(claimReviewFor(data, c, options));
    return toJson(reviews);
}

QByteArray webAnnotations(const ExportData &data, const ReportOptions &options)
{
    QJsonArray annotations;
    for (const Claim &c : data.claims)
        annotations.append(annotationFor(data, c, options));
    return toJson(annotations);
}

} // namespace sift::DataExport
