#include "core/analysis/ClaimSuggester.h"

#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/SuggestionStore.h"

#include <algorithm>

namespace sift {

ClaimSuggester::ClaimSuggester(Database &db)
    : m_db(db)
{
    for (const Entity &e : EntityStore(db).all()) {
        m_finder.addAlias(e.name, e.name);
        for (const QString &alias : e.aliases)
            m_finder.addAlias(alias, e.name);
    }
}

QList<Suggestion> ClaimSuggester::allSuggestions(qint64 articleId) const
{
    QList<Suggestion> list = m_finder.find(ArticleStore(m_db).body(articleId));
    for (Suggestion &s : list)
        s.articleId = articleId;
    return list;
}

bool ClaimSuggester::covers(qint64 start, qint64 end, const AttributionSpan &content)
{
    const qint64 shared = std::min(end, content.end) - std::max(start, content.start);
    return shared > 0 && shared * 2 >= content.end - content.start;
}

QList<Suggestion> ClaimSuggester::pendingSuggestions(qint64 articleId) const
{
    const QList<Suggestion> all = allSuggestions(articleId);
    const QList<RejectedSuggestion> rejected = SuggestionStore(m_db).rejections(articleId);
    const QList<Claim> claims = ClaimStore(m_db).claimsForArticle(articleId);
    QList<int> kept;
    for (int i = 0; i < all.size(); ++i) {
        const Suggestion &s = all[i];
        const bool isRejected = std::any_of(rejected.cbegin(), rejected.cend(), [&](const RejectedSuggestion &r) {
            return r.start == s.content.start && r.end == s.content.end;
        });
        const bool recorded = std::any_of(claims.cbegin(), claims.cend(), [&](const Claim &c) {
            return !c.orphaned && covers(c.anchor.start, c.anchor.end, s.content);
        });
        if (!isRejected && !recorded)
            kept.append(i);
    }
    QList<Suggestion> list;
    for (int i : std::as_const(kept)) {
        Suggestion s = all[i];
        s.contradicts = s.contradicts >= 0 ? int(kept.indexOf(s.contradicts)) : -1;
        list.append(s);
    }
    return list;
}

int ClaimSuggester::refreshCount(qint64 articleId)
{
    const int pending = int(pendingSuggestions(articleId).size());
    SuggestionStore(m_db).setPendingCount(articleId, pending);
    return pending;
}

} // namespace sift
