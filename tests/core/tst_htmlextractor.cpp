// Saved web pages: main text and metadata against Mozilla Readability's test pages (read in place from
// ../shared/corpora/html/readability), charsets, containers (gzip, MHTML) and hostile pages.
#include "core/ingest/ArticleParser.h"
#include "core/ingest/HtmlMetadata.h"
#include "core/ingest/HtmlSource.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocumentFragment>

#include <zlib.h>

using namespace sift;

namespace {

/// Measured on the 24 shared pages with the extractor of this commit: the lowest page F1 was 0.954
/// (theverge: its newsletter sign-up box is left out on purpose), the mean 0.997. The floors sit a little below,
/// so a regression fails and noise does not.
constexpr double kPageF1Floor = 0.94;
constexpr double kMeanF1Floor = 0.995;

QString pagesDir()
{
    return test::sharedPath(QStringLiteral("corpora/html/readability"));
}

/// Lower-cased word runs; Chinese and Japanese characters count one each (they are written without spaces).
QHash<QString, int> tokens(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral(R"([\x{3040}-\x{30ff}\x{3400}-\x{9fff}]|[^\W\x{3040}-\x{30ff}\x{3400}-\x{9fff}]+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    for (auto it = token.globalMatch(text); it.hasNext();)
        ++counts[it.next().captured().toLower()];
    return counts;
}

double tokenF1(const QString &got, const QString &want)
{
    const QHash<QString, int> g = tokens(got);
    const QHash<QString, int> w = tokens(want);
    qint64 common = 0, gotTotal = 0, wantTotal = 0;
    for (auto it = g.cbegin(); it != g.cend(); ++it) {
        gotTotal += it.value();
        common += std::min(it.value(), w.value(it.key()));
    }
    for (const int n : w)
        wantTotal += n;
    if (common == 0)
        return 0;
    const double p = double(common) / gotTotal;
    const double r = double(common) / wantTotal;
    return 2 * p * r / (p + r);
}

/// The gold article's text, by Qt's own HTML reader (independent of the parser under test).
QString goldText(const QString &page)
{
    const QString html =
        QString::fromUtf8(test::readFile(pagesDir() + QLatin1Char('/') + page + QStringLiteral("/expected.html")));
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

QString stripBy(const QString &byline)
{
    static const QRegularExpression by(QStringLiteral("^(by|par|por|von)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    QString s = byline.simplified();
    return s.remove(by).toLower();
}

/// Where the gold metadata is Readability's own mistake, the value the page really states (and Sift must give).
const QHash<QString, QString> &knownGoldErrors()
{
    static const QHash<QString, QString> errors = {
        // The gold byline is the date line; the page's JSON-LD names the author.
        {QStringLiteral("seattletimes-1/author"), QStringLiteral("Benjamin Romano")},
        // The gold byline belongs to a related-story teaser; the article's own byline (rel=author) is Eskow.
        {QStringLiteral("salon-1/author"), QStringLiteral("Richard (R.J.) Eskow")},
        // The gold byline belongs to a "Reportage" teaser; the article's itemprop=author is AFP.
        {QStringLiteral("liberation-1/author"), QStringLiteral("AFP")},
        // article:author meta (trusted above text bylines) names the section's columnist.
        {QStringLiteral("herald-sun-1/author"), QStringLiteral("Laurie Oakes")},
        // OpenGraph is trusted above Dublin Core, as the brief orders; the page tests Readability's own order.
        {QStringLiteral("003-metadata-preferred/title"), QStringLiteral("Open Graph name title")},
        // The site name is taken off the <title>; Readability keeps it when the rest has no spaces.
        {QStringLiteral("yahoo-4/title"),
         QStringLiteral(
             "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」（CNET Japan）")},
    };
    return errors;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))), '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
}

QByteArray articleParagraphs(int n)
{
    QByteArray out = "<article>";
    for (int i = 0; i < n; ++i)
        out += "<p>Paragraph " + QByteArray::number(i) +
               " tells of the ceasefire talks in Geneva, where delegates met, argued, and left without a deal.</p>";
    return out + "</article>";
}

} // namespace

class TestHtmlExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readabilityPage_data();
    void readabilityPage();
    void meanF1AboveFloor();

