#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sift {

/// A MinHash signature of an article body, for finding republished copies of the same story.
/// Shingles are 5-word runs inside each paragraph (so reordered paragraphs keep them all) of the
/// case-folded words; kHashes minimum hashes estimate the Jaccard similarity of two bodies' shingle
/// sets; kBands bands of kRows hashes each give the LSH bucket keys under which candidates are found.
struct TextSignature {
    static constexpr int kShingleWords = 5;
    static constexpr int kBands = 20;
    static constexpr int kRows = 3;
    /// More hashes than the bands use: the bands find candidates, all of them estimate the similarity
    /// (standard error about 0.045 at 0.5 with 120).
    static constexpr int kHashes = 120;
    static_assert(kBands * kRows <= kHashes);
    /// Below this many shingles (about 12 words) a body is too short to call a copy of anything.
    static constexpr int kMinShingles = 8;
    /// Estimated Jaccard similarity at or above which two bodies are copies of one story.
    static constexpr double kThreshold = 0.4;

    QList<quint64> minHashes; ///< kHashes values, or empty when the body is too short

    bool isValid() const { return minHashes.size() == kHashes; }
    static TextSignature of(const QString &body);
    /// The estimated Jaccard similarity of the two bodies' shingles, 0..1 (0 when either is invalid).
    double similarity(const TextSignature &other) const;
    /// One key a band: two signatures that agree on all of a band's rows share that band's key.
    QList<qint64> bandKeys() const;

    QByteArray toBytes() const;
    static TextSignature fromBytes(const QByteArray &bytes);
};

/// Finds quote in text, ignoring differences of case, whitespace, and straight against typographic
/// quotes, apostrophes and dashes. Returns the [start, end) UTF-16 range in text of the first match.
std::optional<std::pair<qsizetype, qsizetype>> findQuoteLoosely(const QString &text, const QString &quote);

} // namespace sift
