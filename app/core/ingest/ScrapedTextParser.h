#pragma once

#include "core/ingest/ArticleParser.h"

#include <QString>

namespace sift {

/// Reads the scraped-text format (see DESIGN.md): many articles per file, separated by two or more
/// blank lines, each a title, photo captions, the site's "TT"/"20" font-size residue, the title and
/// captions again, then body paragraphs. Keeps each caption once, drops the residue and repeats.
class ScrapedTextParser final
{
public:
    /// Every block becomes an article even when nothing in the file looks like the format; a warning then says so.
    static ParseResult parse(const QString &text);
    /// True when some article shows the format's signature: the TT/20 residue, a repeated title, or a
    /// doubled caption right under the title.
    static bool looksLikeScraped(const QString &text);
    /// A line that ends with a parenthesized photo credit: "(Reuters)", "(Name, Pool Photo via AP, File)".
    static bool isCaptionLine(const QString &line);
};

} // namespace sift
