#pragma once

#include "core/domain/Claim.h"
#include "core/project/ProjectCommand.h"
#include "core/store/ClaimStore.h"

#include <QDateTime>
#include <QVariant>

namespace sift {

/// Creates a claim; redo after undo recreates it with the same id.
class AddClaimCommand final : public ProjectCommand
{
public:
    AddClaimCommand(Project &project, const Claim &claim);
    qint64 claimId() const { return m_claim.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Claim m_claim;
};

/// Deletes a claim with its links; undo restores all of it.
class RemoveClaimCommand final : public ProjectCommand
{
public:
    RemoveClaimCommand(Project &project, qint64 claimId);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Claim m_claim;
    QList<ClaimLink> m_links;
    QList<qint64> m_incidents;
};

/// Changes one field of a claim; see ClaimStore::setField for the value types.
class SetClaimFieldCommand final : public ProjectCommand
{
public:
    SetClaimFieldCommand(Project &project, qint64 claimId, ClaimStore::Field field, const QVariant &value);

    int id() const override { return int(CommandId::SetClaimField); }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    void write(const QVariant &value);
    QString describe(const QVariant &value) const;

    qint64 m_claimId;
    qint64 m_articleId;
    ClaimStore::Field m_field;
    QVariant m_old;
    QVariant m_new;
    QDateTime m_oldStamp; ///< updated_at before the edit, which undo puts back
    QDateTime m_newStamp; ///< updated_at the first run wrote, which redo writes again
};

class AddClaimLinkCommand final : public ProjectCommand
{
public:
    AddClaimLinkCommand(Project &project, const ClaimLink &link);
    qint64 linkId() const { return m_link.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    ClaimLink m_link;
};

class RemoveClaimLinkCommand final : public ProjectCommand
{
public:
    RemoveClaimLinkCommand(Project &project, const ClaimLink &link);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    ClaimLink m_link;
};

} // namespace sift
