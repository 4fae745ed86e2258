#pragma once

#include "core/analysis/Timeline.h"
#include "core/domain/Article.h"
#include "core/domain/Claim.h"
#include "core/domain/Entity.h"
#include "core/domain/Incident.h"
#include "core/domain/Status.h"
#include "core/export/ReportOptions.h"

#include <QHash>
#include <QList>

#include <optional>

namespace sift {

class Database;

/// Everything one report or data export covers, read from the project once: the articles in scope with
/// their text, their claims (anchors checked against that text), and the entities, incidents, links and
/// statuses they touch. A plain value, so it can be handed to a worker thread.
class ExportData
{
public:
    /// Reads the scope of options from db. Throws StoreError like the stores do.
    static ExportData load(Database &db, const ReportOptions &options);
    /// Builds the lookups from data already in hand (tests, benchmarks).
    static ExportData fromParts(QList<Article> articles, QList<Claim> claims, QList<Entity> entities,
                                QList<Incident> incidents, QList<ClaimLink> links, QList<Status> statuses);

    QList<Article> articles;   ///< by publication date, unknown dates last, then by id
    QList<Claim> claims;       ///< in article order, then by position in the text
    QList<Entity> entities;    ///< those the claims, incidents and articles name, by name
    QList<Incident> incidents; ///< by event date, undated last
    QList<ClaimLink> links;    ///< between claims that are both in scope
    QList<Status> statuses;    ///< the project's whole vocabulary, in order

    const Article *article(qint64 id) const;
    const Entity *entity(qint64 id) const;
    const Entity *entityNamed(const QString &nameOrAlias) const; ///< case-insensitive
    std::optional<Status> status(const QString &name) const;
    QColor statusColor(const QString &name) const; ///< grey for an unknown status
    /// Indexes into claims of the claims of one article, in text order.
    QList<int> claimsOf(qint64 articleId) const { return m_claimsByArticle.value(articleId); }
    /// The number a claim carries in the report: its id, as the desk shows it (#12); 0 when not in scope.
    int claimNumber(qint64 claimId) const { return m_claimNumber.value(claimId); }

    /// The incidents in scope binned as the timeline chart shows them, stacked by event type.
    TimelineData timeline() const;

    /// True when the claim's anchor lands on its quote in the body as loaded.
    static bool anchorHolds(const Claim &claim, const QString &body);

private:
    void index();

    QHash<qint64, int> m_articleIndex;
    QHash<qint64, int> m_entityIndex;
    QHash<QString, int> m_entityByName; ///< lower-case names and aliases
    QHash<qint64, QList<int>> m_claimsByArticle;
    QHash<qint64, int> m_claimNumber;
};

} // namespace sift
