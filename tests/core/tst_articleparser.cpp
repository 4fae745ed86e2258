#include "core/ingest/ArticleParser.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace sift;

class TestArticleParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatKeysRoundTrip_data();
    void formatKeysRoundTrip();
    void acceptsFormatKeyVariants_data();
    void acceptsFormatKeyVariants();
    void parsesFieldMap_data();
    void parsesFieldMap();
    void refusesBadFieldMap_data();
    void refusesBadFieldMap();
    void parsesDataFiles_data();
    void parsesDataFiles();
    void readsUtf16File();
    void readsWindows1252File();
    void forcedFormatOverridesDetection();
    void ignoresFieldMapForText();
    void capsWarnings();
};

void TestArticleParser::formatKeysRoundTrip_data()
{
    QTest::addColumn<InputFormat>("format");
    QTest::addColumn<QString>("key");

    QTest::newRow("auto") << InputFormat::Auto << QStringLiteral("auto");
    QTest::newRow("scraped") << InputFormat::Scraped << QStringLiteral("scraped");
    QTest::newRow("text") << InputFormat::Text << QStringLiteral("text");
    QTest::newRow("json") << InputFormat::Json << QStringLiteral("json");
    QTest::newRow("csv") << InputFormat::Csv << QStringLiteral("csv");
}

void TestArticleParser::formatKeysRoundTrip()
{
    QFETCH(InputFormat, format);
    QFETCH(QString, key);
    QCOMPARE(inputFormatKey(format), key);
    QCOMPARE(inputFormatFromKey(key), std::optional<InputFormat>(format));
}

void TestArticleParser::acceptsFormatKeyVariants_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<InputFormat>("format");

    QTest::newRow("upper case") << QStringLiteral(" JSON ") << true << InputFormat::Json;
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << true << InputFormat::Json;
    QTest::newRow("txt") << QStringLiteral("txt") << true << InputFormat::Text;
    QTest::newRow("html") << QStringLiteral("html") << true << InputFormat::Html;
    QTest::newRow("unknown") << QStringLiteral("pdf") << false << InputFormat::Auto;
    QTest::newRow("empty") << QString() << false << InputFormat::Auto;
}

void TestArticleParser::acceptsFormatKeyVariants()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(InputFormat, format);
    const std::optional<InputFormat> parsed = inputFormatFromKey(key);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(*parsed, format);
}

void TestArticleParser::parsesFieldMap_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<FieldMap>("map");

    QTest::newRow("two fields") << QStringLiteral("title=headline,body=text")
                                << FieldMap{{QStringLiteral("title"), QStringLiteral("headline")},
                                            {QStringLiteral("body"), QStringLiteral("text")}};
    QTest::newRow("spaces and case") << QStringLiteral(" Title = Head Line ,  captions=image caption ")
                                     << FieldMap{{QStringLiteral("title"), QStringLiteral("Head Line")},
                                                 {QStringLiteral("captions"), QStringLiteral("image caption")}};
    QTest::newRow("dotted JSON path") << QStringLiteral("published=meta.date")
                                      << FieldMap{{QStringLiteral("published"), QStringLiteral("meta.date")}};
    QTest::newRow("every field")
        << QStringLiteral("title=a,body=b,url=c,published=d,outlet=e,author=f,language=g,captions=h")
        << FieldMap{
               {QStringLiteral("title"), QStringLiteral("a")},    {QStringLiteral("body"), QStringLiteral("b")},
               {QStringLiteral("url"), QStringLiteral("c")},      {QStringLiteral("published"), QStringLiteral("d")},
               {QStringLiteral("outlet"), QStringLiteral("e")},   {QStringLiteral("author"), QStringLiteral("f")},
               {QStringLiteral("language"), QStringLiteral("g")}, {QStringLiteral("captions"), QStringLiteral("h")}};
    QTest::newRow("empty spec") << QString() << FieldMap{};
    QTest::newRow("stray commas") << QStringLiteral(",title=h,,")
                                  << FieldMap{{QStringLiteral("title"), QStringLiteral("h")}};
}