    void detectsHtmlByNameAndContent_data();
    void detectsHtmlByNameAndContent();
    void formatKey();
    void keepsStructure();
    void dropsBoilerplate();
    void metadataFromJsonLdGraph();
    void metadataFromMetaAndTime();
    void stripsSiteName_data();
    void stripsSiteName();

    void charsets_data();
    void charsets();
    void gzipPage();
    void mhtmlPage();

    void hostilePages_data();
    void hostilePages();
    void deepNestingIsBounded();
    void hugePageIsRead();
    void elementCountIsBounded();

    void claimReviewFromSchemaOrgExample();
    void claimReviewQuirks();
};

void TestHtmlExtractor::readabilityPage_data()
{
    QTest::addColumn<QString>("name");
    const QStringList pages = QDir(pagesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(pages.size() >= 24, qPrintable(pagesDir()));
    for (const QString &name : pages)
        QTest::newRow(qPrintable(name)) << name;
}

void TestHtmlExtractor::readabilityPage()
{
    QFETCH(QString, name);
    const QString dir = pagesDir() + QLatin1Char('/') + name;
    const ParseResult result =
        parseArticles(test::readFile(dir + QStringLiteral("/source.html")), QStringLiteral("source.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    const Article &a = result.articles.first();
    QVERIFY2(!a.title.contains(QLatin1Char('<')), qPrintable(a.title));

    const double f1 = tokenF1(a.body + QLatin1Char(' ') + a.captions.join(QLatin1Char(' ')), goldText(name));
    QVERIFY2(f1 >= kPageF1Floor, qPrintable(QStringLiteral("%1: body token F1 %2").arg(name).arg(f1)));

    const QJsonObject gold =
        QJsonDocument::fromJson(test::readFile(dir + QStringLiteral("/expected-metadata.json"))).object();
    const QHash<QString, QString> &errors = knownGoldErrors();
    const QString title = gold.value(QLatin1String("title")).toString();
    if (!title.isEmpty())
        QCOMPARE(a.title, errors.value(name + QStringLiteral("/title"), title.simplified()));
    const QString byline = gold.value(QLatin1String("byline")).toString();
    if (!byline.isEmpty())
        QCOMPARE(stripBy(a.author), stripBy(errors.value(name + QStringLiteral("/author"), byline)));
    const QString published = gold.value(QLatin1String("publishedTime")).toString();
    if (!published.isEmpty())
        QCOMPARE(a.published.toIso(), published.left(10));
    const QString lang = gold.value(QLatin1String("lang")).toString();
    if (!lang.isEmpty())
        QCOMPARE(a.language.toLower(), lang.toLower());
}

void TestHtmlExtractor::meanF1AboveFloor()
{
    const QStringList pages = QDir(pagesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    double sum = 0;
    for (const QString &name : pages) {
        const ParseResult r =
            parseArticles(test::readFile(pagesDir() + QLatin1Char('/') + name + QStringLiteral("/source.html")),
                          QStringLiteral("source.html"));
        QVERIFY2(r.ok(), qPrintable(name + QStringLiteral(": ") + r.error));
        sum += tokenF1(r.articles.first().body + QLatin1Char(' ') + r.articles.first().captions.join(QLatin1Char(' ')),
                       goldText(name));
    }
    const double mean = sum / pages.size();
    QVERIFY2(mean >= kMeanF1Floor, qPrintable(QString::number(mean)));
}

void TestHtmlExtractor::detectsHtmlByNameAndContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("html");
    const QByteArray doc = page("<title>Talks stall</title>", articleParagraphs(3));
    QTest::newRow(".html") << "a.html" << doc << true;
    QTest::newRow(".htm") << "a.htm" << doc << true;
    QTest::newRow(".xhtml") << "a.xhtml" << doc << true;
    QTest::newRow(".mht") << "a.MHT" << doc << true;
    QTest::newRow(".html.gz") << "a.html.gz" << gzip(doc) << true;
    QTest::newRow("doctype in .txt") << "a.txt" << doc << true;
    QTest::newRow("gzip without a name") << "download" << gzip(doc) << true;
    QTest::newRow("BOM then <html>") << "x" << QByteArray("\xEF\xBB\xBF  <html><body>x</body></html>") << true;
    QTest::newRow("plain text with <3") << "a.txt" << QByteArray("I <3 Geneva\n\nThe talks stalled.") << false;
    QTest::newRow("JSON") << "a.json" << QByteArray("[{\"title\":\"<html>\"}]") << false;
}

void TestHtmlExtractor::detectsHtmlByNameAndContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, html);
    QCOMPARE(HtmlSource::looksLikeHtml(bytes, fileName), html);
}

void TestHtmlExtractor::formatKey()
{
    QCOMPARE(inputFormatKey(InputFormat::Html), QStringLiteral("html"));
    QCOMPARE(inputFormatFromKey(QStringLiteral("html")), InputFormat::Html);
    QCOMPARE(inputFormatFromKey(QStringLiteral("HTM")), InputFormat::Html);
    // --format html reads a page with any name as HTML.
    const ParseResult r = parseArticles(page("<title>Talks stall</title>", articleParagraphs(2)),
                                        QStringLiteral("export.dat"), InputFormat::Html);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.articles.first().title, QStringLiteral("Talks stall"));
}

