#pragma once

#include "core/domain/Entity.h"

#include <QList>

#include <optional>

namespace sift {

class Database;

/// People, bodies, outlets and places, with their aliases and source reliability.
class EntityStore
{
public:
    explicit EntityStore(Database &db)
        : m_db(db)
    {}

    std::optional<Entity> entity(qint64 id) const;
    /// Finds an entity by its name or one of its aliases (case-insensitive); 0 when none.
    qint64 findByName(const QString &nameOrAlias) const;
    /// Returns the id of the entity with this name or alias, creating it when none exists.
    qint64 findOrCreate(const QString &name, const QString &kind = {});
    qint64 insert(const Entity &entity); ///< honours entity.id when set (undo of a removal)
    void remove(qint64 id);
    QList<Entity> all() const;
    QStringList names() const; ///< names and aliases, for completion

    void rename(qint64 id, const QString &name);
    void setKind(qint64 id, const QString &kind);
    void setReliability(qint64 id, const QString &grade);
    void setNotes(qint64 id, const QString &notes);
    void setAliases(qint64 id, const QStringList &aliases);

    struct Usage {
        QList<qint64> claimsAsClaimant;
        QList<qint64> claimsAsReporter;
        QList<qint64> incidentsAsActor1;
        QList<qint64> incidentsAsActor2;
    };
    Usage usage(qint64 id) const;
    /// Points every claim and incident of `from` at `into`; `from`'s name and aliases become aliases of `into`.
    void merge(qint64 from, qint64 into);
    /// Undoes merge(): recreates `from` and points the given rows back at it.
    void restore(const Entity &from, const Usage &usage, const QStringList &intoAliasesBefore, qint64 into);

private:
    Database &m_db;
};

} // namespace sift
