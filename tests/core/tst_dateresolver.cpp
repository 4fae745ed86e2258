#include "core/analysis/DateResolver.h"

#include "support/TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDateResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolvesExpression_data();
    void resolvesExpression();
    void findsMentions_data();
    void findsMentions();
    void findsEverySampleMention_data();
    void findsEverySampleMention();
    void reportsUtf16Offsets();

private:
    QString m_sample;
};

namespace {

const QDate kAzerbaijan(2025, 3, 16); ///< a Sunday: the Azerbaijan article's publication date
const QDate kKremlin(2025, 1, 27);    ///< a Monday: the Kremlin article's publication date

/// "2025-03-16 day", "2025-03 month", "unknown" for an invalid date, "none" when nothing resolved.
QString describe(const std::optional<sift::PartialDate> &date)
{
    if (!date)
        return u"none"_s;
    if (!date->isValid())
        return u"unknown"_s;
    return date->toIso() + u' ' + sift::datePrecisionKey(date->precision);
}

/// "on Sunday = 2025-03-16 day (relative)"
QString describe(const sift::DateMention &mention)
{
    return mention.text + u" = "_s + describe(std::optional(mention.date)) +
           (mention.relative ? u" (relative)"_s : QString());
}

QStringList describe(const QList<sift::DateMention> &mentions)
{
    QStringList lines;
    for (const sift::DateMention &m : mentions)
        lines.append(describe(m));
    return lines;
}

void addExpression(const char *name, const QString &expression, const QDate &reference, const QString &expected)
{
    QTest::newRow(name) << expression << reference << expected;
}

void addText(const char *name, const QString &text, const QDate &reference, const QStringList &expected)
{
    QTest::newRow(name) << text << reference << expected;
}

/// Every mention quotes its own span, in order, without overlaps.
void verifySpans(const QString &text, const QList<sift::DateMention> &mentions)
{
    qsizetype end = 0;
    for (const sift::DateMention &m : mentions) {
        QCOMPARE_GE(m.start, end);
        QCOMPARE(text.mid(m.start, m.length), m.text);
        end = m.start + m.length;
    }
}

QStringList kremlinMentions(bool referenceKnown)
{
    const QString dec26 = u"Dec. 26, 2024 = 2024-12-26 day"_s;
    auto relative = [referenceKnown](const QString &text, const QString &date) {
        return text + u" = "_s + (referenceKnown ? date : u"unknown"_s) + u" (relative)"_s;
    };
    return {dec26,
            dec26,
            dec26,
            dec26,
            relative(u"on Monday"_s, u"2025-01-27 day"_s),
            relative(u"on Sunday"_s, u"2025-01-26 day"_s),
            u"since early 2022 = 2022 year"_s,
            relative(u"a day earlier"_s, u"2025-01-26 day"_s),
            relative(u"yesterday"_s, u"2025-01-26 day"_s),
            relative(u"in November"_s, u"2024-11 month"_s)};
}

QStringList azerbaijanMentions(bool referenceKnown)
{
    const QString oct2 = u"October 2, 2023 = 2023-10-02 day"_s;
    auto relative = [referenceKnown](const QString &text, const QString &date) {
        return text + u" = "_s + (referenceKnown ? date : u"unknown"_s) + u" (relative)"_s;
    };
    return {oct2,
            oct2,
            oct2,
            oct2,
            relative(u"on Sunday"_s, u"2025-03-16 day"_s),
            relative(u"on Sunday morning"_s, u"2025-03-16 day"_s),
            relative(u"on Thursday"_s, u"2025-03-13 day"_s)};
}

} // namespace

void TestDateResolver::initTestCase()
{
    m_sample = QString::fromUtf8(sift::test::readFile(sift::test::sharedPath(u"samples/aawsat-sample.txt"_s)));
    QVERIFY(!m_sample.isEmpty());
}