void TestHtmlExtractor::keepsStructure()
{
    const QByteArray body =
        "<article><h1>Talks stall in Geneva</h1><p>First paragraph of the report, long enough to count as text "
        "and to be read by the scorer as prose, with commas, clauses, and more.</p>"
        "<h2>What the delegates said</h2><p>Second paragraph &amp; its entity &eacute;t&eacute; &#8212; decoded, "
        "with more words to keep it a paragraph of the article body.</p>"
        "<figure><img src=x.jpg><figcaption>Delegates leave the hall (Reuters)</figcaption></figure>"
        "<ul><li>first point</li><li>second point</li></ul><ol><li>step one</li><li>step two</li></ol>"
        "<p>Third paragraph closes the report, again with enough words, commas, and clauses to be prose.</p>"
        "</article>";
    const ParseResult r = parseArticles(page("<title>Talks stall in Geneva</title>", body), QStringLiteral("a.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = r.articles.first();
    const QStringList paragraphs = a.body.split(QStringLiteral("\n\n"));
    QCOMPARE(a.title, QStringLiteral("Talks stall in Geneva"));
    QVERIFY2(!a.body.contains(QStringLiteral("Talks stall in Geneva")),
             qPrintable(a.body)); // the title is not repeated
    QVERIFY(paragraphs.contains(QStringLiteral("What the delegates said")));
    QVERIFY(a.body.contains(QStringLiteral("& its entity été \u2014 decoded")));
    QCOMPARE(a.captions, QStringList{QStringLiteral("Delegates leave the hall (Reuters)")});
    QVERIFY(!a.body.contains(QStringLiteral("Delegates leave")));
    QVERIFY(paragraphs.contains(QStringLiteral("\u2022 first point")));
    QVERIFY(paragraphs.contains(QStringLiteral("\u2022 second point")));
    QVERIFY(paragraphs.contains(QStringLiteral("1. step one")));
    QVERIFY(paragraphs.contains(QStringLiteral("2. step two")));
    QVERIFY(!a.body.contains(QLatin1Char('<')));
}

void TestHtmlExtractor::dropsBoilerplate()
{
    QByteArray body = "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                      "<div class=\"cookie-banner\">We use cookies to improve your experience.</div>"
                      "<div id=\"main-content\">";
    body += articleParagraphs(6);
    body += "<div class=\"share-tools\"><a href=#>Share on Facebook</a> <a href=#>Tweet this</a></div>"
            "<div class=\"related-stories\"><a href=/1>Another story about something else entirely</a></div>"
            "<section id=\"comments\"><p>Reader comment: this is the worst article I have read all year, "
            "honestly, and I read a lot.</p></section>"
            "</div><footer>Copyright 2025 The Daily Example</footer><script>var ad = 'Buy now';</script>"
            "<aside><p>Most read: celebrity gossip story with many words in it, so many words, really.</p></aside>";
    const ParseResult r = parseArticles(page("<title>T</title><style>p{}</style>", body), QStringLiteral("a.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString text = r.articles.first().body;
    QVERIFY(text.contains(QStringLiteral("Paragraph 0 tells")));
    QVERIFY(text.contains(QStringLiteral("Paragraph 5 tells")));
    for (const char *junk :
         {"Home", "cookies", "Share on", "Another story", "Reader comment", "Copyright", "Buy now", "Most read", "p{}"})
        QVERIFY2(!text.contains(QLatin1String(junk)), junk);
}

void TestHtmlExtractor::metadataFromJsonLdGraph()
{
    const QByteArray head = R"(<title>Wrong title | Example News</title>
<meta property="og:title" content="Also not it">
<link rel="canonical" href="/2025/03/16/talks.html">
<meta property="og:url" content="https://news.example.com/og-url">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"WebPage","@id":"https://news.example.com/#page"},
  {"@id":"#jane","@type":"Person","name":"Jane Doe"},
  {"@type":["ReportageNewsArticle"],"headline":"Talks stall in Geneva","author":[{"@id":"#jane"},{"@type":"Person","name":"John Roe"}],
   "datePublished":"2025-03-16T10:00:00.123+03:00","dateModified":"2025-03-17","inLanguage":"fr",
   "publisher":{"@type":"Organization","name":"Example News"}}]}
</script>)";
    const ParseResult r = parseArticles(page(head, articleParagraphs(3)), QStringLiteral("a.html"), InputFormat::Auto,
                                        {}, WebHints{{}, QStringLiteral("https://news.example.com/fetched")});
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = r.articles.first();
    QCOMPARE(a.title, QStringLiteral("Talks stall in Geneva"));
    QCOMPARE(a.author, QStringLiteral("Jane Doe, John Roe"));
    QCOMPARE(a.published.toIso(), QStringLiteral("2025-03-16"));
    QCOMPARE(a.outlet, QStringLiteral("Example News"));
    QCOMPARE(a.url, QStringLiteral("https://news.example.com/2025/03/16/talks.html"));
    QCOMPARE(a.language, QStringLiteral("en")); // <html lang> wins over a site-wide inLanguage
}

