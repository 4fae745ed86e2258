#include "core/analysis/DateParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDateParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDate_data();
    void parsesDate();
    void namesMonths_data();
    void namesMonths();
    void namesWeekdays_data();
    void namesWeekdays();
};

namespace {

/// "2025-03-16 day", "2025-03 month", or "none" when nothing was parsed.
QString describe(const std::optional<sift::PartialDate> &date)
{
    if (!date)
        return u"none"_s;
    return date->toIso() + u' ' + sift::datePrecisionKey(date->precision);
}

void addRow(const char *name, const QString &input, const QString &expected)
{
    QTest::newRow(name) << input << expected;
}

} // namespace

void TestDateParser::parsesDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    addRow("iso day", u"2025-03-16"_s, u"2025-03-16 day"_s);
    addRow("iso date-time utc", u"2025-03-16T10:00:00Z"_s, u"2025-03-16 day"_s);
    addRow("iso offset keeps the written day", u"2025-03-16T23:30:00-05:00"_s, u"2025-03-16 day"_s);
    addRow("iso fraction and compact offset", u"2025-03-16T10:00:00.123+0100"_s, u"2025-03-16 day"_s);
    addRow("iso space before time", u"2025-03-16 10:00"_s, u"2025-03-16 day"_s);
    addRow("iso month", u"2025-03"_s, u"2025-03 month"_s);
    addRow("iso year", u"2025"_s, u"2025 year"_s);
    addRow("iso surrounded by whitespace", u"  2025-03-16\n"_s, u"2025-03-16 day"_s);
    addRow("iso leap day", u"2024-02-29"_s, u"2024-02-29 day"_s);
    addRow("iso february 29 of a common year", u"2023-02-29"_s, u"none"_s);
    addRow("iso february 30", u"2025-02-30"_s, u"none"_s);
    addRow("iso month 13", u"2025-13"_s, u"none"_s);
    addRow("iso hour 25", u"2025-03-16T25:00:00Z"_s, u"none"_s);
    addRow("iso unpadded month", u"2025-3-16"_s, u"none"_s);
    addRow("iso basic format", u"20250316"_s, u"none"_s);
    addRow("iso trailing words", u"2025-03-16 at noon"_s, u"none"_s);
    addRow("year zero", u"0000"_s, u"none"_s);

    addRow("rfc 2822", u"Sun, 16 Mar 2025 10:00:00 +0000"_s, u"2025-03-16 day"_s);
    addRow("rfc 2822 without weekday", u"16 Mar 2025 10:00:00 +0000"_s, u"2025-03-16 day"_s);
    addRow("rfc 2822 zone name", u"Sun, 16 Mar 2025 10:00:00 GMT"_s, u"2025-03-16 day"_s);
    addRow("rfc 2822 without seconds", u"Sun, 16 Mar 2025 10:00 -0500"_s, u"2025-03-16 day"_s);
    addRow("rfc 2822 hour 24", u"Sun, 16 Mar 2025 24:30:00 +0000"_s, u"none"_s);
    addRow("rfc 2822 april 31", u"Thu, 31 Apr 2025 10:00:00 +0000"_s, u"none"_s);
    addRow("rfc 2822 trailing words", u"16 Mar 2025 extra"_s, u"none"_s);

    addRow("us two-digit year", u"3/16/25"_s, u"2025-03-16 day"_s);
    addRow("us four-digit year", u"3/16/2025"_s, u"2025-03-16 day"_s);
    addRow("us zero-padded", u"03/16/2025"_s, u"2025-03-16 day"_s);
    addRow("us pivot 68 is 2068", u"1/1/68"_s, u"2068-01-01 day"_s);
    addRow("us pivot 69 is 1969", u"1/1/69"_s, u"1969-01-01 day"_s);
    addRow("us pivot 99 is 1999", u"12/31/99"_s, u"1999-12-31 day"_s);
    addRow("us pivot 00 is 2000", u"1/1/00"_s, u"2000-01-01 day"_s);
    addRow("us leap day", u"2/29/24"_s, u"2024-02-29 day"_s);
    addRow("us february 29 of a common year", u"2/29/25"_s, u"none"_s);
    addRow("us day first is month 16", u"16/3/2025"_s, u"none"_s);
    addRow("us three-digit year", u"3/16/202"_s, u"none"_s);

    addRow("dotted day month year", u"16.03.2025"_s, u"2025-03-16 day"_s);
    addRow("dotted unpadded", u"1.2.2025"_s, u"2025-02-01 day"_s);
    addRow("dotted april 31", u"31.04.2025"_s, u"none"_s);
    addRow("dotted two-digit year", u"16.03.25"_s, u"none"_s);

    addRow("abbreviated month with dot", u"Dec. 26, 2024"_s, u"2024-12-26 day"_s);
    addRow("abbreviated month without dot", u"Dec 26, 2024"_s, u"2024-12-26 day"_s);
    addRow("full month", u"December 26, 2024"_s, u"2024-12-26 day"_s);
    addRow("full month single-digit day", u"October 2, 2023"_s, u"2023-10-02 day"_s);
    addRow("month day year without comma", u"October 2 2023"_s, u"2023-10-02 day"_s);
    addRow("ordinal day", u"December 26th, 2024"_s, u"2024-12-26 day"_s);
    addRow("sept with dot", u"Sept. 5, 2024"_s, u"2024-09-05 day"_s);
    addRow("sep without dot", u"Sep 5, 2024"_s, u"2024-09-05 day"_s);
    addRow("upper case month", u"DECEMBER 26, 2024"_s, u"2024-12-26 day"_s);
    addRow("lower case month", u"december 26, 2024"_s, u"2024-12-26 day"_s);
    addRow("leading weekday", u"Sunday, March 16, 2025"_s, u"2025-03-16 day"_s);
    addRow("clock time after date", u"March 16, 2025 10:00 AM"_s, u"2025-03-16 day"_s);
    addRow("february 29 of a leap year", u"February 29, 2024"_s, u"2024-02-29 day"_s);
    addRow("february 30", u"Feb 30, 2025"_s, u"none"_s);
    addRow("unknown month", u"Octember 2, 2023"_s, u"none"_s);
    addRow("dot after a full month", u"December. 26, 2024"_s, u"none"_s);
    addRow("sentence period", u"Dec. 26, 2024."_s, u"none"_s);

    addRow("day month year", u"2 October 2023"_s, u"2023-10-02 day"_s);
    addRow("day abbreviated month year", u"26 Dec 2024"_s, u"2024-12-26 day"_s);
    addRow("day abbreviated month with dot", u"26 Dec. 2024"_s, u"2024-12-26 day"_s);
    addRow("ordinal day month year", u"2nd October 2023"_s, u"2023-10-02 day"_s);
    addRow("june 31", u"31 June 2025"_s, u"none"_s);
    addRow("plural month", u"2 Octobers 2023"_s, u"none"_s);

    addRow("month year", u"March 2025"_s, u"2025-03 month"_s);
    addRow("abbreviated month year", u"Mar. 2025"_s, u"2025-03 month"_s);
    addRow("may with year", u"May 2025"_s, u"2025-05 month"_s);
    addRow("sept year", u"Sept 2024"_s, u"2024-09 month"_s);
    addRow("month comma year", u"March, 2025"_s, u"2025-03 month"_s);
    addRow("word glued to month", u"Mayday 2025"_s, u"none"_s);

    addRow("empty", QString(), u"none"_s);
    addRow("whitespace", u"   "_s, u"none"_s);
    addRow("prose", u"hello"_s, u"none"_s);
    addRow("relative word", u"yesterday"_s, u"none"_s);
    addRow("weekday", u"on Sunday"_s, u"none"_s);
    addRow("month without year", u"March"_s, u"none"_s);
    addRow("month day without year", u"March 16"_s, u"none"_s);
}

