#include "core/analysis/Timeline.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using sift::IncidentStore;
using sift::StackBy;
using sift::TimeBin;

Q_DECLARE_METATYPE(sift::TimeBin)

namespace {

// The test's own notion of a bin, from first principles: the name of the calendar period holding a day.
// Consecutive days with the same name form one bin.
QString bruteKey(const QDate &d, TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day:
        return QString::asprintf("%04d-%02d-%02d", d.year(), d.month(), d.day());
    case TimeBin::Week: {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        return QString::asprintf("%04d-W%02d", weekYear, week);
    }
    case TimeBin::Month:
        return QString::asprintf("%04d-%02d", d.year(), d.month());
    case TimeBin::Year:
        return QString::asprintf("%04d", d.year());
    }
    return {};
}

struct BruteBin {
    QString period;
    QDate start;
    QDate end;
};

/// The bins covering first..last, found by walking day by day (and past the ends to complete the outer bins).
QList<BruteBin> bruteBins(const QDate &first, const QDate &last, TimeBin bin)
{
    QDate start = first;
    while (bruteKey(start.addDays(-1), bin) == bruteKey(first, bin))
        start = start.addDays(-1);
    QDate end = last;
    while (bruteKey(end.addDays(1), bin) == bruteKey(last, bin))
        end = end.addDays(1);
    QList<BruteBin> bins;
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        const QString key = bruteKey(d, bin);
        if (bins.isEmpty() || bins.last().period != key)
            bins << BruteBin{key, d, d};
        else
            bins.last().end = d;
    }
    return bins;
}

IncidentStore::DatedRow row(const QDate &date, const QString &type = u"Battles"_s,
                            const QString &status = u"Unverified"_s)
{
    return IncidentStore::DatedRow{date, type, status};
}

QList<IncidentStore::DatedRow> randomRows(int count, const QDate &first, int days, quint32 seed)
{
    static const QStringList types{u"Battles"_s, u"Protests"_s, u"Riots"_s, QString()};
    static const QStringList statuses{u"Unverified"_s, u"Verified"_s, u"False"_s};
    QRandomGenerator random(seed);
    QList<IncidentStore::DatedRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        rows << row(first.addDays(random.bounded(days)), types.at(random.bounded(int(types.size()))),
                    statuses.at(random.bounded(int(statuses.size()))));
    }
    return rows;
}

} // namespace

class TestTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binEdges_data();
    void binEdges();
    void binsMatchCalendarWalk_data();
    void binsMatchCalendarWalk();
    void keysRoundTrip();
    void autoBin_data();
    void autoBin();
    void fillsEmptyBins();
    void aggregateMatchesBruteForce_data();
    void aggregateMatchesBruteForce();
    void stacksByType();
    void stacksByStatus();
    void clipsToFromTo();
    void boundsWithoutRows();
    void noRowsNoBounds();
    void passesUndatedThrough();
};

void TestTimeline::binEdges_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<TimeBin>("bin");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("next");

    const auto add = [](const char *name, QDate date, TimeBin bin, const QString &period, QDate start, QDate end) {
        QTest::newRow(name) << date << bin << period << start << end << end.addDays(1);
    };
    // ISO weeks across the 2020/2021 boundary: 2020 has 53 weeks, and 2021-01-01..03 still belong to it.
    add("week 2020-12-31", QDate(2020, 12, 31), TimeBin::Week, u"2020-W53"_s, QDate(2020, 12, 28), QDate(2021, 1, 3));
    add("week 2021-01-01", QDate(2021, 1, 1), TimeBin::Week, u"2020-W53"_s, QDate(2020, 12, 28), QDate(2021, 1, 3));
    add("week 2021-01-03 sunday", QDate(2021, 1, 3), TimeBin::Week, u"2020-W53"_s, QDate(2020, 12, 28),
        QDate(2021, 1, 3));
    add("week 2021-01-04 monday", QDate(2021, 1, 4), TimeBin::Week, u"2021-W01"_s, QDate(2021, 1, 4),
        QDate(2021, 1, 10));
    // ...and the other way: 2024-12-30 opens 2025-W01.
    add("week 2024-12-30", QDate(2024, 12, 30), TimeBin::Week, u"2025-W01"_s, QDate(2024, 12, 30), QDate(2025, 1, 5));
    add("week 2016-03-01", QDate(2016, 3, 1), TimeBin::Week, u"2016-W09"_s, QDate(2016, 2, 29), QDate(2016, 3, 6));
    add("month end 2016-01-31", QDate(2016, 1, 31), TimeBin::Month, u"2016-01"_s, QDate(2016, 1, 1),
        QDate(2016, 1, 31));
    add("month start 2016-02-01", QDate(2016, 2, 1), TimeBin::Month, u"2016-02"_s, QDate(2016, 2, 1),
        QDate(2016, 2, 29));
    add("month december", QDate(2016, 12, 31), TimeBin::Month, u"2016-12"_s, QDate(2016, 12, 1), QDate(2016, 12, 31));
    add("leap day month", QDate(2024, 2, 29), TimeBin::Month, u"2024-02"_s, QDate(2024, 2, 1), QDate(2024, 2, 29));
    add("leap day day", QDate(2024, 2, 29), TimeBin::Day, u"2024-02-29"_s, QDate(2024, 2, 29), QDate(2024, 2, 29));
    add("leap day week", QDate(2024, 2, 29), TimeBin::Week, u"2024-W09"_s, QDate(2024, 2, 26), QDate(2024, 3, 3));
    add("2023-02-28 month", QDate(2023, 2, 28), TimeBin::Month, u"2023-02"_s, QDate(2023, 2, 1), QDate(2023, 2, 28));
    add("2023-02-28 day", QDate(2023, 2, 28), TimeBin::Day, u"2023-02-28"_s, QDate(2023, 2, 28), QDate(2023, 2, 28));
    add("2023-03-01 month", QDate(2023, 3, 1), TimeBin::Month, u"2023-03"_s, QDate(2023, 3, 1), QDate(2023, 3, 31));
    add("year", QDate(2016, 3, 14), TimeBin::Year, u"2016"_s, QDate(2016, 1, 1), QDate(2016, 12, 31));
    add("year end", QDate(2020, 12, 31), TimeBin::Year, u"2020"_s, QDate(2020, 1, 1), QDate(2020, 12, 31));
}