void TestHtmlExtractor::metadataFromMetaAndTime()
{
    const QByteArray head = R"(<title>Talks stall - The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:author" content="https://facebook.com/someone">
<meta name="author" content="By Jane Doe">)";
    QByteArray body = "<p class=\"byline\">By Someone Else</p><time datetime=\"2024-12-26T08:00\">Dec. 26</time>";
    body += articleParagraphs(3);
    const ParseResult r = parseArticles(page(head, body), QStringLiteral("a.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = r.articles.first();
    QCOMPARE(a.title, QStringLiteral("Talks stall"));
    QCOMPARE(a.author, QStringLiteral("Jane Doe")); // a URL is no author; "By" goes
    QCOMPARE(a.published.toIso(), QStringLiteral("2024-12-26"));
    QCOMPARE(a.outlet, QStringLiteral("The Daily Example"));
    QVERIFY(!a.body.contains(QStringLiteral("Someone Else"))); // the byline is not body text

    // No metadata at all: the byline in the text names the author.
    const ParseResult bare =
        parseArticles(page("<title>Talks</title>",
                           "<div class=\"author-line\">By Ann Lee | March 16, 2025</div>" + articleParagraphs(3)),
                      QStringLiteral("b.html"));
    QVERIFY2(bare.ok(), qPrintable(bare.error));
    QCOMPARE(bare.articles.first().author, QStringLiteral("Ann Lee"));
    QCOMPARE(bare.articles.first().published.toIso(), QStringLiteral("2025-03-16"));
}

void TestHtmlExtractor::stripsSiteName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("expected");
    QTest::newRow("suffix |") << "Talks stall | Reuters"
                              << "Reuters"
                              << "Talks stall";
    QTest::newRow("suffix -") << "Obama admits it - BBC News"
                              << "BBC News"
                              << "Obama admits it";
    QTest::newRow("prefix") << "Le Monde.fr - Le projet de loi"
                            << "Le Monde"
                            << "Le projet de loi";
    QTest::newRow("host word") << "Talks stall \u2014 Example"
                               << "example.com"
                               << "Talks stall";
    QTest::newRow("dash inside a title") << "Yerevan - Baku talks stall"
                                         << "Reuters"
                                         << "Yerevan - Baku talks stall";
}

void TestHtmlExtractor::stripsSiteName()
{
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QString, expected);
    QCOMPARE(HtmlMetadata::stripSiteName(title, {site, site.section(QLatin1Char('.'), 0, 0)}), expected);
}

