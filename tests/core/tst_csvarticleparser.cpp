#include "core/ingest/ArticleParser.h"
#include "core/ingest/CsvArticleParser.h"
#include "support/TestSupport.h"

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

QString quotedNewlinesCsv()
{
    return QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("ingest/quoted-newlines.csv"))));
}

} // namespace

class TestCsvArticleParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuotedNewlinesWithFieldMap();
    void warnsWhenNoBodyColumn();
    void findsColumnsByUsualNames_data();
    void findsColumnsByUsualNames();
    void failsOnUnusableFile_data();
    void failsOnUnusableFile();
    void skipsEmptyRowsWithWarning();
    void warnsAboutRaggedRows();
    void recognizesCsv_data();
    void recognizesCsv();
};

void TestCsvArticleParser::readsQuotedNewlinesWithFieldMap()
{
    QString error;
    const std::optional<FieldMap> map = parseFieldMap(QStringLiteral("body=story, captions=image caption"), &error);
    QVERIFY2(map, qPrintable(error));
    const ParseResult result =
        parseArticles(quotedNewlinesCsv().toUtf8(), QStringLiteral("quoted-newlines.csv"), InputFormat::Auto, *map);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(titlesOf(result.articles), (QStringList{QStringLiteral("Minister Says Talks Were \"Constructive\""),
                                                     QStringLiteral("Grain Convoy Reaches Port, Officials Say")}));
    const Article &a = result.articles[0];
    QCOMPARE(a.body, QStringLiteral("The foreign minister said on Monday that talks with his counterpart had been "
                                    "\"constructive, frank and long\".\n\nHe declined to say whether a second round "
                                    "was planned."));
    QCOMPARE(a.url, QStringLiteral("https://example.org/talks"));
    QCOMPARE(a.published.date, QDate(2025, 3, 17));
    QCOMPARE(a.outlet, QStringLiteral("Example Post"));
    QCOMPARE(a.author, QStringLiteral("Ana Lima"));
    QCOMPARE(a.captions,
             QStringList{QStringLiteral("The minister speaks to reporters in Lisbon, March 17, 2025. (Reuters)")});
    const Article &b = result.articles[1];
    QCOMPARE(b.body,
             QStringLiteral("A convoy of 40 trucks carrying grain reached the port on Sunday, officials said."));
    QVERIFY(b.author.isEmpty());
    QVERIFY(b.captions.isEmpty());
    QCOMPARE(b.published.date, QDate(2025, 3, 16));
}

void TestCsvArticleParser::warnsWhenNoBodyColumn()
{
    const ParseResult result = CsvArticleParser::parse(quotedNewlinesCsv());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 2);
    QVERIFY(result.articles[0].body.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(
        result.warnings[0].startsWith(QStringLiteral("the header has no body column (columns: \u201cheadline\u201d, "
                                                     "\u201cstory\u201d")),
        qPrintable(result.warnings[0]));
}

void TestCsvArticleParser::findsColumnsByUsualNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("outlet");

    QTest::newRow("plain names") << QStringLiteral("title,body,outlet\nT,B,O\n") << QStringLiteral("T")
                                 << QStringLiteral("B") << QStringLiteral("O");
    QTest::newRow("other case and spacing") << QStringLiteral(" Headline ,Main Text,Site-Name\nT,B,O\n")
                                            << QStringLiteral("T") << QStringLiteral("B") << QStringLiteral("O");
    QTest::newRow("first alias wins, empty falls through")
        << QStringLiteral("text,body,title,headline\nfrom text,,,H\n") << QStringLiteral("H")
        << QStringLiteral("from text") << QString();
    QTest::newRow("semicolons") << QStringLiteral("title;content;source\n\"T; with semicolon\";B;O\n")
                                << QStringLiteral("T; with semicolon") << QStringLiteral("B") << QStringLiteral("O");
    QTest::newRow("tabs") << QStringLiteral("title\ttext\npart, one\tB\n") << QStringLiteral("part, one")
                          << QStringLiteral("B") << QString();
    QTest::newRow("BOM-free CRLF") << QStringLiteral("title,body\r\nT,B\r\n") << QStringLiteral("T")
                                   << QStringLiteral("B") << QString();
}

