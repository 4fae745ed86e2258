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

const QString kKremlinQuote = QStringLiteral("could neither confirm nor deny");
const QString kAzerbaijanQuote =
    QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area");
const QString kArmeniaQuote = QStringLiteral("the statement from Azerbaijan was untrue");

} // namespace

/// Claim and article edits through the real sift-cli binary, on a fresh project per test.
class TestCliClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAnchorsQuoteAndEntities();
    void addPrintsJson();
    void quoteNotInArticleIsRefused();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void setChangesStatusAndCredibility();
    void setClearsClaimantAndRefusesBadStatus();
    void linkAndUnlink();
    void deleteClaim();
    void listByArticle();
    void articleSetPublished();
    void articleSetAcceptsWrittenDates();
    void articleSetRefusesBadDate();
    void emojiAndArabicUseCodePoints();

private:
    CliRun cli(const QStringList &args);
    QJsonValue json(const QStringList &args);
    qint64 articleId(const QString &titleStart);
    QJsonObject article(qint64 id);
    int claimCount();
    qint64 addClaim(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    qint64 m_kremlin = 0;
    qint64 m_azerbaijan = 0;
};

CliRun TestCliClaims::cli(const QStringList &args)
{
    return CliRunner(QStringLiteral(SIFT_CLI)).run(QStringList{QStringLiteral("-p"), m_project} + args, 60000);
}