void TestDateResolver::resolvesExpression_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("expected");

    // Every date expression of the sample, against its article's date.
    addExpression("kremlin: on Monday is the reference", u"on Monday"_s, kKremlin, u"2025-01-27 day"_s);
    addExpression("kremlin: on Sunday", u"on Sunday"_s, kKremlin, u"2025-01-26 day"_s);
    addExpression("kremlin: a day earlier", u"a day earlier"_s, kKremlin, u"2025-01-26 day"_s);
    addExpression("kremlin: yesterday", u"yesterday"_s, kKremlin, u"2025-01-26 day"_s);
    addExpression("kremlin: caption date", u"Dec. 26, 2024"_s, kKremlin, u"2024-12-26 day"_s);
    addExpression("kremlin: since early 2022", u"since early 2022"_s, kKremlin, u"2022 year"_s);
    addExpression("kremlin: in November", u"in November"_s, kKremlin, u"2024-11 month"_s);
    addExpression("azerbaijan: on Sunday is the reference", u"on Sunday"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("azerbaijan: on Sunday morning", u"on Sunday morning"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("azerbaijan: on Thursday", u"on Thursday"_s, kAzerbaijan, u"2025-03-13 day"_s);
    addExpression("azerbaijan: caption date", u"October 2, 2023"_s, kAzerbaijan, u"2023-10-02 day"_s);

    addExpression("bare weekday", u"Sunday"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("weekday upper case", u"ON SUNDAY"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("late on weekday", u"late on Sunday"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("weekday night", u"Sunday night"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("weekday evening", u"on Saturday evening"_s, kAzerbaijan, u"2025-03-15 day"_s);
    addExpression("day after reference weekday", u"on Monday"_s, kAzerbaijan, u"2025-03-10 day"_s);
    addExpression("weekday across a month", u"on Friday"_s, QDate(2025, 3, 2), u"2025-02-28 day"_s);
    addExpression("last weekday on that weekday", u"last Sunday"_s, kAzerbaijan, u"2025-03-09 day"_s);
    addExpression("last weekday", u"last Friday"_s, kAzerbaijan, u"2025-03-14 day"_s);
    addExpression("next weekday", u"next Monday"_s, kAzerbaijan, u"2025-03-17 day"_s);
    addExpression("next weekday on that weekday", u"next Sunday"_s, kAzerbaijan, u"2025-03-23 day"_s);

    addExpression("today", u"today"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("earlier today", u"earlier today"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("this morning", u"this morning"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("tonight", u"tonight"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("last night", u"last night"_s, kAzerbaijan, u"2025-03-15 day"_s);
    addExpression("the day before", u"the day before"_s, kAzerbaijan, u"2025-03-15 day"_s);
    addExpression("the previous day", u"the previous day"_s, kAzerbaijan, u"2025-03-15 day"_s);
    addExpression("yesterday morning", u"yesterday morning"_s, kAzerbaijan, u"2025-03-15 day"_s);
    addExpression("the day before yesterday", u"the day before yesterday"_s, kAzerbaijan, u"2025-03-14 day"_s);
    addExpression("two days ago", u"two days ago"_s, kAzerbaijan, u"2025-03-14 day"_s);
    addExpression("three days earlier", u"three days earlier"_s, kAzerbaijan, u"2025-03-13 day"_s);
    addExpression("digits days ago", u"2 days ago"_s, kAzerbaijan, u"2025-03-14 day"_s);
    addExpression("ten days ago across a month", u"ten days ago"_s, QDate(2025, 3, 5), u"2025-02-23 day"_s);
    addExpression("yesterday on new year's day", u"yesterday"_s, QDate(2025, 1, 1), u"2024-12-31 day"_s);
    addExpression("yesterday after a leap day", u"yesterday"_s, QDate(2024, 3, 1), u"2024-02-29 day"_s);
    addExpression("tomorrow", u"tomorrow"_s, kAzerbaijan, u"2025-03-17 day"_s);

    addExpression("last week from a sunday", u"last week"_s, kAzerbaijan, u"2025-03-03 week"_s);
    addExpression("last week from a monday", u"last week"_s, kKremlin, u"2025-01-20 week"_s);
    addExpression("last week from new year's day", u"last week"_s, QDate(2025, 1, 1), u"2024-12-23 week"_s);
    addExpression("this week from a monday", u"this week"_s, kKremlin, u"2025-01-27 week"_s);
    addExpression("earlier this week from a sunday", u"earlier this week"_s, kAzerbaijan, u"2025-03-10 week"_s);
    addExpression("next week", u"next week"_s, kAzerbaijan, u"2025-03-17 week"_s);
    addExpression("two weeks ago", u"two weeks ago"_s, kAzerbaijan, u"2025-02-24 week"_s);

    addExpression("last month", u"last month"_s, kAzerbaijan, u"2025-02 month"_s);
    addExpression("last month from new year's day", u"last month"_s, QDate(2025, 1, 1), u"2024-12 month"_s);
    addExpression("last month from march 31", u"last month"_s, QDate(2025, 3, 31), u"2025-02 month"_s);
    addExpression("this month", u"this month"_s, kAzerbaijan, u"2025-03 month"_s);
    addExpression("earlier this month", u"earlier this month"_s, kAzerbaijan, u"2025-03 month"_s);
    addExpression("next month from december 31", u"next month"_s, QDate(2024, 12, 31), u"2025-01 month"_s);
    addExpression("three months ago", u"three months ago"_s, kKremlin, u"2024-10 month"_s);

    addExpression("last year", u"last year"_s, kAzerbaijan, u"2024 year"_s);
    addExpression("this year", u"this year"_s, kAzerbaijan, u"2025 year"_s);
    addExpression("earlier this year", u"earlier this year"_s, kAzerbaijan, u"2025 year"_s);
    addExpression("late last year", u"late last year"_s, kAzerbaijan, u"2024 year"_s);
    addExpression("last year from a leap day", u"last year"_s, QDate(2024, 2, 29), u"2023 year"_s);
    addExpression("a year ago from a leap day", u"a year ago"_s, QDate(2024, 2, 29), u"2023 year"_s);
    addExpression("last year from new year's day", u"last year"_s, QDate(2025, 1, 1), u"2024 year"_s);

    addExpression("earlier month", u"in November"_s, kAzerbaijan, u"2024-11 month"_s);
    addExpression("reference month", u"in March"_s, kAzerbaijan, u"2025-03 month"_s);
    addExpression("in may", u"in May"_s, kAzerbaijan, u"2024-05 month"_s);
    addExpression("early month", u"early March"_s, kAzerbaijan, u"2025-03 month"_s);
    addExpression("mid-month", u"mid-November"_s, kAzerbaijan, u"2024-11 month"_s);
    addExpression("bare month", u"November"_s, kAzerbaijan, u"2024-11 month"_s);
    addExpression("day month before reference", u"on 14 March"_s, kAzerbaijan, u"2025-03-14 day"_s);
    addExpression("month day before reference", u"March 14"_s, kAzerbaijan, u"2025-03-14 day"_s);
    addExpression("month day on reference", u"March 16"_s, kAzerbaijan, u"2025-03-16 day"_s);
    addExpression("month day after reference", u"March 20"_s, kAzerbaijan, u"2024-03-20 day"_s);
    addExpression("may with day", u"May 5"_s, kAzerbaijan, u"2024-05-05 day"_s);
    addExpression("abbreviated month day", u"Dec. 31"_s, kKremlin, u"2024-12-31 day"_s);
    addExpression("ordinal month day", u"on March 3rd"_s, kAzerbaijan, u"2025-03-03 day"_s);
    addExpression("february 29 without year", u"February 29"_s, kAzerbaijan, u"2024-02-29 day"_s);
    addExpression("weekday then month day", u"on Monday, Jan. 27"_s, kKremlin, u"2025-01-27 day"_s);

    addExpression("absolute with on", u"on Dec. 26, 2024"_s, kKremlin, u"2024-12-26 day"_s);
    addExpression("month year with in", u"in March 2025"_s, kKremlin, u"2025-03 month"_s);
    addExpression("month year since", u"since March 2024"_s, kKremlin, u"2024-03 month"_s);
    addExpression("mid-year", u"mid-2022"_s, kKremlin, u"2022 year"_s);
    addExpression("in year", u"in 2022"_s, kKremlin, u"2022 year"_s);
    addExpression("bare year", u"2022"_s, kKremlin, u"2022 year"_s);
    addExpression("iso", u"2025-03-16"_s, kKremlin, u"2025-03-16 day"_s);
    addExpression("us numeric", u"3/16/25"_s, kKremlin, u"2025-03-16 day"_s);
    addExpression("dotted numeric", u"16.03.2025"_s, kKremlin, u"2025-03-16 day"_s);
    addExpression("day month year with on", u"on 2 October 2023"_s, kKremlin, u"2023-10-02 day"_s);

    addExpression("unknown reference: absolute", u"Dec. 26, 2024"_s, QDate(), u"2024-12-26 day"_s);
    addExpression("unknown reference: since early 2022", u"since early 2022"_s, QDate(), u"2022 year"_s);
    addExpression("unknown reference: weekday", u"on Sunday"_s, QDate(), u"none"_s);
    addExpression("unknown reference: yesterday", u"yesterday"_s, QDate(), u"none"_s);
    addExpression("unknown reference: month", u"in November"_s, QDate(), u"none"_s);
    addExpression("unknown reference: last week", u"last week"_s, QDate(), u"none"_s);

    addExpression("empty", QString(), kAzerbaijan, u"none"_s);
    addExpression("plural weekday", u"Mondays"_s, kAzerbaijan, u"none"_s);
    addExpression("weekday glued to a word", u"sundayx"_s, kAzerbaijan, u"none"_s);
    addExpression("may alone", u"May"_s, kAzerbaijan, u"none"_s);
    addExpression("march alone", u"march"_s, kAzerbaijan, u"none"_s);
    addExpression("lower-case may with day", u"may 2"_s, kAzerbaijan, u"none"_s);
    addExpression("abbreviated month alone", u"Dec."_s, kAzerbaijan, u"none"_s);
    addExpression("possessive phrase", u"Sunday's attack"_s, kAzerbaijan, u"none"_s);
    addExpression("two expressions", u"Monday and Tuesday"_s, kAzerbaijan, u"none"_s);
    addExpression("the day before something else", u"the day before the vote"_s, kAzerbaijan, u"none"_s);
    addExpression("february 30 without year", u"February 30"_s, kAzerbaijan, u"none"_s);
    addExpression("last weekend", u"last weekend"_s, kAzerbaijan, u"none"_s);
}

void TestDateResolver::resolvesExpression()
{
    QFETCH(QString, expression);
    QFETCH(QDate, reference);
    QFETCH(QString, expected);

    QCOMPARE(describe(sift::resolveDateExpression(expression, reference)), expected);
}

void TestDateResolver::findsMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QStringList>("expected");

    addText("kremlin caption",
            u"Russian President Vladimir Putin speaks on the phone in St. Petersburg, Russia, Dec. 26, 2024. "
            u"(Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP, File)"_s,
            kKremlin, {u"Dec. 26, 2024 = 2024-12-26 day"_s});
    addText("azerbaijan caption", u"from the region of Nagorno-Karabakh, October 2, 2023. (Reuters)"_s, kAzerbaijan,
            {u"October 2, 2023 = 2023-10-02 day"_s});
    addText("possessive weekday", u"Sunday's attack killed two."_s, kAzerbaijan,
            {u"Sunday = 2025-03-16 day (relative)"_s});
    addText("late on weekday night", u"Fighting resumed late on Sunday night."_s, kAzerbaijan,
            {u"late on Sunday night = 2025-03-16 day (relative)"_s});
    addText("word boundaries", u"He works Mondays, sundayx and Fridays."_s, kAzerbaijan, {});
    addText("may as a verb", u"The talks may resume in May."_s, kAzerbaijan, {u"in May = 2024-05 month (relative)"_s});
    addText("lower-case may before a number", u"Article 2 may apply."_s, kAzerbaijan, {});
    addText("may with a day", u"Talks resumed on May 5."_s, kAzerbaijan, {u"on May 5 = 2024-05-05 day (relative)"_s});
    addText("may with a year", u"Elections were held in May 2024."_s, kAzerbaijan, {u"in May 2024 = 2024-05 month"_s});
    addText("march as a noun", u"A march on the capital drew crowds who marched."_s, kAzerbaijan, {});
    addText("weekday before a full date", u"Talks began on Sunday, March 16, 2025 in Baku."_s, kKremlin,
            {u"on Sunday, March 16, 2025 = 2025-03-16 day"_s});
    addText("several expressions", u"Yesterday he said it happened two days ago, not last week."_s, kAzerbaijan,
            {u"Yesterday = 2025-03-15 day (relative)"_s, u"two days ago = 2025-03-14 day (relative)"_s,
             u"last week = 2025-03-03 week (relative)"_s});
    addText("the day before another event", u"He arrived the day before the vote."_s, kAzerbaijan, {});
    addText("the day before at the end", u"He had arrived the day before."_s, kAzerbaijan,
            {u"the day before = 2025-03-15 day (relative)"_s});
    addText("counts are not years", u"About 2000 people marched; 1,200 were held in 1990s-era jails."_s, kAzerbaijan,
            {});
    addText("iso date-time", u"Published 2025-03-16T10:00:00Z by Reuters."_s, kKremlin,
            {u"2025-03-16T10:00:00Z = 2025-03-16 day"_s});
    addText("numeric dates", u"Filed 3/16/25, updated 16.03.2025."_s, kKremlin,
            {u"3/16/25 = 2025-03-16 day"_s, u"16.03.2025 = 2025-03-16 day"_s});
    addText("numbers that are not dates", u"Scores 3/16/254 and 1.2.3.2025 and v2025-03-16x."_s, kKremlin, {});
    addText("impossible date", u"Dated Feb. 30, 2025 by mistake."_s, kKremlin, {});
    addText("unknown reference", u"He left on Sunday and returned Dec. 26, 2024."_s, QDate(),
            {u"on Sunday = unknown (relative)"_s, u"Dec. 26, 2024 = 2024-12-26 day"_s});
    addText("month alone", u"November's vote was close."_s, kAzerbaijan, {u"November = 2024-11 month (relative)"_s});
    addText("last weekend is not last week", u"They met last weekend."_s, kAzerbaijan, {});
    addText("year after a preposition", u"Prices rose in 2023 and since mid-2024."_s, kAzerbaijan,
            {u"in 2023 = 2023 year"_s, u"since mid-2024 = 2024 year"_s});
    addText("line break inside an expression", u"on\nSunday\nmorning"_s, kAzerbaijan,
            {u"on\nSunday\nmorning = 2025-03-16 day (relative)"_s});
}

void TestDateResolver::findsMentions()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QStringList, expected);

    const QList<sift::DateMention> mentions = sift::findDateMentions(text, reference);
    QCOMPARE(describe(mentions), expected);
    verifySpans(text, mentions);
}

void TestDateResolver::findsEverySampleMention_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QStringList>("expected");

    const qsizetype split = m_sample.indexOf(u"Azerbaijan Says Armenia Fired on It"_s);
    QVERIFY(split > 0);
    addText("kremlin article", m_sample.left(split), kKremlin, kremlinMentions(true));
    addText("azerbaijan article", m_sample.mid(split), kAzerbaijan, azerbaijanMentions(true));
    addText("whole sample, unknown reference", m_sample, QDate(), kremlinMentions(false) + azerbaijanMentions(false));
}

void TestDateResolver::findsEverySampleMention()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QStringList, expected);

    const QList<sift::DateMention> mentions = sift::findDateMentions(text, reference);
    QCOMPARE(describe(mentions), expected);
    verifySpans(text, mentions);
}

void TestDateResolver::reportsUtf16Offsets()
{
    const QString text = u"\U0001F600 Baku, on Sunday."_s;
    const QList<sift::DateMention> mentions = sift::findDateMentions(text, kAzerbaijan);
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().start, 9);
    QCOMPARE(mentions.first().length, 9);
    QCOMPARE(mentions.first().text, u"on Sunday"_s);
}

QTEST_GUILESS_MAIN(TestDateResolver)
#include "tst_dateresolver.moc"
