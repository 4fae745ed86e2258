#include "core/domain/IncidentJson.h"

#include <QJsonArray>

namespace sift {

QJsonValue partialDateJson(const PartialDate &d)
{
    return d.isValid() ? QJsonValue(d.toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonObject incidentJson(const Incident &i)
{
    auto optReal = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonArray claims;
    for (qint64 id : i.claimIds)
        claims.append(id);
    QJsonArray articles;
    for (qint64 id : i.articleIds)
        articles.append(id);
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("event_date"), partialDateJson(i.eventDate)},
        {QStringLiteral("time_precision"),
         i.eventDate.isValid() ? QJsonValue(datePrecisionKey(i.eventDate.precision)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("event_type"), i.eventType},
        {QStringLiteral("sub_event_type"), i.subEventType},
        {QStringLiteral("actor1"), i.actor1},
        {QStringLiteral("actor2"), i.actor2},
        {QStringLiteral("country"), i.country},
        {QStringLiteral("admin1"), i.admin1},
        {QStringLiteral("admin2"), i.admin2},
        {QStringLiteral("location"), i.location},
        {QStringLiteral("latitude"), optReal(i.latitude)},
        {QStringLiteral("longitude"), optReal(i.longitude)},
        {QStringLiteral("geo_precision"),
         i.geoPrecision > 0 ? QJsonValue(i.geoPrecision) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fatalities"), i.fatalities ? QJsonValue(*i.fatalities) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notes"), i.notes},
        {QStringLiteral("status"), i.status},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("articles"), articles},
    };
}

} // namespace sift
