#include "core/project/ClaimCommands.h"

#include "core/domain/Translation.h"
#include "core/project/Project.h"

#include <QCoreApplication>

namespace sift {

namespace {

/// On a server, a link as the command last saw it: "#id" of the claim it points to while it exists, "none" once
/// another analyst removed it (the row is locked until the command's transaction ends).
QString linkState(Project &project, const ClaimLink &link)
{
    project.db().lockRow("claim_link", link.id);
    return project.claims().link(link.id) ? QStringLiteral("#%1").arg(link.toClaim) : Sift::tr("none");
}

QString linkLabel(const ClaimLink &link)
{
    return Sift::tr("The claim's \u201c%1\u201d link").arg(claimRelationLabel(link.relation));
}

void emitForClaims(Project &project, std::initializer_list<qint64> claimIds)
{
    QList<qint64> articles;
    for (qint64 id : claimIds) {
        if (const auto c = project.claims().claim(id); c && !articles.contains(c->articleId))
            articles << c->articleId;
    }
    for (qint64 articleId : articles)
        Q_EMIT project.claimsChanged(articleId);
}

} // namespace

AddClaimCommand::AddClaimCommand(Project &project, const Claim &claim)
    : ProjectCommand(project, Sift::tr("New claim"))
    , m_claim(claim)
{}

void AddClaimCommand::apply()
{
    m_claim.id = m_project.claims().insert(m_claim);
    if (!m_claim.createdAt.isValid()) {
        // The store stamped it now; redo after undo must bring back the same stamps, not new ones.
        const auto stored = m_project.claims().claim(m_claim.id);
        if (!stored)
            throw StoreError(Sift::tr("the new claim could not be read back"));
        m_claim.createdAt = stored->createdAt;
        m_claim.updatedAt = stored->updatedAt;
    }
    recordHistory(QStringLiteral("claim"), m_claim.id, QStringLiteral("created"), QString(), m_claim.anchor.quote);
}

void AddClaimCommand::revert()
{
    m_project.claims().remove(m_claim.id);
    recordHistory(QStringLiteral("claim"), m_claim.id, QStringLiteral("created"), QString(), m_claim.anchor.quote);
}

void AddClaimCommand::notify()
{
    Q_EMIT m_project.claimsChanged(m_claim.articleId);
}

RemoveClaimCommand::RemoveClaimCommand(Project &project, qint64 claimId)
    : ProjectCommand(project, Sift::tr("Delete claim"))
    , m_claim(project.claims().claim(claimId).value_or(Claim{}))
    , m_links(project.claims().links(claimId))
    , m_incidents(project.incidents().incidentsForClaim(claimId))
{}

void RemoveClaimCommand::apply()
{
    if (m_claim.id == 0)
        throw StoreError(Sift::tr("the claim no longer exists"));
    m_project.claims().remove(m_claim.id);
    recordHistory(QStringLiteral("claim"), m_claim.id, QStringLiteral("deleted"), m_claim.anchor.quote, QString());
}

void RemoveClaimCommand::revert()
{
    m_project.claims().insert(m_claim);
    for (const ClaimLink &link : m_links)
        m_project.claims().addLink(link);
    for (qint64 incidentId : m_incidents)
        m_project.incidents().linkClaim(incidentId, m_claim.id);
    recordHistory(QStringLiteral("claim"), m_claim.id, QStringLiteral("deleted"), m_claim.anchor.quote, QString());
}

void RemoveClaimCommand::notify()
{
    Q_EMIT m_project.claimsChanged(m_claim.articleId);
    for (const ClaimLink &link : m_links)
        emitForClaims(m_project, {link.fromClaim == m_claim.id ? link.toClaim : link.fromClaim});
    if (!m_incidents.isEmpty())
        Q_EMIT m_project.incidentsChanged();
}

SetClaimFieldCommand::SetClaimFieldCommand(Project &project, qint64 claimId, ClaimStore::Field field,
                                           const QVariant &value)
    : ProjectCommand(project, Sift::tr("Set claim %1")
                                  .arg(ClaimStore::fieldKey(field)
                                           .remove(QStringLiteral("_id"))
                                           .replace(QLatin1Char('_'), QLatin1Char(' '))))
    , m_claimId(claimId)
    , m_articleId(project.claims().claim(claimId).value_or(Claim{}).articleId)
    , m_field(field)
    , m_old(project.claims().fieldValue(claimId, field))
    , m_new(value)
    , m_oldStamp(project.claims().claim(claimId).value_or(Claim{}).updatedAt)
{}

bool SetClaimFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetClaimFieldCommand *>(other);
    const bool textField = m_field == ClaimStore::Field::Statement || m_field == ClaimStore::Field::Rationale ||
                           m_field == ClaimStore::Field::Note;
    if (!textField || o->m_claimId != m_claimId || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    m_newStamp = o->m_newStamp;
    if (m_new == m_old) {
        // Typed and then deleted again: QUndoStack drops the step, and the claim keeps the stamp it had.
        setObsolete(true);
        try {
            m_project.claims().setUpdatedAt(m_claimId, m_oldStamp);
        } catch (const StoreError &) {
            // Only the stamp stays newer than it need be; the text is already back.
        }
    }
    return true;
}

QString SetClaimFieldCommand::describe(const QVariant &value) const
{
    switch (m_field) {
    case ClaimStore::Field::Claimant:
    case ClaimStore::Field::ReportedBy:
        if (const auto e = m_project.entities().entity(value.toLongLong()))
            return e->name;
        return {};
    case ClaimStore::Field::Status:
        if (const auto s = m_project.vocabulary().statusById(value.toLongLong()))
            return s->name;
        return {};
    case ClaimStore::Field::Evidence:
    case ClaimStore::Field::Tags:
        return value.toStringList().join(QStringLiteral("; "));
    default:
        return value.toString();
    }
}

void SetClaimFieldCommand::write(const QVariant &value)
{
    if (m_articleId == 0)
        throw StoreError(Sift::tr("the claim no longer exists"));
    if (m_project.db().isPostgres()) {
        m_project.db().lockRow("claim", m_claimId);
        refuseIfChanged(QStringLiteral("claim"), m_claimId, ClaimStore::fieldKey(m_field),
                        Sift::tr("The claim's %1")
                            .arg(ClaimStore::fieldKey(m_field).remove(QStringLiteral("_id")).replace(u'_', u' ')),
                        describe(undoing() ? m_new : m_old),
                        describe(m_project.claims().fieldValue(m_claimId, m_field)));
    }
    m_project.claims().setField(m_claimId, m_field, value);
    recordHistory(QStringLiteral("claim"), m_claimId, ClaimStore::fieldKey(m_field), describe(m_old), describe(m_new));
}

void SetClaimFieldCommand::apply()
{
    write(m_new);
    if (m_newStamp.isValid())
        m_project.claims().setUpdatedAt(m_claimId, m_newStamp);
    else
        m_newStamp = m_project.claims().claim(m_claimId).value_or(Claim{}).updatedAt;
}

void SetClaimFieldCommand::revert()
{
    write(m_old);
    m_project.claims().setUpdatedAt(m_claimId, m_oldStamp);
}

void SetClaimFieldCommand::notify()
{
    Q_EMIT m_project.claimsChanged(m_articleId);
    if (m_field == ClaimStore::Field::Status && !m_project.incidents().incidentsForClaim(m_claimId).isEmpty())
        Q_EMIT m_project.incidentsChanged();
}

AddClaimLinkCommand::AddClaimLinkCommand(Project &project, const ClaimLink &link)
    : ProjectCommand(project, Sift::tr("Link claims"))
    , m_link(link)
{}

void AddClaimLinkCommand::apply()
{
    m_link.id = m_project.claims().addLink(m_link);
    if (m_link.id == 0)
        throw StoreError(Sift::tr("these claims are already linked that way"));
    recordHistory(QStringLiteral("claim"), m_link.fromClaim, claimRelationKey(m_link.relation), QString(),
                  QString::number(m_link.toClaim));
}

void AddClaimLinkCommand::revert()
{
    if (m_project.db().isPostgres())
        refuseIfChanged(QStringLiteral("claim"), m_link.fromClaim, claimRelationKey(m_link.relation), linkLabel(m_link),
                        QStringLiteral("#%1").arg(m_link.toClaim), linkState(m_project, m_link));
    m_project.claims().removeLink(m_link.id);
    recordHistory(QStringLiteral("claim"), m_link.fromClaim, claimRelationKey(m_link.relation), QString(),
                  QString::number(m_link.toClaim));
}

void AddClaimLinkCommand::notify()
{
    emitForClaims(m_project, {m_link.fromClaim, m_link.toClaim});
}

RemoveClaimLinkCommand::RemoveClaimLinkCommand(Project &project, const ClaimLink &link)
    : ProjectCommand(project, Sift::tr("Unlink claims"))
    , m_link(link)
{}

void RemoveClaimLinkCommand::apply()
{
    if (m_project.db().isPostgres())
        refuseIfChanged(QStringLiteral("claim"), m_link.fromClaim, claimRelationKey(m_link.relation), linkLabel(m_link),
                        QStringLiteral("#%1").arg(m_link.toClaim), linkState(m_project, m_link));
    m_project.claims().removeLink(m_link.id);
    recordHistory(QStringLiteral("claim"), m_link.fromClaim, claimRelationKey(m_link.relation),
                  QString::number(m_link.toClaim), QString());
}

void RemoveClaimLinkCommand::revert()
{
    m_project.claims().addLink(m_link);
    recordHistory(QStringLiteral("claim"), m_link.fromClaim, claimRelationKey(m_link.relation),
                  QString::number(m_link.toClaim), QString());
}

void RemoveClaimLinkCommand::notify()
{
    emitForClaims(m_project, {m_link.fromClaim, m_link.toClaim});
}

} // namespace sift