void TestHtmlExtractor::charsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("hint");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("warning"); ///< part of the expected warning; empty = none expected
    const QByteArray para = " drew a crowd of reporters, officials, and onlookers to the square in the morning.";
    QTest::newRow("meta windows-1251") << page("<meta charset=\"windows-1251\"><title>t</title>",
                                               "<p>\xCF\xF0\xE8\xE2\xE5\xF2" + para + "</p>")
                                       << QByteArray() << QStringLiteral("Привет") << QString();
    QTest::newRow("http-equiv iso-8859-1")
        << page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>t</title>",
                "<p>Caf\xE9" + para + "</p>")
        << QByteArray() << QStringLiteral("Café") << QString();
    QTest::newRow("transport hint over meta")
        << page("<meta charset=\"utf-8\"><title>t</title>", "<p>Caf\xE9" + para + "</p>") << QByteArray("iso-8859-1")
        << QStringLiteral("Café") << QString();
    QTest::newRow("BOM over meta") << "\xEF\xBB\xBF" + page("<meta charset=\"iso-8859-1\"><title>t</title>",
                                                            "<p>M\xC3\xBCller" + para + "</p>")
                                   << QByteArray() << QStringLiteral("Müller") << QString();
    QTest::newRow("declares latin-1, is UTF-8")
        << page("<meta charset=\"iso-8859-1\"><title>t</title>", "<p>M\xC3\xBCller" + para + "</p>") << QByteArray()
        << QStringLiteral("Müller") << QStringLiteral("declares iso-8859-1 but is UTF-8");
    QTest::newRow("declares UTF-8, is not")
        << page("<meta charset=\"utf-8\"><title>t</title>", "<p>Caf\xE9" + para + "</p>") << QByteArray()
        << QStringLiteral("Café") << QStringLiteral("declares UTF-8 but is not");
    QTest::newRow("undeclared Windows-1252") << page("<title>t</title>", "<p>\x93Quoted\x94" + para + "</p>")
                                             << QByteArray() << QStringLiteral("\u201cQuoted\u201d") << QString();
    QTest::newRow("unknown charset") << page("<meta charset=\"x-klingon\"><title>t</title>", "<p>plain" + para + "</p>")
                                     << QByteArray() << QStringLiteral("plain")
                                     << QStringLiteral("unknown charset, x-klingon");
}

void TestHtmlExtractor::charsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, hint);
    QFETCH(QString, word);
    QFETCH(QString, warning);
    const ParseResult r =
        parseArticles(bytes, QStringLiteral("a.html"), InputFormat::Auto, {}, WebHints{hint, QString()});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.articles.first().body.contains(word), qPrintable(r.articles.first().body));
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    if (warning.isEmpty())
        QVERIFY2(!warnings.contains(QLatin1String("charset")) && !warnings.contains(QLatin1String("declares")),
                 qPrintable(warnings));
    else
        QVERIFY2(warnings.contains(warning), qPrintable(warnings));
}

void TestHtmlExtractor::gzipPage()
{
    const QByteArray doc = page("<title>Compressed talks</title>", articleParagraphs(3));
    const ParseResult r = parseArticles(gzip(doc), QStringLiteral("page.html.gz"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.articles.first().title, QStringLiteral("Compressed talks"));
    QVERIFY(r.articles.first().body.contains(QStringLiteral("Paragraph 2 tells")));

    const ParseResult cut = parseArticles(gzip(doc).left(40), QStringLiteral("page.html.gz"));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error.contains(QLatin1String("gzip")), qPrintable(cut.error));
}

