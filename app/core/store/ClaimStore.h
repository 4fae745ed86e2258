#pragma once

#include "core/domain/Claim.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace sift {

class Database;

/// What narrows a list of claims (exports, the claim CLI).
struct ClaimFilter {
    QList<qint64> articleIds; ///< empty = every article
    QList<qint64> claimIds;   ///< empty = every claim (the claims table's filter, exported)
    QStringList statuses;     ///< empty = every status
    QDate from;               ///< on the article's publication date
    QDate to;
};

/// Claims, their tags and the links between them.
class ClaimStore
{
public:
    explicit ClaimStore(Database &db)
        : m_db(db)
    {}

    /// Inserts claim (honouring claim.id when set, for undo) with its tags; returns the id.
    qint64 insert(const Claim &claim);
    std::optional<Claim> claim(qint64 id) const;
    QList<Claim> claimsForArticle(qint64 articleId) const;
    QList<Claim> claims(const ClaimFilter &filter = {}) const;
    void remove(qint64 id);

    enum class Field { Statement, Claimant, ReportedBy, Stance, Status, Credibility, Rationale, Evidence, Note, Tags };
    static QString fieldKey(Field field);
    /// Values: entity/status ids as qint64 (0 = none), stance as its key, credibility as int (0 = none),
    /// evidence and tags as QStringList, the rest as QString.
    void setField(qint64 id, Field field, const QVariant &value);
    QVariant fieldValue(qint64 id, Field field) const;
    void setAnchor(qint64 id, const TextAnchor &anchor, bool orphaned);
    /// Sets updated_at to a given time (undo and redo put back the stamp an edit found or wrote).
    void setUpdatedAt(qint64 id, const QDateTime &when);

    qint64 addLink(const ClaimLink &link); ///< honours link.id when set; returns 0 if it already exists
    void removeLink(qint64 linkId);
    std::optional<ClaimLink> link(qint64 linkId) const;
    QList<ClaimLink> links(qint64 claimId) const; ///< both directions
    QList<ClaimLink> allLinks() const;

    QStringList tagNames() const;

private:
    QList<Claim> query(const QByteArray &where, const QList<QVariant> &params) const;
    void setTags(qint64 claimId, const QStringList &tags);
    void touch(qint64 id);

    Database &m_db;
};

} // namespace sift
