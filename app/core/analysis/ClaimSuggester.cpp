#include "core/analysis/ClaimSuggester.h"

#include "core/analysis/AttributionLexicon.h"

#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/SuggestionStore.h"

#include <QSet>

#include <algorithm>

namespace sift {

ClaimSuggester::ClaimSuggester(Database &db)
    : m_db(db)
{
    for (const Entity &e : EntityStore(db).all()) {
        m_finder.addAlias(e.name, e.name);
        for (const QString &alias : e.aliases) {
            m_finder.addAlias(alias, e.name);
            m_aliasToName.insert(alias.toCaseFolded(), e.name);
        }
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
    linkAcrossArticles(articleId, list);
    return list;
}

namespace {} // namespace

void ClaimSuggester::linkAcrossArticles(qint64 articleId, QList<Suggestion> &suggestions) const
{
    const bool anyDenial = std::any_of(suggestions.cbegin(), suggestions.cend(), [](const Suggestion &s) {
        return s.stance == Stance::Denies && !s.contradictsContent.isValid();
    });
    if (!anyDenial)
        return;
    const QString published = ArticleStore(m_db).fieldValue(articleId, ArticleStore::Field::Published);
    const QDate to = QDate::fromString(published.left(10), Qt::ISODate);
    if (!to.isValid())
        return;
    const QList<RecordedClaim> candidates =
        ClaimStore(m_db).recordedClaimsInWindow(articleId, to.addDays(-kCrossArticleDays), to, kCrossArticleCandidates);
    if (candidates.isEmpty())
        return;
    for (Suggestion &d : suggestions) {
        if (d.stance != Stance::Denies || d.contradictsContent.isValid())
            continue;
        const bool refers = AttributionLexicon::refersToStatement(d.content.text);
        const QStringList names = AttributionLexicon::namePrefixes(d.content.text);
        // Entities the denial names by an alias ("the claim from Baku" -> Government of Azerbaijan).
        QStringList entities;
        const QString folded = d.content.text.toCaseFolded();
        for (auto it = m_aliasToName.cbegin(); it != m_aliasToName.cend(); ++it) {
            const qsizetype at = folded.indexOf(it.key());
            const qsizetype after = at + it.key().size();
            if (at >= 0 && (at == 0 || !folded.at(at - 1).isLetter()) &&
                (after >= folded.size() || !folded.at(after).isLetter()))
                entities << it.value();
        }
        const QSet<QString> words = AttributionLexicon::contentWords(d.content.text);
        const QString denier = d.entity.isEmpty() ? d.speaker.text : d.entity;
        const RecordedClaim *best = nullptr;
        double bestScore = 0.0;
        for (const RecordedClaim &c : candidates) {
            if (!denier.isEmpty() && c.claimant.compare(denier, Qt::CaseInsensitive) == 0)
                continue;
            const QString who = (c.claimant + u' ' + c.quote).toLower();
            const bool named =
                std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return who.contains(n); }) ||
                std::any_of(entities.cbegin(), entities.cend(),
                            [&](const QString &e) { return c.claimant.compare(e, Qt::CaseInsensitive) == 0; });
            const QSet<QString> theirs = AttributionLexicon::contentWords(c.quote);
            const qsizetype shared = QSet<QString>(words).intersect(theirs).size();
            const qsizetype shorter = std::min(words.size(), theirs.size());
            const double overlap = theirs.isEmpty() ? 0.0 : double(shared) / double(theirs.size());
            const bool overlapping = shared >= 2 && shorter > 0 && shared * 2 >= shorter;
            if (!((refers && named) || overlapping))
                continue;
            const double score = (named ? 0.6 : 0.0) + overlap;
            if (score > bestScore) {
                best = &c;
                bestScore = score;
            }
        }
        if (!best)
            continue;
        d.contradictsClaimId = best->id;
        d.contradictsArticleId = best->articleId;
        d.contradictsScore = bestScore;
        d.contradictsContent = AttributionSpan{best->start, best->end, best->quote};
        d.status = QStringLiteral("Disputed");
    }
}

int ClaimSuggester::refreshCount(qint64 articleId)
{
    const int pending = int(pendingSuggestions(articleId).size());
    SuggestionStore(m_db).setPendingCount(articleId, pending);
    return pending;
}

} // namespace sift
