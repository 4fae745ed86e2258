#include "core/ingest/ArticleParser.h"
#include "core/ingest/JsonArticleParser.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sift;

namespace {

QStringList titlesOf(const QList<Article> &articles)
{
    QStringList titles;
    for (const Article &article : articles)
        titles << article.title;
    return titles;
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson());
}

} // namespace

class TestJsonArticleParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDocumentShapes_data();
    void readsDocumentShapes();
    void findsFieldsByUsualNames();
    void readsSchemaOrgAndNewsPlease();
    void fieldMapOverridesNames();
    void warnsAboutUnusedMappedKey();
    void readsJsonLinesSkippingBadLines();
    void reportsMalformedJson_data();
    void reportsMalformedJson();
    void failsWithoutUsableRecord_data();
    void failsWithoutUsableRecord();
    void readsNewsApiFile();
    void recognizesJson_data();
    void recognizesJson();
};

void TestJsonArticleParser::readsDocumentShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("warnings");

    const QStringList ab = {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("array of objects") << QStringLiteral(
                                             "[{\"title\":\"A\",\"body\":\"a\"},{\"title\":\"B\",\"body\":\"b\"}]")
                                      << ab << 0;
    QTest::newRow("pretty-printed array")
        << QStringLiteral("[\n  {\n    \"title\": \"A\",\n    \"body\": \"a\"\n  },\n  {\"title\": \"B\"}\n]\n") << ab
        << 0;
    QTest::newRow("single object") << QStringLiteral("{\"title\":\"A\",\"body\":\"a\"}")
                                   << QStringList{QStringLiteral("A")} << 0;
    QTest::newRow("articles array") << QStringLiteral(
                                           "{\"status\":\"ok\",\"articles\":[{\"title\":\"A\"},{\"title\":\"B\"}]}")
                                    << ab << 0;
    QTest::newRow("items array") << QStringLiteral("{\"items\":[{\"title\":\"A\"},{\"title\":\"B\"}],\"next\":null}")
                                 << ab << 0;
    QTest::newRow("Articles key in another case")
        << QStringLiteral("{\"Articles\":[{\"title\":\"A\"},{\"title\":\"B\"}]}") << ab << 0;
    QTest::newRow("JSON Lines") << QStringLiteral("{\"title\":\"A\"}\n{\"title\":\"B\"}\n") << ab << 0;
    QTest::newRow("JSON Lines with blank lines and CR")
        << QStringLiteral("\n{\"title\":\"A\"}\n\n{\"title\":\"B\"}\n\n") << ab << 0;
    QTest::newRow("non-object items skipped")
        << QStringLiteral("[{\"title\":\"A\"}, 42, \"x\", {\"title\":\"B\"}]") << ab << 2;
}

void TestJsonArticleParser::readsDocumentShapes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    QFETCH(int, warnings);

    const ParseResult result = JsonArticleParser::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(titlesOf(result.articles), titles);
    QCOMPARE(result.warnings.size(), warnings);
}