void TestHtmlExtractor::mhtmlPage()
{
    const QByteArray mhtml =
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.com/talks\r\n"
        "Subject: Talks\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
        "\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
        "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://news.example.com/talks\r\n\r\n"
        "<!DOCTYPE html><html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3DUTF-8\">"
        "<title>Caf=C3=A9 talks</title></head><body><article><p>The caf=C3=A9 on the square hosted the talks, the "
        "delegates said, and the talks went on late into the night, long past the hour set=\r\n"
        " for them.</p></article></body></html>\r\n"
        "------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://news.example.com/x.png\r\n\r\niVBORw0KGgo=\r\n"
        "------MultipartBoundary--abc--\r\n";
    const ParseResult r = parseArticles(mhtml, QStringLiteral("talks.mhtml"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = r.articles.first();
    QCOMPARE(a.title, QStringLiteral("Café talks"));
    QVERIFY2(a.body.contains(QStringLiteral("past the hour set for them.")), qPrintable(a.body));
    QCOMPARE(a.url, QStringLiteral("https://news.example.com/talks"));

    // The same with base64.
    QByteArray b64 = mhtml;
    const QByteArray html = "<html><head><title>Base64 talks</title></head><body><p>The delegates met again, "
                            "argued again, and left again without any deal at all, officials said.</p></body></html>";
    const qsizetype start = b64.indexOf("<!DOCTYPE");
    const qsizetype end = b64.indexOf("\r\n------MultipartBoundary--abc\r\nContent-Type: image/png");
    b64.replace(start, end - start, html.toBase64());
    b64.replace("quoted-printable", "base64");
    const ParseResult r64 = parseArticles(b64, QStringLiteral("talks.mht"));
    QVERIFY2(r64.ok(), qPrintable(r64.error));
    QCOMPARE(r64.articles.first().title, QStringLiteral("Base64 talks"));
}

void TestHtmlExtractor::hostilePages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");   ///< part of the expected error; empty = the page imports
    QTest::addColumn<QString>("warning"); ///< part of an expected warning
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 256);
    QTest::newRow("binary named .html") << binary << QStringLiteral("binary data") << QString();
    QTest::newRow("PNG named .html") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + binary
                                     << QStringLiteral("binary data") << QString();
    QTest::newRow("empty") << QByteArray("   \n") << QStringLiteral("empty") << QString();
    QTest::newRow("script-only")
        << page("<title>App</title><script src=app.js></script>",
                "<div id=root></div><script>document.getElementById('root').innerHTML = 'Loading news';</script>"
                "<noscript>You need to enable JavaScript to run this app.</noscript>")
        << QStringLiteral("no article text") << QString();
    QTest::newRow("paywall stub")
        << page("<title>Exclusive: talks stall</title>",
                "<article><p>Delegates left Geneva without a deal.</p><div class=paywall>Subscribe to continue "
                "reading.</div></article>")
        << QString() << QStringLiteral("little article text");
    QTest::newRow("unclosed everything") << QByteArray("<html><body><div><p>Talks stall <b>in <i>Geneva, and the "
                                                       "delegates leave without a deal, officials said on Sunday")
                                         << QString() << QStringLiteral("little article text");
    QTest::newRow("broken JSON-LD")
        << page("<title>T</title><script type=application/ld+json>{\"@type\": \"NewsArticle\", </script>",
                articleParagraphs(3))
        << QString() << QStringLiteral("JSON-LD");
}

