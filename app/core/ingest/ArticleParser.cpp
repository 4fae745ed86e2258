#include "core/ingest/ArticleParser.h"

#include "core/domain/Translation.h"
#include "core/ingest/ArticleFields.h"
#include "core/ingest/CsvArticleParser.h"
#include "core/ingest/FormatDetector.h"
#include "core/ingest/HtmlArticleParser.h"
#include "core/ingest/HtmlSource.h"
#include "core/ingest/JsonArticleParser.h"
#include "core/ingest/PlainTextParser.h"
#include "core/ingest/ScrapedTextParser.h"
#include "core/ingest/TextDecoder.h"

#include <QCoreApplication>

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
    }
    return QStringLiteral("auto");
}

std::optional<InputFormat> inputFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const InputFormat format : {InputFormat::Auto, InputFormat::Scraped, InputFormat::Text, InputFormat::Json,
                                     InputFormat::Csv, InputFormat::Html}) {
        if (inputFormatKey(format) == k)
            return format;
    }
    if (k == QLatin1String("txt") || k == QLatin1String("plain"))
        return InputFormat::Text;
    if (k == QLatin1String("jsonl") || k == QLatin1String("ndjson"))
        return InputFormat::Json;
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

ParseResult parseArticles(const QByteArray &bytes, const QString &fileName, InputFormat format, const FieldMap &map,
                          const WebHints &hints)
{
    ParseResult result;
    if (format == InputFormat::Html || (format == InputFormat::Auto && HtmlSource::looksLikeHtml(bytes, fileName))) {
        result = HtmlArticleParser::parse(bytes, fileName, hints);
        if (!map.isEmpty())
            result.warnings << Sift::tr("the field map applies to JSON and CSV only; it was ignored for this web page");
        if (!result.ok())
            result.articles.clear();
        capWarnings(&result.warnings);
        return result;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    const InputFormat chosen =
        format == InputFormat::Auto ? FormatDetector::detect(fileName, decoded.text, map) : format;
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

} // namespace sift
