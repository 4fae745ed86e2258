#include "core/store/SimilarStore.h"

#include "core/store/Database.h"

#include <QSet>

#include <algorithm>

namespace sift {

SimilarStore::SimilarStore(Database &db)
    : m_db(db)
{}

SimilarStore::~SimilarStore() = default;

namespace {

/// On a server, the newest kBucketCandidates articles of each LSH band of an article in one statement, the band keys
/// bound as one bigint[] (unnest + LATERAL: one small plan), and its band keys filed in one INSERT: one round trip
/// each instead of one a band, which was most of an import on a server. A file reads and files a band at a time
/// with statements prepared once.
constexpr const char *kServerCandidates =
    "SELECT c.article_id, c.story_id, c.minhash FROM unnest(CAST(? AS bigint[])) AS k(bucket) CROSS JOIN LATERAL "
    "(SELECT s.article_id, s.story_id, s.minhash FROM article_lsh b JOIN article_signature s ON s.article_id = "
    "b.article_id WHERE b.bucket = k.bucket ORDER BY b.article_id DESC LIMIT ?) AS c";
constexpr const char *kServerInsertBuckets =
    "INSERT INTO article_lsh (bucket, article_id) SELECT k.bucket, ? FROM unnest(CAST(? AS bigint[])) AS k(bucket)";

/// The keys as a server's bigint[] literal, bound as one value.
QString keyArray(const QList<qint64> &keys)
{
    QStringList parts;
    parts.reserve(keys.size());
    for (const qint64 key : keys)
        parts << QString::number(key);
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

qint64 SimilarStore::add(qint64 articleId, const TextSignature &signature)
{
    if (!signature.isValid())
        return 0;
    const QList<qint64> keys = signature.bandKeys();
    const bool server = m_db.isPostgres();
    if (!m_candidates) {
        m_candidates = std::make_unique<Statement>(
            m_db, server ? kServerCandidates
                         : "SELECT s.article_id, s.story_id, s.minhash FROM article_lsh b JOIN article_signature s ON "
                           "s.article_id = b.article_id WHERE b.bucket = ? ORDER BY b.article_id DESC LIMIT ?");
        m_insertSignature = std::make_unique<Statement>(
            m_db, "INSERT INTO article_signature (article_id, story_id, minhash) VALUES (?, ?, ?)");
        m_insertBucket = std::make_unique<Statement>(
            m_db, server ? kServerInsertBuckets : "INSERT INTO article_lsh (bucket, article_id) VALUES (?, ?)");
    }
    // Every story this article is a copy of: it joins them all, so an article that bridges two stories merges
    // them. The merged story keeps the smallest id, the id of its first article.
    QList<qint64> stories;
    QSet<qint64> seen;
    auto readCandidates = [&] {
        while (m_candidates->step()) {
            const qint64 candidate = m_candidates->integer(0);
            if (seen.contains(candidate))
                continue;
            seen.insert(candidate);
            const double similarity = signature.similarity(TextSignature::fromBytes(m_candidates->blob(2)));
            if (similarity >= TextSignature::kThreshold && !stories.contains(m_candidates->integer(1)))
                stories << m_candidates->integer(1);
        }
        m_candidates->reset();
    };
    if (server) {
        m_candidates->bind(1, keyArray(keys)).bind(2, kBucketCandidates);
        readCandidates();
    } else {
        for (const qint64 key : keys) {
            m_candidates->bind(1, key).bind(2, kBucketCandidates);
            readCandidates();
        }
    }
    const qint64 story = stories.isEmpty() ? articleId : *std::min_element(stories.cbegin(), stories.cend());
    for (const qint64 other : std::as_const(stories)) {
        if (other == story)
            continue;
        if (!m_mergeStory)
            m_mergeStory =
                std::make_unique<Statement>(m_db, "UPDATE article_signature SET story_id = ? WHERE story_id = ?");
        m_mergeStory->bind(1, story).bind(2, other);
        m_mergeStory->exec();
    }
    m_insertSignature->bind(1, articleId).bind(2, story).bindBlob(3, signature.toBytes());
    m_insertSignature->exec();
    if (server) {
        m_insertBucket->bind(1, articleId).bind(2, keyArray(keys));
        m_insertBucket->exec();
    } else {
        for (const qint64 key : keys) {
            m_insertBucket->bind(1, key).bind(2, articleId);
            m_insertBucket->exec();
        }
    }
    return story;
}

int SimilarStore::addMissing()
{
    QList<std::pair<qint64, QString>> missing;
    {
        Statement st(m_db, "SELECT a.id, a.body FROM article a WHERE NOT EXISTS "
                           "(SELECT 1 FROM article_signature s WHERE s.article_id = a.id) ORDER BY a.id");
        while (st.step())
            missing.emplace_back(st.integer(0), st.text(1));
    }
    int added = 0;
    for (const auto &[id, body] : missing)
        added += add(id, TextSignature::of(body)) ? 1 : 0;
    return added;
}

qint64 SimilarStore::storyOf(qint64 articleId) const
{
    Statement st(m_db, "SELECT story_id FROM article_signature WHERE article_id = ?");
    st.bind(1, articleId);
    return st.step() ? st.integer(0) : 0;
}

QList<StoryCopy> SimilarStore::copies(qint64 articleId) const
{
    QList<StoryCopy> out;
    Statement own(m_db, "SELECT story_id, minhash FROM article_signature WHERE article_id = ?");
    own.bind(1, articleId);
    if (!own.step())
        return out;
    const qint64 story = own.integer(0);
    const TextSignature signature = TextSignature::fromBytes(own.blob(1));
    Statement st(m_db, "SELECT s.article_id, a.title, a.outlet, s.minhash FROM article_signature s "
                       "JOIN article a ON a.id = s.article_id WHERE s.story_id = ? AND s.article_id <> ?");
    st.bind(1, story).bind(2, articleId);
    while (st.step())
        out << StoryCopy{st.integer(0), st.text(1), st.text(2),
                         signature.similarity(TextSignature::fromBytes(st.blob(3)))};
    std::stable_sort(out.begin(), out.end(), [](const StoryCopy &a, const StoryCopy &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.articleId < b.articleId;
    });
    return out;
}

QList<qint64> SimilarStore::storyArticles(qint64 articleId) const
{
    Statement st(m_db, "SELECT article_id FROM article_signature WHERE story_id = "
                       "(SELECT story_id FROM article_signature WHERE article_id = ?) ORDER BY article_id");
    st.bind(1, articleId);
    QList<qint64> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

} // namespace sift
