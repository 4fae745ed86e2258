#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sift {

class Database;

/// A suggestion the analyst rejected: its content span and text in the article.
struct RejectedSuggestion {
    qint64 articleId = 0;
    qint64 start = 0; ///< code points
    qint64 end = 0;
    QString quote;
};

/// What the analyst decided about suggested claims (rejections, remembered per article) and how many suggestions
/// each article still has (a cache for the library, written by the analysis).
class SuggestionStore
{
public:
    explicit SuggestionStore(Database &db)
        : m_db(db)
    {}

    void reject(const RejectedSuggestion &rejection);
    void unreject(const RejectedSuggestion &rejection);
    QList<RejectedSuggestion> rejections(qint64 articleId) const;

    /// Pending suggestions of an article; nullopt when it was never analysed.
    std::optional<int> pendingCount(qint64 articleId) const;
    void setPendingCount(qint64 articleId, int pending);
    /// Every analysed article's pending count.
    QHash<qint64, int> pendingCounts() const;

private:
    Database &m_db;
};

} // namespace sift
