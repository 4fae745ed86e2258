#include "core/domain/PartialDate.h"

#include <algorithm>

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

PartialDate coarsened(PartialDate date, DatePrecision precision)
{
    if (!date.isValid())
        return date;
    date.precision = std::max(date.precision, precision);
    switch (date.precision) {
    case DatePrecision::Day:
        break;
    case DatePrecision::Week:
        date.date = date.date.addDays(1 - date.date.dayOfWeek());
        break;
    case DatePrecision::Month:
        date.date = QDate(date.date.year(), date.date.month(), 1);
        break;
    case DatePrecision::Year:
        date.date = QDate(date.date.year(), 1, 1);
        break;
    }
    return date;
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
