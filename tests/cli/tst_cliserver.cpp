#include "core/store/Database.h"
#include "support/CliRunner.h"
#include "support/PgServer.h"
#include "support/TestHttpServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sift::Database;

namespace {

using sift::test::CliRun;
using sift::test::CliRunner;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// sift-cli against a real PostgreSQL server: push a project file to it, run the commands with -p URL and get
/// the same answers as from the file, write to it, and pull it back into a file that exports identically.
class TestCliServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pushPullRoundTripsToIdenticalExport();
    void sameAnswersFromFileAndServer_data();
    void sameAnswersFromFileAndServer();
    void searchFindsTheSameArticles_data();
    void searchFindsTheSameArticles();
    void writesAndImportsOnServer();
    void pushRefusesNonEmptyDatabase();
    void pullRefusesExistingFile();
    void newerServerSchemaRefused();
    void killedImportLeavesServerWhole();
    void concurrentEditsLoseNothing();
    void webOriginalSurvivesPushAndPull();

private:
    CliRun cli(const QStringList &args);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QByteArray exportJson(const QString &project, const QString &name);

    QTemporaryDir m_dir;
    QString m_sample; ///< the sample project file
    QString m_url;    ///< the same project, pushed to the server
};

CliRun TestCliServer::cli(const QStringList &args)
{
    return CliRunner(QStringLiteral(SIFT_CLI)).run(args);
}

QByteArray TestCliServer::exportJson(const QString &project, const QString &name)
{
    const CliRun run = cli({u"-p"_s, project, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, file(name)});
    if (run.code() != 0)
        qWarning("export failed: %s", qPrintable(run.err));
    // The moment of the export is the one thing allowed to differ.
    return QString::fromUtf8(readAll(file(name)))
        .replace(QRegularExpression(u"\"generated_at\": \"[^\"]*\""_s), u"\"generated_at\""_s)
        .toUtf8();
}

void TestCliServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sift::test::PgServer &server = sift::test::PgServer::shared();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    m_sample = file(u"sample.sift"_s);
    CliRun run = cli({u"-p"_s, m_sample, u"init"_s, u"--sample"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    // Rows of every kind the sample lacks: a claim link, history, a tag, an alias-bearing entity edit.
    run = cli({u"-p"_s, m_sample, u"claim"_s, u"link"_s, u"1"_s, u"2"_s, u"--relation"_s, u"contradicts"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    run = cli({u"-p"_s, m_sample, u"claim"_s, u"set"_s, u"1"_s, u"--tags"_s, u"checked"_s, u"--rationale"_s,
               u"Two sources disagree."_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    m_url = server.createDatabase();
    QVERIFY(!m_url.isEmpty());
    run = cli({u"push"_s, m_sample, m_url});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"every table's count verified"_s), qPrintable(run.out));
}

void TestCliServer::pushPullRoundTripsToIdenticalExport()
{
    const QByteArray original = exportJson(m_sample, u"original.json"_s);
    QVERIFY(!original.isEmpty());
    const QJsonObject doc = QJsonDocument::fromJson(original).object();
    // The export holds rows of every kind, or the comparison proves little.
    for (const QString &key : doc.keys()) {
        if (doc.value(key).isArray())
            QVERIFY2(!doc.value(key).toArray().isEmpty(), qPrintable(key));
    }
    QCOMPARE(exportJson(m_url, u"server.json"_s), original);

    const QString snapshot = file(u"snapshot.sift"_s);
    const CliRun pull = cli({u"pull"_s, m_url, snapshot});
    QVERIFY2(pull.code() == 0, qPrintable(pull.err));
    QVERIFY2(pull.out.contains(u"every table's count verified"_s), qPrintable(pull.out));
    QCOMPARE(exportJson(snapshot, u"snapshot.json"_s), original);
    const CliRun check = cli({u"-p"_s, snapshot, u"check"_s});
    QVERIFY2(check.code() == 0, qPrintable(check.err));
    // History rows travel too: the snapshot holds the same number as the original.
    QCOMPARE(cli({u"-p"_s, snapshot, u"stats"_s}).out, cli({u"-p"_s, m_sample, u"stats"_s}).out);
}

void TestCliServer::sameAnswersFromFileAndServer_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("list json") << QStringList{u"list"_s, u"--json"_s};
    QTest::newRow("show") << QStringList{u"show"_s, u"1"_s};
    QTest::newRow("stats") << QStringList{u"stats"_s};
    QTest::newRow("claims") << QStringList{u"claim"_s, u"list"_s};
    QTest::newRow("claims json") << QStringList{u"claim"_s, u"list"_s, u"--json"_s};
    QTest::newRow("incidents") << QStringList{u"incident"_s, u"list"_s};
    QTest::newRow("timeline") << QStringList{u"timeline"_s, u"--by"_s, u"month"_s};
    QTest::newRow("similar") << QStringList{u"similar"_s, u"1"_s, u"--json"_s};
    QTest::newRow("similar claim") << QStringList{u"similar"_s, u"1"_s, u"--claim"_s, u"1"_s};
    QTest::newRow("suggest") << QStringList{u"suggest"_s};
    QTest::newRow("suggest json") << QStringList{u"suggest"_s, u"--json"_s};
}

void TestCliServer::sameAnswersFromFileAndServer()
{
    QFETCH(QStringList, args);
    const CliRun fromFile = cli(QStringList{u"-p"_s, m_sample} + args);
    const CliRun fromServer = cli(QStringList{u"-p"_s, m_url} + args);
    QVERIFY2(fromFile.code() == 0, qPrintable(fromFile.err));
    QVERIFY2(fromServer.code() == 0, qPrintable(fromServer.err));
    QVERIFY(!fromFile.out.isEmpty());
    QCOMPARE(fromServer.out, fromFile.out);
}

void TestCliServer::searchFindsTheSameArticles_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : {"ceasefire", "varenia*", "\"fuel depot\"", "varenia AND ostrel", "kessen OR mirel",
                          "shelling NOT mirel", "(drone OR mortar) NOT ceasefire", "said", "\"neither confirms\""})
        QTest::newRow(q) << QString::fromUtf8(q);
    QTest::newRow("nothing") << u"zzyzx"_s;
}