void TestCsvArticleParser::findsColumnsByUsualNames()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, outlet);

    const ParseResult result = CsvArticleParser::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.articles[0].title, title);
    QCOMPARE(result.articles[0].body, body);
    QCOMPARE(result.articles[0].outlet, outlet);
}

void TestCsvArticleParser::failsOnUnusableFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("error");

    QTest::newRow("no title or body column")
        << QStringLiteral("id,when,who\n1,2025-03-16,AP\n") << QString()
        << QStringLiteral(
               "the header has neither a title nor a body column (columns: \u201cid\u201d, \u201cwhen\u201d, "
               "\u201cwho\u201d); name them with a field map such as title=headline,body=text");
    QTest::newRow("mapped column missing")
        << QStringLiteral("title,text\nT,B\n") << QStringLiteral("body=story")
        << QStringLiteral("the field map names the column \u201cstory\u201d for body, but the header has no such "
                          "column (columns: \u201ctitle\u201d, \u201ctext\u201d)");
    QTest::newRow("header only") << QStringLiteral("title,body\n") << QString()
                                 << QStringLiteral("the CSV has a header but no rows");
    QTest::newRow("unclosed quote") << QStringLiteral("title,body\nT,\"never closed\n") << QString()
                                    << QStringLiteral("malformed CSV: a quoted field that starts on line 2 is never "
                                                      "closed");
    QTest::newRow("no row with title or body") << QStringLiteral("title,body,url\n,,https://a\n") << QString()
                                               << QStringLiteral("no row in the CSV has a title or a body");
}

void TestCsvArticleParser::failsOnUnusableFile()
{
    QFETCH(QString, text);
    QFETCH(QString, map);
    QFETCH(QString, error);

    QString mapError;
    const std::optional<FieldMap> fieldMap = parseFieldMap(map, &mapError);
    QVERIFY(fieldMap);
    const ParseResult result = CsvArticleParser::parse(text, *fieldMap);
    QCOMPARE(result.error, error);
    QVERIFY(result.articles.isEmpty());
}

void TestCsvArticleParser::skipsEmptyRowsWithWarning()
{
    const ParseResult result =
        CsvArticleParser::parse(QStringLiteral("title,body,url\nA,a,\n,,https://x\n\n\"B\",\"b\nb\",\n"));
    QVERIFY(result.ok());
    QCOMPARE(titlesOf(result.articles), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(result.articles[1].body, QStringLiteral("b b"));
    QCOMPARE(result.warnings, QStringList{QStringLiteral("the row on line 3 has neither a title nor a body; skipped")});
}

void TestCsvArticleParser::warnsAboutRaggedRows()
{
    const ParseResult result = CsvArticleParser::parse(QStringLiteral("title,body\nA\nB,b,extra\nC,c\n"));
    QVERIFY(result.ok());
    QCOMPARE(titlesOf(result.articles), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(result.warnings,
             QStringList{QStringLiteral("2 row(s) have a different number of fields than the header's 2")});
}

void TestCsvArticleParser::recognizesCsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("map");
    QTest::addColumn<bool>("csv");

    QTest::newRow("header with title") << QStringLiteral("id,title,url\n1,A,x") << QString() << true;
    QTest::newRow("header with body only") << QStringLiteral("text;lang\nabc;en") << QString() << true;
    QTest::newRow("mapped header") << QStringLiteral("hed,copy\nA,a") << QStringLiteral("title=hed") << true;
    QTest::newRow("unknown columns") << QStringLiteral("hed,copy\nA,a") << QString() << false;
    QTest::newRow("prose with commas") << QStringLiteral("Title, which is long, and text\n\nBody.") << QString()
                                       << false;
    QTest::newRow("no delimiter") << QStringLiteral("title\nA") << QString() << false;
    QTest::newRow("long first cell") << QString(QString(80, QLatin1Char('x')) + QLatin1String(",title\n")) << QString()
                                     << false;
}

void TestCsvArticleParser::recognizesCsv()
{
    QFETCH(QString, text);
    QFETCH(QString, map);
    QFETCH(bool, csv);

    QString error;
    QCOMPARE(CsvArticleParser::looksLikeCsv(text, *parseFieldMap(map, &error)), csv);
}

QTEST_GUILESS_MAIN(TestCsvArticleParser)
#include "tst_csvarticleparser.moc"