void TestJsonArticleParser::findsFieldsByUsualNames()
{
    const QJsonObject record = {
        {QStringLiteral("Headline"), QStringLiteral("  Ceasefire   Talks Resume ")},
        {QStringLiteral("content"),
         QStringLiteral("Negotiators returned on Tuesday.\nMediators said so.\n\n\nSecond paragraph.")},
        {QStringLiteral("link"), QStringLiteral(" https://example.org/doha ")},
        {QStringLiteral("pubDate"), QStringLiteral("2025-03-18T09:00:00Z")},
        {QStringLiteral("site_name"), QStringLiteral("Example Wire")},
        {QStringLiteral("byline"), QJsonArray{QStringLiteral("Jane Roe"), QStringLiteral("Omar Haddad")}},
        {QStringLiteral("LANG"), QStringLiteral("en")},
        {QStringLiteral("caption"), QStringLiteral("Delegates arrive in Doha. (Reuters)")},
    };
    const ParseResult result = JsonArticleParser::parse(jsonText(QJsonArray{record}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    const Article &a = result.articles.first();
    QCOMPARE(a.title, QStringLiteral("Ceasefire Talks Resume"));
    QCOMPARE(a.body, QStringLiteral("Negotiators returned on Tuesday. Mediators said so.\n\nSecond paragraph."));
    QCOMPARE(a.url, QStringLiteral("https://example.org/doha"));
    QCOMPARE(a.published.date, QDate(2025, 3, 18));
    QCOMPARE(a.outlet, QStringLiteral("Example Wire"));
    QCOMPARE(a.author, QStringLiteral("Jane Roe, Omar Haddad"));
    QCOMPARE(a.language, QStringLiteral("en"));
    QCOMPARE(a.captions, QStringList{QStringLiteral("Delegates arrive in Doha. (Reuters)")});
    QVERIFY(a.uid.isEmpty() && a.sourceFile.isEmpty() && a.id == 0);
}

void TestJsonArticleParser::readsSchemaOrgAndNewsPlease()
{
    auto person = [](const QString &name) {
        return QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), name}};
    };
    const QJsonObject schema = {
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")},
        {QStringLiteral("headline"), QStringLiteral("Schema Story")},
        {QStringLiteral("articleBody"), QJsonArray{QStringLiteral("Para one."), QStringLiteral("Para two.")}},
        {QStringLiteral("datePublished"), QStringLiteral("2025-03-16")},
        {QStringLiteral("publisher"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                                  {QStringLiteral("name"), QStringLiteral("Example Times")}}},
        {QStringLiteral("author"), QJsonArray{person(QStringLiteral("Ana Lima")), person(QStringLiteral("Bo Chen"))}},
        {QStringLiteral("inLanguage"), QStringLiteral("pt")},
        {QStringLiteral("captions"),
         QJsonArray{QStringLiteral("One (AP)"), QStringLiteral("Two (AFP)"), QStringLiteral("One (AP)")}},
    };
    const QJsonObject newsPleaseRecord = {
        {QStringLiteral("title"), QStringLiteral("News-please Story")},
        {QStringLiteral("maintext"), QStringLiteral("Body.")},
        {QStringLiteral("date_publish"), QStringLiteral("2025-03-17 10:00:00")},
        {QStringLiteral("source_domain"), QStringLiteral("example.org")},
        {QStringLiteral("authors"), QJsonArray{}},
        {QStringLiteral("language"), QStringLiteral("de")},
    };
    const QJsonObject epoch = {
        {QStringLiteral("title"), QStringLiteral("Epoch Story")},
        {QStringLiteral("text"), QStringLiteral("Body.")},
        {QStringLiteral("published_at"), 1742112000},
    };
    const ParseResult result = JsonArticleParser::parse(jsonText(QJsonArray{schema, newsPleaseRecord, epoch}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.articles.size(), 3);
    const Article &first = result.articles[0];
    QCOMPARE(first.body, QStringLiteral("Para one.\n\nPara two."));
    QCOMPARE(first.outlet, QStringLiteral("Example Times"));
    QCOMPARE(first.author, QStringLiteral("Ana Lima, Bo Chen"));
    QCOMPARE(first.language, QStringLiteral("pt"));
    QCOMPARE(first.captions, (QStringList{QStringLiteral("One (AP)"), QStringLiteral("Two (AFP)")}));
    QCOMPARE(first.published.date, QDate(2025, 3, 16));
    const Article &newsPlease = result.articles[1];
    QCOMPARE(newsPlease.body, QStringLiteral("Body."));
    QCOMPARE(newsPlease.outlet, QStringLiteral("example.org"));
    QCOMPARE(newsPlease.published.date, QDate(2025, 3, 17));
    QVERIFY(newsPlease.author.isEmpty());
    QCOMPARE(result.articles[2].published.date, QDate(2025, 3, 16)); // 1742112000 = 2025-03-16T08:00:00Z
}

