#pragma once

#include "core/ingest/ArticleParser.h"

#include <QString>

namespace sift {

/// One file, one article: the first non-empty line is the title, the rest the body. When that first
/// line reads as a paragraph rather than a headline (bodies saved without a title, as newspaper3k
/// does), the title comes from the file name and the paragraph stays in the body.
class PlainTextParser final
{
public:
    static ParseResult parse(const QString &text, const QString &fileName);
    /// A long line that ends a sentence: a lede, not a headline.
    static bool looksLikeParagraph(const QString &line);
};

} // namespace sift
