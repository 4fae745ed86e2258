#include "FuzzTargets.h"

#include "core/analysis/AttributionFinder.h"
#include "core/analysis/DateParser.h"
#include "core/analysis/DateResolver.h"
#include "core/domain/Article.h"
#include "core/ingest/ArticleParser.h"
#include "core/ingest/CsvArticleParser.h"
#include "core/ingest/CsvReader.h"
#include "core/ingest/FeedParser.h"
#include "core/ingest/HtmlMetadata.h"
#include "core/ingest/HtmlSource.h"
#include "core/ingest/HtmlText.h"
#include "core/ingest/JsonArticleParser.h"
#include "core/ingest/ScrapedTextParser.h"
#include "core/ingest/TextDecoder.h"
#include "core/store/ArticleStore.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace sift::fuzz {

namespace {

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A broken invariant is a bug as much as a crash: abort, so libFuzzer keeps the input.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

/// What the importer does next with each article: its dedupe key and, through the parser, its text offsets.
void checkArticles(const ParseResult &result)
{
    require(result.ok() || result.articles.isEmpty());
    for (const Article &a : result.articles)
        require(articleUid(a.title, a.body).size() > 0);
}

} // namespace

int scrapedText(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.ok()) {
        ScrapedTextParser::looksLikeScraped(decoded.text);
        checkArticles(ScrapedTextParser::parse(decoded.text));
    }
    checkArticles(parseArticles(bytes, QStringLiteral("fuzz.txt"), InputFormat::Scraped));
    checkArticles(parseArticles(bytes, QStringLiteral("fuzz.txt"), InputFormat::Auto));
    return 0;
}

int json(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const QString text = QString::fromUtf8(bytes);
    JsonArticleParser::looksLikeJson(text);
    checkArticles(JsonArticleParser::parse(text));
    checkArticles(JsonArticleParser::parse(text, FieldMap{{QStringLiteral("title"), QStringLiteral("headline")},
                                                          {QStringLiteral("body"), QStringLiteral("text")}}));
    checkArticles(parseArticles(bytes, QStringLiteral("fuzz.jsonl"), InputFormat::Json));
    return 0;
}

int csv(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const QString text = QString::fromUtf8(bytes);
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        CsvReader reader(delimiter);
        for (const bool skip : {true, false}) {
            reader.setSkipEmptyLines(skip);
            const CsvReader::Result result = reader.read(text);
            require(result.rows.size() == result.rowLines.size() || !result.ok());
        }
    }
    CsvReader::guessDelimiter(QStringView(text).left(text.indexOf(QLatin1Char('\n'))));
    CsvArticleParser::looksLikeCsv(text);
    checkArticles(CsvArticleParser::parse(text));
    checkArticles(parseArticles(bytes, QStringLiteral("fuzz.csv"), InputFormat::Csv));
    return 0;
}

int dates(const std::uint8_t *data, std::size_t size)
{
    // The first two bytes pick the reference date (or none); the rest is the text.
    QDate reference;
    if (size >= 2) {
        const int days = (data[0] << 8) | data[1];
        if (days != 0xFFFF)
            reference = QDate(1990, 1, 1).addDays(days);
        data += 2;
        size -= 2;
    }
    const QString text = QString::fromUtf8(bytesOf(data, size));
    parseDate(text);
    resolveDateExpression(text, reference);
    qsizetype end = 0;
    for (const DateMention &m : findDateMentions(text, reference)) {
        // In order, inside the text, not overlapping, and the text is what the offsets say.
        require(m.start >= end && m.length > 0 && m.start + m.length <= text.size());
        require(text.mid(m.start, m.length) == m.text);
        end = m.start + m.length;
    }
    return 0;
}

int searchQuery(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store;
    static std::unique_ptr<ArticleStore> articles;
    if (!store) {
        store = std::make_unique<Store>();
        require(store->open(dir.filePath(QStringLiteral("fuzz.sift")), Store::OpenMode::CreateIfMissing).isEmpty());
        articles = std::make_unique<ArticleStore>(store->db());
        const QStringList bodies{QStringLiteral("Azerbaijan on Sunday accused Armenian forces of shooting."),
                                 QStringLiteral("The Kremlin could neither confirm nor deny the call."),
                                 QStringLiteral("Ünïcode café — العربية 新闻 🚢 text for the tokenizer.")};
        for (int i = 0; i < bodies.size(); ++i) {
            Article a;
            a.title = QStringLiteral("Article %1").arg(i);
            a.body = bodies.at(i);
            articles->insert(a);
        }
    }
    const QString query = QString::fromUtf8(bytesOf(data, size));
    try {
        for (const SearchHit &hit : articles->search(query, 5))
            articles->snippet(hit.id, query, QStringLiteral("["), QStringLiteral("]"));
    } catch (const StoreError &) {
        // A malformed query is a user error the CLI and GUI report; not a bug.
    }
    return 0;
}

