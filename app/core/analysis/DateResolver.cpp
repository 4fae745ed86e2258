#include "core/analysis/DateResolver.h"

#include "core/analysis/DateParser.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace sift {

namespace {

constexpr auto kPatternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

/// nullopt: the text is not a date after all ("February 30"); an invalid PartialDate: the reference is unknown.
using Resolve = std::function<std::optional<PartialDate>(const QRegularExpressionMatch &, const QDate &)>;

struct Rule {
    QRegularExpression pattern;
    bool relative = false;
    Resolve resolve;
};

// Pattern fragments shared by the rules below. Month names follow parseDate's grammar.
const QString kFullMonth =
    QStringLiteral(R"((?:january|february|march|april|may|june|july|august|september|october|november|december)\b)");
const QString kAnyMonth = QStringLiteral(
    R"((?<month>(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)"
    R"(|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?))");
const QString kWeekday = QStringLiteral(R"((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)");
const QString kDay = QStringLiteral(R"((?<day>[0-9]{1,2})(?:st|nd|rd|th)?\b)");
const QString kLead = QStringLiteral(R"((?:\b(?:on|in|since|during)\s+)?)");
const QString kQualifier = QStringLiteral(R"((?:(?:early|mid|late)(?:\s+|-)))");
const QString kPartOfDay = QStringLiteral(R"((?:\s+(?:morning|afternoon|evening|night)\b)?)");
const QString kNoYearFollows = QStringLiteral(R"((?!\.?\s*,?\s*[0-9]))");
/// "before" ends a relative expression only when nothing follows it: "the day before the vote" is another anchor.
const QString kBeforeAtEnd = QStringLiteral(R"(before\b(?!\s*[\p{L}\p{N}]))");
/// "two days ago": counts spelled out, one to twelve; "a"/"an" and digits are handled apart.
const QStringList kCountWords = {QStringLiteral("one"),   QStringLiteral("two"),    QStringLiteral("three"),
                                 QStringLiteral("four"),  QStringLiteral("five"),   QStringLiteral("six"),
                                 QStringLiteral("seven"), QStringLiteral("eight"),  QStringLiteral("nine"),
                                 QStringLiteral("ten"),   QStringLiteral("eleven"), QStringLiteral("twelve")};

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

/// Lower-case "may" and "march" before a bare day are far more often a verb or a noun ("Article 2 may apply").
bool isCommonWord(QStringView month)
{
    return month.front().isLower() && (month.compare(u"may") == 0 || month.compare(u"march") == 0);
}

std::optional<PartialDate> latestMonthDay(int month, int day, const QDate &reference)
{
    if (!QDate(2000, month, day).isValid())
        return std::nullopt;
    if (!reference.isValid())
        return PartialDate{};
    // Nine years always span a leap year, for "February 29".
    for (int year = reference.year(); year > reference.year() - 9; --year) {
        if (const QDate date(year, month, day); date.isValid() && date <= reference)
            return PartialDate{date, DatePrecision::Day};
    }
    return std::nullopt;
}

std::optional<PartialDate> resolveMonthDay(const QRegularExpressionMatch &match, const QDate &reference)
{
    const QStringView month = match.capturedView(QStringLiteral("month"));
    if (isCommonWord(month))
        return std::nullopt;
    return latestMonthDay(monthFromName(month), match.capturedView(QStringLiteral("day")).toInt(), reference);
}

std::optional<PartialDate> resolveMonth(const QRegularExpressionMatch &match, const QDate &reference)
{
    const int month = monthFromName(match.capturedView(QStringLiteral("month")));
    const int year = month <= reference.month() ? reference.year() : reference.year() - 1;
    return PartialDate{QDate(year, month, 1), DatePrecision::Month};
}

std::optional<PartialDate> resolveAbsolute(const QRegularExpressionMatch &match, const QDate &)
{
    return parseDate(match.captured(QStringLiteral("date")));
}

/// The latest such weekday on or before the reference; "last" is strictly before it and "next" strictly after.
std::optional<PartialDate> resolveWeekday(const QRegularExpressionMatch &match, const QDate &reference)
{
    const int weekday = weekdayFromName(match.capturedView(QStringLiteral("weekday")));
    const QStringView which = match.capturedView(QStringLiteral("which"));
    if (which.compare(u"next", Qt::CaseInsensitive) == 0) {
        const int ahead = (weekday - reference.dayOfWeek() + 7) % 7;
        return PartialDate{reference.addDays(ahead == 0 ? 7 : ahead), DatePrecision::Day};
    }
    const int back = (reference.dayOfWeek() - weekday + 7) % 7;
    const bool strictlyBefore = which.compare(u"last", Qt::CaseInsensitive) == 0;
    return PartialDate{reference.addDays(-(back == 0 && strictlyBefore ? 7 : back)), DatePrecision::Day};
}

/// The period unit steps away from the reference: a day, the Monday of a week, the 1st of a month, January 1st.
PartialDate periodFrom(const QDate &reference, QStringView unit, int steps)
{
    if (unit.startsWith(u"week", Qt::CaseInsensitive))
        return {mondayOf(reference).addDays(7 * steps), DatePrecision::Week};
    if (unit.startsWith(u"month", Qt::CaseInsensitive))
        return {firstOfMonth(reference).addMonths(steps), DatePrecision::Month};
    if (unit.startsWith(u"year", Qt::CaseInsensitive))
        return {QDate(reference.year() + steps, 1, 1), DatePrecision::Year};
    return {reference.addDays(steps), DatePrecision::Day};
}

std::optional<PartialDate> resolveCountedAgo(const QRegularExpressionMatch &match, const QDate &reference)
{
    const QString count = match.captured(QStringLiteral("count")).toLower();
    bool numeric = false;
    int n = count.toInt(&numeric);
    if (!numeric) {
        const qsizetype index = kCountWords.indexOf(count);
        n = index < 0 ? 1 : int(index) + 1; // "a", "an"
    }
    return periodFrom(reference, match.capturedView(QStringLiteral("unit")), -n);
}

std::optional<PartialDate> resolvePeriod(const QRegularExpressionMatch &match, const QDate &reference)
{
    const QString which = match.captured(QStringLiteral("which")).toLower();
    const int steps = which == QLatin1String("last") ? -1 : which == QLatin1String("next") ? 1 : 0;
    return periodFrom(reference, match.capturedView(QStringLiteral("unit")), steps);
}

Resolve daysFromReference(int days)
{
    return [days](const QRegularExpressionMatch &, const QDate &reference) {
        return std::optional<PartialDate>(PartialDate{reference.addDays(days), DatePrecision::Day});
    };
}

Rule rule(const QString &pattern, bool relative, Resolve resolve)
{
    return Rule{QRegularExpression(pattern, kPatternOptions), relative, std::move(resolve)};
}

QList<Rule> absoluteRules()
{
    const QString weekdayLead = QStringLiteral(R"((?:%1,?\s+)?)").arg(kWeekday);
    const QString numericStart = QStringLiteral(R"(%1(?<![\w.\-/:]))").arg(kLead);
    return {
        rule(QStringLiteral(R"(%1\b(?<date>%2%3\s+%4,?\s+[0-9]{4}\b))").arg(kLead, weekdayLead, kDay, kAnyMonth), false,
             resolveAbsolute),
        rule(QStringLiteral(R"(%1\b(?<date>%2%3\s+%4,?\s+[0-9]{4}\b))").arg(kLead, weekdayLead, kAnyMonth, kDay), false,
             resolveAbsolute),
        rule(QStringLiteral(R"(%1%2?\b(?<date>%3,?\s+[0-9]{4}\b))").arg(kLead, kQualifier, kAnyMonth), false,
             resolveAbsolute),
        rule(QStringLiteral(R"(\b(?:(?:in|since|during)\s+%1?|%1)(?<date>(?:18|19|20)[0-9]{2})\b)").arg(kQualifier),
             false, resolveAbsolute),
        rule(QStringLiteral(R"(%1(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})"
                            R"((?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?))"
                            R"((?![\w\-/:]))")
                 .arg(numericStart),
             false, resolveAbsolute),
        rule(QStringLiteral(R"(%1(?<date>[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2}))(?![\w/]|[.,][0-9]))")
                 .arg(numericStart),
             false, resolveAbsolute),
        rule(QStringLiteral(R"(%1(?<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?!\w|[.,][0-9]))").arg(numericStart), false,
             resolveAbsolute),
    };
}

QList<Rule> calendarRules()
{
    const QString weekdayLead = QStringLiteral(R"((?:%1,?\s+)?)").arg(kWeekday);
    const QString monthsAlone = QStringLiteral(
        R"((?<month>(?:january|february|april|june|july|august|september|october|november|december)\b))");
    return {
        rule(QStringLiteral(R"(%1\b%2%3\s+%4%5)").arg(kLead, weekdayLead, kAnyMonth, kDay, kNoYearFollows), true,
             resolveMonthDay),
        rule(QStringLiteral(R"(%1\b%2%3\s+%4%5)").arg(kLead, weekdayLead, kDay, kAnyMonth, kNoYearFollows), true,
             resolveMonthDay),
        rule(QStringLiteral(R"(\b(?:(?:in|since|during)\s+%1?|%1)(?<month>%2)%3)")
                 .arg(kQualifier, kFullMonth, kNoYearFollows),
             true, resolveMonth),
        rule(QStringLiteral(R"(\b%1%2)").arg(monthsAlone, kNoYearFollows), true, resolveMonth),
    };
}

QList<Rule> relativeRules()
{
    return {
        rule(QStringLiteral(R"(\b(?:(?:late|early)\s+(?:on\s+)?|on\s+|since\s+)?(?<weekday>%1)%2)")
                 .arg(kWeekday, kPartOfDay),
             true, resolveWeekday),
        rule(QStringLiteral(R"(\b(?:(?:late|early)\s+)?(?<which>last|next)\s+(?<weekday>%1)%2)")
                 .arg(kWeekday, kPartOfDay),
             true, resolveWeekday),
        rule(QStringLiteral(R"(\b(?:(?:(?:earlier|later)\s+)?today|this\s+(?:morning|afternoon|evening)|tonight)\b)"),
             true, daysFromReference(0)),
        rule(QStringLiteral(R"(\b(?:(?:(?:late|early)\s+)?yesterday%1|(?:late\s+)?last\s+night\b)"
                            R"(|the\s+previous\s+day\b|the\s+day\s+%2))")
                 .arg(kPartOfDay, kBeforeAtEnd),
             true, daysFromReference(-1)),
        rule(QStringLiteral(R"(\bthe\s+day\s+before\s+yesterday\b)"), true, daysFromReference(-2)),
        rule(QStringLiteral(R"(\btomorrow%1)").arg(kPartOfDay), true, daysFromReference(1)),
        rule(QStringLiteral(R"(\bthe\s+day\s+after\s+tomorrow\b)"), true, daysFromReference(2)),
        rule(QStringLiteral(
                 R"(\b(?<count>an?|%1|[0-9]{1,3})\s+(?<unit>day|week|month|year)s?\s+(?:(?:ago|earlier)\b|%2))")
                 .arg(kCountWords.join(QLatin1Char('|')), kBeforeAtEnd),
             true, resolveCountedAgo),
        rule(QStringLiteral(
                 R"(\b(?:(?:earlier|later|early|late)\s+)?(?<which>last|this|next)\s+(?<unit>week|month|year)\b)"),
             true, resolvePeriod),
    };
}

const QList<Rule> &allRules()
{
    static const QList<Rule> rules = absoluteRules() + calendarRules() + relativeRules();
    return rules;
}

QList<DateMention> allCandidates(const QString &text, const QDate &reference)
{
    QList<DateMention> candidates;
    for (const Rule &r : allRules()) {
        auto matches = r.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            std::optional<PartialDate> date = r.resolve(match, reference);
            if (!date)
                continue;
            if (r.relative && !reference.isValid())
                date = PartialDate{};
            candidates.append({match.capturedStart(), match.capturedLength(), match.captured(), *date, r.relative});
        }
    }
    return candidates;
}

bool overlaps(const DateMention &a, const DateMention &b)
{
    return a.start < b.start + b.length && b.start < a.start + a.length;
}

} // namespace

QList<DateMention> findDateMentions(const QString &text, const QDate &reference)
{
    QList<DateMention> candidates = allCandidates(text, reference);
    std::stable_sort(candidates.begin(), candidates.end(), [](const DateMention &a, const DateMention &b) {
        return a.length != b.length ? a.length > b.length : a.start < b.start;
    });
    QList<DateMention> chosen;
    for (const DateMention &candidate : std::as_const(candidates)) {
        if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const DateMention &c) { return overlaps(c, candidate); }))
            chosen.append(candidate);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    return chosen;
}

std::optional<PartialDate> resolveDateExpression(const QString &expression, const QDate &reference)
{
    const QString trimmed = expression.trimmed();
    if (std::optional<PartialDate> absolute = parseDate(trimmed))
        return absolute;
    const QList<DateMention> mentions = findDateMentions(trimmed, reference);
    if (mentions.size() != 1 || mentions.first().length != trimmed.size() || !mentions.first().date.isValid())
        return std::nullopt;
    return mentions.first().date;
}

} // namespace sift