void TestJsonArticleParser::fieldMapOverridesNames()
{
    const QString text = QStringLiteral("[{\"title\": \"Section name\", \"hed\": \"Real Headline\",\n"
                                        "        \"meta\": {\"when\": \"2025-03-16\", \"where\": {\"outlet\": \"Nested "
                                        "Outlet\"}}, \"copy\": \"Body text.\"}]");
    const FieldMap map = {{QStringLiteral("title"), QStringLiteral("HED")},
                          {QStringLiteral("body"), QStringLiteral("copy")},
                          {QStringLiteral("published"), QStringLiteral("meta.when")},
                          {QStringLiteral("outlet"), QStringLiteral("meta.where.outlet")}};
    const ParseResult result = JsonArticleParser::parse(text, map);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.articles[0].title, QStringLiteral("Real Headline"));
    QCOMPARE(result.articles[0].body, QStringLiteral("Body text."));
    QCOMPARE(result.articles[0].published.date, QDate(2025, 3, 16));
    QCOMPARE(result.articles[0].outlet, QStringLiteral("Nested Outlet"));
}

void TestJsonArticleParser::warnsAboutUnusedMappedKey()
{
    const FieldMap map = {{QStringLiteral("author"), QStringLiteral("writer")}};
    const ParseResult result =
        JsonArticleParser::parse(QStringLiteral("[{\"title\":\"A\",\"author\":\"Ignored\"}]"), map);
    QVERIFY(result.ok());
    QVERIFY(result.articles[0].author.isEmpty());
    QCOMPARE(result.warnings, QStringList{QStringLiteral("no record has the key \u201cwriter\u201d mapped to author")});
}

void TestJsonArticleParser::readsJsonLinesSkippingBadLines()
{
    const QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("ingest/bad-line.jsonl")));
    const ParseResult result = parseArticles(bytes, QStringLiteral("bad-line.jsonl"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(titlesOf(result.articles), (QStringList{QStringLiteral("Ceasefire Talks Resume in Doha"),
                                                     QStringLiteral("Port Strike Ends After Three Days"),
                                                     QStringLiteral("Flood Warnings Issued Along the Danube")}));
    QCOMPARE(result.warnings.size(), 3);
    QVERIFY2(result.warnings[0].startsWith(QLatin1String("line 3 is not valid JSON (")),
             qPrintable(result.warnings[0]));
    QVERIFY(result.warnings[0].endsWith(QLatin1String("); skipped")));
    QCOMPARE(result.warnings[1], QStringLiteral("line 4 has neither a title nor a body; skipped"));
    QCOMPARE(result.warnings[2],
             QStringLiteral("line 5: the date \u201csomeday soon\u201d is not understood; left unknown"));

    const Article &first = result.articles[0];
    QCOMPARE(first.body, QStringLiteral("Negotiators returned to Doha on Tuesday for a new round of talks.\n\n"
                                        "Mediators said both delegations had arrived."));
    QCOMPARE(first.author, QStringLiteral("Jane Roe, Omar Haddad"));
    QCOMPARE(first.outlet, QStringLiteral("Example Wire"));
    QCOMPARE(first.language, QStringLiteral("en"));
    QCOMPARE(first.url, QStringLiteral("https://example.org/doha-talks"));
    QCOMPARE(first.published.date, QDate(2025, 3, 18));
    QCOMPARE(result.articles[1].published.date, QDate(2025, 3, 19));
    QCOMPARE(result.articles[1].outlet, QStringLiteral("Example Times"));
    QVERIFY(!result.articles[2].published.isValid());
}

void TestJsonArticleParser::reportsMalformedJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorStart");

    QTest::newRow("missing comma in array")
        << QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("ingest/malformed.json"))))
        << QStringLiteral("malformed JSON at line 4, column 4 (offset 81): ");
    QTest::newRow("unterminated object") << QStringLiteral("{\"title\": \"A\",\n \"body\": ")
                                         << QStringLiteral("malformed JSON at line 2");
    QTest::newRow("array never closed, lines look like JSONL")
        << QStringLiteral("[\n{\"title\":\"A\"},\n{\"title\":\"B\"}\n") << QStringLiteral("malformed JSON at line 4");
    QTest::newRow("every JSON line broken")
        << QStringLiteral("{\"title\": \"A\"\n{\"title\": \"B\"\n") << QStringLiteral("malformed JSON at line 2");
}

