#include "core/store/ClaimStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/Store.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using sift::test::CliRun;
using sift::test::CliRunner;

// An ACLED export as it comes: extra columns, quoted commas, doubled quotes and a line break in notes (so the rows
// after it start a line later), "14 March 2016", week and month precision, one row without an event type and one
// without a date.
const QString kAcled =
    u"event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,"
    u"admin3,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
    u"SYR1001,2016-03-14,2016,1,Battles,Armed clash,Military Forces of Syria (2000-),Islamic State (Syria),Syria,"
    u"Aleppo,Al Bab,Al Bab Subdistrict,Al Bab,36.3705,37.5157,1,SOHR,\"On 14 March, regime forces clashed with IS "
    u"near \"\"Al Bab\"\".\nThree were killed.\",3\n"
    u"SYR1002,14 March 2016,2016,1,Protests,Peaceful protest,Protesters (Syria),,Syria,Idleb,Maarrat an Numan,,"
    u"Maarrat an Numan,35.6433,36.67,1,Enab Baladi,\"Protest against both sides, peaceful\",0\n"
    u"SYR1003,2016-03-01,2016,2,Riots,Mob violence,Rioters (Syria),,Syria,Damascus,Damascus,,Damascus,33.5102,"
    u"36.2913,2,SANA,Riot some day that week,0\n"
    u"SYR1004,2016-03-20,2016,3,Strategic developments,Arrests,Military Forces of Syria (2000-),,Syria,Homs,Homs,,"
    u"Homs,34.73,36.71,3,SANA,Arrests during the month,0\n"
    u"SYR1005,2016-04-05,2016,1,,,Unidentified Armed Group (Syria),,Syria,Daraa,Daraa,,Daraa,32.62,36.1,1,Local,"
    u"No event type recorded,1\n"
    u"SYR1006,,2016,1,Battles,Armed clash,Military Forces of Syria (2000-),,Syria,Homs,Homs,,Homs,,,,Local,"
    u"Date not reported,\n"_s;

struct ExpectedBin {
    QString period;
    QString start;
    QString end;
    int count;
    QMap<QString, int> stacks;
};

} // namespace

/// Incidents, the timeline and date resolution through the real sift-cli binary, on a fresh project per test.
class TestCliIncidents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAcledOnce();
    void importKeepsFields();
    void importWarnsAboutAdmin3();
    void importReportsFailedRows();
    void importRefusesNonIncidentTable();
    void importThroughFieldMap();
    void importWithoutIdUsesRowHash();
    void importRefusesBadMap();
    void importKeepsRowsSharingAnId();
    void reimportUpdatesAndReportsConflicts();
    void timelineByWeek();
    void timelineByMonth();
    void timelineFromTo();
    void timelineByStatus();
    void timelineChoosesBin();
    void timelineText();
    void addAndList();
    void addLinksClaimsAndTheirArticles();
    void addRefusesBadValues_data();
    void addRefusesBadValues();
    void dateResolveExpression();
    void dateResolveRunningText();
    void dateResolveNothing();

