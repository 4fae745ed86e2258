#pragma once

#include "core/project/ProjectCommand.h"

#include <QList>

namespace sift {

/// Several commands as one undo step (Project::pushMacro): undo and redo run all of them in one
/// transaction, so a failing store takes back the whole step or none of it.
class MacroCommand final : public ProjectCommand
{
public:
    MacroCommand(Project &project, const QString &text);
    qsizetype size() const { return m_children.size(); }

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    friend class ProjectCommand;
    QList<ProjectCommand *> m_children; ///< owned as QUndoCommand children; in the order they ran
};

} // namespace sift
