#include "core/ingest/ArticleFields.h"

#include "core/analysis/DateParser.h"
#include "core/ingest/ArticleNormalizer.h"

#include <QCoreApplication>

namespace sift {

namespace {

const QHash<QString, QStringList> &aliasTable()
{
    // Names used by newspaper3k, news-please, NewsAPI, schema.org NewsArticle and common scrapers.
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("title"), {QStringLiteral("title"), QStringLiteral("headline"), QStringLiteral("name")}},
        {QStringLiteral("body"),
         {QStringLiteral("body"), QStringLiteral("text"), QStringLiteral("content"), QStringLiteral("article"),
          QStringLiteral("maintext"), QStringLiteral("articlebody"), QStringLiteral("fulltext")}},
        {QStringLiteral("url"),
         {QStringLiteral("url"), QStringLiteral("link"), QStringLiteral("href"), QStringLiteral("permalink")}},
        {QStringLiteral("published"),
         {QStringLiteral("published"), QStringLiteral("date"), QStringLiteral("datepublished"),
          QStringLiteral("pubdate"), QStringLiteral("datepublish"), QStringLiteral("publishedat"),
          QStringLiteral("publishdate"), QStringLiteral("publicationdate")}},
        {QStringLiteral("outlet"),
         {QStringLiteral("outlet"), QStringLiteral("source"), QStringLiteral("publisher"), QStringLiteral("sitename"),
          QStringLiteral("sourcedomain")}},
        {QStringLiteral("author"),
         {QStringLiteral("author"), QStringLiteral("authors"), QStringLiteral("byline"), QStringLiteral("creator")}},
        {QStringLiteral("language"),
         {QStringLiteral("language"), QStringLiteral("lang"), QStringLiteral("inlanguage")}},
        {QStringLiteral("captions"), {QStringLiteral("captions"), QStringLiteral("caption")}},
    };
    return table;
}

QString firstNonEmpty(const QStringList &values)
{
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

QStringList nonEmptySimplified(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        if (const QString s = value.simplified(); !s.isEmpty())
            result << s;
    }
    return result;
}

} // namespace

const QStringList &ArticleFields::names()
{
    static const QStringList fields = {
        QStringLiteral("title"),  QStringLiteral("body"),   QStringLiteral("url"),      QStringLiteral("published"),
        QStringLiteral("outlet"), QStringLiteral("author"), QStringLiteral("language"), QStringLiteral("captions"),
    };
    return fields;
}

bool ArticleFields::isField(const QString &name)
{
    return names().contains(name);
}

QStringList ArticleFields::aliases(const QString &field)
{
    return aliasTable().value(field);
}

QString ArticleFields::normalizedKey(const QString &key)
{
    QString k = key.trimmed().toCaseFolded();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('_'));
    k.remove(QLatin1Char('-'));
    return k;
}

QHash<QString, QStringList> ArticleFields::candidateKeys(const QStringList &available, const FieldMap &map)
{
    QHash<QString, QStringList> result;
    for (const QString &field : names()) {
        if (map.contains(field)) {
            result.insert(field, {map.value(field)});
            continue;
        }
        QStringList keys;
        for (const QString &alias : aliasTable().value(field)) {
            for (const QString &key : available) {
                if (normalizedKey(key) == alias && !keys.contains(key))
                    keys << key;
            }
        }
        if (!keys.isEmpty())
            result.insert(field, keys);
    }
    return result;
}

QString ArticleFields::matchKey(const QStringList &available, const QString &wanted)
{
    if (available.contains(wanted))
        return wanted;
    for (const QString &key : available) {
        if (key.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return key;
    }
    return {};
}

std::optional<Article> ArticleFields::build(const QHash<QString, QStringList> &values, const QString &where,
                                            QStringList *warnings)
{
    Article article;
    article.title = ArticleNormalizer::title(values.value(QStringLiteral("title")).join(QLatin1Char(' ')));
    article.body = ArticleNormalizer::body(values.value(QStringLiteral("body")).join(QLatin1String("\n\n")));
    if (article.title.isEmpty() && article.body.isEmpty()) {
        if (warnings)
            *warnings << QCoreApplication::translate("sift", "%1 has neither a title nor a body; skipped").arg(where);
        return std::nullopt;
    }
    article.url = firstNonEmpty(values.value(QStringLiteral("url")));
    article.outlet = firstNonEmpty(values.value(QStringLiteral("outlet"))).simplified();
    article.author = nonEmptySimplified(values.value(QStringLiteral("author"))).join(QLatin1String(", "));
    article.language = firstNonEmpty(values.value(QStringLiteral("language")));

    QStringList captions;
    for (const QString &value : values.value(QStringLiteral("captions")))
        captions << value.split(QLatin1Char('\n'));
    article.captions = ArticleNormalizer::captions(captions);

    if (const QString date = firstNonEmpty(values.value(QStringLiteral("published"))); !date.isEmpty()) {
        if (const std::optional<PartialDate> parsed = parseDate(date)) {
            article.published = *parsed;
        } else if (warnings) {
            *warnings << QCoreApplication::translate("sift",
                                                     "%1: the date \u201c%2\u201d is not understood; left unknown")
                             .arg(where, date);
        }
    }
    return article;
}

} // namespace sift
