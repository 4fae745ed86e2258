#include "core/ingest/ArticleParser.h"
#include "core/ingest/JsonArticleParser.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace sift;

namespace {

QStringList titlesOf(const QList<Article> &articles) {
    QStringList titles;
    for (const Article &article : articles)
        titles << article.title;
    return titles;
}

} // namespace

class TestJsonArticleParser final : public QObject {
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

void TestJsonArticleParser::readsDocumentShapes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("warnings");

    const QStringList ab = {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("array of objects") << QStringLiteral(R"([{"title":"A","body":"a"},{"title":"B","body":"b"}])") << ab
                                      << 0;
    QTest::newRow("pretty-printed array")
        << QStringLiteral("[\n  {\n    \"title\": \"A\",\n    \"body\": \"a\"\n  },\n  {\"title\": \"B\"}\n]\n") << ab
        << 0;
    QTest::newRow("single object") << QStringLiteral(R"({"title":"A","body":"a"})") << QStringList{QStringLiteral("A")}
                                   << 0;
    QTest::newRow("articles array") << QStringLiteral(R"({"status":"ok","articles":[{"title":"A"},{"title":"B"}]})")
                                    << ab << 0;
    QTest::newRow("items array") << QStringLiteral(R"({"items":[{"title":"A"},{"title":"B"}],"next":null})") << ab << 0;
    QTest::newRow("Articles key in another case")
        << QStringLiteral(R"({"Articles":[{"title":"A"},{"title":"B"}]})") << ab << 0;
    QTest::newRow("JSON Lines") << QStringLiteral("{\"title\":\"A\"}\n{\"title\":\"B\"}\n") << ab << 0;
    QTest::newRow("JSON Lines with blank lines and CR")
        << QStringLiteral("\n{\"title\":\"A\"}\n\n{\"title\":\"B\"}\n\n") << ab << 0;
    QTest::newRow("non-object items skipped")
        << QStringLiteral(R"([{"title":"A"}, 42, "x", {"title":"B"}])") << ab << 2;
}

void TestJsonArticleParser::readsDocumentShapes() {
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
    const QString text = QStringLiteral(R"([{
        "Headline": "  Ceasefire   Talks Resume ",
        "content": "Negotiators returned on Tuesday.\nMediators said so.\n\n\nSecond paragraph.",
        "link": " https://example.org/doha ",
        "pubDate": "2025-03-18T09:00:00Z",
        "site_name": "Example Wire",
        "byline": ["Jane Roe", "Omar Haddad"],
        "LANG": "en",
        "caption": "Delegates arrive in Doha. (Reuters)"
    }])");
    const ParseResult result = JsonArticleParser::parse(text);
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
    const QString text = QStringLiteral(R"([
        {"@type": "NewsArticle", "headline": "Schema Story", "articleBody": ["Para one.", "Para two."],
         "datePublished": "2025-03-16", "publisher": {"@type": "Organization", "name": "Example Times"},
         "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Bo Chen"}],
         "inLanguage": "pt", "captions": ["One (AP)", "Two (AFP)", "One (AP)"]},
        {"title": "News-please Story", "maintext": "Body.", "date_publish": "2025-03-17 10:00:00",
         "source_domain": "example.org", "authors": [], "language": "de"},
        {"title": "Epoch Story", "text": "Body.", "published_at": 1742112000}
    ])");
    const ParseResult result = JsonArticleParser::parse(text);
QVERIFY2(result.ok(), qPrintable(result.error));
QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
QCOMPARE(result.articles.size(), 3);
const Article &schema = result.articles[0];
QCOMPARE(schema.body, QStringLiteral("Para one.\n\nPara two."));
QCOMPARE(schema.outlet, QStringLiteral("Example Times"));
QCOMPARE(schema.author, QStringLiteral("Ana Lima, Bo Chen"));
QCOMPARE(schema.language, QStringLiteral("pt"));
QCOMPARE(schema.captions, (QStringList{QStringLiteral("One (AP)"), QStringLiteral("Two (AFP)")}));
QCOMPARE(schema.published.date, QDate(2025, 3, 16));
const Article &newsPlease = result.articles[1];
QCOMPARE(newsPlease.body, QStringLiteral("Body."));
QCOMPARE(newsPlease.outlet, QStringLiteral("example.org"));
QCOMPARE(newsPlease.published.date, QDate(2025, 3, 17));
QVERIFY(newsPlease.author.isEmpty());
QCOMPARE(result.articles[2].published.date, QDate(2025, 3, 16)); // 1742112000 = 2025-03-16T08:00:00Z
}

