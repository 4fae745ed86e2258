#include "core/project/BulkEdits.h"

#include "core/domain/Translation.h"
#include "core/project/BulkCommands.h"
#include "core/project/Project.h"
#include "core/store/ClaimTableStore.h"

namespace sift::BulkEdits {

namespace {

/// Pushes one SetClaimsFieldCommand for the claims whose value next() changes.
bool pushChanges(Project &project, const QList<qint64> &claimIds, ClaimStore::Field field, const QString &text,
                 const std::function<QVariant(const QVariant &)> &next)
{
    if (claimIds.isEmpty())
        return true;
    QList<SetClaimsFieldCommand::Change> changes;
    try {
        for (const ClaimFieldState &s : ClaimTableStore(project.db()).states(claimIds, field)) {
            const QVariant after = next(s.value);
            if (after != s.value)
                changes.append({s.id, s.articleId, s.value, after, s.updatedAt});
        }
    } catch (const StoreError &e) {
        project.reportError(Sift::tr("Could not read the claims: %1").arg(e.message()));
        return false;
    }
    if (changes.isEmpty())
        return true;
    return project.push(new SetClaimsFieldCommand(project, field, std::move(changes), text));
}

} // namespace

bool setClaimsField(Project &project, const QList<qint64> &claimIds, ClaimStore::Field field, const QVariant &value)
{
    const int n = int(claimIds.size());
    QString text;
    QVariant stored = value;
    switch (field) {
    case ClaimStore::Field::Status: {
        const auto status = project.vocabulary().statusById(value.toLongLong());
        if (!status) {
            project.reportError(Sift::tr("No status with id %1.").arg(value.toLongLong()));
            return false;
        }
        stored = status->id;
        text = Sift::tr("Set %n claim(s) to %1", nullptr, n).arg(status->name);
        break;
    }
    case ClaimStore::Field::Stance: {
        const auto stance = stanceFromKey(value.toString());
        if (!stance) {
            project.reportError(Sift::tr("'%1' is not a stance.").arg(value.toString()));
            return false;
        }
        stored = stanceKey(*stance);
        text = Sift::tr("Set stance of %n claim(s) to %1", nullptr, n).arg(stanceLabel(*stance));
        break;
    }
    case ClaimStore::Field::Credibility:
        if (value.toInt() < 0 || value.toInt() > 6) {
            project.reportError(Sift::tr("Credibility is a number from 1 (confirmed) to 6 (cannot be judged)."));
            return false;
        }
        stored = value.toInt();
        text = Sift::tr("Set credibility of %n claim(s)", nullptr, n);
        break;
    default:
        project.reportError(Sift::tr("Only status, stance and credibility change for many claims at once."));
        return false;
    }
    return pushChanges(project, claimIds, field, text, [&](const QVariant &) { return stored; });
}

bool addClaimsTag(Project &project, const QList<qint64> &claimIds, const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty()) {
        project.reportError(Sift::tr("A tag needs a name."));
        return false;
    }
    return pushChanges(project, claimIds, ClaimStore::Field::Tags,
                       Sift::tr("Tag %n claim(s) %1", nullptr, int(claimIds.size())).arg(name),
                       [&](const QVariant &before) {
                           QStringList tags = before.toStringList();
                           if (!tags.contains(name, Qt::CaseInsensitive))
                               tags << name;
                           return QVariant(tags);
                       });
}

bool removeClaimsTag(Project &project, const QList<qint64> &claimIds, const QString &tag)
{
    const QString name = tag.simplified();
    return pushChanges(project, claimIds, ClaimStore::Field::Tags,
                       Sift::tr("Untag %n claim(s) %1", nullptr, int(claimIds.size())).arg(name),
                       [&](const QVariant &before) {
                           QStringList tags = before.toStringList();
                           tags.removeIf([&](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
                           return QVariant(tags);
                       });
}

bool removeClaims(Project &project, const QList<qint64> &claimIds)
{
    if (claimIds.isEmpty())
        return true;
    return project.push(new RemoveClaimsCommand(project, claimIds));
}

bool linkClaimsToIncident(Project &project, const QList<qint64> &claimIds, qint64 incidentId)
{
    const auto incident = project.incidents().incident(incidentId);
    if (!incident) {
        project.reportError(Sift::tr("No incident with id %1.").arg(incidentId));
        return false;
    }
    QList<qint64> linked = incident->claimIds;
    for (qint64 id : claimIds) {
        if (!linked.contains(id))
            linked << id;
    }
    if (linked.size() == incident->claimIds.size())
        return true;
    return project.setIncidentClaims(incidentId, linked);
}

bool setArticlesReviewState(Project &project, const QList<qint64> &articleIds, ReviewState state)
{
    const QString key = reviewStateKey(state);
    QList<qint64> changing;
    for (qint64 id : articleIds) {
        if (project.articles().fieldValue(id, ArticleStore::Field::ReviewState) != key)
            changing << id;
    }
    if (changing.isEmpty())
        return true;
    return project.pushMacro(
        Sift::tr("Mark %n article(s) %1", nullptr, int(changing.size())).arg(reviewStateLabel(state)), [&] {
            for (qint64 id : std::as_const(changing)) {
                if (!project.setArticleField(id, ArticleStore::Field::ReviewState, key))
                    return false;
            }
            return true;
        });
}

bool setIncidentsStatus(Project &project, const QList<qint64> &incidentIds, qint64 statusId)
{
    const auto status = project.vocabulary().statusById(statusId);
    if (!status) {
        project.reportError(Sift::tr("No status with id %1.").arg(statusId));
        return false;
    }
    return project.pushMacro(Sift::tr("Set %n incident(s) to %1", nullptr, int(incidentIds.size())).arg(status->name),
                             [&] {
                                 for (qint64 id : incidentIds) {
                                     auto incident = project.incidents().incident(id);
                                     if (!incident)
                                         continue;
                                     if (incident->statusId == statusId)
                                         continue;
                                     incident->statusId = statusId;
                                     if (!project.updateIncident(*incident))
                                         return false;
                                 }
                                 return true;
                             });
}

bool removeIncidents(Project &project, const QList<qint64> &incidentIds)
{
    return project.pushMacro(Sift::tr("Delete %n incident(s)", nullptr, int(incidentIds.size())), [&] {
        for (qint64 id : incidentIds) {
            if (!project.removeIncident(id))
                return false;
        }
        return true;
    });
}

} // namespace sift::BulkEdits
