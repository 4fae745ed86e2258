#include "core/analysis/DateParser.h"

#include <QList>
#include <QRegularExpression>
#include <QTime>

#include <array>
#include <utility>

namespace sift {

namespace {

constexpr auto kPatternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

const std::array<QLatin1String, 12> kMonthNames = {
    QLatin1String("january"),   QLatin1String("february"), QLatin1String("march"),    QLatin1String("april"),
    QLatin1String("may"),       QLatin1String("june"),     QLatin1String("july"),     QLatin1String("august"),
    QLatin1String("september"), QLatin1String("october"),  QLatin1String("november"), QLatin1String("december")};

const std::array<QLatin1String, 7> kWeekdayNames = {
    QLatin1String("monday"), QLatin1String("tuesday"),  QLatin1String("wednesday"), QLatin1String("thursday"),
    QLatin1String("friday"), QLatin1String("saturday"), QLatin1String("sunday")};

/// 1-based index of name among full names, their three-letter abbreviations, or the extra abbreviations given.
template <std::size_t N>
int indexOfName(QStringView name, const std::array<QLatin1String, N> &fullNames,
                std::initializer_list<std::pair<QLatin1String, int>> extraAbbreviations)
{
    QString key = name.trimmed().toString().toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    if (key.size() < 3)
        return 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (key == fullNames[i] || (key.size() == 3 && key == fullNames[i].left(3)))
            return int(i) + 1;
    }
    for (const auto &[abbreviation, index] : extraAbbreviations) {
        if (key == abbreviation)
            return index;
    }
    return 0;
}

int fullYear(QStringView digits)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return year;
    return year < 69 ? 2000 + year : 1900 + year;
}

int monthNumber(QStringView text)
{
    bool numeric = false;
    const int month = text.toInt(&numeric);
    return numeric ? month : monthFromName(text);
}

bool hasValidClock(const QRegularExpressionMatch &match)
{
    if (!match.hasCaptured(QStringLiteral("hour")))
        return true;
    return QTime(match.capturedView(QStringLiteral("hour")).toInt(),
                 match.capturedView(QStringLiteral("minute")).toInt(),
                 match.capturedView(QStringLiteral("second")).toInt())
        .isValid();
}

/// Every form names its parts "year", "month" (digits or a name) and optionally "day" and "hour"/"minute"/"second".
std::optional<PartialDate> toPartialDate(const QRegularExpressionMatch &match)
{
    const bool hasMonth = match.hasCaptured(QStringLiteral("month"));
    const bool hasDay = match.hasCaptured(QStringLiteral("day"));
    const QDate date(fullYear(match.capturedView(QStringLiteral("year"))),
                     hasMonth ? monthNumber(match.capturedView(QStringLiteral("month"))) : 1,
                     hasDay ? match.capturedView(QStringLiteral("day")).toInt() : 1);
    if (!date.isValid() || !hasValidClock(match))
        return std::nullopt;
    const DatePrecision precision = hasDay ? DatePrecision::Day : hasMonth ? DatePrecision::Month : DatePrecision::Year;
    return PartialDate{date, precision};
}

QList<QRegularExpression> compileForms()
{
    const QString month = QStringLiteral(
        R"((?<month>(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)"
        R"(|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?))");
    const QString weekday = QStringLiteral(
        R"((?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun))"
        R"(\b\.?,?\s+)?)");
    const QString day = QStringLiteral(R"((?<day>[0-9]{1,2})(?:st|nd|rd|th)?)");
    const QString year = QStringLiteral(R"((?<year>[0-9]{4}))");
    // "10:00:00 +0000", "10:00 GMT", "at 10:00 am"; the offset is not applied.
    const QString clock =
        QStringLiteral(R"((?:,?\s+(?:at\s+)?(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2}))?)"
                       R"((?:\s*(?:am|pm))?(?:\s*(?:[+-][0-9]{4}|[a-z]{1,5}))?)?)");

    const QStringList patterns = {
        QStringLiteral(R"((?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))"
                       R"((?:(?:T|\s+)(?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:[.,][0-9]+)?)?)"
                       R"(\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?)"),
        QStringLiteral(R"(%1%2\s+%3,?\s+%4%5)").arg(weekday, day, month, year, clock),
        QStringLiteral(R"(%1%2\s+%3,?\s+%4%5)").arg(weekday, month, day, year, clock),
        QStringLiteral(R"(%1,?\s+%2)").arg(month, year),
        QStringLiteral(R"((?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})/(?<year>[0-9]{4}|[0-9]{2}))"),
        QStringLiteral(R"((?<day>[0-9]{1,2})\.(?<month>[0-9]{1,2})\.(?<year>[0-9]{4}))"),
    };
    QList<QRegularExpression> forms;
    for (const QString &pattern : patterns)
        forms.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern), kPatternOptions));
    return forms;
}

} // namespace

int monthFromName(QStringView name)
{
    return indexOfName(name, kMonthNames, {{QLatin1String("sept"), 9}});
}

int weekdayFromName(QStringView name)
{
    return indexOfName(name, kWeekdayNames,
                       {{QLatin1String("tues"), 2}, {QLatin1String("thur"), 4}, {QLatin1String("thurs"), 4}});
}

std::optional<PartialDate> parseDate(const QString &text)
{
    static const QList<QRegularExpression> forms = compileForms();
    const QString trimmed = text.trimmed();
    for (const QRegularExpression &form : forms) {
        if (const QRegularExpressionMatch match = form.match(trimmed); match.hasMatch())
            return toPartialDate(match);
    }
    return std::nullopt;
}

} // namespace sift