QJsonValue TestCliClaims::json(const QStringList &args)
{
    const CliRun run = cli(args + QStringList{QStringLiteral("--json")});
    if (run.code() != 0)
        qWarning("sift-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(run.err));
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

qint64 TestCliClaims::articleId(const QString &titleStart)
{
    for (const QJsonValue &a : json({QStringLiteral("list")}).toArray()) {
        if (a[QStringLiteral("title")].toString().startsWith(titleStart))
            return a[QStringLiteral("id")].toInteger();
    }
    return 0;
}

QJsonObject TestCliClaims::article(qint64 id)
{
    return json({QStringLiteral("show"), QString::number(id)}).toObject();
}

int TestCliClaims::claimCount()
{
    return json({QStringLiteral("stats")})[QStringLiteral("claims")].toInt(-1);
}

qint64 TestCliClaims::addClaim(const QStringList &args)
{
    const CliRun run = cli(QStringList{QStringLiteral("claim"), QStringLiteral("add")} + args);
    if (run.code() != 0) {
        qWarning("claim add failed: %s", qPrintable(run.err));
        return 0;
    }
    return run.out.trimmed().toLongLong();
}

void TestCliClaims::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("claims.sift"));
    const CliRun run =
        cli({QStringLiteral("import"), sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    m_kremlin = articleId(QStringLiteral("Kremlin Neither Confirms"));
    m_azerbaijan = articleId(QStringLiteral("Azerbaijan Says Armenia"));
    QVERIFY(m_kremlin > 0);
    QVERIFY(m_azerbaijan > 0);
}

void TestCliClaims::cleanup()
{
    m_dir.reset();
}

void TestCliClaims::addAnchorsQuoteAndEntities()
{
    const qint64 id =
        addClaim({QStringLiteral("--article"), QString::number(m_kremlin), QStringLiteral("--quote"), kKremlinQuote,
                  QStringLiteral("--claimant"), QStringLiteral("Dmitry Peskov"), QStringLiteral("--reported-by"),
                  QStringLiteral("Reuters"), QStringLiteral("--stance"), QStringLiteral("neither-confirms-nor-denies"),
                  QStringLiteral("--status"), QStringLiteral("Unconfirmed")});
    QVERIFY(id > 0);

    const QJsonObject shown = article(m_kremlin);
    const QJsonArray claims = shown[QStringLiteral("claims")].toArray();
    QCOMPARE(claims.size(), 1);
    const QJsonObject c = claims.first().toObject();
    QCOMPARE(c[QStringLiteral("id")].toInteger(), id);
    const QList<uint> body = shown[QStringLiteral("body")].toString().toUcs4();
    const qint64 start = c[QStringLiteral("start")].toInteger();
    const qint64 end = c[QStringLiteral("end")].toInteger();
    QVERIFY(start >= 0 && end > start && end <= body.size());
    QCOMPARE(body.mid(start, end - start), kKremlinQuote.toUcs4());
    QCOMPARE(c[QStringLiteral("quote")].toString(), kKremlinQuote);
    QCOMPARE(c[QStringLiteral("claimant")].toString(), QStringLiteral("Dmitry Peskov"));
    QCOMPARE(c[QStringLiteral("reported_by")].toString(), QStringLiteral("Reuters"));
    QCOMPARE(c[QStringLiteral("stance")].toString(), QStringLiteral("neither confirms nor denies"));
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("Unconfirmed"));
    QVERIFY(c[QStringLiteral("credibility")].isNull());
    QVERIFY(c.contains(QStringLiteral("statement")));
    QVERIFY(c.contains(QStringLiteral("note")));
}

void TestCliClaims::addPrintsJson()
{
    const CliRun run =
        cli({QStringLiteral("claim"), QStringLiteral("add"), QStringLiteral("--article"), QString::number(m_kremlin),
             QStringLiteral("--quote"), QStringLiteral("Peskov"), QStringLiteral("--occurrence"), QStringLiteral("2"),
             QStringLiteral("--status"), QStringLiteral("verified"), QStringLiteral("--credibility"),
             QStringLiteral("3"), QStringLiteral("--statement"), QStringLiteral("Peskov spoke to reporters"),
             QStringLiteral("--note"), QStringLiteral("second mention"), QStringLiteral("--json")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    const QJsonObject c = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(c[QStringLiteral("id")].toInteger() > 0);
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("Verified"));
    QCOMPARE(c[QStringLiteral("credibility")].toInt(), 3);
    QCOMPARE(c[QStringLiteral("statement")].toString(), QStringLiteral("Peskov spoke to reporters"));
    QCOMPARE(c[QStringLiteral("note")].toString(), QStringLiteral("second mention"));
    QCOMPARE(c[QStringLiteral("stance")].toString(), QStringLiteral("asserts"));

    // The second "Peskov" of the body, not the first.
    const QString body = article(m_kremlin)[QStringLiteral("body")].toString();
    const qsizetype second = body.indexOf(QStringLiteral("Peskov"), body.indexOf(QStringLiteral("Peskov")) + 1);
    QVERIFY(second > 0);
    QCOMPARE(c[QStringLiteral("start")].toInteger(), qint64(body.left(second).toUcs4().size()));
}

void TestCliClaims::quoteNotInArticleIsRefused()
{
    const int before = claimCount();
    // Present in the Kremlin article, absent from the Azerbaijan one.
    const CliRun run = cli({QStringLiteral("claim"), QStringLiteral("add"), QStringLiteral("--article"),
                            QString::number(m_azerbaijan), QStringLiteral("--quote"), kKremlinQuote});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(QStringLiteral("quote not found in article %1").arg(m_azerbaijan)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(claimCount(), before);
    QVERIFY(article(m_azerbaijan)[QStringLiteral("claims")].toArray().isEmpty());
}

void TestCliClaims::badValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("--status"), QStringLiteral("Maybe")}
                                    << QStringLiteral("Unconfirmed");
    QTest::newRow("unknown stance") << QStringList{QStringLiteral("--stance"), QStringLiteral("shrugs")}
                                    << QStringLiteral("neither confirms nor denies");
    QTest::newRow("credibility 9") << QStringList{QStringLiteral("--credibility"), QStringLiteral("9")}
                                   << QStringLiteral("credibility");
    QTest::newRow("credibility not a number")
        << QStringList{QStringLiteral("--credibility"), QStringLiteral("high")} << QStringLiteral("credibility");
    QTest::newRow("missing occurrence") << QStringList{QStringLiteral("--occurrence"), QStringLiteral("2")}
                                        << QStringLiteral("occurrence 2");
    QTest::newRow("occurrence zero") << QStringList{QStringLiteral("--occurrence"), QStringLiteral("0")}
                                     << QStringLiteral("--occurrence");
}

void TestCliClaims::badValuesAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const int before = claimCount();
    const CliRun run = cli(QStringList{QStringLiteral("claim"), QStringLiteral("add"), QStringLiteral("--article"),
                                       QString::number(m_kremlin), QStringLiteral("--quote"), kKremlinQuote} +
                           options);
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(claimCount(), before);
}

