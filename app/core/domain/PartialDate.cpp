#include "core/domain/PartialDate.h"

namespace sift {

QString datePrecisionKey(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Week:
        return QStringLiteral("week");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("day");
}

std::optional<DatePrecision> datePrecisionFromKey(const QString &key)
{
    for (auto p : {DatePrecision::Day, DatePrecision::Week, DatePrecision::Month, DatePrecision::Year}) {
        if (datePrecisionKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString PartialDate::toIso() const
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Year:
        return date.toString(QStringLiteral("yyyy"));
    case DatePrecision::Day:
    case DatePrecision::Week:
        break;
    }
    return date.toString(Qt::ISODate);
}

} // namespace sift
