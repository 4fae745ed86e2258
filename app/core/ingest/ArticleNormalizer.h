#pragma once

#include "core/domain/Article.h"

#include <QString>
#include <QStringList>

namespace sift {

/// The text shape every imported article has, whatever its format: one-line titles and captions,
/// bodies of trimmed paragraphs separated by exactly one blank line.
class ArticleNormalizer final
{
public:
    static QString title(const QString &text);
    /// Blank lines separate paragraphs; line breaks inside a paragraph become spaces.
    static QString body(const QString &text);
    /// Simplified, empty ones dropped, each kept once in first-seen order.
    static QStringList captions(const QStringList &captions);
    static void normalize(Article &article);
};

/// Builds a body one line at a time by the rule of ArticleNormalizer::body, for parsers that hold
/// the lines as views into a larger text and would otherwise join them only to split them again.
class BodyBuilder final
{
public:
    explicit BodyBuilder(qsizetype capacity = 0) { m_body.reserve(capacity); }
    void addLine(QStringView line);
    QString take();

private:
    QString m_body;
    bool m_paragraphEnded = false;
};

} // namespace sift
