#pragma once

#include <QString>
#include <QStringView>

namespace sift {

/// Plain text from the small HTML fragments feeds carry (a description, content:encoded): tags dropped, block
/// elements as paragraph breaks, script/style content dropped, character references decoded. Not a page extractor:
/// whole pages go through parseArticles' HTML format.
namespace HtmlText {

/// The fragment's text, paragraphs separated by one blank line (ArticleNormalizer::body's shape).
QString toPlainText(QStringView html);
/// Decodes &amp;, &#233;, &#xE9; and the common named references; unknown ones are left as written.
QString decodeEntities(QStringView text);
/// The character a named reference ("amp", "eacute") stands for; empty when unknown.
QString namedEntity(QStringView name);
/// True when the text holds something that looks like a tag or a character reference.
bool looksLikeMarkup(QStringView text);

} // namespace HtmlText
} // namespace sift