private:
    CliRun cli(const QStringList &args, const QString &project = {});
    QJsonValue json(const QStringList &args, const QString &project = {});
    QString writeFile(const QString &name, const QString &text);
    void importAcled();
    QJsonObject incidentByKeyNote(const QString &notesStart);
    void compareBins(const QJsonObject &timeline, const QList<ExpectedBin> &expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliIncidents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(u"desk.sift"_s);
    const CliRun run = cli({u"init"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
}

void TestCliIncidents::cleanup()
{
    m_dir.reset();
}

CliRun TestCliIncidents::cli(const QStringList &args, const QString &project)
{
    return CliRunner(QStringLiteral(SIFT_CLI))
        .run(QStringList{u"-p"_s, project.isEmpty() ? m_project : project} + args, 60000);
}

QJsonValue TestCliIncidents::json(const QStringList &args, const QString &project)
{
    const CliRun run = cli(args + QStringList{u"--json"_s}, project);
    if (run.code() != 0)
        qWarning("sift-cli %s failed: %s", qPrintable(args.join(u' ')), qPrintable(run.err));
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString TestCliIncidents::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return path;
}

void TestCliIncidents::importAcled()
{
    const CliRun run = cli({u"incident"_s, u"import"_s, writeFile(u"acled.csv"_s, kAcled)});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
}

QJsonObject TestCliIncidents::incidentByKeyNote(const QString &notesStart)
{
    const QJsonArray incidents = json({u"incident"_s, u"list"_s}).toArray();
    for (const QJsonValue &v : incidents) {
        if (v.toObject().value(u"notes"_s).toString().startsWith(notesStart))
            return v.toObject();
    }
    return {};
}

void TestCliIncidents::compareBins(const QJsonObject &timeline, const QList<ExpectedBin> &expected)
{
    const QJsonArray bins = timeline.value(u"bins"_s).toArray();
    QStringList actual;
    QStringList wanted;
    for (const QJsonValue &v : bins) {
        const QJsonObject b = v.toObject();
        QStringList stacks;
        const QJsonObject s = b.value(u"stacks"_s).toObject();
        for (auto it = s.begin(); it != s.end(); ++it)
            stacks << u"%1=%2"_s.arg(it.key()).arg(it.value().toInt());
        actual << u"%1 %2..%3 %4 {%5}"_s
                      .arg(b.value(u"period"_s).toString(), b.value(u"start"_s).toString(),
                           b.value(u"end"_s).toString())
                      .arg(b.value(u"count"_s).toInt())
                      .arg(stacks.join(u", "_s));
    }
    for (const ExpectedBin &b : expected) {
        QStringList stacks;
        for (auto it = b.stacks.cbegin(); it != b.stacks.cend(); ++it)
            stacks << u"%1=%2"_s.arg(it.key()).arg(it.value());
        wanted << u"%1 %2..%3 %4 {%5}"_s.arg(b.period, b.start, b.end).arg(b.count).arg(stacks.join(u", "_s));
    }
    QCOMPARE(actual, wanted);
}

void TestCliIncidents::importsAcledOnce()
{
    const QString path = writeFile(u"acled.csv"_s, kAcled);
    const CliRun first = cli({u"incident"_s, u"import"_s, path});
    QVERIFY2(first.code() == 0, qPrintable(first.err + first.out));
    QVERIFY2(first.out.contains(
                 u"6 new, 0 unchanged, 0 updated, 0 conflict(s); skipped 0 duplicate row(s); 0 row(s) failed"_s),
             qPrintable(first.out));
    const CliRun second = cli({u"incident"_s, u"import"_s, path});
    QCOMPARE(second.code(), 0);
    QVERIFY2(second.out.contains(
                 u"0 new, 6 unchanged, 0 updated, 0 conflict(s); skipped 0 duplicate row(s); 0 row(s) failed"_s),
             qPrintable(second.out));
    QCOMPARE(json({u"incident"_s, u"list"_s}).toArray().size(), 6);
}

void TestCliIncidents::importKeepsFields()
{
    importAcled();
    const QJsonObject clash = incidentByKeyNote(u"On 14 March"_s);
    QCOMPARE(clash.value(u"notes"_s).toString(),
             u"On 14 March, regime forces clashed with IS near \"Al Bab\".\nThree were killed."_s);
    QCOMPARE(clash.value(u"event_date"_s).toString(), u"2016-03-14"_s);
    QCOMPARE(clash.value(u"time_precision"_s).toString(), u"day"_s);
    QCOMPARE(clash.value(u"event_type"_s).toString(), u"Battles"_s);
    QCOMPARE(clash.value(u"sub_event_type"_s).toString(), u"Armed clash"_s);
    QCOMPARE(clash.value(u"actor1"_s).toString(), u"Military Forces of Syria (2000-)"_s);
    QCOMPARE(clash.value(u"actor2"_s).toString(), u"Islamic State (Syria)"_s);
    QCOMPARE(clash.value(u"admin2"_s).toString(), u"Al Bab"_s);
    QCOMPARE(clash.value(u"latitude"_s).toDouble(), 36.3705);
    QCOMPARE(clash.value(u"longitude"_s).toDouble(), 37.5157);
    QCOMPARE(clash.value(u"geo_precision"_s).toInt(), 1);
    QCOMPARE(clash.value(u"fatalities"_s).toInt(), 3);
    QCOMPARE(clash.value(u"status"_s).toString(), u"Unverified"_s);

    QCOMPARE(incidentByKeyNote(u"Protest against"_s).value(u"event_date"_s).toString(), u"2016-03-14"_s);
    // Week precision: the Monday of the week (2016-03-01 is a Tuesday); month precision: the 1st.
    const QJsonObject riot = incidentByKeyNote(u"Riot some day"_s);
    QCOMPARE(riot.value(u"event_date"_s).toString(), u"2016-02-29"_s);
    QCOMPARE(riot.value(u"time_precision"_s).toString(), u"week"_s);
    const QJsonObject arrests = incidentByKeyNote(u"Arrests during"_s);
    QCOMPARE(arrests.value(u"event_date"_s).toString(), u"2016-03"_s);
    QCOMPARE(arrests.value(u"time_precision"_s).toString(), u"month"_s);
    const QJsonObject untyped = incidentByKeyNote(u"No event type"_s);
    QVERIFY(!untyped.isEmpty());
    QCOMPARE(untyped.value(u"event_type"_s).toString(), QString());
    QVERIFY(incidentByKeyNote(u"Date not reported"_s).value(u"event_date"_s).isNull());

    // Both rows naming the Syrian forces share one entity.
    sift::Store store;
    QCOMPARE(store.open(m_project, sift::Store::OpenMode::ReadOnly), QString());
    QCOMPARE(store.db().scalar("SELECT count(*) FROM entity WHERE name = 'Military Forces of Syria (2000-)'"), 1);
    QCOMPARE(store.db().scalar("SELECT count(*) FROM incident WHERE source_key = 'SYR1001'"), 1);
}

void TestCliIncidents::importWarnsAboutAdmin3()
{
    const CliRun run = cli({u"incident"_s, u"import"_s, writeFile(u"acled.csv"_s, kAcled)});
    QVERIFY2(run.out.contains(u"admin3"_s), qPrintable(run.out));
}

void TestCliIncidents::importReportsFailedRows()
{
    const QString csv = u"event_id_cnty,event_date,event_type,latitude,longitude,fatalities,notes\n"
                        u"X1,2016-01-01,Battles,1,2,0,\"two\nlines\"\n"
                        u"X2,\"Feb 30, 2016\",Battles,,,,\n"
                        u"X3,2016-01-03,Battles,95,2,,\n"
                        u"X4,2016-01-04,Battles,,,-1,\n"
                        u"X5,2016-01-05,Battles,,,,\n"_s;
    const CliRun run = cli({u"incident"_s, u"import"_s, writeFile(u"bad.csv"_s, csv)});
    QCOMPARE(run.code(), 1);
    QVERIFY2(run.out.contains(
                 u"2 new, 0 unchanged, 0 updated, 0 conflict(s); skipped 0 duplicate row(s); 3 row(s) failed"_s),
             qPrintable(run.out));
    const QStringList lines = run.out.split(u'\n');
    const auto lineFor = [&lines](const QString &prefix) {
        const auto it = std::find_if(lines.cbegin(), lines.cend(),
                                     [&prefix](const QString &l) { return l.trimmed().startsWith(prefix); });
        return it == lines.cend() ? QString() : *it;
    };
    QVERIFY2(lineFor(u"line 4:"_s).contains(u"event_date"_s), qPrintable(run.out));
    QVERIFY2(lineFor(u"line 5:"_s).contains(u"latitude"_s), qPrintable(run.out));
    QVERIFY2(lineFor(u"line 6:"_s).contains(u"fatalities"_s), qPrintable(run.out));
    QCOMPARE(json({u"incident"_s, u"list"_s}).toArray().size(), 2);
}

void TestCliIncidents::importRefusesNonIncidentTable()
{
    const CliRun run =
        cli({u"incident"_s, u"import"_s, writeFile(u"articles.csv"_s, u"title,body\nA title,A body\n"_s)});
    QCOMPARE(run.code(), 1);
    QVERIFY2(run.err.contains(u"event_date"_s), qPrintable(run.err));
    QCOMPARE(json({u"incident"_s, u"list"_s}).toArray().size(), 0);
}

void TestCliIncidents::importThroughFieldMap()
{
    const QString path = writeFile(u"desk.csv"_s, u"Ref;When;Kind;Who;Place;Killed\n"
                                                  u"A-1;2016-03-02;battles;Free Syrian Army;Aleppo;2\n"
                                                  u"A-2;March 2016;Protests;;Homs;\n"_s);
    const QStringList args{u"incident"_s,
                           u"import"_s,
                           path,
                           u"--map"_s,
                           u"id=Ref,event_date=When,event_type=Kind"_s,
                           u"--map"_s,
                           u"actor1=Who,location=Place,fatalities=Killed"_s};
    const CliRun first = cli(args);
    QVERIFY2(first.code() == 0 && first.out.contains(u"2 new, 0 unchanged"_s), qPrintable(first.err + first.out));
    const CliRun second = cli(args);
    QVERIFY2(second.out.contains(u"0 new, 2 unchanged, 0 updated, 0 conflict(s)"_s), qPrintable(second.out));

    const QJsonArray incidents = json({u"incident"_s, u"list"_s}).toArray();
    QCOMPARE(incidents.size(), 2);
    const QJsonObject month = incidents.at(0).toObject();
    QCOMPARE(month.value(u"event_date"_s).toString(), u"2016-03"_s);
    QCOMPARE(month.value(u"time_precision"_s).toString(), u"month"_s);
    QCOMPARE(month.value(u"location"_s).toString(), u"Homs"_s);
    const QJsonObject clash = incidents.at(1).toObject();
    QCOMPARE(clash.value(u"event_type"_s).toString(), u"Battles"_s); // the vocabulary's spelling
    QCOMPARE(clash.value(u"actor1"_s).toString(), u"Free Syrian Army"_s);
    QCOMPARE(clash.value(u"fatalities"_s).toInt(), 2);
}

void TestCliIncidents::importWithoutIdUsesRowHash()
{
    const QString path = writeFile(u"plain.csv"_s, u"event_date,event_type\n2016-01-01,Riots\n2016-01-02,Riots\n"
                                                   u"2016-01-02,Riots\n"_s);
    const CliRun first = cli({u"incident"_s, u"import"_s, path});
    QVERIFY2(first.out.contains(u"2 new, 0 unchanged, 0 updated, 0 conflict(s); skipped 1 duplicate row(s)"_s),
             qPrintable(first.out));
    const CliRun second = cli({u"incident"_s, u"import"_s, path});
    QVERIFY2(second.out.contains(u"0 new, 2 unchanged, 0 updated, 0 conflict(s); skipped 1 duplicate row(s)"_s),
             qPrintable(second.out));
}

void TestCliIncidents::importRefusesBadMap()
{
    const QString path = writeFile(u"acled.csv"_s, kAcled);
    CliRun run = cli({u"incident"_s, u"import"_s, path, u"--map"_s, u"headline=title"_s});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(u"headline"_s), qPrintable(run.err));
    run = cli({u"incident"_s, u"import"_s, path, u"--map"_s, u"event_date=when"_s});
    QCOMPARE(run.code(), 1);
    QVERIFY2(run.err.contains(u"when"_s), qPrintable(run.err));
}

void TestCliIncidents::importKeepsRowsSharingAnId()
{
    const CliRun run =
        cli({u"incident"_s, u"import"_s, QStringLiteral(SIFT_TEST_DATA "/incidents/acled-syria-2016.csv")});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(u"9 new, 0 unchanged, 0 updated, 0 conflict(s); skipped 1 duplicate row(s)"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"2 rows share an id with another row: imported separately (SYR2007)"_s),
             qPrintable(run.out));
    QStringList locations;
    for (const QJsonValue &v : json({u"incident"_s, u"list"_s}).toArray()) {
        if (v.toObject().value(u"location"_s).toString().startsWith(u"Aleppo - "_s))
            locations << v.toObject().value(u"location"_s).toString();
    }
    locations.sort();
    QCOMPARE(locations, QStringList({u"Aleppo - Al Kalasa"_s, u"Aleppo - Bustan al Qasr"_s}));
}

