#include "core/store/SuggestionStore.h"

#include "core/store/Database.h"

namespace sift {

void SuggestionStore::reject(const RejectedSuggestion &rejection)
{
    Statement st(m_db, "INSERT INTO suggestion_rejection (article_id, start_cp, end_cp, quote) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (article_id, start_cp, end_cp) DO UPDATE SET quote = excluded.quote");
    st.bind(1, rejection.articleId).bind(2, rejection.start).bind(3, rejection.end).bind(4, rejection.quote);
    st.exec();
}

void SuggestionStore::unreject(const RejectedSuggestion &rejection)
{
    Statement st(m_db, "DELETE FROM suggestion_rejection WHERE article_id = ? AND start_cp = ? AND end_cp = ?");
    st.bind(1, rejection.articleId).bind(2, rejection.start).bind(3, rejection.end);
    st.exec();
}

QList<RejectedSuggestion> SuggestionStore::rejections(qint64 articleId) const
{
    QList<RejectedSuggestion> list;
    Statement st(m_db,
                 "SELECT start_cp, end_cp, quote FROM suggestion_rejection WHERE article_id = ? ORDER BY start_cp");
    st.bind(1, articleId);
    while (st.step())
        list.append({articleId, st.integer(0), st.integer(1), st.text(2)});
    return list;
}

std::optional<int> SuggestionStore::pendingCount(qint64 articleId) const
{
    Statement st(m_db, "SELECT pending FROM suggestion_count WHERE article_id = ?");
    st.bind(1, articleId);
    if (!st.step())
        return std::nullopt;
    return int(st.integer(0));
}

void SuggestionStore::setPendingCount(qint64 articleId, int pending)
{
    Statement st(m_db, "INSERT INTO suggestion_count (article_id, pending) VALUES (?, ?) "
                       "ON CONFLICT (article_id) DO UPDATE SET pending = excluded.pending");
    st.bind(1, articleId).bind(2, pending);
    st.exec();
}

QHash<qint64, int> SuggestionStore::pendingCounts() const
{
    QHash<qint64, int> counts;
    Statement st(m_db, "SELECT article_id, pending FROM suggestion_count");
    while (st.step())
        counts.insert(st.integer(0), int(st.integer(1)));
    return counts;
}

} // namespace sift
