#pragma once

#include "core/analysis/AttributionFinder.h"

#include <QHash>
#include <QList>

namespace sift {

class Database;

/// Suggested claims for a project's articles: the attribution finder with the project's entity names and aliases,
/// minus the suggestions the analyst rejected and the statements already recorded as claims.
class ClaimSuggester
{
public:
    explicit ClaimSuggester(Database &db);

    /// Every suggestion the finder makes for the article, before filtering (contradicts indices refer to it).
    QList<Suggestion> allSuggestions(qint64 articleId) const;
    /// The suggestions still to decide on: not rejected, not already a claim; contradicts indices refer to the
    /// returned list (-1 when the denied statement is not in it).
    QList<Suggestion> pendingSuggestions(qint64 articleId) const;
    /// Pending suggestions of the article, computed now and cached for the library.
    int refreshCount(qint64 articleId);

    const AttributionFinder &finder() const { return m_finder; }

    /// Cross-article contradicts: each denial with no target in its own article that refers to another party's
    /// statement ("the statement from Azerbaijan", "Moscow's claim", "reports that") or shares words with a
    /// recorded claim gets the best recorded claim of another article published in the kCrossArticleDays before
    /// the denying article (at most kCrossArticleCandidates looked at). Score = 0.6 when the candidate's claimant
    /// (or its quote) carries a name the denial mentions, or is the entity one of the denial's words is an alias of, +
    /// the share of the candidate's content words found in the denial (0..1); a candidate whose claimant is the denier
    /// is skipped. It is kept when it is named and the denial refers to a statement, or when at least two content words
    /// and half of the shorter side are shared. Ties go to the newest claim. Articles without a publication date get no
    /// cross-article link.
    void linkAcrossArticles(qint64 articleId, QList<Suggestion> &suggestions) const;
    static constexpr int kCrossArticleDays = 14;
    static constexpr int kCrossArticleCandidates = 200;

    /// Whether a claim anchored at [start, end) covers most of a suggestion's content.
    static bool covers(qint64 start, qint64 end, const AttributionSpan &content);

private:
    Database &m_db;
    AttributionFinder m_finder;
    QHash<QString, QString> m_aliasToName; ///< case-folded alias (or name) -> entity name
};

} // namespace sift