void TestCliIncidents::reimportUpdatesAndReportsConflicts()
{
    const QString original = QStringLiteral(SIFT_TEST_DATA "/incidents/acled-syria-2016.csv");
    QCOMPARE(cli({u"incident"_s, u"import"_s, original}).code(), 0);
    {
        // An analyst's edit to SYR2003, which the revised file also changes.
        sift::Store store;
        QCOMPARE(store.open(m_project, sift::Store::OpenMode::ExistingOnly), QString());
        sift::IncidentStore incidents(store.db());
        for (sift::Incident i : incidents.incidents()) {
            if (i.sourceKey == u"SYR2003"_s) {
                i.notes = u"About 200 people, say two local sources."_s;
                incidents.update(i);
            }
        }
    }
    const CliRun run =
        cli({u"incident"_s, u"import"_s, QStringLiteral(SIFT_TEST_DATA "/incidents/acled-syria-2016-rev1.csv")});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(u"1 new, 6 unchanged, 2 updated, 1 conflict(s); skipped 1 duplicate row(s); "
                              u"0 row(s) failed"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"line 4: SYR2003 was edited in Sift since its import"_s), qPrintable(run.out));
    QVERIFY(!incidentByKeyNote(u"About 200 people"_s).isEmpty());
    QVERIFY(incidentByKeyNote(u"Protest against both sides"_s).isEmpty());
    QCOMPARE(incidentByKeyNote(u"Shelling on Ariha"_s).value(u"fatalities"_s).toInt(), 2);
    QCOMPARE(json({u"incident"_s, u"list"_s}).toArray().size(), 10);
}