void TestDateParser::parsesDate()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(describe(sift::parseDate(input)), expected);
}

void TestDateParser::namesMonths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");

    QTest::newRow("abbreviation") << u"Dec"_s << 12;
    QTest::newRow("abbreviation with dot") << u"dec."_s << 12;
    QTest::newRow("full name") << u"December"_s << 12;
    QTest::newRow("sept") << u"Sept"_s << 9;
    QTest::newRow("sept with dot") << u"sept."_s << 9;
    QTest::newRow("may") << u"May"_s << 5;
    QTest::newRow("upper case") << u"MAR"_s << 3;
    QTest::newRow("too short") << u"Ma"_s << 0;
    QTest::newRow("truncated full name") << u"Decem"_s << 0;
    QTest::newRow("longer word") << u"Mayday"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestDateParser::namesMonths()
{
    QFETCH(QString, name);
    QFETCH(int, month);

    QCOMPARE(sift::monthFromName(name), month);
}

void TestDateParser::namesWeekdays_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("weekday");

    QTest::newRow("monday abbreviation") << u"mon"_s << 1;
    QTest::newRow("tues with dot") << u"Tues."_s << 2;
    QTest::newRow("thurs") << u"Thurs"_s << 4;
    QTest::newRow("sun") << u"Sun"_s << 7;
    QTest::newRow("sunday") << u"sunday"_s << 7;
    QTest::newRow("plural") << u"Sundays"_s << 0;
}

void TestDateParser::namesWeekdays()
{
    QFETCH(QString, name);
    QFETCH(int, weekday);

    QCOMPARE(sift::weekdayFromName(name), weekday);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
