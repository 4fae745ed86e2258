#include "core/ingest/ArticleParser.h"

#include "core/domain/Translation.h"
#include "core/ingest/ArticleFields.h"
#include "core/ingest/CsvArticleParser.h"
#include "core/ingest/FeedParser.h"
#include "core/ingest/FormatDetector.h"
#include "core/ingest/HtmlArticleParser.h"
#include "core/ingest/HtmlSource.h"
#include "core/ingest/JsonArticleParser.h"
#include "core/ingest/PlainTextParser.h"
#include "core/ingest/ScrapedTextParser.h"
#include "core/ingest/TextDecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

namespace sift {

namespace {

// A file with thousands of bad records should not bury the summary; the rest are counted.
constexpr qsizetype kMaxWarnings = 30;

void capWarnings(QStringList *warnings)
{
    if (warnings->size() <= kMaxWarnings)
        return;
    const qsizetype more = warnings->size() - kMaxWarnings;
    warnings->resize(kMaxWarnings);
    *warnings << Sift::tr("\u2026and %1 more notes").arg(more);
}

ParseResult dispatch(InputFormat format, const QString &text, const QString &fileName, const FieldMap &map)
{
    switch (format) {
    case InputFormat::Scraped:
        return ScrapedTextParser::parse(text);
    case InputFormat::Json:
        return JsonArticleParser::parse(text, map);
    case InputFormat::Csv:
        return CsvArticleParser::parse(text, map);
    case InputFormat::Auto:
    case InputFormat::Text:
    case InputFormat::Html:
    case InputFormat::Feed:
        break;
    }
    return PlainTextParser::parse(text, fileName);
}

} // namespace

QString inputFormatKey(InputFormat format)
{
    switch (format) {
    case InputFormat::Auto:
        return QStringLiteral("auto");
    case InputFormat::Scraped:
        return QStringLiteral("scraped");
    case InputFormat::Text:
        return QStringLiteral("text");
    case InputFormat::Json:
        return QStringLiteral("json");
    case InputFormat::Csv:
        return QStringLiteral("csv");
    case InputFormat::Html:
        return QStringLiteral("html");
    case InputFormat::Feed:
        return QStringLiteral("feed");
    }
    return QStringLiteral("auto");
}

std::optional<InputFormat> inputFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const InputFormat format : {InputFormat::Auto, InputFormat::Scraped, InputFormat::Text, InputFormat::Json,
                                     InputFormat::Csv, InputFormat::Html, InputFormat::Feed}) {
        if (inputFormatKey(format) == k)
            return format;
    }
    if (k == QLatin1String("txt") || k == QLatin1String("plain"))
        return InputFormat::Text;
    if (k == QLatin1String("jsonl") || k == QLatin1String("ndjson"))
        return InputFormat::Json;
    if (k == QLatin1String("rss") || k == QLatin1String("atom"))
        return InputFormat::Feed;
    if (k == QLatin1String("htm") || k == QLatin1String("xhtml") || k == QLatin1String("mhtml") ||
        k == QLatin1String("mht"))
        return InputFormat::Html;
    return std::nullopt;
}

std::optional<FieldMap> parseFieldMap(const QString &spec, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<FieldMap> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    FieldMap map;
    const QStringList entries = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (entry.trimmed().isEmpty())
            continue;
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString field = entry.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : entry.mid(eq + 1).trimmed();
        if (eq < 0 || field.isEmpty() || column.isEmpty())
            return fail(
                Sift::tr("\u201c%1\u201d is not of the form field=column, as in title=headline").arg(entry.trimmed()));
        if (!ArticleFields::isField(field)) {
            return fail(Sift::tr("unknown field \u201c%1\u201d; the fields are %2")
                            .arg(field, ArticleFields::names().join(QLatin1String(", "))));
        }
        if (map.contains(field))
            return fail(Sift::tr("the field \u201c%1\u201d is mapped twice").arg(field));
        map.insert(field, column);
    }
    if (error)
        error->clear();
    return map;
}

QString tooManyArticlesError()
{
    return Sift::tr("the file holds more than %1 articles; split it into smaller files").arg(kMaxArticlesPerFile);
}