void TestCliClaims::setChangesStatusAndCredibility()
{
    const qint64 id =
        addClaim({QStringLiteral("--article"), QString::number(m_kremlin), QStringLiteral("--quote"), kKremlinQuote});
    QVERIFY(id > 0);
    const CliRun run = cli({QStringLiteral("claim"), QStringLiteral("set"), QString::number(id),
                            QStringLiteral("--status"), QStringLiteral("disputed"), QStringLiteral("--credibility"),
                            QStringLiteral("4"), QStringLiteral("--stance"), QStringLiteral("denies"),
                            QStringLiteral("--tags"), QStringLiteral("phone call, kremlin"),
                            QStringLiteral("--evidence"), QStringLiteral("https://a.example,https://b.example"),
                            QStringLiteral("--rationale"), QStringLiteral("no second source")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    const QJsonObject c = article(m_kremlin)[QStringLiteral("claims")].toArray().first().toObject();
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("Disputed"));
    QCOMPARE(c[QStringLiteral("credibility")].toInt(), 4);
    QCOMPARE(c[QStringLiteral("stance")].toString(), QStringLiteral("denies"));
    QCOMPARE(c[QStringLiteral("rationale")].toString(), QStringLiteral("no second source"));
    QCOMPARE(c[QStringLiteral("evidence")].toArray().size(), 2);
    QStringList tags;
    for (const QJsonValue &t : c[QStringLiteral("tags")].toArray())
        tags << t.toString();
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("kremlin"), QStringLiteral("phone call")}));
}

void TestCliClaims::setClearsClaimantAndRefusesBadStatus()
{
    const qint64 id = addClaim({QStringLiteral("--article"), QString::number(m_kremlin), QStringLiteral("--quote"),
                                kKremlinQuote, QStringLiteral("--claimant"), QStringLiteral("Dmitry Peskov"),
                                QStringLiteral("--status"), QStringLiteral("Unconfirmed")});
    QVERIFY(id > 0);
    const QString claimId = QString::number(id);

    CliRun run = cli({QStringLiteral("claim"), QStringLiteral("set"), claimId});
    QCOMPARE(run.code(), 2);

    // A bad value anywhere changes nothing, not even the valid options given with it.
    run = cli({QStringLiteral("claim"), QStringLiteral("set"), claimId, QStringLiteral("--statement"),
               QStringLiteral("changed"), QStringLiteral("--status"), QStringLiteral("Maybe")});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(QStringLiteral("Unconfirmed")), qPrintable(run.err));
    run = cli({QStringLiteral("claim"), QStringLiteral("set"), claimId, QStringLiteral("--credibility"),
               QStringLiteral("9")});
    QCOMPARE(run.code(), 2);
    QJsonObject c = article(m_kremlin)[QStringLiteral("claims")].toArray().first().toObject();
    QCOMPARE(c[QStringLiteral("statement")].toString(), QString());
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("Unconfirmed"));

    run = cli({QStringLiteral("claim"), QStringLiteral("set"), claimId, QStringLiteral("--claimant"), QString(),
               QStringLiteral("--reported-by"), QStringLiteral("Associated Press")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    c = article(m_kremlin)[QStringLiteral("claims")].toArray().first().toObject();
    QVERIFY(c[QStringLiteral("claimant")].isNull());
    QCOMPARE(c[QStringLiteral("reported_by")].toString(), QStringLiteral("Associated Press"));

    run = cli({QStringLiteral("claim"), QStringLiteral("set"), QStringLiteral("999"), QStringLiteral("--note"),
               QStringLiteral("x")});
    QCOMPARE(run.code(), 2);
}

void TestCliClaims::linkAndUnlink()
{
    const qint64 azerbaijan =
        addClaim({QStringLiteral("--article"), QString::number(m_azerbaijan), QStringLiteral("--quote"),
                  kAzerbaijanQuote, QStringLiteral("--claimant"), QStringLiteral("Azerbaijan defense ministry")});
    const qint64 armenia =
        addClaim({QStringLiteral("--article"), QString::number(m_azerbaijan), QStringLiteral("--quote"), kArmeniaQuote,
                  QStringLiteral("--claimant"), QStringLiteral("Armenia defense ministry"), QStringLiteral("--stance"),
                  QStringLiteral("denies")});
    QVERIFY(azerbaijan > 0);
    QVERIFY(armenia > 0);

    CliRun run = cli({QStringLiteral("claim"), QStringLiteral("link"), QString::number(armenia),
                      QString::number(azerbaijan), QStringLiteral("--relation"), QStringLiteral("contradicts")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    const qint64 linkId = run.out.trimmed().toLongLong();
    QVERIFY(linkId > 0);

    const QJsonArray claims = json({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--article"),
                                    QString::number(m_azerbaijan)})
                                  .toArray();
    QCOMPARE(claims.size(), 2);
    for (const QJsonValue &c : claims) {
        const QJsonArray links = c[QStringLiteral("links")].toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first()[QStringLiteral("id")].toInteger(), linkId);
        QCOMPARE(links.first()[QStringLiteral("from")].toInteger(), armenia);
        QCOMPARE(links.first()[QStringLiteral("to")].toInteger(), azerbaijan);
        QCOMPARE(links.first()[QStringLiteral("relation")].toString(), QStringLiteral("contradicts"));
    }

    // The same link twice, a claim with itself, and an unknown relation are refused.
    run = cli({QStringLiteral("claim"), QStringLiteral("link"), QString::number(armenia), QString::number(azerbaijan),
               QStringLiteral("--relation"), QStringLiteral("contradicts")});
    QCOMPARE(run.code(), 2);
    run = cli({QStringLiteral("claim"), QStringLiteral("link"), QString::number(armenia), QString::number(armenia),
               QStringLiteral("--relation"), QStringLiteral("supports")});
    QCOMPARE(run.code(), 2);
    run = cli({QStringLiteral("claim"), QStringLiteral("link"), QString::number(armenia), QString::number(azerbaijan),
               QStringLiteral("--relation"), QStringLiteral("refutes")});
    QCOMPARE(run.code(), 2);

    run = cli({QStringLiteral("claim"), QStringLiteral("unlink"), QString::number(linkId)});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed().toLongLong(), linkId);
    const QJsonArray after = json({QStringLiteral("claim"), QStringLiteral("list")}).toArray();
    for (const QJsonValue &c : after)
        QVERIFY(c[QStringLiteral("links")].toArray().isEmpty());
    run = cli({QStringLiteral("claim"), QStringLiteral("unlink"), QString::number(linkId)});
    QCOMPARE(run.code(), 2);
}

void TestCliClaims::deleteClaim()
{
    const qint64 id =
        addClaim({QStringLiteral("--article"), QString::number(m_kremlin), QStringLiteral("--quote"), kKremlinQuote});
    QVERIFY(id > 0);
    QCOMPARE(claimCount(), 1);
    CliRun run = cli({QStringLiteral("claim"), QStringLiteral("delete"), QString::number(id)});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    QCOMPARE(claimCount(), 0);
    run = cli({QStringLiteral("claim"), QStringLiteral("delete"), QString::number(id)});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(QString::number(id)), qPrintable(run.err));
}

