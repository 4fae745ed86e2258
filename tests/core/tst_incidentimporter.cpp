#include "core/ingest/IncidentImporter.h"

#include "core/project/Project.h"
#include "core/store/Database.h"
#include "core/store/HistoryStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/Schema.h"
#include "core/store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sift::DatePrecision;
using sift::IncidentImporter;
using sift::PartialDate;

Q_DECLARE_METATYPE(sift::PartialDate)
Q_DECLARE_METATYPE(sift::DatePrecision)

/// The incident CSV importer on a fresh project, without the CLI around it.
class TestIncidentImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void coarsens_data();
    void coarsens();
    void readsSemicolonsAndLooseHeaders();
    void rowWidths();
    void unknownStatusWarns();
    void cancelImportsNothing();
    void unreadableCsvFails();
    void parsesFieldMaps();
    void datedRowsReadStoredDatesAsIso();
    void rowsSharingAnIdAreAllImported();
    void reimportUpdatesRevisedIncidents();
    void reimportKeepsAnalystEdits();
    void upgradeMarksOnlyUneditedImports();

private:
    QList<sift::Incident> incidents() { return sift::IncidentStore(m_store.db()).incidents(); }
    static QString dataFile(const QString &name) { return QStringLiteral(SIFT_TEST_DATA "/incidents/") + name; }
    static sift::Incident bySourceKey(const QList<sift::Incident> &all, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    sift::Store m_store;
};

void TestIncidentImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(m_store.open(m_dir->filePath(u"p.sift"_s), sift::Store::OpenMode::CreateIfMissing), QString());
}

void TestIncidentImporter::cleanup()
{
    m_store.close();
    m_dir.reset();
}

void TestIncidentImporter::coarsens_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<PartialDate>("expected");
    const QDate sunday(2021, 1, 3);
    QTest::newRow("day stays") << PartialDate{sunday, DatePrecision::Day} << DatePrecision::Day
                               << PartialDate{sunday, DatePrecision::Day};
    QTest::newRow("week across new year") << PartialDate{sunday, DatePrecision::Day} << DatePrecision::Week
                                          << PartialDate{QDate(2020, 12, 28), DatePrecision::Week};
    QTest::newRow("month") << PartialDate{QDate(2024, 2, 29), DatePrecision::Day} << DatePrecision::Month
                           << PartialDate{QDate(2024, 2, 1), DatePrecision::Month};
    QTest::newRow("never finer") << PartialDate{QDate(2016, 3, 1), DatePrecision::Month} << DatePrecision::Day
                                 << PartialDate{QDate(2016, 3, 1), DatePrecision::Month};
    QTest::newRow("unknown stays unknown") << PartialDate{} << DatePrecision::Week << PartialDate{};
}

void TestIncidentImporter::coarsens()
{
    QFETCH(PartialDate, date);
    QFETCH(DatePrecision, precision);
    QFETCH(PartialDate, expected);
    QCOMPARE(sift::coarsened(date, precision), expected);
}

void TestIncidentImporter::readsSemicolonsAndLooseHeaders()
{
    IncidentImporter importer(m_store.db());
    const auto summary = importer.importText(u"\"Event ID cnty\";Event Date;EVENT_TYPE;Fatalities\n"
                                             u"K1;2016-03-14;Riots;2\n"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.text()));
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.newIncidentIds.size(), 1);
    const QList<sift::Incident> all = incidents();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().sourceKey, u"K1"_s);
    QCOMPARE(all.first().eventType, u"Riots"_s);
    QCOMPARE(all.first().fatalities, 2);
    QCOMPARE(all.first().status, u"Unverified"_s);
}

void TestIncidentImporter::rowWidths()
{
    IncidentImporter importer(m_store.db());
    // A short row is padded; trailing empty fields are fine; a stray value past the header is not.
    const auto summary = importer.importText(u"event_id_cnty,event_date,event_type\n"
                                             u"A,2016-01-01\n"
                                             u"B,2016-01-02,Riots,,\n"
                                             u"C,2016-01-03,Riots,oops\n"_s);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.failures.size(), 1);
    QCOMPARE(summary.failures.first().line, 4);
}

