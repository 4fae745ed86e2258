#pragma once

#include "core/ingest/ArticleParser.h"

#include <QByteArray>
#include <QString>

namespace sift {

/// Reads a saved web page (HTML, XHTML, gzip of either, MHTML) as one article: the main text by
/// HtmlExtractor, metadata by HtmlMetadata, fact-check ClaimReviews as reviewed claims.
/// Parsing is libgumbo's (a conforming HTML5 parser), never pattern matching over markup.
class HtmlArticleParser final
{
public:
    /// Body text shorter than this is kept but flagged: a paywall stub or a teaser, not the article.
    static constexpr int kShortBodyWarning = 300;

    static ParseResult parse(const QByteArray &bytes, const QString &fileName, const WebHints &hints = {});
};

} // namespace sift
