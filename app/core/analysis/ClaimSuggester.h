#pragma once

#include "core/analysis/AttributionFinder.h"

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

    /// Whether a claim anchored at [start, end) covers most of a suggestion's content.
    static bool covers(qint64 start, qint64 end, const AttributionSpan &content);

private:
    Database &m_db;
    AttributionFinder m_finder;
};

} // namespace sift