void TestArticleParser::parsesFieldMap()
{
    QFETCH(QString, spec);
    QFETCH(FieldMap, map);
    QString error = QStringLiteral("stale");
    const std::optional<FieldMap> parsed = parseFieldMap(spec, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, map);
    QVERIFY(error.isEmpty());
}

void TestArticleParser::refusesBadFieldMap_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown field") << QStringLiteral("title=h,headline=x")
                                   << QStringLiteral(
                                          "unknown field \u201cheadline\u201d; the fields are title, body, url, "
                                          "published, outlet, author, language, captions");
    QTest::newRow("no equals sign") << QStringLiteral("title")
                                    << QStringLiteral("\u201ctitle\u201d is not of the form field=column, as in "
                                                      "title=headline");
    QTest::newRow("empty column") << QStringLiteral("title=")
                                  << QStringLiteral(
                                         "\u201ctitle=\u201d is not of the form field=column, as in title=headline");
    QTest::newRow("empty field") << QStringLiteral("=headline")
                                 << QStringLiteral(
                                        "\u201c=headline\u201d is not of the form field=column, as in title=headline");
    QTest::newRow("field twice") << QStringLiteral("title=a,title=b")
                                 << QStringLiteral("the field \u201ctitle\u201d is mapped twice");
}

void TestArticleParser::refusesBadFieldMap()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!parseFieldMap(spec, &message));
    QCOMPARE(message, error);
    QVERIFY(!parseFieldMap(spec, nullptr));
}

void TestArticleParser::parsesDataFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("articles");
    QTest::addColumn<QString>("error");

    QTest::newRow("scraped, CRLF and BOM") << QStringLiteral("scraped-crlf-bom.txt") << 2 << QString();
    QTest::newRow("UTF-16LE with BOM") << QStringLiteral("utf16le-bom.txt") << 1 << QString();
    QTest::newRow("Windows-1252") << QStringLiteral("windows-1252.txt") << 1 << QString();
    QTest::newRow("JSON Lines with a bad line") << QStringLiteral("bad-line.jsonl") << 3 << QString();
    QTest::newRow("NewsAPI JSON") << QStringLiteral("newsapi-articles.json") << 1 << QString();
    QTest::newRow("CSV with quoted newlines") << QStringLiteral("quoted-newlines.csv") << 2 << QString();
    QTest::newRow("binary") << QStringLiteral("binary.png") << 0 << QStringLiteral("binary data, not text");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << 0 << QStringLiteral("the file is empty");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed.json") << 0
                                    << QStringLiteral("malformed JSON at line 4, column 4 (offset 81): ");
}

void TestArticleParser::parsesDataFiles()
{
    QFETCH(QString, file);
    QFETCH(int, articles);
    QFETCH(QString, error);

    const QString path = test::dataPath(QStringLiteral("ingest/") + file);
    const ParseResult result = parseArticles(test::readFile(path), path);
    QCOMPARE(result.articles.size(), articles);
    QVERIFY2(result.error.startsWith(error) && result.error.isEmpty() == error.isEmpty(), qPrintable(result.error));
    for (const Article &article : result.articles) {
        QVERIFY(!article.title.isEmpty());
        QVERIFY(!article.body.contains(QLatin1Char('\r')));
        QVERIFY(!article.body.contains(QLatin1String("\n\n\n")));
        QCOMPARE(article.body, article.body.trimmed());
        QVERIFY(article.uid.isEmpty() && article.sourceFile.isEmpty() && !article.importedAt.isValid());
    }
}