void TestCliIncidents::timelineByWeek()
{
    importAcled();
    const QJsonObject timeline = json({u"timeline"_s, u"--by"_s, u"week"_s}).toObject();
    QCOMPARE(timeline.value(u"bin"_s).toString(), u"week"_s);
    QCOMPARE(timeline.value(u"undated"_s).toInt(), 1);
    // Dated rows: 2016-02-29 (week precision), 2016-03-01 (month precision), 2016-03-14 twice, 2016-04-05.
    compareBins(
        timeline,
        {
            {u"2016-W09"_s, u"2016-02-29"_s, u"2016-03-06"_s, 2, {{u"Riots"_s, 1}, {u"Strategic developments"_s, 1}}},
            {u"2016-W10"_s, u"2016-03-07"_s, u"2016-03-13"_s, 0, {}},
            {u"2016-W11"_s, u"2016-03-14"_s, u"2016-03-20"_s, 2, {{u"Battles"_s, 1}, {u"Protests"_s, 1}}},
            {u"2016-W12"_s, u"2016-03-21"_s, u"2016-03-27"_s, 0, {}},
            {u"2016-W13"_s, u"2016-03-28"_s, u"2016-04-03"_s, 0, {}},
            {u"2016-W14"_s, u"2016-04-04"_s, u"2016-04-10"_s, 1, {{QString(), 1}}},
        });
}