void TestTimeline::binEdges()
{
    QFETCH(QDate, date);
    QFETCH(TimeBin, bin);
    QFETCH(QString, period);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QDate, next);
    QCOMPARE(sift::periodKey(date, bin), period);
    QCOMPARE(sift::binStart(date, bin), start);
    QCOMPARE(sift::binEnd(date, bin), end);
    QCOMPARE(sift::nextBin(date, bin), next);
}

void TestTimeline::binsMatchCalendarWalk_data()
{
    QTest::addColumn<TimeBin>("bin");
    QTest::newRow("day") << TimeBin::Day;
    QTest::newRow("week") << TimeBin::Week;
    QTest::newRow("month") << TimeBin::Month;
    QTest::newRow("year") << TimeBin::Year;
}

void TestTimeline::binsMatchCalendarWalk()
{
    QFETCH(TimeBin, bin);
    // Every day of 2015–2025 (three leap years, two 53-week ISO years) lands in the bin the walk finds.
    for (const BruteBin &b : bruteBins(QDate(2015, 1, 1), QDate(2025, 12, 31), bin)) {
        for (QDate d = b.start; d <= b.end; d = d.addDays(1)) {
            QCOMPARE(sift::periodKey(d, bin), b.period);
            QCOMPARE(sift::binStart(d, bin), b.start);
            QCOMPARE(sift::binEnd(d, bin), b.end);
            QCOMPARE(sift::nextBin(d, bin), b.end.addDays(1));
        }
    }
}

void TestTimeline::keysRoundTrip()
{
    for (auto bin : {TimeBin::Day, TimeBin::Week, TimeBin::Month, TimeBin::Year})
        QCOMPARE(sift::timeBinFromKey(sift::timeBinKey(bin)), bin);
    QCOMPARE(sift::timeBinFromKey(u"Week"_s), TimeBin::Week);
    QVERIFY(!sift::timeBinFromKey(u"fortnight"_s));
    QCOMPARE(sift::stackByFromKey(u"status"_s), StackBy::Status);
    QCOMPARE(sift::stackByFromKey(u"type"_s), StackBy::Type);
    QVERIFY(!sift::stackByFromKey(u"actor"_s));
}

void TestTimeline::autoBin_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<TimeBin>("expected");
    const QDate d(2016, 1, 1);
    QTest::newRow("one day") << d << d << TimeBin::Day;
    QTest::newRow("120 days") << d << d.addDays(119) << TimeBin::Day;
    QTest::newRow("121 days") << d << d.addDays(120) << TimeBin::Week;
    QTest::newRow("reversed") << d.addDays(119) << d << TimeBin::Day;
    QTest::newRow("two years") << d << d.addYears(2) << TimeBin::Week;
    QTest::newRow("913 days") << d << d.addDays(912) << TimeBin::Week;
    QTest::newRow("914 days") << d << d.addDays(913) << TimeBin::Month;
    QTest::newRow("ten years") << d << d.addYears(10) << TimeBin::Month;
    QTest::newRow("4383 days") << d << d.addDays(4382) << TimeBin::Month;
    QTest::newRow("4384 days") << d << d.addDays(4383) << TimeBin::Year;
    QTest::newRow("fifty years") << QDate(1970, 1, 1) << QDate(2020, 1, 1) << TimeBin::Year;
    QTest::newRow("no range") << QDate() << QDate() << TimeBin::Month;
}

