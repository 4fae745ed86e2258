#include "core/domain/TextSignature.h"

#include <QStringView>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace sift {

namespace {

/// splitmix64's finalizer: a fast 64-bit mix with good avalanche, used as the hash family below.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

quint64 wordHash(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a
    for (const QChar c : word) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

/// The 64-bit hashes of every shingle of every paragraph.
QList<quint64> shingles(const QString &body)
{
    QList<quint64> out;
    QList<quint64> words;
    const QString folded = body.toCaseFolded();
    const auto endParagraph = [&] {
        if (words.isEmpty())
            return;
        const qsizetype k = std::min<qsizetype>(TextSignature::kShingleWords, words.size());
        for (qsizetype i = 0; i + k <= words.size(); ++i) {
            quint64 h = 0;
            for (qsizetype j = i; j < i + k; ++j)
                h = mix(h ^ words.at(j));
            out << h;
        }
        words.clear();
    };
    qsizetype wordStart = -1;
    int newlines = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const QChar c = i < folded.size() ? folded.at(i) : QChar(u' ');
        if (c.isLetterOrNumber()) {
            if (wordStart < 0)
                wordStart = i;
            newlines = 0;
            continue;
        }
        if (wordStart >= 0) {
            words << wordHash(QStringView(folded).mid(wordStart, i - wordStart));
            wordStart = -1;
        }
        if (c == u'\n' && ++newlines == 2)
            endParagraph(); // a blank line ends a paragraph
    }
    endParagraph();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

TextSignature TextSignature::of(const QString &body)
{
    TextSignature sig;
    const QList<quint64> hashes = shingles(body);
    if (hashes.size() < kMinShingles)
        return sig;
    sig.minHashes.fill(std::numeric_limits<quint64>::max(), kHashes);
    for (const quint64 h : hashes) {
        for (int i = 0; i < kHashes; ++i) {
            const quint64 v = mix(h + 0x9e3779b97f4a7c15ULL * quint64(i + 1));
            if (v < sig.minHashes[i])
                sig.minHashes[i] = v;
        }
    }
    return sig;
}

double TextSignature::similarity(const TextSignature &other) const
{
    if (!isValid() || !other.isValid())
        return 0;
    int same = 0;
    for (int i = 0; i < kHashes; ++i)
        same += minHashes.at(i) == other.minHashes.at(i) ? 1 : 0;
    return double(same) / kHashes;
}

QList<qint64> TextSignature::bandKeys() const
{
    QList<qint64> keys;
    if (!isValid())
        return keys;
    for (int band = 0; band < kBands; ++band) {
        quint64 h = mix(quint64(band) + 1);
        for (int row = 0; row < kRows; ++row)
            h = mix(h ^ minHashes.at(band * kRows + row));
        keys << qint64(h);
    }
    return keys;
}

QByteArray TextSignature::toBytes() const
{
    QByteArray bytes(minHashes.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < minHashes.size(); ++i)
        qToLittleEndian(minHashes.at(i), bytes.data() + i * 8);
    return bytes;
}

TextSignature TextSignature::fromBytes(const QByteArray &bytes)
{
    TextSignature sig;
    if (bytes.size() != kHashes * 8)
        return sig;
    sig.minHashes.reserve(kHashes);
    for (int i = 0; i < kHashes; ++i)
        sig.minHashes << qFromLittleEndian<quint64>(bytes.constData() + i * 8);
    return sig;
}

namespace {

QChar looseChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return u'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return u'-';
    default:
        return c.toCaseFolded();
    }
}

/// text with quotes folded and each whitespace run made one space; map[i] is where its character i came from.
QString loosen(const QString &text, QList<qsizetype> *map)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            if (map)
                *map << i;
            space = false;
        }
        out += looseChar(c);
        if (map)
            *map << i;
    }
    return out;
}

} // namespace

std::optional<std::pair<qsizetype, qsizetype>> findQuoteLoosely(const QString &text, const QString &quote)
{
    const QString needle = loosen(quote, nullptr);
    if (needle.isEmpty())
        return std::nullopt;
    QList<qsizetype> map;
    const QString hay = loosen(text, &map);
    const qsizetype at = hay.indexOf(needle);
    if (at < 0)
        return std::nullopt;
    return std::make_pair(map.at(at), map.at(at + needle.size() - 1) + 1);
}

} // namespace sift
