#include "core/models/ClaimListModel.h"

#include "core/project/Project.h"

namespace sift {

ClaimListModel::ClaimListModel(Project &project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
{
    for (const Status &s : m_project.vocabulary().statuses())
        m_colors.insert(s.name, s.color);
    connect(&m_project, &Project::claimsChanged, this, [this](qint64 articleId) {
        if (articleId == 0 || articleId == m_articleId)
            reload();
    });
    connect(&m_project, &Project::entitiesChanged, this, &ClaimListModel::reload);
}

void ClaimListModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void ClaimListModel::reload()
{
    // Read everything before the reset, so a refused read leaves the model as it was; it is called from the
    // project's signals, where an exception would unwind through Qt's code.
    QList<Claim> claims;
    QHash<qint64, int> linkCounts;
    try {
        if (m_articleId)
            claims = m_project.claims().claimsForArticle(m_articleId);
        for (const Claim &c : std::as_const(claims))
            linkCounts.insert(c.id, int(m_project.claims().links(c.id).size()));
    } catch (const StoreError &e) {
        Q_EMIT readFailed(tr("Could not read the article's claims: %1").arg(e.message()));
        return;
    }
    beginResetModel();
    m_claims = std::move(claims);
    m_linkCounts = std::move(linkCounts);
    endResetModel();
    Q_EMIT claimsReloaded();
}

int ClaimListModel::rowOf(qint64 claimId) const
{
    for (int i = 0; i < m_claims.size(); ++i) {
        if (m_claims.at(i).id == claimId)
            return i;
    }
    return -1;
}

QColor ClaimListModel::statusColor(const QString &status) const
{
    return m_colors.value(status, QColor(Qt::gray));
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_claims.size())
        return {};
    const Claim &c = m_claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2").arg(c.claimant.isEmpty() ? QStringLiteral("—") : c.claimant, c.anchor.quote);
    case Qt::ToolTipRole:
        return c.statement.isEmpty() ? c.anchor.quote : c.statement;
    case IdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case StatusColorRole:
        return statusColor(c.status);
    case ClaimantRole:
        return c.claimant;
    case QuoteRole:
        return c.anchor.quote;
    case StanceRole:
        return stanceLabel(c.stance);
    case LinkCountRole:
        return m_linkCounts.value(c.id);
    }
    return {};
}

} // namespace sift
