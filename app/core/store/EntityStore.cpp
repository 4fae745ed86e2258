#include "core/store/EntityStore.h"

#include "core/store/Database.h"

namespace sift {

std::optional<Entity> EntityStore::entity(qint64 id) const
{
    Statement st(m_db, "SELECT id, name, kind, reliability, notes FROM entity WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Entity e{st.integer(0), st.text(1), st.text(2), st.text(3), {}, st.text(4)};
    Statement aliases(m_db, "SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY alias COLLATE NOCASE");
    aliases.bind(1, id);
    while (aliases.step())
        e.aliases << aliases.text(0);
    return e;
}

qint64 EntityStore::findByName(const QString &nameOrAlias) const
{
    const QString name = nameOrAlias.simplified();
    Statement st(m_db, "SELECT id FROM entity WHERE name = ?1 "
                       "UNION ALL SELECT entity_id FROM entity_alias WHERE alias = ?1 LIMIT 1");
    st.bind(1, name);
    return st.step() ? st.integer(0) : 0;
}

qint64 EntityStore::findOrCreate(const QString &name, const QString &kind)
{
    if (name.simplified().isEmpty())
        return 0;
    if (const qint64 id = findByName(name))
        return id;
    Entity e;
    e.name = name.simplified();
    e.kind = kind;
    return insert(e);
}

qint64 EntityStore::insert(const Entity &e)
{
    Statement st(m_db, "INSERT INTO entity (id, name, kind, reliability, notes) VALUES (?, ?, ?, ?, ?)");
    st.bindId(1, e.id).bind(2, e.name.simplified()).bind(3, e.kind).bindOptional(4, e.reliability).bind(5, e.notes);
    st.exec();
    const qint64 id = m_db.lastInsertId();
    setAliases(id, e.aliases);
    return id;
}

void EntityStore::remove(qint64 id)
{
    Statement st(m_db, "DELETE FROM entity WHERE id = ?");
    st.bind(1, id).exec();
}

QList<Entity> EntityStore::all() const
{
    QList<Entity> out;
    Statement st(m_db, "SELECT id FROM entity ORDER BY name COLLATE NOCASE");
    while (st.step()) {
        if (auto e = entity(st.integer(0)))
            out << *e;
    }
    return out;
}

QStringList EntityStore::names() const
{
    Statement st(m_db, "SELECT name FROM (SELECT name FROM entity UNION SELECT alias FROM entity_alias) AS n "
                       "ORDER BY name COLLATE NOCASE");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

void EntityStore::rename(qint64 id, const QString &name)
{
    Statement st(m_db, "UPDATE entity SET name = ? WHERE id = ?");
    st.bind(1, name.simplified()).bind(2, id).exec();
}

void EntityStore::setKind(qint64 id, const QString &kind)
{
    Statement st(m_db, "UPDATE entity SET kind = ? WHERE id = ?");
    st.bind(1, kind).bind(2, id).exec();
}

void EntityStore::setReliability(qint64 id, const QString &grade)
{
    Statement st(m_db, "UPDATE entity SET reliability = ? WHERE id = ?");
    st.bindOptional(1, grade.trimmed().toUpper()).bind(2, id).exec();
}

void EntityStore::setNotes(qint64 id, const QString &notes)
{
    Statement st(m_db, "UPDATE entity SET notes = ? WHERE id = ?");
    st.bind(1, notes).bind(2, id).exec();
}

void EntityStore::setAliases(qint64 id, const QStringList &aliases)
{
    Statement clear(m_db, "DELETE FROM entity_alias WHERE entity_id = ?");
    clear.bind(1, id).exec();
    Statement add(m_db, "INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)");
    for (const QString &alias : aliases) {
        if (!alias.simplified().isEmpty())
            add.bind(1, id).bind(2, alias.simplified()).exec();
    }
}

EntityStore::Usage EntityStore::usage(qint64 id) const
{
    auto ids = [&](const char *sql) {
        Statement st(m_db, sql);
        st.bind(1, id);
        QList<qint64> out;
        while (st.step())
            out << st.integer(0);
        return out;
    };
    return {ids("SELECT id FROM claim WHERE claimant_id = ?"), ids("SELECT id FROM claim WHERE reported_by_id = ?"),
            ids("SELECT id FROM incident WHERE actor1_id = ?"), ids("SELECT id FROM incident WHERE actor2_id = ?")};
}

void EntityStore::merge(qint64 from, qint64 into)
{
    const auto source = entity(from);
    const auto target = entity(into);
    if (!source || !target || from == into)
        return;
    auto repoint = [&](const char *sql) {
        Statement st(m_db, sql);
        st.bind(1, into).bind(2, from).exec();
    };
    repoint("UPDATE claim SET claimant_id = ? WHERE claimant_id = ?");
    repoint("UPDATE claim SET reported_by_id = ? WHERE reported_by_id = ?");
    repoint("UPDATE incident SET actor1_id = ? WHERE actor1_id = ?");
    repoint("UPDATE incident SET actor2_id = ? WHERE actor2_id = ?");
    remove(from);
    setAliases(into, target->aliases + QStringList{source->name} + source->aliases);
}

void EntityStore::restore(const Entity &from, const Usage &usage, const QStringList &intoAliasesBefore, qint64 into)
{
    setAliases(into, intoAliasesBefore);
    insert(from);
    auto point = [&](const char *sql, const QList<qint64> &rows) {
        Statement st(m_db, sql);
        for (qint64 row : rows)
            st.bind(1, from.id).bind(2, row).exec();
    };
    point("UPDATE claim SET claimant_id = ? WHERE id = ?", usage.claimsAsClaimant);
    point("UPDATE claim SET reported_by_id = ? WHERE id = ?", usage.claimsAsReporter);
    point("UPDATE incident SET actor1_id = ? WHERE id = ?", usage.incidentsAsActor1);
    point("UPDATE incident SET actor2_id = ? WHERE id = ?", usage.incidentsAsActor2);
}

} // namespace sift
