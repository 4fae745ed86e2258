#include "core/domain/Article.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <string>

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

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

/// simplified().toCaseFolded().toUtf8() of \a text, in one pass into \a out, without allocating once \a out
/// has grown. Qt folds case one code point at a time (tst_articleuid checks every code point), so folding
/// each character is the same as folding the string. False, with \a out unusable, for text holding a
/// lone surrogate, which only the reference conversion encodes the way it always has.
bool normalizeForUid(QStringView text, std::string &out)
{
    out.clear();
    out.reserve(size_t(text.size()) * 3);
    bool pendingSpace = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        char32_t c = unit;
        if (unit < 0x80) {
            if (unit == u' ' || (unit >= u'\t' && unit <= u'\r')) {
                pendingSpace = !out.empty();
                continue;
            }
            if (unit >= u'A' && unit <= u'Z')
                c = unit + (u'a' - u'A');
        } else if (QChar::isSurrogate(unit)) {
            if (!QChar::isHighSurrogate(unit) || i + 1 == n || !text[i + 1].isLowSurrogate())
                return false;
            c = QChar::toCaseFolded(QChar::surrogateToUcs4(unit, text[++i].unicode()));
        } else if (QChar::isSpace(unit)) {
            pendingSpace = !out.empty();
            continue;
        } else {
            c = QChar::toCaseFolded(c);
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        appendUtf8(out, c);
    }
    return true;
}

void addNormalized(QCryptographicHash &hash, const QString &text, std::string &buffer)
{
    if (normalizeForUid(text, buffer))
        hash.addData(QByteArrayView(buffer.data(), qsizetype(buffer.size())));
    else
        hash.addData(text.simplified().toCaseFolded().toUtf8());
}

} // namespace

QString articleUid(const QString &title, const QString &body)
{
    // Case and whitespace differences between two scrapes of the same story must not defeat dedupe.
    thread_local std::string buffer;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addNormalized(hash, title, buffer);
    hash.addData(QByteArrayView("\x1f", 1));
    addNormalized(hash, body, buffer);
    if (buffer.capacity() > 1024 * 1024)
        std::string().swap(buffer); // one huge body should not stay in memory for good
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sift
