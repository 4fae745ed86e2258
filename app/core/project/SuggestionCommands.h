#pragma once

#include "core/analysis/AttributionFinder.h"
#include "core/project/ProjectCommand.h"
#include "core/store/SuggestionStore.h"

#include <QList>

namespace sift {

/// Rejects a suggested claim: the article remembers it, so it is not suggested again; undo forgets it.
class RejectSuggestionCommand final : public ProjectCommand
{
public:
    RejectSuggestionCommand(Project &project, const RejectedSuggestion &rejection);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    RejectedSuggestion m_rejection;
};

/// Accepting and rejecting suggested claims; each call is one undo step.
namespace SuggestionActions {

/// Records the suggestions of one article as claims with all their fields (anchor, claimant, reported by,
/// stance, status), and links each denial to the statement it answers when both are claims (contradicts).
/// Returns the new claims' ids; empty, with nothing changed, on failure.
QList<qint64> accept(Project &project, qint64 articleId, const QList<Suggestion> &suggestions);
bool reject(Project &project, const Suggestion &suggestion);
/// The claim that a suggestion would create, without recording it.
Claim claimFor(const QString &body, const Suggestion &suggestion);

} // namespace SuggestionActions
} // namespace sift
