#include "core/domain/Article.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace sift {

QString reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::New:
        return QStringLiteral("new");
    case ReviewState::InReview:
        return QStringLiteral("in review");
    case ReviewState::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("new");
}

std::optional<ReviewState> reviewStateFromKey(const QString &key)
{
    const QString k =
        key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    for (auto s : {ReviewState::New, ReviewState::InReview, ReviewState::Done}) {
        if (reviewStateKey(s) == k)
            return s;
    }
    if (k == QLatin1String("inreview") || k == QLatin1String("review"))
        return ReviewState::InReview;
    return std::nullopt;
}

QString reviewStateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::New:
        return QCoreApplication::translate("sift", "new");
    case ReviewState::InReview:
        return QCoreApplication::translate("sift", "in review");
    case ReviewState::Done:
        return QCoreApplication::translate("sift", "done");
    }
    return {};
}

namespace {

char *appendUtf8(char *out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xc0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *out++ = char(0xe0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    } else {
        *out++ = char(0xf0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3f));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    }
    return out;
}

/// simplified().toCaseFolded().toUtf8() of \a text, in one pass, written to \a out, which must hold three
/// bytes for each UTF-16 unit. Qt folds case one code point at a time (tst_articleuid checks every code
/// point), so folding each character is the same as folding the string. Returns the length, or -1 for text
/// holding a lone surrogate, which only the reference conversion encodes the way it always has.
qsizetype normalizeForUid(QStringView text, char *out)
{
    char *const begin = out;
    bool pendingSpace = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        if (char16_t(unit - 0x21) < 0x5E) { // printable ASCII but space: most of any text
            if (pendingSpace) {
                *out++ = ' ';
                pendingSpace = false;
            }
            *out++ = char(char16_t(unit - u'A') < 26 ? unit + (u'a' - u'A') : unit);
            continue;
        }
        char32_t c = unit;
        if (unit < 0x80) {
            if (unit == u' ' || (unit >= u'\t' && unit <= u'\r')) {
                pendingSpace = out != begin;
                continue;
            }
        } else if (QChar::isSurrogate(unit)) {
            if (!QChar::isHighSurrogate(unit) || i + 1 == n || !text[i + 1].isLowSurrogate())
                return -1;
            c = QChar::toCaseFolded(QChar::surrogateToUcs4(unit, text[++i].unicode()));
        } else if (QChar::isSpace(unit)) {
            pendingSpace = out != begin;
            continue;
        } else {
            c = QChar::toCaseFolded(c);
        }
        if (pendingSpace) {
            *out++ = ' ';
            pendingSpace = false;
        }
        out = appendUtf8(out, c);
    }
    return out - begin;
}

void addNormalized(QCryptographicHash &hash, const QString &text, QByteArray &buffer)
{
    const qsizetype needed = text.size() * 3;
    if (buffer.size() < needed)
        buffer.resize(needed); // not initialized: normalizeForUid writes before the hash reads
    if (const qsizetype length = normalizeForUid(text, buffer.data()); length >= 0)
        hash.addData(QByteArrayView(buffer.constData(), length));
    else
        hash.addData(text.simplified().toCaseFolded().toUtf8());
}

} // namespace

QString articleUid(const QString &title, const QString &body)
{
    // Case and whitespace differences between two scrapes of the same story must not defeat dedupe.
    thread_local QByteArray buffer;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addNormalized(hash, title, buffer);
    hash.addData(QByteArrayView("\x1f", 1));
    addNormalized(hash, body, buffer);
    if (buffer.size() > 1024 * 1024)
        buffer = QByteArray(); // one huge body should not stay in memory for good
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sift
