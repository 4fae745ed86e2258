#pragma once

#include "core/domain/Claim.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

namespace sift {

class Project;

/// The claims of one article, in text order, kept in step with the project.
class ClaimListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        StatusColorRole,
        ClaimantRole,
        QuoteRole,
        StanceRole,
        LinkCountRole,
    };

    explicit ClaimListModel(Project &project, QObject *parent = nullptr);

    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    const QList<Claim> &claims() const { return m_claims; }
    int rowOf(qint64 claimId) const;
    QColor statusColor(const QString &status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void claimsReloaded();
    /// The project refused a read (a server that stopped answering): the list keeps what it showed.
    void readFailed(const QString &message);

private:
    void reload();

    Project &m_project;
    qint64 m_articleId = 0;
    QList<Claim> m_claims;
    QHash<qint64, int> m_linkCounts;
    QHash<QString, QColor> m_colors;
};

} // namespace sift