void TestCliClaims::listByArticle()
{
    QVERIFY(addClaim({QStringLiteral("--article"), QString::number(m_kremlin), QStringLiteral("--quote"),
                      kKremlinQuote}) > 0);
    QVERIFY(addClaim({QStringLiteral("--article"), QString::number(m_azerbaijan), QStringLiteral("--quote"),
                      kArmeniaQuote}) > 0);
    QCOMPARE(json({QStringLiteral("claim"), QStringLiteral("list")}).toArray().size(), 2);
    const QJsonArray kremlin =
        json({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--article"), QString::number(m_kremlin)})
            .toArray();
    QCOMPARE(kremlin.size(), 1);
    QCOMPARE(kremlin.first()[QStringLiteral("quote")].toString(), kKremlinQuote);
    QCOMPARE(kremlin.first()[QStringLiteral("article_id")].toInteger(), m_kremlin);

    const CliRun text = cli({QStringLiteral("claim"), QStringLiteral("list")});
    QCOMPARE(text.code(), 0);
    QCOMPARE(text.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(text.out.contains(kArmeniaQuote));
}

void TestCliClaims::articleSetPublished()
{
    const CliRun run = cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_azerbaijan),
                            QStringLiteral("--published"), QStringLiteral("2025-03-16"), QStringLiteral("--outlet"),
                            QStringLiteral("Asharq Al-Awsat"), QStringLiteral("--state"), QStringLiteral("in review")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    bool found = false;
    for (const QJsonValue &a : json({QStringLiteral("list")}).toArray()) {
        if (a[QStringLiteral("id")].toInteger() != m_azerbaijan)
            continue;
        found = true;
        QCOMPARE(a[QStringLiteral("published")].toString(), QStringLiteral("2025-03-16"));
        QCOMPARE(a[QStringLiteral("outlet")].toString(), QStringLiteral("Asharq Al-Awsat"));
        QCOMPARE(a[QStringLiteral("review_state")].toString(), QStringLiteral("in review"));
    }
    QVERIFY(found);

    // "unknown" clears the date again.
    QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_azerbaijan),
                  QStringLiteral("--published"), QStringLiteral("unknown")})
                 .code(),
             0);
    QVERIFY(article(m_azerbaijan)[QStringLiteral("published")].isNull());
}

