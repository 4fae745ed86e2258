#pragma once

#include "core/domain/Entity.h"
#include "core/project/ProjectCommand.h"
#include "core/store/EntityStore.h"

#include <QVariant>

namespace sift {

/// Creates an entity; redo after undo recreates it with the same id.
class AddEntityCommand final : public ProjectCommand
{
public:
    AddEntityCommand(Project &project, const Entity &entity);
    qint64 entityId() const { return m_entity.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Entity m_entity;
};

/// Changes an entity's name, kind, reliability or aliases.
class SetEntityFieldCommand final : public ProjectCommand
{
public:
    enum class Field { Name, Kind, Reliability, Aliases };
    SetEntityFieldCommand(Project &project, qint64 entityId, Field field, const QVariant &value);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    void write(const QVariant &value);
    QVariant read() const;
    QString key() const; ///< the field's name in history

    qint64 m_entityId;
    Field m_field;
    QVariant m_old;
    QVariant m_new;
};

/// Folds a duplicate entity into another: claims and incidents follow, names become aliases.
class MergeEntitiesCommand final : public ProjectCommand
{
public:
    MergeEntitiesCommand(Project &project, qint64 from, qint64 into);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Entity m_from;
    qint64 m_into;
    QStringList m_intoAliases;
    EntityStore::Usage m_usage;
};

} // namespace sift