void TestTimeline::autoBin()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(TimeBin, expected);
    QCOMPARE(sift::autoBin(first, last), expected);
}

void TestTimeline::fillsEmptyBins()
{
    const auto data = sift::aggregate({row(QDate(2016, 4, 20)), row(QDate(2016, 1, 5)), row(QDate(2016, 1, 31))},
                                      TimeBin::Month, StackBy::Type);
    QCOMPARE(data.bin, TimeBin::Month);
    QCOMPARE(data.bins.size(), 4);
    QStringList periods;
    QList<int> counts;
    for (const sift::TimelineBin &b : data.bins) {
        periods << b.period;
        counts << b.count;
    }
    QCOMPARE(periods, (QStringList{u"2016-01"_s, u"2016-02"_s, u"2016-03"_s, u"2016-04"_s}));
    QCOMPARE(counts, (QList<int>{2, 0, 0, 1}));
    QCOMPARE(data.bins.at(1).start, QDate(2016, 2, 1));
    QCOMPARE(data.bins.at(1).end, QDate(2016, 2, 29));
    QVERIFY(data.bins.at(1).stacks.isEmpty());
    QCOMPARE(data.bins.at(0).stacks, (QMap<QString, int>{{u"Battles"_s, 2}}));
}

void TestTimeline::aggregateMatchesBruteForce_data()
{
    QTest::addColumn<TimeBin>("bin");
    QTest::addColumn<int>("days");
    QTest::newRow("day, 90 days") << TimeBin::Day << 90;
    QTest::newRow("week, 2 years over a 53-week year") << TimeBin::Week << 730;
    QTest::newRow("month, 6 years") << TimeBin::Month << 2200;
    QTest::newRow("year, 15 years") << TimeBin::Year << 5500;
}

void TestTimeline::aggregateMatchesBruteForce()
{
    QFETCH(TimeBin, bin);
    QFETCH(int, days);
    const QDate first(2019, 11, 20);
    // Sparse enough that some bins stay empty.
    const QList<IncidentStore::DatedRow> rows = randomRows(bin == TimeBin::Day ? 40 : 60, first, days, 7);

    QDate minDate = rows.first().date;
    QDate maxDate = minDate;
    QHash<QString, int> expectedCount;
    QHash<QString, QMap<QString, int>> expectedStacks;
    for (const auto &r : rows) {
        minDate = std::min(minDate, r.date);
        maxDate = std::max(maxDate, r.date);
        ++expectedCount[bruteKey(r.date, bin)];
        ++expectedStacks[bruteKey(r.date, bin)][r.status];
    }
    const QList<BruteBin> expected = bruteBins(minDate, maxDate, bin);

    const sift::TimelineData data = sift::aggregate(rows, bin, StackBy::Status);
    QCOMPARE(data.bins.size(), expected.size());
    int total = 0;
    bool sawEmpty = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const sift::TimelineBin &b = data.bins.at(i);
        QCOMPARE(b.period, expected.at(i).period);
        QCOMPARE(b.start, expected.at(i).start);
        QCOMPARE(b.end, expected.at(i).end);
        QCOMPARE(b.count, expectedCount.value(b.period));
        QCOMPARE(b.stacks, expectedStacks.value(b.period));
        total += b.count;
        sawEmpty = sawEmpty || b.count == 0;
    }
    QCOMPARE(total, rows.size());
    if (bin != TimeBin::Year)
        QVERIFY(sawEmpty);
}

void TestTimeline::stacksByType()
{
    const QDate d(2016, 3, 14);
    const auto data =
        sift::aggregate({row(d, u"Protests"_s), row(d, u"Battles"_s), row(d.addDays(1), u"Battles"_s),
                         row(d.addDays(2), QString()), row(d.addDays(2), u"Riots"_s), row(d.addDays(9), u"Protests"_s)},
                        TimeBin::Week, StackBy::Type);
    QCOMPARE(data.bins.size(), 2);
    QCOMPARE(data.bins.at(0).period, u"2016-W11"_s);
    QCOMPARE(data.bins.at(0).count, 5);
    QCOMPARE(data.bins.at(0).stacks,
             (QMap<QString, int>{{u"Battles"_s, 2}, {u"Protests"_s, 1}, {u"Riots"_s, 1}, {QString(), 1}}));
    QCOMPARE(data.bins.at(1).stacks, (QMap<QString, int>{{u"Protests"_s, 1}}));
    // Largest total first, then by name; the unset type is the empty key.
    QCOMPARE(data.stackKeys, (QStringList{u"Battles"_s, u"Protests"_s, QString(), u"Riots"_s}));
}