void TestJsonArticleParser::reportsMalformedJson()
{
    QFETCH(QString, text);
    QFETCH(QString, errorStart);

    const ParseResult result = JsonArticleParser::parse(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(errorStart), qPrintable(result.error));
    QVERIFY(result.articles.isEmpty());
}

void TestJsonArticleParser::failsWithoutUsableRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("warnings");

    QTest::newRow("empty array") << QStringLiteral("[]") << QStringLiteral("the JSON holds no article records") << 0;
    QTest::newRow("empty articles array")
        << QStringLiteral("{\"articles\": []}") << QStringLiteral("the JSON holds no article records") << 0;
    QTest::newRow("only urls") << QStringLiteral("[{\"url\":\"https://a\"},{\"url\":\"https://b\",\"title\":\"  \"}]")
                               << QStringLiteral("no record in the JSON has a title or a body") << 2;
    QTest::newRow("array of strings") << QStringLiteral("[\"a\",\"b\"]")
                                      << QStringLiteral("the JSON holds no article records") << 2;
    QTest::newRow("bare number") << QStringLiteral("42")
                                 << QStringLiteral("the JSON holds neither an object nor an array of objects") << 0;
}

void TestJsonArticleParser::failsWithoutUsableRecord()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(int, warnings);

    const ParseResult result = JsonArticleParser::parse(text);
    QCOMPARE(result.error, error);
    QCOMPARE(result.warnings.size(), warnings);
    QVERIFY(result.articles.isEmpty());
}

void TestJsonArticleParser::readsNewsApiFile()
{
    const QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("ingest/newsapi-articles.json")));
    const ParseResult result = parseArticles(bytes, QStringLiteral("newsapi-articles.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.warnings, QStringList{QStringLiteral("item 2 has neither a title nor a body; skipped")});
    const Article &a = result.articles.first();
    QCOMPARE(a.title, QStringLiteral("Power Restored in Kharkiv After Overnight Strikes"));
    QCOMPARE(a.outlet, QStringLiteral("Example News"));
    QCOMPARE(a.author, QStringLiteral("Lena Fischer"));
    QCOMPARE(a.published.date, QDate(2025, 3, 16));
    QVERIFY(a.body.startsWith(QLatin1String("Power was restored to most of Kharkiv")));
    QVERIFY(a.body.endsWith(QLatin1String("governor said. Repair crews worked through the night.")));
}

void TestJsonArticleParser::recognizesJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");

    QTest::newRow("array of objects") << QStringLiteral("  \n[ {\"a\":1}]") << true;
    QTest::newRow("empty array") << QStringLiteral("[]") << true;
    QTest::newRow("object") << QStringLiteral("{\"title\": 1}") << true;
    QTest::newRow("bracketed prose") << QStringLiteral("[Photo] Crowds gather in the square.") << false;
    QTest::newRow("braced prose") << QStringLiteral("{Editor's note} This story was updated.") << false;
    QTest::newRow("plain text") << QStringLiteral("Headline\n\nBody.") << false;
}

void TestJsonArticleParser::recognizesJson()
{
    QFETCH(QString, text);
    QFETCH(bool, json);
    QCOMPARE(JsonArticleParser::looksLikeJson(text), json);
}

QTEST_GUILESS_MAIN(TestJsonArticleParser)
#include "tst_jsonarticleparser.moc"
