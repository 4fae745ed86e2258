#pragma once

#include "core/domain/PartialDate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sift {

/// One date expression found in running text.
struct DateMention {
    qsizetype start = 0; ///< QString (UTF-16) offset into the text
    qsizetype length = 0;
    QString text;     ///< the matched expression, with its leading "on"/"in"/"since"/"late on" if any
    PartialDate date; ///< invalid when the expression is relative and the reference is unknown
    bool relative = false;
};

// Expressions are English, case-insensitive, on word boundaries; "the reference" is the article's publication date.
// - Absolute: everything parseDate accepts with a year, also inside text ("Russia, Dec. 26, 2024."); a bare year
//   (1800-2099) only after in/since/during/early/mid/late ("since early 2022" -> 2022). Qualifiers never narrow a date.
// - Weekday ("on Sunday", "late on Sunday", "Sunday morning", "Sunday's"): the latest such day on or before the
//   reference; "last Sunday" is strictly before it, "next Sunday" strictly after. No tense analysis.
// - today/tonight/this morning -> the reference; yesterday/last night/a day earlier/the day before -> one day back,
//   but "the day before the vote" is not taken (it counts from another event); "N days/weeks/months/years ago/earlier".
// - last/this/next week (its Monday, week precision), month (its 1st, month precision), year (year precision).
// - Month, or month and day, without a year ("in November", "on 14 March", "March 14"): the latest one starting on
//   or before the reference. "May" and "March" alone count only after in/since/during/early/mid/late, and in lower
//   case not even with a bare day ("Article 2 may apply"); other full month names count alone ("November's vote").
// - Overlaps keep the longest expression: "on Sunday, March 16, 2025" is one absolute mention.

/// Resolves one expression as a whole against reference (may be invalid: absolute expressions still resolve).
std::optional<PartialDate> resolveDateExpression(const QString &expression, const QDate &reference);
/// Finds every date expression in running text, in order, non-overlapping, longest match first.
QList<DateMention> findDateMentions(const QString &text, const QDate &reference);

} // namespace sift