void TestCliIncidents::timelineByMonth()
{
    importAcled();
    const QJsonObject timeline = json({u"timeline"_s, u"--by"_s, u"month"_s}).toObject();
    QCOMPARE(timeline.value(u"bin"_s).toString(), u"month"_s);
    compareBins(timeline, {
                              {u"2016-02"_s, u"2016-02-01"_s, u"2016-02-29"_s, 1, {{u"Riots"_s, 1}}},
                              {u"2016-03"_s,
                               u"2016-03-01"_s,
                               u"2016-03-31"_s,
                               3,
                               {{u"Battles"_s, 1}, {u"Protests"_s, 1}, {u"Strategic developments"_s, 1}}},
                              {u"2016-04"_s, u"2016-04-01"_s, u"2016-04-30"_s, 1, {{QString(), 1}}},
                          });
}

void TestCliIncidents::timelineFromTo()
{
    importAcled();
    // "--to 2016-03" runs to the end of March; the 2016-02-29 riot falls before --from though its week is shown.
    const QJsonObject timeline =
        json({u"timeline"_s, u"--by"_s, u"week"_s, u"--from"_s, u"2016-03-01"_s, u"--to"_s, u"2016-03"_s}).toObject();
    compareBins(timeline,
                {
                    {u"2016-W09"_s, u"2016-02-29"_s, u"2016-03-06"_s, 1, {{u"Strategic developments"_s, 1}}},
                    {u"2016-W10"_s, u"2016-03-07"_s, u"2016-03-13"_s, 0, {}},
                    {u"2016-W11"_s, u"2016-03-14"_s, u"2016-03-20"_s, 2, {{u"Battles"_s, 1}, {u"Protests"_s, 1}}},
                    {u"2016-W12"_s, u"2016-03-21"_s, u"2016-03-27"_s, 0, {}},
                    {u"2016-W13"_s, u"2016-03-28"_s, u"2016-04-03"_s, 0, {}},
                });
    QCOMPARE(timeline.value(u"undated"_s).toInt(), 1);

    const CliRun reversed = cli({u"timeline"_s, u"--from"_s, u"2016-04-01"_s, u"--to"_s, u"2016-03-01"_s, u"--json"_s});
    QCOMPARE(reversed.code(), 2);
}

