#pragma once

#include "core/domain/Article.h"
#include "core/store/ClaimStore.h"

#include <QList>
#include <QVariant>

namespace sift {

class Project;

/// Edits of many rows at once, as the desk's multi-select offers them. Each is one undo step with one history
/// entry per changed row. Each returns false after Project::errorOccurred when nothing could be changed, and true
/// when the change was made or there was nothing to change.
namespace BulkEdits {

/// field: Status (status id), Stance (key) or Credibility (0–6, 0 = not rated).
bool setClaimsField(Project &project, const QList<qint64> &claimIds, ClaimStore::Field field, const QVariant &value);
bool addClaimsTag(Project &project, const QList<qint64> &claimIds, const QString &tag);
bool removeClaimsTag(Project &project, const QList<qint64> &claimIds, const QString &tag);
bool removeClaims(Project &project, const QList<qint64> &claimIds);
bool linkClaimsToIncident(Project &project, const QList<qint64> &claimIds, qint64 incidentId);

bool setArticlesReviewState(Project &project, const QList<qint64> &articleIds, ReviewState state);
bool setIncidentsStatus(Project &project, const QList<qint64> &incidentIds, qint64 statusId);
bool removeIncidents(Project &project, const QList<qint64> &incidentIds);

} // namespace BulkEdits
} // namespace sift
