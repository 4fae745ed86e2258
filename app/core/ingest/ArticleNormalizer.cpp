#include "core/ingest/ArticleNormalizer.h"

namespace sift {

QString ArticleNormalizer::title(const QString &text)
{
    return text.simplified();
}

QStringList ArticleNormalizer::paragraphs(const QString &text)
{
    QStringList result;
    QStringList current;
    auto flush = [&] {
        if (!current.isEmpty())
            result << current.join(QLatin1Char(' '));
        current.clear();
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            flush();
        else
            current << trimmed;
    }
    flush();
    return result;
}

QString ArticleNormalizer::body(const QString &text)
{
    return paragraphs(text).join(QLatin1String("\n\n"));
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
