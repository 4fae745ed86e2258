#include "core/ingest/FormatDetector.h"

#include "core/ingest/CsvArticleParser.h"
#include "core/ingest/FeedParser.h"
#include "core/ingest/JsonArticleParser.h"
#include "core/ingest/ScrapedTextParser.h"

#include <QFileInfo>

namespace sift {

InputFormat FormatDetector::detect(const QString &fileName, const QString &text, const FieldMap &map)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return InputFormat::Json;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return InputFormat::Csv;
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom") || FeedParser::looksLikeFeed(text))
        return InputFormat::Feed;
    if (JsonArticleParser::looksLikeJson(text))
        return InputFormat::Json;
    if (CsvArticleParser::looksLikeCsv(text, map))
        return InputFormat::Csv;
    if (ScrapedTextParser::looksLikeScraped(text))
        return InputFormat::Scraped;
    return InputFormat::Text;
}

} // namespace sift
