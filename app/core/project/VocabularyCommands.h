#pragma once

#include "core/project/ProjectCommand.h"

namespace sift {

/// Adds an event type to the vocabulary (or a sub-type under an existing parent) as part of an incident
/// edit; redo after undo puts it back with the same id, so the vocabulary keeps its order.
class AddEventTypeCommand final : public ProjectCommand
{
public:
    AddEventTypeCommand(Project &project, const QString &name, const QString &parent = {});

protected:
    void apply() override;
    void revert() override;
    void notify() override {}

private:
    QString m_name;
    QString m_parent;
    qint64 m_id = 0;
};

} // namespace sift
