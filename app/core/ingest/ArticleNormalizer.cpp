#include "core/ingest/ArticleNormalizer.h"

#include <utility>

namespace sift {

QString ArticleNormalizer::title(const QString &text)
{
    return text.simplified();
}

QString ArticleNormalizer::body(const QString &text)
{
    // Views, not copies: an imported body can be tens of megabytes on one line.
    BodyBuilder builder(text.size());
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n')))
        builder.addLine(line);
    return builder.take();
}

void BodyBuilder::addLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        m_paragraphEnded = !m_body.isEmpty();
        return;
    }
    if (!m_body.isEmpty())
        m_body += m_paragraphEnded ? QLatin1String("\n\n") : QLatin1String(" ");
    m_paragraphEnded = false;
    m_body += trimmed;
}

QString BodyBuilder::take()
{
    m_paragraphEnded = false;
    if (m_body.capacity() - m_body.size() > 64 + m_body.size() / 8)
        m_body.squeeze(); // the capacity was a guess from untrimmed lines; articles wait in memory until stored
    return std::exchange(m_body, QString());
}

QStringList ArticleNormalizer::captions(const QStringList &captions)
{
    QStringList result;
    for (const QString &caption : captions) {
        const QString simplified = caption.simplified();
        if (!simplified.isEmpty() && !result.contains(simplified))
            result << simplified;
    }
    return result;
}

void ArticleNormalizer::normalize(Article &article)
{
    article.title = title(article.title);
    article.body = body(article.body);
    article.captions = captions(article.captions);
    article.outlet = article.outlet.simplified();
    article.author = article.author.simplified();
    article.url = article.url.trimmed();
    article.language = article.language.trimmed();
}

} // namespace sift
