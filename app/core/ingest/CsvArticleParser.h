#pragma once

#include "core/ingest/ArticleParser.h"

#include <QString>

namespace sift {

/// Reads articles from CSV with a header row (RFC 4180; comma, semicolon or tab separated). Columns
/// are found by their usual names or through the field map; a header with neither a title nor a body
/// column fails the file and lists the columns it has.
class CsvArticleParser final
{
public:
    static ParseResult parse(const QString &text, const FieldMap &map = {});
    /// The first record is a header of short cells, one of which names a title or body column.
    static bool looksLikeCsv(const QString &text, const FieldMap &map = {});
};

} // namespace sift
