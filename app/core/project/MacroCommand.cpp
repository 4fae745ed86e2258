#include "core/project/MacroCommand.h"

namespace sift {

MacroCommand::MacroCommand(Project &project, const QString &text)
    : ProjectCommand(project, text)
{}

void MacroCommand::apply()
{
    for (ProjectCommand *command : std::as_const(m_children))
        command->forward();
}

void MacroCommand::revert()
{
    for (auto it = m_children.crbegin(); it != m_children.crend(); ++it)
        (*it)->backward();
}

void MacroCommand::notify()
{
    for (ProjectCommand *command : std::as_const(m_children))
        command->notify();
}

} // namespace sift
