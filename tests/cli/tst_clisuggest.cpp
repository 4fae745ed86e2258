#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

/// sift-cli suggest through the real binary: the JSON fields, filters, --accept with --min-confidence.
class TestCliSuggest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jsonHasTheFields();
    void articleFilter();
    void acceptRecordsClaims();
    void badArguments_data();
    void badArguments();

private:
    CliRun cli(const QStringList &args);
    QJsonArray json(const QStringList &args);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

CliRun TestCliSuggest::cli(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(SIFT_CLI));
    process.setArguments(QStringList{QStringLiteral("-p"), m_project} + args);
    process.start();
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonArray TestCliSuggest::json(const QStringList &args)
{
    const CliRun run = cli(args + QStringList{QStringLiteral("--json")});
    if (run.code != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCliSuggest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("s.sift"));
    QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    QCOMPARE(cli({QStringLiteral("import"), sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))}).code,
             0);
}

void TestCliSuggest::cleanup()
{
    m_dir.reset();
}

void TestCliSuggest::jsonHasTheFields()
{
    const QJsonArray list = json({QStringLiteral("suggest")});
    QVERIFY(list.size() >= 8);
    QJsonObject denial;
    QJsonObject verify;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"article_id", "start", "end", "quote", "cue", "speaker", "entity", "reported_by",
                                "stance", "status", "confidence", "rule"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o[QStringLiteral("end")].toInteger() > o[QStringLiteral("start")].toInteger());
        QVERIFY(o[QStringLiteral("cue")].toObject().contains(QStringLiteral("text")));
        if (o[QStringLiteral("quote")].toString() == u"the statement from Azerbaijan was untrue")
            denial = o;
        if (o[QStringLiteral("quote")].toString() == u"the situation in the area")
            verify = o;
    }
    QCOMPARE(denial[QStringLiteral("stance")].toString(), QStringLiteral("denies"));
    QCOMPARE(denial[QStringLiteral("status")].toString(), QStringLiteral("Disputed"));
    QCOMPARE(denial[QStringLiteral("speaker")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("Armenia's defense ministry"));
    QCOMPARE(denial[QStringLiteral("cue")].toObject()[QStringLiteral("text")].toString(), QStringLiteral("said"));
    QVERIFY(denial[QStringLiteral("contradicts")].isObject());
    QCOMPARE(verify[QStringLiteral("status")].toString(), QStringLiteral("Cannot be verified"));
    QCOMPARE(verify[QStringLiteral("reported_by")].toString(), QStringLiteral("Reuters"));
}

void TestCliSuggest::articleFilter()
{
    const QJsonArray all = json({QStringLiteral("suggest")});
    const QJsonArray one = json({QStringLiteral("suggest"), QStringLiteral("--article"), QStringLiteral("2")});
    QVERIFY(!one.isEmpty());
    QVERIFY(one.size() < all.size());
    for (const QJsonValue &v : one)
        QCOMPARE(v.toObject()[QStringLiteral("article_id")].toInteger(), 2);
}

void TestCliSuggest::acceptRecordsClaims()
{
    const QJsonArray confident =
        json({QStringLiteral("suggest"), QStringLiteral("--min-confidence"), QStringLiteral("0.8")});
    QVERIFY(!confident.isEmpty());
    for (const QJsonValue &v : confident)
        QVERIFY(v.toObject()[QStringLiteral("confidence")].toDouble() >= 0.8);
    const CliRun run = cli({QStringLiteral("suggest"), QStringLiteral("--accept"), QStringLiteral("--min-confidence"),
                            QStringLiteral("0.8")});
    QCOMPARE(run.code, 0);
    const CliRun claims = cli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray recorded = QJsonDocument::fromJson(claims.out.toUtf8()).array();
    QCOMPARE(recorded.size(), confident.size());
    // Recorded ones are no longer suggested; the rest still are.
    const QJsonArray left = json({QStringLiteral("suggest")});
    for (const QJsonValue &v : left)
        QVERIFY(v.toObject()[QStringLiteral("confidence")].toDouble() < 0.8);
    QVERIFY(!left.isEmpty());
}

void TestCliSuggest::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("confidence above 1") << QStringList{QStringLiteral("--min-confidence"), QStringLiteral("2")};
    QTest::newRow("confidence not a number") << QStringList{QStringLiteral("--min-confidence"), QStringLiteral("x")};
    QTest::newRow("article not a number") << QStringList{QStringLiteral("--article"), QStringLiteral("abc")};
    QTest::newRow("no such article") << QStringList{QStringLiteral("--article"), QStringLiteral("99")};
}

void TestCliSuggest::badArguments()
{
    QFETCH(QStringList, args);
    const CliRun run = cli(QStringList{QStringLiteral("suggest")} + args);
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "tst_clisuggest.moc"