void TestIncidentImporter::unknownStatusWarns()
{
    IncidentImporter importer(m_store.db());
    const auto summary = importer.importText(u"event_date,status\n2016-01-01,verified\n2016-01-02,Probable\n"
                                             u"2016-01-03,Probable\n"_s);
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.warnings.size(), 1);
    QVERIFY2(summary.warnings.first().contains(u"Probable"_s), qPrintable(summary.warnings.first()));
    QVERIFY2(summary.warnings.first().contains(u"2 row(s)"_s), qPrintable(summary.warnings.first()));
    QCOMPARE(incidents().first().status, u"Verified"_s);
    QCOMPARE(incidents().last().status, u"Unverified"_s);
}

void TestIncidentImporter::cancelImportsNothing()
{
    QString csv = u"event_date,actor1\n"_s;
    for (int i = 0; i < 1200; ++i)
        csv += QDate(2016, 1, 1).addDays(i).toString(Qt::ISODate) + u",Actor "_s + QString::number(i % 7) + u'\n';
    IncidentImporter importer(m_store.db());
    int calls = 0;
    importer.setProgress([&calls](int done, int total) {
        ++calls;
        return done < 600 && total == 1200;
    });
    const auto summary = importer.importText(csv);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.imported, 0);
    QCOMPARE(calls, 2);
    QVERIFY(incidents().isEmpty());
    QCOMPARE(m_store.db().scalar("SELECT count(*) FROM entity"), 0);

    importer.setProgress({});
    QCOMPARE(importer.importText(csv).imported, 1200);
    QCOMPARE(m_store.db().scalar("SELECT count(*) FROM entity"), 7);
}

void TestIncidentImporter::unreadableCsvFails()
{
    IncidentImporter importer(m_store.db());
    const auto summary = importer.importText(u"event_date,notes\n2016-01-01,\"never closed\n"_s);
    QVERIFY(!summary.error.isEmpty());
    QVERIFY(incidents().isEmpty());
    QVERIFY(!importer.importFile(m_dir->filePath(u"missing.csv"_s)).error.isEmpty());
}

void TestIncidentImporter::parsesFieldMaps()
{
    QString error;
    const auto map = IncidentImporter::parseFieldMap(u"Event_Date = When, id=Ref"_s, &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->value(u"event_date"_s), u"When"_s);
    QCOMPARE(map->value(u"id"_s), u"Ref"_s);
    QVERIFY(!IncidentImporter::parseFieldMap(u"title=headline"_s, &error));
    QVERIFY(error.contains(u"title"_s));
    QVERIFY(!IncidentImporter::parseFieldMap(u"event_date"_s, &error));
    QVERIFY(!IncidentImporter::parseFieldMap(u"id=a,id=b"_s, &error));
}

void TestIncidentImporter::datedRowsReadStoredDatesAsIso()
{
    // datedRows reads event_date without QString; it must agree with QDate::fromString on whatever is stored.
    const QStringList stored = {u"2016-03-14"_s, u"0001-01-01"_s, u"2016-02-30"_s, u"20a6-03-14"_s,
                                u"2016-3-14"_s,  u"2016-03-1x"_s, u"2016/03/14"_s, u"-016-03-14"_s};
    QString csv = u"event_date\n"_s;
    for (qsizetype i = 0; i < stored.size(); ++i)
        csv += u"2016-01-%1\n"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
    IncidentImporter importer(m_store.db());
    QCOMPARE(importer.importText(csv).imported, int(stored.size()));
    sift::Statement update(m_store.db(), "UPDATE incident SET event_date = ? WHERE id = ?");
    for (qsizetype i = 0; i < stored.size(); ++i) {
        update.bind(1, stored[i]).bind(2, qint64(i + 1));
        update.step();
        update.reset();
    }
    QList<QDate> expected;
    for (const QString &text : stored)
        expected << QDate::fromString(text, Qt::ISODate);
    QList<QDate> dates;
    for (const auto &row : sift::IncidentStore(m_store.db()).datedRows({}))
        dates << row.date;
    QCOMPARE(dates, expected);
}

sift::Incident TestIncidentImporter::bySourceKey(const QList<sift::Incident> &all, const QString &key)
{
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&key](const sift::Incident &i) { return i.sourceKey == key; });
    return it == all.cend() ? sift::Incident{} : *it;
}

