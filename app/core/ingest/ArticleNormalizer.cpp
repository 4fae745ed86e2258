#include "core/ingest/ArticleNormalizer.h"

#include <utility>

namespace sift {

QString ArticleNormalizer::title(const QString &text)
{
    return text.simplified();
}

QStringList ArticleNormalizer::paragraphs(const QString &text)
{
    // Views, not copies: an imported body can be tens of megabytes on one line.
    QStringList result;
    QString current;
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!current.isEmpty())
                result << std::exchange(current, QString());
            continue;
        }
        if (!current.isEmpty())
            current += QLatin1Char(' ');
        current += trimmed;
    }
    if (!current.isEmpty())
        result << current;
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
