#include "core/domain/TextOffsets.h"

namespace sift::TextOffsets {

qint64 toCodePoints(const QString &text, qsizetype utf16Index)
{
    const qsizetype end = qBound(qsizetype(0), utf16Index, text.size());
    qint64 count = 0;
    for (qsizetype i = 0; i < end; ++i) {
        // A low surrogate completes the code point its high surrogate started.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype toUtf16(const QString &text, qint64 codePointIndex)
{
    qint64 seen = 0;
    qsizetype i = 0;
    while (i < text.size() && seen < codePointIndex) {
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        ++seen;
    }
    return i;
}

qint64 codePointLength(const QString &text)
{
    return toCodePoints(text, text.size());
}

QString slice(const QString &text, qint64 startCp, qint64 endCp)
{
    const qsizetype start = toUtf16(text, startCp);
    const qsizetype end = toUtf16(text, endCp);
    return text.mid(start, qMax(qsizetype(0), end - start));
}

TextAnchor anchorFor(const QString &body, qsizetype start, qsizetype end)
{
    TextAnchor a;
    start = qBound(qsizetype(0), start, body.size());
    end = qBound(start, end, body.size());
    a.start = toCodePoints(body, start);
    a.end = a.start + toCodePoints(body.mid(start, end - start), end - start);
    a.quote = body.mid(start, end - start);
    const qint64 total = codePointLength(body);
    a.prefix = slice(body, qMax<qint64>(0, a.start - kContextLength), a.start);
    a.suffix = slice(body, a.end, qMin(total, a.end + kContextLength));
    return a;
}

std::optional<TextAnchor> anchorForQuote(const QString &body, const QString &quote, int occurrence)
{
    if (quote.isEmpty() || occurrence < 1)
        return std::nullopt;
    qsizetype from = 0;
    for (int n = 1;; ++n) {
        const qsizetype at = body.indexOf(quote, from);
        if (at < 0)
            return std::nullopt;
        if (n == occurrence)
            return anchorFor(body, at, at + quote.size());
        from = at + 1;
    }
}

namespace {

int commonSuffixLength(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefixLength(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

std::optional<TextAnchor> reanchor(const QString &body, const TextAnchor &anchor)
{
    if (anchor.quote.isEmpty())
        return std::nullopt;
    if (slice(body, anchor.start, anchor.end) == anchor.quote)
        return anchorFor(body, toUtf16(body, anchor.start), toUtf16(body, anchor.end));
    // The text moved: choose the occurrence whose surroundings agree most with the stored context.
    std::optional<TextAnchor> best;
    int bestScore = -1;
    for (qsizetype at = body.indexOf(anchor.quote); at >= 0; at = body.indexOf(anchor.quote, at + 1)) {
        TextAnchor candidate = anchorFor(body, at, at + anchor.quote.size());
        const int score =
            commonSuffixLength(candidate.prefix, anchor.prefix) + commonPrefixLength(candidate.suffix, anchor.suffix);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace sift::TextOffsets