void TestTimeline::stacksByStatus()
{
    const QDate d(2024, 2, 29);
    const auto data =
        sift::aggregate({row(d, u"Battles"_s, u"Verified"_s), row(d, u"Riots"_s, u"Verified"_s),
                         row(d, u"Battles"_s, u"False"_s), row(QDate(2024, 3, 1), u"Battles"_s, u"Unverified"_s)},
                        TimeBin::Day, StackBy::Status);
    QCOMPARE(data.bins.size(), 2);
    QCOMPARE(data.bins.at(0).stacks, (QMap<QString, int>{{u"Verified"_s, 2}, {u"False"_s, 1}}));
    QCOMPARE(data.bins.at(1).period, u"2024-03-01"_s);
    QCOMPARE(data.bins.at(1).stacks, (QMap<QString, int>{{u"Unverified"_s, 1}}));
    QCOMPARE(data.stackKeys, (QStringList{u"Verified"_s, u"False"_s, u"Unverified"_s}));
}

void TestTimeline::clipsToFromTo()
{
    const QList<IncidentStore::DatedRow> rows{row(QDate(2015, 12, 31)), row(QDate(2016, 1, 1)), row(QDate(2016, 2, 10)),
                                              row(QDate(2016, 2, 11)), row(QDate(2016, 6, 1))};
    // from/to cut into January and April: those bins keep their calendar extent, February's late row is out.
    const auto data = sift::aggregate(rows, TimeBin::Month, StackBy::Type, QDate(2016, 1, 1), QDate(2016, 4, 30), 3);
    QStringList periods;
    QList<int> counts;
    for (const sift::TimelineBin &b : data.bins) {
        periods << b.period;
        counts << b.count;
    }
    QCOMPARE(periods, (QStringList{u"2016-01"_s, u"2016-02"_s, u"2016-03"_s, u"2016-04"_s}));
    QCOMPARE(counts, (QList<int>{1, 2, 0, 0}));
    QCOMPARE(data.undated, 3);

    const auto fromOnly = sift::aggregate(rows, TimeBin::Year, StackBy::Type, QDate(2016, 2, 11));
    QCOMPARE(fromOnly.bins.size(), 1);
    QCOMPARE(fromOnly.bins.at(0).count, 2);
    QCOMPARE(fromOnly.bins.at(0).start, QDate(2016, 1, 1));

    const auto toOnly = sift::aggregate(rows, TimeBin::Year, StackBy::Type, {}, QDate(2015, 12, 31));
    QCOMPARE(toOnly.bins.size(), 1);
    QCOMPARE(toOnly.bins.at(0).period, u"2015"_s);
    QCOMPARE(toOnly.bins.at(0).count, 1);
}

void TestTimeline::boundsWithoutRows()
{
    const auto data = sift::aggregate({}, TimeBin::Week, StackBy::Type, QDate(2020, 12, 31), QDate(2021, 1, 11));
    QCOMPARE(data.bins.size(), 3);
    QCOMPARE(data.bins.at(0).period, u"2020-W53"_s);
    QCOMPARE(data.bins.at(2).period, u"2021-W02"_s);
    QCOMPARE(data.bins.at(2).end, QDate(2021, 1, 17));
    QVERIFY(data.stackKeys.isEmpty());

    const auto fromOnly = sift::aggregate({row(QDate(2010, 1, 1))}, TimeBin::Month, StackBy::Type, QDate(2020, 5, 5));
    QCOMPARE(fromOnly.bins.size(), 1);
    QCOMPARE(fromOnly.bins.at(0).period, u"2020-05"_s);
    QCOMPARE(fromOnly.bins.at(0).count, 0);

    QVERIFY(sift::aggregate({}, TimeBin::Day, StackBy::Type, QDate(2020, 5, 5), QDate(2020, 5, 1)).bins.isEmpty());
}

void TestTimeline::noRowsNoBounds()
{
    const auto data = sift::aggregate({}, TimeBin::Day, StackBy::Status, {}, {}, 4);
    QVERIFY(data.bins.isEmpty());
    QCOMPARE(data.undated, 4);
}

void TestTimeline::passesUndatedThrough()
{
    const auto data = sift::aggregate({row(QDate(2016, 1, 1)), row(QDate())}, TimeBin::Day, StackBy::Type, {}, {}, 7);
    QCOMPARE(data.bins.size(), 1);
    QCOMPARE(data.bins.at(0).count, 1);
    QCOMPARE(data.undated, 7);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
