#include "core/project/BulkCommands.h"

#include "core/domain/Translation.h"
#include "core/project/Project.h"

#include <QHash>
#include <QSet>

namespace sift {

void notifyClaimArticles(Project &project, const QList<qint64> &articleIds)
{
    const QSet<qint64> distinct(articleIds.cbegin(), articleIds.cend());
    // Several articles: one "everything changed" beats a signal per article (each view refreshes per signal).
    Q_EMIT project.claimsChanged(distinct.size() == 1 ? *distinct.cbegin() : 0);
}

SetClaimsFieldCommand::SetClaimsFieldCommand(Project &project, ClaimStore::Field field, QList<Change> changes,
                                             const QString &text)
    : ProjectCommand(project, text)
    , m_field(field)
    , m_changes(std::move(changes))
{}

QString SetClaimsFieldCommand::describe(const QVariant &value) const
{
    switch (m_field) {
    case ClaimStore::Field::Status:
        if (const auto s = m_project.vocabulary().statusById(value.toLongLong()))
            return s->name;
        return {};
    case ClaimStore::Field::Tags:
        return value.toStringList().join(QStringLiteral("; "));
    default:
        return value.toString();
    }
}

void SetClaimsFieldCommand::apply()
{
    ClaimStore &claims = m_project.claims();
    const QString key = ClaimStore::fieldKey(m_field);
    QHash<QString, QString> described; // one status lookup per value, not per claim
    auto text = [&](const QVariant &v) {
        const QString k = v.toStringList().join(QChar(31)) + v.toString();
        auto it = described.constFind(k);
        if (it == described.cend())
            it = described.insert(k, describe(v));
        return *it;
    };
    if (!m_newStamp.isValid())
        m_newStamp = QDateTime::currentDateTimeUtc();
    for (const Change &c : std::as_const(m_changes)) {
        claims.setField(c.claimId, m_field, c.after);
        claims.setUpdatedAt(c.claimId, m_newStamp);
        recordHistory(QStringLiteral("claim"), c.claimId, key, text(c.before), text(c.after));
    }
}

void SetClaimsFieldCommand::revert()
{
    ClaimStore &claims = m_project.claims();
    const QString key = ClaimStore::fieldKey(m_field);
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        claims.setField(it->claimId, m_field, it->before);
        claims.setUpdatedAt(it->claimId, it->stamp);
        recordHistory(QStringLiteral("claim"), it->claimId, key, describe(it->before), describe(it->after));
    }
}

void SetClaimsFieldCommand::notify()
{
    QList<qint64> articles;
    articles.reserve(m_changes.size());
    for (const Change &c : std::as_const(m_changes))
        articles << c.articleId;
    notifyClaimArticles(m_project, articles);
    if (m_field == ClaimStore::Field::Status)
        Q_EMIT m_project.incidentsChanged(); // incident rows show their claims' statuses
}

RemoveClaimsCommand::RemoveClaimsCommand(Project &project, const QList<qint64> &claimIds)
    : ProjectCommand(project, Sift::tr("Delete %n claim(s)", nullptr, int(claimIds.size())))
{
    QSet<qint64> seenLinks;
    for (qint64 id : claimIds) {
        const auto claim = project.claims().claim(id);
        if (!claim)
            continue;
        m_claims << *claim;
        for (const ClaimLink &link : project.claims().links(id)) {
            if (!seenLinks.contains(link.id)) {
                seenLinks.insert(link.id);
                m_links << link;
            }
        }
        for (qint64 incidentId : project.incidents().incidentsForClaim(id))
            m_incidentLinks.append({incidentId, id});
    }
}

void RemoveClaimsCommand::apply()
{
    if (m_claims.isEmpty())
        throw StoreError(Sift::tr("the claims no longer exist"));
    for (const Claim &c : std::as_const(m_claims)) {
        m_project.claims().remove(c.id);
        recordHistory(QStringLiteral("claim"), c.id, QStringLiteral("deleted"), c.anchor.quote, QString());
    }
}

void RemoveClaimsCommand::revert()
{
    for (const Claim &c : std::as_const(m_claims)) {
        m_project.claims().insert(c);
        recordHistory(QStringLiteral("claim"), c.id, QStringLiteral("deleted"), c.anchor.quote, QString());
    }
    for (const ClaimLink &link : std::as_const(m_links))
        m_project.claims().addLink(link);
    for (const auto &[incidentId, claimId] : std::as_const(m_incidentLinks))
        m_project.incidents().linkClaim(incidentId, claimId);
}

void RemoveClaimsCommand::notify()
{
    QList<qint64> articles;
    for (const Claim &c : std::as_const(m_claims))
        articles << c.articleId;
    for (const ClaimLink &link : std::as_const(m_links)) {
        for (qint64 end : {link.fromClaim, link.toClaim}) {
            if (const auto c = m_project.claims().claim(end))
                articles << c->articleId;
        }
    }
    notifyClaimArticles(m_project, articles);
    if (!m_incidentLinks.isEmpty())
        Q_EMIT m_project.incidentsChanged();
}

} // namespace sift
