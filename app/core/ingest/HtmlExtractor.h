#pragma once

#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace sift {

/// Finds the article in a parsed web page, the way reader modes do: paragraphs are scored by their text
/// (length, commas) and the score flows to their containers; the best container, less its link-heavy,
/// hidden and boilerplate parts (navigation, share bars, related links, comments, cookie banners, ads),
/// is the article. General rules only: no site is special-cased.
class HtmlExtractor final
{
public:
    struct Result {
        QString body;         ///< paragraphs separated by a blank line; headings and list items are paragraphs
        QStringList captions; ///< figure captions, in order, kept apart from the body
        QString byline;       ///< the byline found in the page text, as written ("By Jane Doe")
    };

    /// title: the article's title as the metadata has it; a heading repeating it is left out of the body.
    static Result extract(const GumboInternalNode *document, const QString &title);
};

} // namespace sift