void TestArticleParser::readsUtf16File()
{
    const ParseResult result = parseArticles(test::readFile(test::dataPath(QStringLiteral("ingest/utf16le-bom.txt"))),
                                             QStringLiteral("a.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.articles[0].title, QStringLiteral("\u0627\u0644\u0643\u0631\u0645\u0644\u064A\u0646 \u0644\u0627 "
                                                      "\u064A\u0624\u0643\u062F \u0648\u0644\u0627 \u064A\u0646\u0641"
                                                      "\u064A \u0627\u062A\u0635\u0627\u0644\u0627\u064B \u0647\u0627"
                                                      "\u062A\u0641\u064A\u0627\u064B \u0628\u064A\u0646 \u0628\u0648"
                                                      "\u062A\u064A\u0646 \u0648\u062A\u0631\u0645\u0628"));
    QCOMPARE(result.articles[0].body.split(QStringLiteral("\n\n")).size(), 2);
}

void TestArticleParser::readsWindows1252File()
{
    const ParseResult result = parseArticles(test::readFile(test::dataPath(QStringLiteral("ingest/windows-1252.txt"))),
                                             QStringLiteral("windows-1252.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings, QStringList{QStringLiteral("not valid UTF-8; read as Windows-1252")});
    QCOMPARE(result.articles.size(), 1);
    const Article &a = result.articles[0];
    QCOMPARE(a.title, QStringLiteral("Eurozone Ministers Back \u20AC2 Billion Aid Package"));
    QVERIFY(a.body.contains(QStringLiteral("\u20AC2 billion aid package \u2014 the largest since 2015 \u2014")));
    QVERIFY(a.body.contains(QStringLiteral("Jos\u00E9 Garc\u00EDa")));
    QVERIFY(a.body.contains(QStringLiteral("\u201CThis is a d\u00E9j\u00E0 vu moment,\u201D")));
    QVERIFY(a.body.endsWith(QStringLiteral("\u2018still being worked out\u2019.")));
}

void TestArticleParser::forcedFormatOverridesDetection()
{
    const QByteArray scraped = test::readFile(test::dataPath(QStringLiteral("ingest/scraped-crlf-bom.txt")));
    const ParseResult asText = parseArticles(scraped, QStringLiteral("s.txt"), InputFormat::Text);
    QVERIFY(asText.ok());
    QCOMPARE(asText.articles.size(), 1);
    QCOMPARE(asText.articles[0].title, QStringLiteral("Sudan's Army Says It Retook Key Bridge in Khartoum"));
    QVERIFY(asText.articles[0].body.contains(QLatin1String("(AFP) TT 20\n\n")));

    const ParseResult asJson = parseArticles(scraped, QStringLiteral("s.txt"), InputFormat::Json);
    QVERIFY(asJson.error == QLatin1String("the JSON holds neither an object nor an array of objects"));

    const ParseResult asCsv = parseArticles(scraped, QStringLiteral("s.txt"), InputFormat::Csv);
    QVERIFY(asCsv.error.startsWith(QLatin1String("the header has neither a title nor a body column")));
}

void TestArticleParser::ignoresFieldMapForText()
{
    const FieldMap map = {{QStringLiteral("title"), QStringLiteral("headline")}};
    const ParseResult result =
        parseArticles(QByteArray("Headline\n\nBody."), QStringLiteral("story.txt"), InputFormat::Auto, map);
    QVERIFY(result.ok());
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.warnings, QStringList{QStringLiteral(
                                  "the field map applies to JSON and CSV only; it was ignored for this text file")});
}

void TestArticleParser::capsWarnings()
{
    QByteArray jsonl;
    for (int i = 0; i < 40; ++i)
        jsonl += "{\"url\": \"https://example.org/" + QByteArray::number(i) + "\"}\n";
    jsonl += "{\"title\": \"Kept\"}\n";
    const ParseResult result = parseArticles(jsonl, QStringLiteral("feed.jsonl"));
    QVERIFY(result.ok());
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.warnings.size(), 31);
    QCOMPARE(result.warnings.last(), QStringLiteral("\u2026and 10 more notes"));
}

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