int feed(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    for (const QString &charset : {QString(), QStringLiteral("windows-1251"), QStringLiteral("utf-16le")}) {
        const FeedDocument doc = FeedParser::parse(bytes, charset);
        require(doc.ok() || doc.entries.isEmpty());
        require(doc.entries.size() <= kMaxArticlesPerFile);
        QList<qsizetype> summaryOnly;
        const ParseResult result = FeedParser::toArticles(doc, &summaryOnly);
        for (const qsizetype i : summaryOnly)
            require(i >= 0 && i < result.articles.size());
        for (const FeedEntry &entry : doc.entries)
            FeedParser::parseDateTime(entry.published);
    }
    const QString text = QString::fromUtf8(bytes);
    FeedParser::looksLikeFeed(text);
    HtmlText::decodeEntities(text);
    const QString plain = HtmlText::toPlainText(text);
    require(!plain.contains(QLatin1String("\n\n\n")));
    checkArticles(parseArticles(bytes, QStringLiteral("fuzz.rss"), InputFormat::Feed));
    return 0;
}

int html(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    for (const char *name : {"fuzz.html", "fuzz.mhtml"}) {
        const ParseResult result = parseArticles(bytes, QString::fromLatin1(name), InputFormat::Html);
        checkArticles(result);
        require(result.ok() == (result.articles.size() == 1));
        for (const Article &a : result.articles) {
            // The body's shape: paragraphs separated by exactly one blank line, no markup residue of ours.
            require(!a.body.contains(QLatin1String("\n\n\n")) && a.body == a.body.trimmed());
            for (const QString &caption : a.captions)
                require(!caption.isEmpty());
        }
    }
    // The same bytes as a JSON-LD block, and through the depth and element bounds.
    QList<QJsonObject> articles;
    QList<ReviewedClaim> reviews;
    HtmlMetadata::readJsonLd(QString::fromUtf8(bytes), &articles, &reviews);
    QStringList warnings;
    require(HtmlSource::boundMarkup(bytes, &warnings).size() <= bytes.size());
    return 0;
}

int attribution(const std::uint8_t *data, std::size_t size)
{
    const QString body = QString::fromUtf8(bytesOf(data, size));
    // Suggestions count code points, as claim anchors do.
    const QList<uint> points = body.toUcs4();
    const auto spanOf = [&](qint64 start, qint64 end) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + start, end - start);
    };
    const auto inside = [&](const AttributionSpan &span) {
        require(span.start >= 0 && span.start < span.end && span.end <= points.size());
        require(spanOf(span.start, span.end) == span.text);
    };
    AttributionFinder finder;
    finder.addAlias(QStringLiteral("Baku"), QStringLiteral("Government of Azerbaijan"));
    const QList<Suggestion> list = finder.find(body);
    for (const Suggestion &s : list) {
        inside(s.content);
        inside(s.cue);
        if (s.speaker.isValid())
            inside(s.speaker);
        require(s.contradicts >= -1 && s.contradicts < list.size());
        require(s.confidence > 0.0 && s.confidence < 1.0);
        require(!s.rule.isEmpty());
    }
    return 0;
}

QStringList targetNames()
{
    return {QStringLiteral("scraped"), QStringLiteral("json"), QStringLiteral("csv"),  QStringLiteral("dates"),
            QStringLiteral("search"),  QStringLiteral("html"), QStringLiteral("feed"), QStringLiteral("attribution")};
}

int run(const QString &target, const std::uint8_t *data, std::size_t size)
{
    if (target == QLatin1String("scraped"))
        return scrapedText(data, size);
    if (target == QLatin1String("json"))
        return json(data, size);
    if (target == QLatin1String("csv"))
        return csv(data, size);
    if (target == QLatin1String("dates"))
        return dates(data, size);
    if (target == QLatin1String("search"))
        return searchQuery(data, size);
    if (target == QLatin1String("html"))
        return html(data, size);
    if (target == QLatin1String("feed"))
        return feed(data, size);
    if (target == QLatin1String("attribution"))
        return attribution(data, size);
    return -1;
}

} // namespace sift::fuzz
