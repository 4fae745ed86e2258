#include "core/ingest/HtmlArticleParser.h"

#include "core/analysis/DateParser.h"
#include "core/domain/Translation.h"
#include "core/ingest/ArticleNormalizer.h"
#include "core/ingest/HtmlExtractor.h"
#include "core/ingest/HtmlMetadata.h"
#include "core/ingest/HtmlSource.h"

#include <QFileInfo>

#include <gumbo.h>

#include <memory>

namespace sift {

namespace {

/// Owns libgumbo's tree; no exception or early return leaks it.
class GumboTree
{
public:
    explicit GumboTree(const QByteArray &utf8)
    {
        m_options.max_errors = 0; // parse errors are not reported to anyone; recording them costs memory
        m_output = gumbo_parse_with_options(&m_options, utf8.constData(), std::size_t(utf8.size()));
    }
    ~GumboTree()
    {
        if (m_output)
            gumbo_destroy_output(&m_options, m_output);
    }
    GumboTree(const GumboTree &) = delete;
    GumboTree &operator=(const GumboTree &) = delete;

    const GumboNode *document() const { return m_output ? m_output->document : nullptr; }

private:
    GumboOptions m_options = kGumboDefaultOptions;
    GumboOutput *m_output = nullptr;
};

bool isDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return !text.isEmpty();
}

/// Metadata dates as pages write them: ISO date-times with fractions and zones, "April 28, 2019 at 6:01 am", RFC 2822.
PartialDate dateFrom(const QString &value)
{
    const QString text = value.simplified();
    if (text.isEmpty())
        return {};
    if (text.size() >= 10 && isDigits(QStringView(text).left(4)) && text.at(4) == QLatin1Char('-') &&
        isDigits(QStringView(text).mid(5, 2)) && text.at(7) == QLatin1Char('-') &&
        isDigits(QStringView(text).mid(8, 2)))
        return parseDate(text.left(10)).value_or(PartialDate{});
    if (const auto date = parseDate(text))
        return *date;
    for (const QLatin1String cut :
         {QLatin1String(" at "), QLatin1String(" | "), QLatin1String(" - "), QLatin1String(" \u00b7 ")}) {
        const qsizetype at = text.indexOf(cut);
        if (at > 0) {
            if (const auto date = parseDate(text.left(at)))
                return *date;
        }
    }
    return {};
}

/// "By Jane Doe | June 7, 2023" -> "Jane Doe".
QString authorFromByline(const QString &byline)
{
    QString text = byline.simplified();
    for (const QString &cut :
         {QStringLiteral(" | "), QStringLiteral(" \u00b7 "), QStringLiteral(" \u2022 "), QStringLiteral(" - ")}) {
        const qsizetype at = text.indexOf(cut);
        if (at > 0)
            text = text.left(at);
    }
    return HtmlMetadata::stripByPrefix(text);
}

qsizetype wordCount(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
}

} // namespace

ParseResult HtmlArticleParser::parse(const QByteArray &bytes, const QString &fileName, const WebHints &hints)
{
    ParseResult result;
    const HtmlSource::Result source = HtmlSource::read(bytes, hints.charset);
    result.warnings = source.warnings;
    if (!source.ok()) {
        result.error = source.error;
        return result;
    }
    const GumboTree tree(source.utf8);
    if (!tree.document()) {
        result.error = Sift::tr("the page could not be parsed as HTML");
        return result;
    }
    const QString baseUrl = hints.url.isEmpty() ? source.location : hints.url;
    const HtmlMetadata meta = HtmlMetadata::read(tree.document(), baseUrl, &result.warnings);
    const HtmlExtractor::Result text = HtmlExtractor::extract(tree.document(), meta.title);

    Article article;
    article.title = meta.title;
    article.body = text.body.normalized(QString::NormalizationForm_C);
    article.captions = text.captions;
    for (QString &caption : article.captions)
        caption = caption.normalized(QString::NormalizationForm_C);
    article.outlet = meta.outlet;
    article.url = meta.url;
    article.author = meta.author.isEmpty() ? authorFromByline(text.byline) : meta.author;
    article.language = meta.language;
    article.published = dateFrom(meta.published);
    if (!article.published.isValid())
        article.published = dateFrom(meta.timeDatetime);
    if (!article.published.isValid() && !text.byline.isEmpty())
        article.published = dateFrom(text.byline.section(QLatin1String(" | "), -1));
    article.reviewedClaims = meta.reviews;

    if (article.title.isEmpty()) {
        article.title = QFileInfo(fileName).completeBaseName();
        result.warnings << Sift::tr("the page names no title; the file name was used");
    }
    article.title = article.title.normalized(QString::NormalizationForm_C);
    ArticleNormalizer::normalize(article);
    if (article.body.isEmpty() && article.reviewedClaims.isEmpty()) {
        result.error = Sift::tr("no article text was found on the page (it may show its text only through "
                                "scripts, or only to subscribers)");
        return result;
    }
    if (article.body.size() < kShortBodyWarning)
        result.warnings << Sift::tr("the page holds little article text (%n word(s)); it may be a teaser or a "
                                    "paywall stub",
                                    nullptr, int(wordCount(article.body)));
    result.articles << article;
    return result;
}

} // namespace sift
