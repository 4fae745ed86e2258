#include "core/project/EntityCommands.h"

#include "core/domain/Translation.h"
#include "core/project/Project.h"

#include <QCoreApplication>

namespace sift {

namespace {

void notifyEntityUsers(Project &project)
{
    Q_EMIT project.entitiesChanged();
    // Claimant names show in every claim list; a reset is cheaper than tracking which articles.
    Q_EMIT project.claimsChanged(0);
    Q_EMIT project.incidentsChanged();
}

} // namespace

AddEntityCommand::AddEntityCommand(Project &project, const Entity &entity)
    : ProjectCommand(project, Sift::tr("New entity"))
    , m_entity(entity)
{}

void AddEntityCommand::apply()
{
    if (m_project.entities().findByName(m_entity.name))
        throw StoreError(Sift::tr("an entity named %1 already exists").arg(m_entity.name));
    m_entity.id = m_project.entities().insert(m_entity);
    recordHistory(QStringLiteral("entity"), m_entity.id, QStringLiteral("created"), QString(), m_entity.name);
}

void AddEntityCommand::revert()
{
    m_project.entities().remove(m_entity.id);
    recordHistory(QStringLiteral("entity"), m_entity.id, QStringLiteral("created"), QString(), m_entity.name);
}

void AddEntityCommand::notify()
{
    Q_EMIT m_project.entitiesChanged();
}

SetEntityFieldCommand::SetEntityFieldCommand(Project &project, qint64 entityId, Field field, const QVariant &value)
    : ProjectCommand(project, Sift::tr("Edit entity"))
    , m_entityId(entityId)
    , m_field(field)
    , m_new(value)
{
    m_old = read();
}

QVariant SetEntityFieldCommand::read() const
{
    const auto e = m_project.entities().entity(m_entityId);
    if (!e)
        return {};
    switch (m_field) {
    case Field::Name:
        return e->name;
    case Field::Kind:
        return e->kind;
    case Field::Reliability:
        return e->reliability;
    case Field::Aliases:
        return e->aliases;
    }
    return {};
}

QString SetEntityFieldCommand::key() const
{
    switch (m_field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::Kind:
        return QStringLiteral("kind");
    case Field::Reliability:
        return QStringLiteral("reliability");
    case Field::Aliases:
        return QStringLiteral("aliases");
    }
    return {};
}

void SetEntityFieldCommand::write(const QVariant &value)
{
    EntityStore &store = m_project.entities();
    if (!store.entity(m_entityId))
        throw StoreError(Sift::tr("the entity no longer exists"));
    auto text = [](const QVariant &v) {
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral("; ")) : v.toString();
    };
    if (m_project.db().isPostgres()) {
        // Another analyst may have changed the field since this command last wrote it: an undo or redo would
        // silently put back a value over theirs.
        m_project.db().lockRow("entity", m_entityId);
        refuseIfChanged(QStringLiteral("entity"), m_entityId, key(), Sift::tr("The entity's %1").arg(key()),
                        text(undoing() ? m_new : m_old), text(read()));
    }
    switch (m_field) {
    case Field::Name:
        if (const qint64 other = store.findByName(value.toString()); other && other != m_entityId)
            throw StoreError(Sift::tr("another entity is already called %1").arg(value.toString()));
        store.rename(m_entityId, value.toString());
        break;
    case Field::Kind:
        store.setKind(m_entityId, value.toString());
        break;
    case Field::Reliability:
        if (!isValidReliability(value.toString().trimmed().toUpper()))
            throw StoreError(Sift::tr("source reliability is a letter from A to F"));
        store.setReliability(m_entityId, value.toString());
        break;
    case Field::Aliases:
        store.setAliases(m_entityId, value.toStringList());
        break;
    }
    if (!undoing())
        m_new = read(); // as stored (names simplified, aliases sorted): what the next undo expects to find
    recordHistory(QStringLiteral("entity"), m_entityId, key(), text(m_old), text(m_new));
}

void SetEntityFieldCommand::apply()
{
    write(m_new);
}

void SetEntityFieldCommand::revert()
{
    write(m_old);
}

void SetEntityFieldCommand::notify()
{
    notifyEntityUsers(m_project);
}

MergeEntitiesCommand::MergeEntitiesCommand(Project &project, qint64 from, qint64 into)
    : ProjectCommand(project, Sift::tr("Merge entities"))
    , m_from(project.entities().entity(from).value_or(Entity{}))
    , m_into(into)
    , m_intoAliases(project.entities().entity(into).value_or(Entity{}).aliases)
    , m_usage(project.entities().usage(from))
{}

void MergeEntitiesCommand::apply()
{
    const auto into = m_project.entities().entity(m_into);
    if (m_from.id == 0 || !into || m_from.id == m_into)
        throw StoreError(Sift::tr("choose two different entities to merge"));
    m_project.entities().merge(m_from.id, m_into);
    recordHistory(QStringLiteral("entity"), m_into, QStringLiteral("merged"), m_from.name, into->name);
}

void MergeEntitiesCommand::revert()
{
    m_project.entities().restore(m_from, m_usage, m_intoAliases, m_into);
    recordHistory(QStringLiteral("entity"), m_into, QStringLiteral("merged"), m_from.name, QString());
}

void MergeEntitiesCommand::notify()
{
    notifyEntityUsers(m_project);
}

} // namespace sift
