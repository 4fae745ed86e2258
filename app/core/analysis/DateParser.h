#pragma once

#include "core/domain/PartialDate.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace sift {

/// Parses one absolute date as found in imported metadata or article text, when the whole trimmed string is a date:
/// - ISO 8601: "2025-03-16", "2025-03-16T10:00:00Z", "2025-03-16 10:00", "2025-03" (month), "2025" (year);
/// - RFC 2822 and day-month-year: "Sun, 16 Mar 2025 10:00:00 +0000", "16 Mar 2025", "2 October 2023";
/// - month-day-year: "Dec. 26, 2024", "December 26, 2024", "Sunday, March 16, 2025";
/// - month-year: "March 2025", "Mar. 2025" (month precision);
/// - numeric: "3/16/25", "3/16/2025" (US M/D/Y), "16.03.2025" (D.M.Y).
/// Month and weekday names are English and case-insensitive; abbreviations may carry a dot ("Sept."). A leading
/// weekday is not checked against the date. Two-digit years pivot as POSIX does: 69–99 -> 1969–1999, 00–68 ->
/// 2000–2068. The date is taken as written: a time or UTC offset is validated but never shifts the day.
/// Returns nullopt for anything else, including impossible calendar dates ("Feb 30, 2025").
std::optional<PartialDate> parseDate(const QString &text);

/// 1–12 for an English month name or abbreviation ("Dec", "Dec.", "December", "Sept", any case); 0 otherwise.
int monthFromName(QStringView name);
/// 1 (Monday) – 7 (Sunday) for an English weekday name or abbreviation ("Sun", "Tues.", "Sunday"); 0 otherwise.
int weekdayFromName(QStringView name);

} // namespace sift