void TestCliIncidents::timelineByStatus()
{
    importAcled();
    const QJsonObject timeline = json({u"timeline"_s, u"--by"_s, u"year"_s, u"--stack"_s, u"status"_s}).toObject();
    QCOMPARE(timeline.value(u"stack"_s).toString(), u"status"_s);
    compareBins(timeline, {{u"2016"_s, u"2016-01-01"_s, u"2016-12-31"_s, 5, {{u"Unverified"_s, 5}}}});
}

void TestCliIncidents::timelineChoosesBin()
{
    importAcled();
    // 2016-02-29 to 2016-04-05 is 37 days: one bar a day.
    const QJsonObject timeline = json({u"timeline"_s}).toObject();
    QCOMPARE(timeline.value(u"bin"_s).toString(), u"day"_s);
    const QJsonArray bins = timeline.value(u"bins"_s).toArray();
    QCOMPARE(bins.size(), 37);
    QCOMPARE(bins.first().toObject().value(u"period"_s).toString(), u"2016-02-29"_s);
    QCOMPARE(bins.last().toObject().value(u"period"_s).toString(), u"2016-04-05"_s);
    int total = 0;
    for (const QJsonValue &b : bins)
        total += b.toObject().value(u"count"_s).toInt();
    QCOMPARE(total, 5);
}

void TestCliIncidents::timelineText()
{
    importAcled();
    const CliRun run = cli({u"timeline"_s, u"--by"_s, u"month"_s});
    QCOMPARE(run.code(), 0);
    QVERIFY2(run.out.contains(u"2016-03\t2016-03-01..2016-03-31\t3\t"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"undated\t1"_s), qPrintable(run.out));
    QCOMPARE(cli({u"timeline"_s, u"--by"_s, u"fortnight"_s}).code(), 2);
    QCOMPARE(cli({u"timeline"_s, u"--stack"_s, u"actor"_s}).code(), 2);
}

