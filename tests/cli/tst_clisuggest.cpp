#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using sift::test::CliRun;
using sift::test::CliRunner;

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
    void crossArticleContradicts();
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
    return CliRunner(QStringLiteral(SIFT_CLI)).run(QStringList{QStringLiteral("-p"), m_project} + args, 60000);
}

QJsonArray TestCliSuggest::json(const QStringList &args)
{
    const CliRun run = cli(args + QStringList{QStringLiteral("--json")});
    if (run.code() != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCliSuggest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("s.sift"));
    QCOMPARE(cli({QStringLiteral("init")}).code(), 0);
    QCOMPARE(
        cli({QStringLiteral("import"), sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))}).code(), 0);
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
    QCOMPARE(run.code(), 0);
    const CliRun claims = cli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray recorded = QJsonDocument::fromJson(claims.out.toUtf8()).array();
    QCOMPARE(recorded.size(), confident.size());
    // Recorded ones are no longer suggested; the rest still are.
    const QJsonArray left = json({QStringLiteral("suggest")});
    for (const QJsonValue &v : left)
        QVERIFY(v.toObject()[QStringLiteral("confidence")].toDouble() < 0.8);
    QVERIFY(!left.isEmpty());
}

void TestCliSuggest::crossArticleContradicts()
{
    // Article A records Baku's statement; article B, three days later, denies "the statement from Azerbaijan".
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("a.txt"), "Baku accuses Yerevan\n\nAzerbaijan's defense ministry said Armenian forces had "
                                   "opened fire on its positions from the Goris area.\n");
    write(QStringLiteral("b.txt"),
          "Yerevan answers Baku\n\nArmenia's defense ministry said the statement from Azerbaijan was untrue.\n");
    QCOMPARE(cli({QStringLiteral("import"), m_dir->filePath(QStringLiteral("a.txt"))}).code(), 0);
    QCOMPARE(cli({QStringLiteral("import"), m_dir->filePath(QStringLiteral("b.txt"))}).code(), 0);
    qint64 a = 0;
    qint64 b = 0;
    for (const QJsonValue &v : json({QStringLiteral("suggest")})) {
        const QJsonObject o = v.toObject();
        if (o[QStringLiteral("quote")].toString().startsWith(u"Armenian forces had opened fire on its positions"))
            a = o[QStringLiteral("article_id")].toInteger();
        if (o[QStringLiteral("quote")].toString() == u"the statement from Azerbaijan was untrue" &&
            o[QStringLiteral("contradicts")].isNull())
            b = o[QStringLiteral("article_id")].toInteger(); // no target yet: nothing recorded, no dates
    }
    QVERIFY(a && b && a != b);
    QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(a), QStringLiteral("--published"),
                  QStringLiteral("2024-11-17")})
                 .code(),
             0);
    QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(b), QStringLiteral("--published"),
                  QStringLiteral("2024-11-20")})
                 .code(),
             0);
    QCOMPARE(
        cli({QStringLiteral("suggest"), QStringLiteral("--article"), QString::number(a), QStringLiteral("--accept")})
            .code(),
        0);
    const auto claimsOf = [&](qint64 article) {
        QList<QJsonObject> out;
        const CliRun run = cli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            if (v.toObject()[QStringLiteral("article_id")].toInteger() == article)
                out << v.toObject();
        return out;
    };
    const QList<QJsonObject> recorded = claimsOf(a);
    QCOMPARE(recorded.size(), 1);
    const qint64 statement = recorded[0][QStringLiteral("id")].toInteger();

    const QJsonArray suggested = json({QStringLiteral("suggest"), QStringLiteral("--article"), QString::number(b)});
    QCOMPARE(suggested.size(), 1);
    const QJsonObject contradicts = suggested[0].toObject()[QStringLiteral("contradicts")].toObject();
    QCOMPARE(contradicts[QStringLiteral("article_id")].toInteger(), a);
    QCOMPARE(contradicts[QStringLiteral("claim_id")].toInteger(), statement);
    QVERIFY(contradicts[QStringLiteral("quote")].toString().startsWith(u"Armenian forces had opened fire"));
    QCOMPARE(suggested[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("Disputed"));

    QCOMPARE(
        cli({QStringLiteral("suggest"), QStringLiteral("--article"), QString::number(b), QStringLiteral("--accept")})
            .code(),
        0);
    const QList<QJsonObject> denial = claimsOf(b);
    QCOMPARE(denial.size(), 1);
    QCOMPARE(denial[0][QStringLiteral("status")].toString(), QStringLiteral("Disputed"));
    QCOMPARE(claimsOf(a)[0][QStringLiteral("status")].toString(), QStringLiteral("Disputed"));
    const QJsonArray links = denial[0][QStringLiteral("links")].toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].toObject()[QStringLiteral("from")].toInteger(), denial[0][QStringLiteral("id")].toInteger());
    QCOMPARE(links[0].toObject()[QStringLiteral("to")].toInteger(), statement);
    QCOMPARE(links[0].toObject()[QStringLiteral("relation")].toString(), QStringLiteral("contradicts"));
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
    QCOMPARE(run.code(), 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "tst_clisuggest.moc"