void TestIncidentImporter::rowsSharingAnIdAreAllImported()
{
    // SYR2007 names two neighbourhoods in two rows; SYR2008 is the same row twice.
    IncidentImporter importer(m_store.db());
    const auto summary = importer.importFile(dataFile(u"acled-syria-2016.csv"_s));
    QVERIFY2(summary.ok(), qPrintable(summary.text()));
    QCOMPARE(summary.imported, 9);
    QCOMPARE(summary.duplicates, 1);
    QVERIFY2(summary.text().contains(u"2 rows share an id with another row: imported separately (SYR2007)"_s),
             qPrintable(summary.text()));
    QStringList locations;
    for (const sift::Incident &i : incidents()) {
        if (i.sourceKey.startsWith(u"SYR2007"_s))
            locations << i.location;
    }
    QCOMPARE(locations, QStringList({u"Aleppo - Bustan al Qasr"_s, u"Aleppo - Al Kalasa"_s}));

    // The same file again finds every row where it left it.
    const auto again = importer.importFile(dataFile(u"acled-syria-2016.csv"_s));
    QVERIFY2(again.text().contains(u"0 new, 9 unchanged, 0 updated, 0 conflict(s)"_s), qPrintable(again.text()));
    QCOMPARE(incidents().size(), 9);
}

void TestIncidentImporter::reimportUpdatesRevisedIncidents()
{
    IncidentImporter importer(m_store.db());
    QVERIFY(importer.importFile(dataFile(u"acled-syria-2016.csv"_s)).ok());
    const QList<sift::Incident> before = incidents();
    const sift::Incident shelling = bySourceKey(before, u"SYR2002"_s);
    QCOMPARE(shelling.fatalities, 0);

    // The re-release corrects SYR2002 (fatalities, notes), SYR2003 (notes) and SYR2006 (place), and adds SYR2009.
    const auto summary = importer.importFile(dataFile(u"acled-syria-2016-rev1.csv"_s));
    QVERIFY2(summary.ok(), qPrintable(summary.text()));
    QVERIFY2(summary.text().contains(u"1 new, 6 unchanged, 3 updated, 0 conflict(s)"_s), qPrintable(summary.text()));
    const QList<sift::Incident> after = incidents();
    QCOMPARE(after.size(), 10);
    const sift::Incident corrected = bySourceKey(after, u"SYR2002"_s);
    QCOMPARE(corrected.id, shelling.id);
    QCOMPARE(corrected.fatalities, 2);
    QCOMPARE(corrected.notes, u"Shelling on Ariha killed two."_s);
    QCOMPARE(bySourceKey(after, u"SYR2006"_s).location, u"Busra al-Harir"_s);
    QCOMPARE(bySourceKey(after, u"SYR2001"_s).notes, bySourceKey(before, u"SYR2001"_s).notes);

    // The old values are in the history, one row per changed field, named as in the JSON export.
    QStringList changes;
    for (const sift::HistoryEntry &e : sift::HistoryStore(m_store.db()).entries(u"incident"_s, shelling.id))
        changes << u"%1: %2 -> %3"_s.arg(e.field, e.oldValue, e.newValue);
    QCOMPARE(changes,
             QStringList({u"fatalities: 0 -> 2"_s,
                          u"notes: Shelling on Ariha; casualties unknown. -> Shelling on Ariha killed two."_s}));
    QCOMPARE(sift::HistoryStore(m_store.db()).entries(u"incident"_s, bySourceKey(after, u"SYR2001"_s).id).size(), 0);

    // Imported once more, the revision changes nothing.
    const auto again = importer.importFile(dataFile(u"acled-syria-2016-rev1.csv"_s));
    QVERIFY2(again.text().contains(u"0 new, 10 unchanged, 0 updated, 0 conflict(s)"_s), qPrintable(again.text()));
}