void TestCliIncidents::addAndList()
{
    const QJsonObject added = json({u"incident"_s,     u"add"_s,
                                    u"--date"_s,       u"14 March 2016"_s,
                                    u"--type"_s,       u"battles"_s,
                                    u"--sub-type"_s,   u"armed clash"_s,
                                    u"--actor1"_s,     u"Military Forces of Syria"_s,
                                    u"--actor2"_s,     u"Islamic State"_s,
                                    u"--location"_s,   u"Al Bab"_s,
                                    u"--country"_s,    u"Syria"_s,
                                    u"--admin1"_s,     u"Aleppo"_s,
                                    u"--lat"_s,        u"36.37"_s,
                                    u"--lon"_s,        u"37.52"_s,
                                    u"--fatalities"_s, u"3"_s,
                                    u"--status"_s,     u"verified"_s,
                                    u"--note"_s,       u"From two reports"_s})
                                  .toObject();
    QVERIFY(added.value(u"id"_s).toInteger() > 0);
    QCOMPARE(added.value(u"event_date"_s).toString(), u"2016-03-14"_s);
    QCOMPARE(added.value(u"event_type"_s).toString(), u"Battles"_s);
    QCOMPARE(added.value(u"sub_event_type"_s).toString(), u"Armed clash"_s);
    QCOMPARE(added.value(u"actor2"_s).toString(), u"Islamic State"_s);
    QCOMPARE(added.value(u"status"_s).toString(), u"Verified"_s);
    QCOMPARE(added.value(u"latitude"_s).toDouble(), 36.37);
    QCOMPARE(added.value(u"fatalities"_s).toInt(), 3);
    QCOMPARE(added.value(u"notes"_s).toString(), u"From two reports"_s);

    const CliRun week = cli(
        {u"incident"_s, u"add"_s, u"--date"_s, u"2016-03-17"_s, u"--precision"_s, u"week"_s, u"--type"_s, u"Riots"_s});
    QVERIFY2(week.code() == 0 && week.out.startsWith(u"Added incident "_s), qPrintable(week.err + week.out));

    const CliRun list = cli({u"incident"_s, u"list"_s});
    QCOMPARE(list.code(), 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // Same stored date, so in id order.
    QVERIFY2(lines.at(0).contains(u"2016-03-14\tBattles\tVerified\tAl Bab, Aleppo, Syria"_s), qPrintable(list.out));
    QVERIFY2(lines.at(1).contains(u"2016-03-14 (week)\tRiots\tUnverified"_s), qPrintable(list.out));
}

void TestCliIncidents::addLinksClaimsAndTheirArticles()
{
    const QString sample = m_dir->filePath(u"sample.sift"_s);
    QCOMPARE(cli({u"init"_s, u"--sample"_s}, sample).code(), 0);
    QList<sift::Claim> claims;
    {
        sift::Store store;
        QCOMPARE(store.open(sample, sift::Store::OpenMode::ReadOnly), QString());
        claims = sift::ClaimStore(store.db()).claims();
    }
    QVERIFY(claims.size() >= 2);
    const auto other = std::find_if(claims.cbegin(), claims.cend(), [&claims](const sift::Claim &c) {
        return c.articleId != claims.first().articleId;
    });
    QVERIFY(other != claims.cend());
    const QJsonObject added =
        json({u"incident"_s, u"add"_s, u"--date"_s, u"2025-03-16"_s, u"--type"_s, u"Battles"_s, u"--claim"_s,
              QString::number(claims.first().id), u"--claim"_s, QString::number(other->id)},
             sample)
            .toObject();
    QList<qint64> claimIds;
    for (const QJsonValue &v : added.value(u"claims"_s).toArray())
        claimIds << v.toInteger();
    QList<qint64> articleIds;
    for (const QJsonValue &v : added.value(u"articles"_s).toArray())
        articleIds << v.toInteger();
    QList<qint64> expectedClaims{claims.first().id, other->id};
    QList<qint64> expectedArticles{claims.first().articleId, other->articleId};
    std::sort(expectedClaims.begin(), expectedClaims.end());
    std::sort(expectedArticles.begin(), expectedArticles.end());
    QCOMPARE(claimIds, expectedClaims);
    QCOMPARE(articleIds, expectedArticles);
}

void TestCliIncidents::addRefusesBadValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList base{u"--date"_s, u"2016-03-14"_s, u"--type"_s, u"Battles"_s};
    QTest::newRow("no type") << QStringList{u"--date"_s, u"2016-03-14"_s} << u"--type"_s;
    QTest::newRow("not a date") << QStringList{u"--date"_s, u"someday"_s, u"--type"_s, u"Battles"_s} << u"someday"_s;
    QTest::newRow("unknown type") << QStringList{u"--date"_s, u"2016-03-14"_s, u"--type"_s, u"Battle"_s}
                                  << u"Battles, Explosions"_s;
    QTest::newRow("sub-type of another type")
        << base + QStringList{u"--sub-type"_s, u"Peaceful protest"_s} << u"Armed clash"_s;
    QTest::newRow("unknown status") << base + QStringList{u"--status"_s, u"Probable"_s} << u"Unverified"_s;
    QTest::newRow("lat without lon") << base + QStringList{u"--lat"_s, u"1"_s} << u"--lon"_s;
    QTest::newRow("lat out of range") << base + QStringList{u"--lat"_s, u"91"_s, u"--lon"_s, u"1"_s} << u"-90"_s;
    QTest::newRow("negative fatalities") << base + QStringList{u"--fatalities"_s, u"-2"_s} << u"--fatalities"_s;
    QTest::newRow("year precision") << base + QStringList{u"--precision"_s, u"year"_s} << u"--precision"_s;
    QTest::newRow("missing claim") << base + QStringList{u"--claim"_s, u"999"_s} << u"999"_s;
}