namespace {

/// Bytes in the charset an HTTP header names, as UTF-8 with a byte order mark (which every later decoder trusts
/// first). Bytes that are valid UTF-8 are left alone: a header that says otherwise is wrong far more often.
QByteArray withHttpCharset(const QByteArray &bytes, const QString &charset)
{
    if (charset.isEmpty() || charset.startsWith(QLatin1String("utf-8")) || bytes.isValidUtf8())
        return bytes;
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid())
        return bytes;
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return bytes;
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

ParseResult parseFeed(const QByteArray &bytes, const QString &charset)
{
    QList<qsizetype> summaryOnly;
    ParseResult result = FeedParser::toArticles(FeedParser::parse(bytes, charset), &summaryOnly);
    result.summaryOnly = std::move(summaryOnly);
    result.isFeed = true;
    return result;
}

} // namespace

/// A feed by its name (.rss, .atom) or its root element. Asked before the HTML test: an RSS <title> or an Atom
/// <content type="html"> would otherwise make a feed look like a web page.
bool looksLikeFeedFile(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom"))
        return true;
    const QByteArrayView head = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 4096));
    QStringDecoder decoder(QStringConverter::encodingForData(head).value_or(QStringConverter::Utf8));
    const QString text = decoder.decode(head);
    return FeedParser::looksLikeFeed(text);
}

ParseResult parseFeedArticles(QIODevice &device, const std::function<bool(ArticleChunk &&chunk)> &sink,
                              int chunkEntries)
{
    qsizetype articles = 0;
    int untitled = 0;
    const auto toArticles = [&](FeedChunk &&chunk) {
        ArticleChunk out;
        out.restart = chunk.restart;
        if (chunk.restart) {
            articles = 0;
            untitled = 0;
        }
        out.articles.reserve(chunk.entries.size());
        for (const FeedEntry &entry : std::as_const(chunk.entries)) {
            Article article;
            if (FeedParser::toArticle(entry, chunk.head.title, &article))
                out.articles << std::move(article);
            else
                ++untitled;
        }
        articles += out.articles.size();
        return sink(std::move(out));
    };
    const FeedHead head = FeedParser::parse(device, toArticles, chunkEntries);
    ParseResult result;
    result.isFeed = true;
    result.warnings = head.warnings;
    result.error = head.error;
    if (result.ok() && untitled > 0)
        result.warnings << Sift::tr("%1 entries without a title, link or text were skipped").arg(untitled);
    if (result.ok() && articles == 0)
        result.error = Sift::tr("the feed holds no entries");
    capWarnings(&result.warnings);
    return result;
}

ParseResult parseArticles(const QByteArray &bytes, const QString &fileName, InputFormat format, const FieldMap &map,
                          const WebHints &hints)
{
    ParseResult result;
    const QString charset = QString::fromLatin1(hints.charset).toLower();
    if (format == InputFormat::Auto && looksLikeFeedFile(bytes, fileName))
        format = InputFormat::Feed;
    if (format == InputFormat::Feed) {
        result = parseFeed(bytes, charset);
        if (result.ok() && result.articles.isEmpty())
            result.error = Sift::tr("the feed holds no entries");
        capWarnings(&result.warnings);
        return result;
    }
    if (format == InputFormat::Html || (format == InputFormat::Auto && HtmlSource::looksLikeHtml(bytes, fileName))) {
        result = HtmlArticleParser::parse(bytes, fileName, hints);
        if (!map.isEmpty())
            result.warnings << Sift::tr("the field map applies to JSON and CSV only; it was ignored for this web page");
        if (!result.ok())
            result.articles.clear();
        capWarnings(&result.warnings);
        return result;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(withHttpCharset(bytes, charset));
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    const InputFormat chosen =
        format == InputFormat::Auto ? FormatDetector::detect(fileName, decoded.text, map) : format;
    if (chosen == InputFormat::Feed)
        return parseArticles(bytes, fileName, chosen, map, hints);
    result = dispatch(chosen, decoded.text, fileName, map);
    result.warnings = decoded.warnings + result.warnings;
    if (!map.isEmpty() && (chosen == InputFormat::Scraped || chosen == InputFormat::Text))
        result.warnings << Sift::tr("the field map applies to JSON and CSV only; it was ignored for this text file");
    if (result.ok() && result.articles.isEmpty())
        result.error = Sift::tr("no article was found in the file");
    if (!result.ok())
        result.articles.clear();
    capWarnings(&result.warnings);
    return result;
}

ParseResult parseWebArticles(const QByteArray &bytes, const QString &fileName, InputFormat format,
                             const QString &charset, const FieldMap &map, const QString &url)
{
    return parseArticles(bytes, fileName, format, map, WebHints{charset.toLatin1(), url});
}

} // namespace sift
