#include "core/ingest/PlainTextParser.h"

#include "core/ingest/ArticleNormalizer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace sift {

namespace {

// Longest headline seen in practice is about 150 characters; beyond this a line is prose.
constexpr qsizetype kMaxHeadlineLength = 250;
constexpr qsizetype kMinParagraphWords = 12;

QString titleFromFileName(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName().simplified();
}

} // namespace

bool PlainTextParser::looksLikeParagraph(const QString &line)
{
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?:;][\"'\x{201D}\x{2019})\]]*$)"));
    const QString text = line.simplified();
    if (text.size() > kMaxHeadlineLength)
        return true;
    const qsizetype words = text.count(QLatin1Char(' ')) + 1;
    return words >= kMinParagraphWords && sentenceEnd.match(text).hasMatch();
}

ParseResult PlainTextParser::parse(const QString &text, const QString &fileName)
{
    ParseResult result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    if (first == lines.size()) {
        result.error = QCoreApplication::translate("sift", "the file is empty");
        return result;
    }

    Article article;
    const QString fallbackTitle = titleFromFileName(fileName);
    if (looksLikeParagraph(lines[first]) && !fallbackTitle.isEmpty()) {
        article.title = ArticleNormalizer::title(fallbackTitle);
        article.body = ArticleNormalizer::body(lines.mid(first).join(QLatin1Char('\n')));
        result.warnings << QCoreApplication::translate(
            "sift", "the first line reads as a paragraph, not a headline; the title was taken from the file name");
    } else {
        article.title = ArticleNormalizer::title(lines[first]);
        article.body = ArticleNormalizer::body(lines.mid(first + 1).join(QLatin1Char('\n')));
        if (article.body.isEmpty())
            result.warnings << QCoreApplication::translate("sift", "the file holds a title but no body text");
    }
    result.articles << article;
    return result;
}

} // namespace sift
