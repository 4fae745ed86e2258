#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sift {

enum class DatePrecision { Day, Week, Month, Year };

QString datePrecisionKey(DatePrecision precision); ///< "day", "week", "month", "year"
std::optional<DatePrecision> datePrecisionFromKey(const QString &key);

/// A date that may be known only to the week, month or year, or not at all.
struct PartialDate {
    QDate date; ///< first day of the period; invalid when unknown
    DatePrecision precision = DatePrecision::Day;

    bool isValid() const { return date.isValid(); }
    QString toIso() const; ///< "2025-03-16", "2025-03", "2025"; week: the Monday; empty when unknown
    bool operator==(const PartialDate &other) const = default;
};

/// date at the coarser of its own precision and `precision`, moved to the first day of that period (the Monday of
/// its ISO week, the 1st of its month, 1 January), as PartialDate keeps it.
PartialDate coarsened(PartialDate date, DatePrecision precision);

} // namespace sift