void TestCliServer::searchFindsTheSameArticles()
{
    QFETCH(QString, query);
    auto ids = [&](const QString &project) {
        const CliRun run = cli({u"-p"_s, project, u"search"_s, query, u"--json"_s, u"--limit"_s, u"1000"_s});
        if (run.code() != 0)
            qWarning("search failed: %s", qPrintable(run.err));
        QList<qint64> out;
        for (const QJsonValue &hit : QJsonDocument::fromJson(run.out.toUtf8()).array())
            out << hit.toObject().value(u"id"_s).toInteger();
        std::sort(out.begin(), out.end());
        return out;
    };
    const QList<qint64> fromFile = ids(m_sample);
    QCOMPARE(ids(m_url), fromFile);
    QCOMPARE(fromFile.isEmpty(), query == u"zzyzx"); // every other query finds something in the sample
}

void TestCliServer::writesAndImportsOnServer()
{
    const QString url = sift::test::PgServer::shared().createDatabase();
    QVERIFY(!url.isEmpty());
    CliRun run = cli({u"-p"_s, url, u"init"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    const QString input = file(u"two.txt"_s);
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Shelling near the river\n\nResidents said the shelling began at dawn.\n");
    f.close();
    const QString second = file(u"second.txt"_s);
    QFile g(second);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("Talks resume in Geneva\n\nDelegations met on Monday.\n");
    g.close();
    run = cli({u"-p"_s, url, u"import"_s, input, second});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    run = cli({u"-p"_s, url, u"import"_s, input, second}); // the uid constraint decides: nothing twice
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    run = cli({u"-p"_s, url, u"stats"_s});
    QVERIFY2(run.out.startsWith(u"articles\t2\n"_s), qPrintable(run.out));
    run = cli({u"-p"_s, url, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);
    run = cli(
        {u"-p"_s, url, u"claim"_s, u"add"_s, u"--article"_s, u"1"_s, u"--quote"_s, u"the shelling began at dawn"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    run = cli({u"-p"_s, url, u"claim"_s, u"list"_s, u"--json"_s});
    const QJsonArray claims = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(claims.size(), 1);
    run = cli({u"-p"_s, url, u"check"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
}

void TestCliServer::pushRefusesNonEmptyDatabase()
{
    const CliRun run = cli({u"push"_s, m_sample, m_url});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(u"not empty"_s), qPrintable(run.err));
    QCOMPARE(cli({u"-p"_s, m_url, u"stats"_s}).out, cli({u"-p"_s, m_sample, u"stats"_s}).out);
}

void TestCliServer::pullRefusesExistingFile()
{
    const QString existing = file(u"existing.sift"_s);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const CliRun run = cli({u"pull"_s, m_url, existing});
    QCOMPARE(run.code(), 2);
    QCOMPARE(readAll(existing), QByteArray("keep me"));
}

void TestCliServer::newerServerSchemaRefused()
{
    const QString url = sift::test::PgServer::shared().createDatabase();
    QVERIFY(cli({u"-p"_s, url, u"init"_s}).code() == 0);
    const QString name = url.section(u'/', -1);
    QCOMPARE(
        sift::test::PgServer::shared().adminExec(name, u"UPDATE meta SET value = '99' WHERE key = 'user_version'"_s),
        QString());
    const CliRun run = cli({u"-p"_s, url, u"list"_s});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(u"was made by a newer version of Sift (project format 99"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"It was left untouched."_s), qPrintable(run.err));
}

void TestCliServer::killedImportLeavesServerWhole()
{
    const QString url = sift::test::PgServer::shared().createDatabase();
    QVERIFY(cli({u"-p"_s, url, u"init"_s}).code() == 0);
    // 1,500 files of 4 articles: the importer commits every 256 files, so a kill lands between commits.
    QTemporaryDir input;
    constexpr int kFiles = 1500;
    constexpr int kPerFile = 4;
    for (int f = 0; f < kFiles; ++f) {
        QFile out(input.filePath(u"batch%1.jsonl"_s.arg(f, 4, 10, QLatin1Char('0'))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int a = 0; a < kPerFile; ++a)
            out.write(QJsonDocument(QJsonObject{{u"title"_s, u"Report %1 of file %2"_s.arg(a).arg(f)},
                                                {u"body"_s, u"Shelling was reported near post %1-%2."_s.arg(f).arg(a)}})
                          .toJson(QJsonDocument::Compact) +
                      '\n');
    }
    Database watch;
    QCOMPARE(watch.open(url), QString());
    QProcess import;
    import.start(QStringLiteral(SIFT_CLI), {u"-p"_s, url, u"import"_s, input.path()});
    QVERIFY(import.waitForStarted());
    // Kill as soon as the first batch is committed: the import is then surely in the middle.
    QTRY_VERIFY_WITH_TIMEOUT(watch.scalar("SELECT count(*) FROM article") > 0 || import.state() == QProcess::NotRunning,
                             60000);
    const bool killedMidway = import.state() == QProcess::Running;
    import.kill(); // SIGKILL
    import.waitForFinished();
    QVERIFY2(killedMidway, "the import finished before it could be killed: give it more files");
    const qint64 stored = watch.scalar("SELECT count(*) FROM article");
    QVERIFY(stored > 0 && stored < kFiles * kPerFile);
    // Whole files only: every file is there with all its articles or not at all.
    QCOMPARE(watch.scalar("SELECT count(*) FROM (SELECT source_file FROM article GROUP BY source_file "
                          "HAVING count(*) <> 4) AS partial"),
             qint64(0));
    CliRun run = cli({u"-p"_s, url, u"check"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    // Importing again finishes the job without a duplicate: the uid constraint decides.
    run = cli({u"-p"_s, url, u"import"_s, input.path()});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    QCOMPARE(watch.scalar("SELECT count(*) FROM article"), qint64(kFiles * kPerFile));
    QCOMPARE(watch.scalar("SELECT count(DISTINCT uid) FROM article"), qint64(kFiles * kPerFile));
}

void TestCliServer::concurrentEditsLoseNothing()
{
    // 8 client processes x 500 edits of the same 10 claims' rationale on one server. Every edit a client was told
    // succeeded is in the history, every other one was refused with a message; per claim the history is one chain
    // (each edit's old value is the previous edit's new one: nothing was overwritten unseen), the claim holds the
    // chain's last value and names its author; check passes.
    constexpr int clients = 8;
    constexpr int edits = 500;
    constexpr int claimCount = 10;
    const QString url = sift::test::PgServer::shared().createDatabase();
    QVERIFY(!url.isEmpty());
    QVERIFY(cli({u"-p"_s, url, u"init"_s}).code() == 0);
    const QString input = file(u"desk.txt"_s);
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Shelling near the river\n\nResidents said the shelling began at dawn and lasted until noon.\n");
    f.close();
    CliRun run = cli({u"-p"_s, url, u"import"_s, input});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    QStringList claimIds;
    for (int i = 0; i < claimCount; ++i) {
        run = cli({u"-p"_s, url, u"claim"_s, u"add"_s, u"--article"_s, u"1"_s, u"--quote"_s, u"the shelling"_s});
        QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    }
    {
        Database db;
        QCOMPARE(db.open(url), QString());
        sift::Statement st(db, "SELECT id FROM claim ORDER BY id");
        while (st.step())
            claimIds << QString::number(st.integer(0));
    }
    QCOMPARE(claimIds.size(), claimCount);

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int c = 0; c < clients; ++c) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(SIFT_EDIT_CLIENT));
        p->setArguments({url, QString::number(c), QString::number(edits), claimIds.join(u',')});
        p->start();
        processes.push_back(std::move(p));
    }
    QSet<QString> acknowledged;
    QHash<QString, QString> ackClaim; // value -> claim
    int refused = 0;
    for (int c = 0; c < clients; ++c) {
        QProcess &p = *processes.at(c);
        QVERIFY2(p.waitForFinished(600000), "a client did not finish");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), edits);
        for (const QString &line : lines) {
            const QStringList parts = line.split(u'\t');
            if (parts.value(0) == u"ok") {
                QCOMPARE(parts.size(), 3);
                acknowledged.insert(parts.at(2));
                ackClaim.insert(parts.at(2), parts.at(1));
            } else {
                QCOMPARE(parts.value(0), u"refused"_s);
                QVERIFY2(parts.value(3).contains(u"was changed by client"_s), qPrintable(line));
                ++refused;
            }
        }
    }
    QCOMPARE(int(acknowledged.size()) + refused, clients * edits);
    qInfo("%d edits acknowledged, %d refused as conflicts", int(acknowledged.size()), refused);

    Database db;
    QCOMPARE(db.open(url), QString());
    QSet<QString> inHistory;
    for (const QString &claim : std::as_const(claimIds)) {
        sift::Statement history(db, "SELECT old_value, new_value, user FROM history "
                                    "WHERE table_name = 'claim' AND field = 'rationale' AND row_id = ? ORDER BY id");
        history.bind(1, claim.toLongLong());
        QString previous; // a new claim's rationale is empty
        QString lastUser;
        while (history.step()) {
            QCOMPARE(history.text(0), previous);
            previous = history.text(1);
            lastUser = history.text(2);
            QVERIFY2(!inHistory.contains(previous), qPrintable(previous));
            inHistory.insert(previous);
            QCOMPARE(ackClaim.value(previous), claim);
        }
        sift::Statement now(db, "SELECT rationale, updated_by FROM claim WHERE id = ?");
        now.bind(1, claim.toLongLong());
        QVERIFY(now.step());
        QCOMPARE(now.text(0), previous);
        QCOMPARE(now.text(1), lastUser);
    }
    QCOMPARE(inHistory, acknowledged);
    run = cli({u"-p"_s, url, u"check"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
}

// The saved original of a fetched page is evidence: push and pull carry its exact bytes (a BLOB in the file, bytea
// on the server), and a damaged copy is refused rather than saved as if it were the page.
void TestCliServer::webOriginalSurvivesPushAndPull()
{
    sift::test::TestHttpServer http;
    // Latin-1 bytes and a NUL-free binary tail: a BLOB read back as text would not survive.
    QByteArray page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 talks</title></head><body><article>"
                      "<h1>Caf\xe9 talks resume in Dovra</h1>";
    for (int i = 0; i < 12; ++i)
        page += "<p>Negotiators met again on Tuesday, officials said, after a week of delays and strikes.</p>";
    page += "</article></body></html>";
    http.setText(u"/page.html"_s, page, "text/html; charset=iso-8859-1");

    const QString project = file(u"web.sift"_s);
    CliRun run = cli({u"-p"_s, project, u"init"_s});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    run = cli({u"-p"_s, project, u"import"_s, http.url(u"/page.html"_s)});
    QVERIFY2(run.code() == 0, qPrintable(run.err + run.out));
    const QString url = sift::test::PgServer::shared().createDatabase();
    QVERIFY(!url.isEmpty());
    run = cli({u"push"_s, project, url});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    const QString snapshot = file(u"web-snapshot.sift"_s);
    run = cli({u"pull"_s, url, snapshot});
    QVERIFY2(run.code() == 0, qPrintable(run.err));

    for (const QString &location : {project, url, snapshot}) {
        const QString saved =
            file(u"original-%1.html"_s.arg(location == url ? u"server"_s : QFileInfo(location).baseName()));
        run = cli({u"-p"_s, location, u"source"_s, u"1"_s, u"--save"_s, saved});
        QVERIFY2(run.code() == 0, qPrintable(location + u": "_s + run.err));
        QCOMPARE(readAll(saved), page);
    }

    // Damage the stored bytes behind Sift's back: saving the original is refused and writes nothing.
    {
        Database db;
        QVERIFY(db.open(url).isEmpty());
        sift::Statement st(db, "UPDATE web_capture SET raw = ?");
        st.bindBlob(1, qCompress(QByteArray("not the page that was fetched")));
        st.exec();
    }
    const QString refused = file(u"refused.html"_s);
    run = cli({u"-p"_s, url, u"source"_s, u"1"_s, u"--save"_s, refused});
    QVERIFY(run.code() != 0);
    QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(refused));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
