#pragma once

#include "core/domain/TextSignature.h"

#include <QList>
#include <QString>

#include <memory>

namespace sift {

class Database;
class Statement;

/// One copy of a story: another article whose body is a near-duplicate.
struct StoryCopy {
    qint64 articleId = 0;
    QString title;
    QString outlet;
    double similarity = 0; ///< estimated Jaccard similarity of the bodies' shingles, 0..1
};

/// Near-duplicate articles grouped into stories: each article's MinHash signature, its LSH band keys
/// (indexed, so finding candidates reads a few index entries, not every article), and its story id.
class SimilarStore
{
public:
    /// The most articles read from one LSH band, newest first. A story's newest copies are enough to find it; a band
    /// key that many unrelated articles share (boilerplate) would otherwise make each lookup grow with the project.
    static constexpr int kBucketCandidates = 100;

    explicit SimilarStore(Database &db);
    ~SimilarStore();

    /// Files a new article under the story of its earlier copies (articles at or above TextSignature::kThreshold),
    /// or under a new story of its own. When its copies belong to different stories, those stories merge into the
    /// oldest (smallest id). Returns the story id.
    /// An invalid signature (a body too short) files nothing and returns 0.
    qint64 add(qint64 articleId, const TextSignature &signature);
    /// Computes and files the signature of every article that has none (projects from before grouping).
    int addMissing();

    qint64 storyOf(qint64 articleId) const; ///< 0 when the article has no signature
    /// The other articles of the story, most similar first.
    QList<StoryCopy> copies(qint64 articleId) const;
    /// The articles of the story, this one included, ascending.
    QList<qint64> storyArticles(qint64 articleId) const;

private:
    Database &m_db;
    std::unique_ptr<Statement> m_candidates;
    std::unique_ptr<Statement> m_insertSignature;
    std::unique_ptr<Statement> m_insertBucket;
    std::unique_ptr<Statement> m_mergeStory;
};

} // namespace sift
