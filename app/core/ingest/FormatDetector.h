#pragma once

#include "core/ingest/ArticleParser.h"

#include <QString>

namespace sift {

/// Picks the format of a file the user did not label: .json/.jsonl/.ndjson, .csv/.tsv and .rss/.atom by
/// extension; anything else by content — an RSS, RDF or Atom root element, JSON records, a CSV header naming a
/// title or body column, the scraped format's signature — and plain text when nothing else fits. Never returns Auto.
class FormatDetector final
{
public:
    static InputFormat detect(const QString &fileName, const QString &text, const FieldMap &map = {});
};

} // namespace sift
