#pragma once

#include "core/ingest/ArticleParser.h"

#include <QString>

namespace sift {

/// Picks the format of a file the user did not label: .json/.jsonl/.ndjson and .csv/.tsv by
/// extension; anything else by content — JSON records, a CSV header naming a title or body column,
/// the scraped format's signature — and plain text when nothing else fits. Never returns Auto.
class FormatDetector final
{
public:
    static InputFormat detect(const QString &fileName, const QString &text, const FieldMap &map = {});
};

} // namespace sift