void TestCliClaims::articleSetAcceptsWrittenDates()
{
    CliRun run = cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_kremlin),
                      QStringLiteral("--published"), QStringLiteral("Dec. 26, 2024")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    QCOMPARE(article(m_kremlin)[QStringLiteral("published")].toString(), QStringLiteral("2024-12-26"));
    run = cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_kremlin),
               QStringLiteral("--published"), QStringLiteral("2025-03")});
    QVERIFY2(run.code() == 0, qPrintable(run.err));
    const QJsonObject a = article(m_kremlin);
    QCOMPARE(a[QStringLiteral("published")].toString(), QStringLiteral("2025-03"));
    QCOMPARE(a[QStringLiteral("date_precision")].toString(), QStringLiteral("month"));
}

void TestCliClaims::articleSetRefusesBadDate()
{
    QCOMPARE(cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_azerbaijan),
                  QStringLiteral("--published"), QStringLiteral("2025-03-16")})
                 .code(),
             0);
    // The valid outlet given alongside is not written either.
    CliRun run = cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_azerbaijan),
                      QStringLiteral("--published"), QStringLiteral("not a date"), QStringLiteral("--outlet"),
                      QStringLiteral("Elsewhere")});
    QCOMPARE(run.code(), 2);
    QVERIFY2(run.err.contains(QStringLiteral("not a date")), qPrintable(run.err));
    QJsonObject a = article(m_azerbaijan);
    QCOMPARE(a[QStringLiteral("published")].toString(), QStringLiteral("2025-03-16"));
    QCOMPARE(a[QStringLiteral("outlet")].toString(), QString());

    run = cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_azerbaijan),
               QStringLiteral("--state"), QStringLiteral("finished")});
    QCOMPARE(run.code(), 2);
    run = cli({QStringLiteral("article"), QStringLiteral("set"), QString::number(m_azerbaijan),
               QStringLiteral("--title"), QString()});
    QCOMPARE(run.code(), 2);
    run = cli({QStringLiteral("article"), QStringLiteral("set"), QStringLiteral("999"), QStringLiteral("--notes"),
               QStringLiteral("x")});
    QCOMPARE(run.code(), 2);
    a = article(m_azerbaijan);
    QCOMPARE(a[QStringLiteral("review_state")].toString(), QStringLiteral("new"));
    QVERIFY(a[QStringLiteral("title")].toString().startsWith(QStringLiteral("Azerbaijan Says Armenia")));
}

void TestCliClaims::emojiAndArabicUseCodePoints()
{
    const QString quote = QStringLiteral("لم نطلق النار");
    const QString path = m_dir->filePath(QStringLiteral("emoji-arabic.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Border statement 🔥\n\n"
                               "🔥🚒🙏 The ministry said on Sunday: «%1» and nothing more 😀.\n\n"
                               "A second paragraph 🎉 repeats it: %1.\n")
                    .arg(quote)
                    .toUtf8());
    }
    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("text"), path});
    QVERIFY2(imported.code() == 0, qPrintable(imported.err));
    const qint64 articleId = this->articleId(QStringLiteral("Border statement"));
    QVERIFY(articleId > 0);

    for (int occurrence : {1, 2}) {
        const qint64 id = addClaim({QStringLiteral("--article"), QString::number(articleId), QStringLiteral("--quote"),
                                    quote, QStringLiteral("--occurrence"), QString::number(occurrence),
                                    QStringLiteral("--claimant"), QStringLiteral("وزارة الدفاع")});
        QVERIFY(id > 0);
    }
    const QJsonObject shown = article(articleId);
    const QString body = shown[QStringLiteral("body")].toString();
    const QList<uint> codePoints = body.toUcs4();
    QVERIFY(codePoints.size() < body.size()); // the emoji really are outside the BMP
    const QJsonArray claims = shown[QStringLiteral("claims")].toArray();
    QCOMPARE(claims.size(), 2);
    qsizetype utf16From = 0;
    for (const QJsonValue &c : claims) {
        const qint64 start = c[QStringLiteral("start")].toInteger();
        const qint64 end = c[QStringLiteral("end")].toInteger();
        QCOMPARE(end - start, qint64(quote.size())); // Arabic is in the BMP: one unit per code point
        QCOMPARE(codePoints.mid(start, end - start), quote.toUcs4());
        const qsizetype utf16Start = body.indexOf(quote, utf16From);
        QVERIFY(utf16Start > 0);
        QCOMPARE(start, qint64(body.left(utf16Start).toUcs4().size()));
        QVERIFY(start < utf16Start); // not UTF-16 units
        utf16From = utf16Start + 1;
        QCOMPARE(c[QStringLiteral("quote")].toString(), quote);
        QCOMPARE(c[QStringLiteral("claimant")].toString(), QStringLiteral("وزارة الدفاع"));
    }
}

QTEST_GUILESS_MAIN(TestCliClaims)
#include "tst_cliclaims.moc"