void TestHtmlExtractor::hostilePages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    const ParseResult r = parseArticles(bytes, QStringLiteral("page.html"));
    if (!error.isEmpty()) {
        QVERIFY2(!r.ok(), "the page was imported");
        QVERIFY(r.articles.isEmpty());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.articles.size(), 1);
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(warning), qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void TestHtmlExtractor::deepNestingIsBounded()
{
    constexpr int depth = 100000;
    QByteArray bytes = "<html><head><title>Deep</title></head><body>";
    bytes.reserve(depth * 12);
    for (int i = 0; i < depth; ++i)
        bytes += i % 2 ? "<div>" : "<span>";
    bytes += "The text at the bottom of a very deep page, still read as text by the parser, with commas, too.";
    const ParseResult r = parseArticles(bytes, QStringLiteral("deep.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.articles.first().body.contains(QStringLiteral("The text at the bottom of a very deep page")));
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("nests elements more than")),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void TestHtmlExtractor::hugePageIsRead()
{
    // A 60 MB page (the import limit is 64 MB): one long article of about 100,000 paragraphs, read to its end.
    QByteArray paragraph = "<p>The delegates met again in Geneva on Sunday, argued over the text of the ceasefire line "
                           "by line, and left again without a deal, officials said.";
    while (paragraph.size() < 600)
        paragraph += " They will meet again next week, the mediators said, and nobody expects more.";
    paragraph += "</p>\n";
    QByteArray bytes = "<html><head><title>Huge</title></head><body><article>";
    const qsizetype target = 60 * 1024 * 1024;
    bytes.reserve(target + 1000);
    while (bytes.size() < target)
        bytes += paragraph;
    bytes += "<p>The last paragraph of the huge page.</p></article></body></html>";
    const ParseResult r = parseArticles(bytes, QStringLiteral("huge.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.articles.first().title, QStringLiteral("Huge"));
    QVERIFY(r.articles.first().body.size() > 50 * 1000 * 1000);
    QVERIFY(r.articles.first().body.endsWith(QStringLiteral("The last paragraph of the huge page.")));
}

void TestHtmlExtractor::elementCountIsBounded()
{
    QByteArray bytes = "<html><head><title>Many</title></head><body><article>";
    for (qsizetype i = 0; i < HtmlSource::kMaxElements + 1000; ++i)
        bytes += "<b>w</b> ";
    bytes += "</article></body></html>";
    const ParseResult r = parseArticles(bytes, QStringLiteral("many.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("elements; it was read up to there")),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void TestHtmlExtractor::claimReviewFromSchemaOrgExample()
{
    // schema.org's eg-0324: the example's page text (PRE-MARKUP) with its JSON-LD block, as a publisher would serve it.
    const QString examples = QString::fromUtf8(test::readFile(test::sharedPath(
        QStringLiteral("corpora/claimreview/schemaorg-examples/sdo-ClaimReview-issue-1061-examples.txt"))));
    const qsizetype pre = examples.indexOf(QLatin1String("PRE-MARKUP:"));
    const qsizetype micro = examples.indexOf(QLatin1String("MICRODATA:"), pre);
    const qsizetype json = examples.indexOf(QLatin1String("JSON:"), micro);
    const qsizetype next = examples.indexOf(QLatin1String("TYPES:"), json);
    QVERIFY(pre > 0 && micro > pre && json > micro && next > json);
    const QString markup = examples.mid(pre + 11, micro - pre - 11);
    const QString script = examples.mid(json + 5, next - json - 5);
    const QByteArray html = page((QStringLiteral("<title>Fact-check</title>") + script).toUtf8(), markup.toUtf8());
    const ParseResult r = parseArticles(html, QStringLiteral("politifact.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QList<ReviewedClaim> &reviews = r.articles.first().reviewedClaims;
    QCOMPARE(reviews.size(), 1);
    const ReviewedClaim &c = reviews.first();
    QCOMPARE(c.claimReviewed,
             QStringLiteral("More than 3,000 homicides were committed by \"illegal aliens\" over the past six years."));
    QCOMPARE(c.claimant, QStringLiteral("Rich Perry"));
    QCOMPARE(c.rating, QStringLiteral("True"));
    QCOMPARE(c.ratingValue, QStringLiteral("1"));
    QCOMPARE(c.bestRating, QStringLiteral("6"));
    QCOMPARE(c.datePublished, QStringLiteral("2014-07-23"));
    QVERIFY(c.reviewUrl.startsWith(QLatin1String("http://www.politifact.com/texas/statements/")));
}

void TestHtmlExtractor::claimReviewQuirks()
{
    // A list at the top, @graph inside, strings for numbers, a rating by name only, a review with no rating.
    const QByteArray head = R"(<title>t</title><script type="application/ld+json">
[{"@context":"https://schema.org","@graph":[
  {"@type":"ClaimReview","claimReviewed":"The moon is made of cheese.",
   "itemReviewed":[{"@type":"Claim","author":{"@id":"#bob"}}],
   "reviewRating":{"@type":"Rating","ratingValue":"1","bestRating":"5","worstRating":"1","alternateName":"Pants on Fire"},
   "author":{"@type":"Organization","name":"Checkers"}},
  {"@id":"#bob","@type":"Person","name":"Bob Smith"}]},
 {"@type":"ClaimReview","claimReviewed":"Half the talks failed.","reviewRating":{"name":"Half True"}},
 {"@type":"ClaimReview","claimReviewed":"Nobody rated this."},
 {"@type":"ClaimReview"}]
</script>)";
    const ParseResult r = parseArticles(page(head, articleParagraphs(2)), QStringLiteral("f.html"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QList<ReviewedClaim> &reviews = r.articles.first().reviewedClaims;
    QCOMPARE(reviews.size(), 3); // the review without a claim is no claim
    QCOMPARE(reviews[0].claimant, QStringLiteral("Bob Smith"));
    QCOMPARE(reviews[0].rating, QStringLiteral("Pants on Fire"));
    QCOMPARE(reviews[0].reviewer, QStringLiteral("Checkers"));
    QCOMPARE(reviews[1].rating, QStringLiteral("Half True"));
    QVERIFY(reviews[2].rating.isEmpty());
}

QTEST_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
