#pragma once

#include "core/domain/Claim.h"
#include "core/project/ProjectCommand.h"
#include "core/store/ClaimStore.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace sift {

/// Sets status, stance, credibility or tags of many claims as one undo step, in one transaction, with one
/// history entry per claim it changes. Claims that already hold the new value are left alone.
class SetClaimsFieldCommand final : public ProjectCommand
{
public:
    struct Change {
        qint64 claimId = 0;
        qint64 articleId = 0;
        QVariant before;
        QVariant after;
        QDateTime stamp; ///< updated_at before the edit, which undo puts back
    };

    SetClaimsFieldCommand(Project &project, ClaimStore::Field field, QList<Change> changes, const QString &text);
    qsizetype size() const { return m_changes.size(); }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    QString describe(const QVariant &value) const;

    ClaimStore::Field m_field;
    QList<Change> m_changes;
    QDateTime m_newStamp; ///< updated_at the first run wrote to every claim, which redo writes again
};

/// Deletes many claims with their links and incident links as one undo step; undo restores all of it.
class RemoveClaimsCommand final : public ProjectCommand
{
public:
    RemoveClaimsCommand(Project &project, const QList<qint64> &claimIds);
    qsizetype size() const { return m_claims.size(); }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    QList<Claim> m_claims;
    QList<ClaimLink> m_links;                     ///< each once, though both ends may be deleted
    QList<QPair<qint64, qint64>> m_incidentLinks; ///< incident id, claim id
};

/// Emits claimsChanged for the articles of a bulk edit: per article for one, once for all (0) for several.
void notifyClaimArticles(Project &project, const QList<qint64> &articleIds);

} // namespace sift