void TestJsonArticleParser::fieldMapOverridesNames() {
    const QString text = QStringLiteral(R"([{"title": "Section name", "hed": "Real Headline",
        "meta": {"when": "2025-03-16", "where": {"outlet": "Nested Outlet"}}, "copy": "Body text."}])");
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

void TestJsonArticleParser::warnsAboutUnusedMappedKey() {
    const FieldMap map = {{QStringLiteral("author"), QStringLiteral("writer")}};
    const ParseResult result = JsonArticleParser::parse(QStringLiteral(R"([{"title":"A","author":"Ignored"}])"), map);
    QVERIFY(result.ok());
    QVERIFY(result.articles[0].author.isEmpty());
    QCOMPARE(result.warnings, QStringList{QStringLiteral("no record has the key \u201cwriter\u201d mapped to author")});
}

void TestJsonArticleParser::readsJsonLinesSkippingBadLines() {
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

void TestJsonArticleParser::reportsMalformedJson_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorStart");

    QTest::newRow("missing comma in array")
        << QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("ingest/malformed.json"))))
        << QStringLiteral("malformed JSON at line 4, column 3 (offset 82): ");
    QTest::newRow("unterminated object") << QStringLiteral("{\"title\": \"A\",\n \"body\": ")
                                         << QStringLiteral("malformed JSON at line 2");
    QTest::newRow("array never closed, lines look like JSONL")
        << QStringLiteral("[\n{\"title\":\"A\"},\n{\"title\":\"B\"}\n") << QStringLiteral("malformed JSON at line 4");
    QTest::newRow("every JSON line broken")
        << QStringLiteral("{\"title\": \"A\"\n{\"title\": \"B\"\n") << QStringLiteral("malformed JSON at line 2");
}

void TestJsonArticleParser::reportsMalformedJson() {
    QFETCH(QString, text);
    QFETCH(QString, errorStart);

    const ParseResult result = JsonArticleParser::parse(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(errorStart), qPrintable(result.error));
    QVERIFY(result.articles.isEmpty());
}

void TestJsonArticleParser::failsWithoutUsableRecord_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("warnings");

    QTest::newRow("empty array") << QStringLiteral("[]") << QStringLiteral("the JSON holds no article records") << 0;
    QTest::newRow("empty articles array")
        << QStringLiteral(R"({"articles": []})") << QStringLiteral("the JSON holds no article records") << 0;
    QTest::newRow("only urls") << QStringLiteral(R"([{"url":"https://a"},{"url":"https://b","title":"  "}])")
                               << QStringLiteral("no record in the JSON has a title or a body") << 2;
    QTest::newRow("array of strings") << QStringLiteral(R"(["a","b"])")
                                      << QStringLiteral("the JSON holds no article records") << 2;
    QTest::newRow("bare number") << QStringLiteral("42")
                                 << QStringLiteral("the JSON holds neither an object nor an array of objects") << 0;
}

void TestJsonArticleParser::failsWithoutUsableRecord() {
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(int, warnings);

    const ParseResult result = JsonArticleParser::parse(text);
    QCOMPARE(result.error, error);
    QCOMPARE(result.warnings.size(), warnings);
    QVERIFY(result.articles.isEmpty());
}

void TestJsonArticleParser::readsNewsApiFile() {
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

void TestJsonArticleParser::recognizesJson_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");

    QTest::newRow("array of objects") << QStringLiteral("  \n[ {\"a\":1}]") << true;
    QTest::newRow("empty array") << QStringLiteral("[]") << true;
    QTest::newRow("object") << QStringLiteral("{\"title\": 1}") << true;
    QTest::newRow("bracketed prose") << QStringLiteral("[Photo] Crowds gather in the square.") << false;
    QTest::newRow("braced prose") << QStringLiteral("{Editor's note} This story was updated.") << false;
    QTest::newRow("plain text") << QStringLiteral("Headline\n\nBody.") << false;
}

void TestJsonArticleParser::recognizesJson() {
    QFETCH(QString, text);
    QFETCH(bool, json);
    QCOMPARE(JsonArticleParser::looksLikeJson(text), json);
}

QTEST_GUILESS_MAIN(TestJsonArticleParser)
#include "tst_jsonarticleparser.moc"
