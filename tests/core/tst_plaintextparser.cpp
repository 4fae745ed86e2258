#include "core/ingest/ArticleParser.h"
#include "core/ingest/PlainTextParser.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QTest>

using namespace sift;

class TestPlainTextParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOneArticle_data();
    void readsOneArticle();
    void tellsParagraphsFromHeadlines_data();
    void tellsParagraphsFromHeadlines();
    void readsArabicNewspaperText();
    void readsEveryNewspaperText();
};

void TestPlainTextParser::readsOneArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("warnings");

    QTest::newRow("title and paragraphs")
        << QStringLiteral("Port Strike Ends\n\nDock workers returned on Wednesday.\n\nUnions accepted the offer.")
        << QStringLiteral("strike.txt") << QStringLiteral("Port Strike Ends")
        << QStringLiteral("Dock workers returned on Wednesday.\n\nUnions accepted the offer.") << 0;
    QTest::newRow("leading blank lines, body right under title")
        << QStringLiteral("\n\n  Port   Strike Ends  \nDock workers returned.\nUnions agreed.\n\n\n\nLast.")
        << QStringLiteral("strike.txt") << QStringLiteral("Port Strike Ends")
        << QStringLiteral("Dock workers returned. Unions agreed.\n\nLast.") << 0;
    QTest::newRow("title only") << QStringLiteral("Just A Headline\n\n") << QStringLiteral("h.txt")
                                << QStringLiteral("Just A Headline") << QString() << 1;
    QTest::newRow("lede first: title from file name")
        << QStringLiteral("MUMBAI (Reuters) - The BSE Sensex and Nifty ended flat on Tuesday as weaker regional "
                          "shares offset optimism over reforms.\n\nSecond paragraph.")
        << QStringLiteral("/data/in/reuters.com1.txt") << QStringLiteral("reuters.com1")
        << QStringLiteral("MUMBAI (Reuters) - The BSE Sensex and Nifty ended flat on Tuesday as weaker regional "
                          "shares offset optimism over reforms.\n\nSecond paragraph.")
        << 1;
    QTest::newRow("lede first but no file name: first line stays the title")
        << QStringLiteral("MUMBAI (Reuters) - The BSE Sensex and Nifty ended flat on Tuesday as weaker regional "
                          "shares offset optimism over reforms.\n\nSecond paragraph.")
        << QString()
        << QStringLiteral("MUMBAI (Reuters) - The BSE Sensex and Nifty ended flat on Tuesday as weaker regional "
                          "shares offset optimism over reforms.")
        << QStringLiteral("Second paragraph.") << 0;
}

void TestPlainTextParser::readsOneArticle()
{
    QFETCH(QString, text);
    QFETCH(QString, fileName);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(int, warnings);

    const ParseResult result = PlainTextParser::parse(text, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.articles.first().title, title);
    QCOMPARE(result.articles.first().body, body);
    QCOMPARE(result.warnings.size(), warnings);
    QVERIFY(!result.articles.first().published.isValid());
    QVERIFY(result.articles.first().captions.isEmpty());
}

void TestPlainTextParser::tellsParagraphsFromHeadlines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("paragraph");

    QTest::newRow("headline") << QStringLiteral("Kremlin Neither Confirms Nor Denies Trump-Putin Phone Call") << false;
    QTest::newRow("question headline") << QStringLiteral("Will the Fed Blink?") << false;
    QTest::newRow("short sentence") << QStringLiteral("We should all do so well while under assault.") << false;
    QTest::newRow("lede sentence") << QStringLiteral("Azerbaijan on Sunday accused Armenian forces of shooting at "
                                                     "Azerbaijani positions from the southern Syunik province.")
                                   << true;
    QTest::newRow("lede ending in a quote")
        << QStringLiteral("\"We dodged a bullet,\" said Steve Cowan, a spokesman for the Pennsylvania Department of "
                          "Transportation.\u201D")
        << true;
    QTest::newRow("very long line") << QString(300, QLatin1Char('x')) << true;
}

void TestPlainTextParser::tellsParagraphsFromHeadlines()
{
    QFETCH(QString, line);
    QFETCH(bool, paragraph);
    QCOMPARE(PlainTextParser::looksLikeParagraph(line), paragraph);
}

void TestPlainTextParser::readsArabicNewspaperText()
{
    const QString path = test::sharedPath(QStringLiteral("corpora/news/newspaper3k-text/arabic.txt"));
    const QByteArray bytes = test::readFile(path);
    QVERIFY(!bytes.isEmpty());
    const ParseResult result = parseArticles(bytes, path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    const Article &article = result.articles.first();
    QCOMPARE(article.title, QStringLiteral("arabic"));
    QVERIFY(
        article.body.startsWith(QStringLiteral("\u062F\u0645\u0634\u0642\u060C \u0633\u0648\u0631\u064A\u0627 (CNN)")));
    const QString expected = QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C);
    QCOMPARE(article.body.split(QStringLiteral("\n\n")).size(),
             expected.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
    QCOMPARE(article.body, article.body.normalized(QString::NormalizationForm_C));
}

void TestPlainTextParser::readsEveryNewspaperText()
{
    const QDir dir(test::sharedPath(QStringLiteral("corpora/news/newspaper3k-text")));
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 40);
    for (const QString &file : files) {
        const QByteArray bytes = test::readFile(dir.filePath(file));
        const ParseResult result = parseArticles(bytes, file);
        QVERIFY2(result.ok(), qPrintable(file + QLatin1String(": ") + result.error));
        QVERIFY2(result.articles.size() == 1, qPrintable(file));
        const Article &article = result.articles.first();
        QVERIFY2(!article.title.isEmpty() && !article.body.isEmpty(), qPrintable(file));
        QVERIFY2(!article.body.contains(QLatin1String("\n\n\n")), qPrintable(file));
        const int nonEmptyLines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size();
        const bool titleFromFirstLine = article.title != QFileInfo(file).completeBaseName();
        QCOMPARE(article.body.split(QStringLiteral("\n\n")).size() + (titleFromFirstLine ? 1 : 0), nonEmptyLines);
    }
}

QTEST_GUILESS_MAIN(TestPlainTextParser)
#include "tst_plaintextparser.moc"