void TestCliIncidents::addRefusesBadValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = cli(QStringList{u"incident"_s, u"add"_s} + args);
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(json({u"incident"_s, u"list"_s}).toArray().size(), 0);
}

void TestCliIncidents::dateResolveExpression()
{
    const CliRun run = cli({u"date-resolve"_s, u"on Sunday morning"_s, u"--ref"_s, u"2025-03-18"_s});
    QCOMPARE(run.code(), 0);
    QCOMPARE(run.out, u"on Sunday morning\t2025-03-16\tday\n"_s);

    const QJsonObject o = json({u"date-resolve"_s, u"on Sunday morning"_s, u"--ref"_s, u"2025-03-18"_s}).toObject();
    QCOMPARE(o.value(u"reference"_s).toString(), u"2025-03-18"_s);
    const QJsonArray mentions = o.value(u"mentions"_s).toArray();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.at(0).toObject().value(u"date"_s).toString(), u"2025-03-16"_s);
    QCOMPARE(mentions.at(0).toObject().value(u"precision"_s).toString(), u"day"_s);
    QCOMPARE(mentions.at(0).toObject().value(u"relative"_s).toBool(), true);
}

void TestCliIncidents::dateResolveRunningText()
{
    const QJsonArray mentions =
        json({u"date-resolve"_s, u"Azerbaijan said on Sunday that the talks of Dec. 26, 2024 had failed."_s, u"--ref"_s,
              u"16 March 2025"_s})
            .toObject()
            .value(u"mentions"_s)
            .toArray();
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).toObject().value(u"text"_s).toString(), u"on Sunday"_s);
    QCOMPARE(mentions.at(0).toObject().value(u"date"_s).toString(), u"2025-03-16"_s);
    QCOMPARE(mentions.at(1).toObject().value(u"date"_s).toString(), u"2024-12-26"_s);
    QCOMPARE(mentions.at(1).toObject().value(u"relative"_s).toBool(), false);

    // Without a reference, relative expressions are found but stay unresolved.
    const CliRun run = cli({u"date-resolve"_s, u"yesterday"_s});
    QCOMPARE(run.code(), 0);
    QVERIFY2(run.out.startsWith(u"yesterday\tunknown"_s), qPrintable(run.out));
}

void TestCliIncidents::dateResolveNothing()
{
    const CliRun run = cli({u"date-resolve"_s, u"no dates here"_s, u"--ref"_s, u"2025-03-18"_s});
    QCOMPARE(run.code(), 1);
    QCOMPARE(cli({u"date-resolve"_s, u"on Sunday"_s, u"--ref"_s, u"someday"_s}).code(), 2);
}

QTEST_GUILESS_MAIN(TestCliIncidents)
#include "tst_cliincidents.moc"