void TestIncidentImporter::reimportKeepsAnalystEdits()
{
    const QString path = m_store.path();
    m_store.close();
    QString error;
    const auto project = sift::Project::open(path, &error);
    QVERIFY2(project, qPrintable(error));
    IncidentImporter importer(project->db());
    QVERIFY(importer.importFile(dataFile(u"acled-syria-2016.csv"_s)).ok());
    const QList<sift::Incident> imported = project->incidents().incidents();

    // The analyst rewrites SYR2003's notes (the file revises them too) and verifies SYR2001 (the file leaves it).
    sift::Incident protest = bySourceKey(imported, u"SYR2003"_s);
    protest.notes = u"Checked with two local sources: about 200 people."_s;
    QVERIFY(project->updateIncident(protest));
    sift::Incident clash = bySourceKey(imported, u"SYR2001"_s);
    clash.statusId = project->vocabulary().statusByName(u"Verified"_s)->id;
    QVERIFY(project->updateIncident(clash));
    // An edit undone leaves SYR2002 as imported: the revision may update it.
    sift::Incident shelling = bySourceKey(imported, u"SYR2002"_s);
    shelling.notes = u"draft"_s;
    QVERIFY(project->updateIncident(shelling));
    project->undoStack()->undo();

    const auto summary = importer.importFile(dataFile(u"acled-syria-2016-rev1.csv"_s));
    QVERIFY2(summary.ok(), qPrintable(summary.text()));
    QVERIFY2(summary.text().contains(u"1 new, 6 unchanged, 2 updated, 1 conflict(s)"_s), qPrintable(summary.text()));
    QVERIFY2(summary.text().contains(u"line 4: SYR2003 was edited in Sift since its import"_s),
             qPrintable(summary.text()));
    const QList<sift::Incident> after = project->incidents().incidents();
    QCOMPARE(bySourceKey(after, u"SYR2003"_s).notes, protest.notes);
    QCOMPARE(bySourceKey(after, u"SYR2001"_s).status, u"Verified"_s);
    QCOMPARE(bySourceKey(after, u"SYR2002"_s).fatalities, 2);

    // The edit stays a conflict on every later import, while the file disagrees with it.
    const auto again = importer.importFile(dataFile(u"acled-syria-2016-rev1.csv"_s));
    QVERIFY2(again.text().contains(u"0 new, 9 unchanged, 0 updated, 1 conflict(s)"_s), qPrintable(again.text()));
    QCOMPARE(project->incidents().incident(protest.id)->notes, protest.notes);
}

void TestIncidentImporter::upgradeMarksOnlyUneditedImports()
{
    // A project as version 1 left it: no import_hash, SYR2003 edited after its import.
    IncidentImporter importer(m_store.db());
    QVERIFY(importer.importFile(dataFile(u"acled-syria-2016.csv"_s)).ok());
    m_store.db().exec("UPDATE incident SET updated_at = created_at");
    m_store.db().exec("UPDATE incident SET notes = 'About 200 people.', updated_at = '2099-01-01T00:00:00Z' "
                      "WHERE source_key = 'SYR2003'");
    m_store.db().exec("ALTER TABLE incident DROP COLUMN import_hash");
    m_store.db().exec("PRAGMA user_version = 1");
    const QString path = m_store.path();
    m_store.close();

    QCOMPARE(m_store.open(path, sift::Store::OpenMode::ExistingOnly), QString());
    QCOMPARE(m_store.db().scalar("PRAGMA user_version"), qint64(sift::Schema::kVersion));
    QCOMPARE(m_store.db().scalar("SELECT count(*) FROM incident WHERE import_hash IS NULL"), 1);
    const QList<sift::Incident> upgraded = incidents();
    QCOMPARE(bySourceKey(upgraded, u"SYR2003"_s).importHash, QString());
    const sift::Incident shelling = bySourceKey(upgraded, u"SYR2002"_s);
    QCOMPARE(shelling.importHash, sift::IncidentStore::contentHash(shelling));

    const auto summary = IncidentImporter(m_store.db()).importFile(dataFile(u"acled-syria-2016-rev1.csv"_s));
    QVERIFY2(summary.text().contains(u"1 new, 6 unchanged, 2 updated, 1 conflict(s)"_s), qPrintable(summary.text()));
    QCOMPARE(bySourceKey(incidents(), u"SYR2003"_s).notes, u"About 200 people."_s);
}

QTEST_GUILESS_MAIN(TestIncidentImporter)
#include "tst_incidentimporter.moc"
