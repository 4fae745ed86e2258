#include "widgets/SearchPattern.h"

#include <QStringList>

namespace sift {

namespace {

/// One word or phrase of the query as a pattern: words at word boundaries, "\W+" between a phrase's words.
QString termPattern(const QString &term, bool prefix)
{
    QStringList words;
    for (const QString &w : term.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(w);
    if (words.isEmpty())
        return {};
    return QStringLiteral("\\b") + words.join(QStringLiteral("\\W+")) +
           (prefix ? QStringLiteral("\\w*") : QStringLiteral("\\b"));
}

} // namespace

QRegularExpression searchPattern(const QString &ftsQuery)
{
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
                                       QStringLiteral("NEAR")};
    QStringList alternatives;
    qsizetype i = 0;
    const QString q = ftsQuery;
    while (i < q.size()) {
        const QChar ch = q.at(i);
        if (ch == QLatin1Char('"')) {
            const qsizetype close = q.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? q.size() : close;
            const bool prefix = end + 1 < q.size() && q.at(end + 1) == QLatin1Char('*');
            const QString p = termPattern(q.mid(i + 1, end - i - 1), prefix);
            if (!p.isEmpty())
                alternatives << p;
            i = end + (prefix ? 2 : 1);
            continue;
        }
        if (ch.isLetterOrNumber() || ch == QLatin1Char('_')) {
            qsizetype end = i;
            while (end < q.size() && (q.at(end).isLetterOrNumber() || q.at(end) == QLatin1Char('_')))
                ++end;
            const QString word = q.mid(i, end - i);
            const bool prefix = end < q.size() && q.at(end) == QLatin1Char('*');
            // A column filter ("title:") names a column, not a word.
            const bool column = end < q.size() && q.at(end) == QLatin1Char(':');
            if (!operators.contains(word) && !column) {
                const QString p = termPattern(word, prefix);
                if (!p.isEmpty())
                    alternatives << p;
            }
            i = end + (prefix ? 1 : 0);
            continue;
        }
        ++i;
    }
    if (alternatives.isEmpty())
        return QRegularExpression();
    alternatives.removeDuplicates();
    return QRegularExpression(alternatives.join(QLatin1Char('|')), QRegularExpression::CaseInsensitiveOption |
                                                                       QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace sift
