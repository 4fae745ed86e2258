#pragma once

#include "core/ingest/ArticleParser.h"

#include <QString>

namespace sift {

/// Reads articles from JSON: an array of objects, one object, an object holding an "articles" or
/// "items" array, or JSON Lines. In JSON Lines a line that is not an object is skipped with a
/// warning naming it; any other malformed JSON fails the file with the line, column and offset.
class JsonArticleParser final
{
public:
    static ParseResult parse(const QString &text, const FieldMap &map = {});
    /// Starts like a JSON document meant to hold records: "{" followed by a key or "}", or "[" followed by "{" or "]".
    static bool looksLikeJson(const QString &text);
};

} // namespace sift
