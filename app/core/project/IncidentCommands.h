#pragma once

#include "core/domain/Incident.h"
#include "core/project/ProjectCommand.h"

#include <optional>

namespace sift {

/// Creates an incident; redo after undo recreates it with the same id.
class AddIncidentCommand final : public ProjectCommand
{
public:
    AddIncidentCommand(Project &project, const Incident &incident);
    qint64 incidentId() const { return m_incident.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Incident m_incident;
};

/// Replaces every field and link of an incident.
class UpdateIncidentCommand final : public ProjectCommand
{
public:
    UpdateIncidentCommand(Project &project, const Incident &incident);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    void recordChanges();
    /// On a server: refuses (StoreError naming who and their value) when the stored incident is no longer expected.
    void refuseIfChangedByOthers(const Incident &expected);

    Incident m_old;
    Incident m_new;
    std::optional<Incident> m_stored; ///< on a server: the incident as this command's last write left it
};

class RemoveIncidentCommand final : public ProjectCommand
{
public:
    RemoveIncidentCommand(Project &project, qint64 incidentId);

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    Incident m_incident;
};

} // namespace sift
