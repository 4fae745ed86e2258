#include "core/project/VocabularyCommands.h"

#include "core/project/Project.h"

#include <QCoreApplication>

namespace sift {

AddEventTypeCommand::AddEventTypeCommand(Project &project, const QString &name, const QString &parent)
    : ProjectCommand(project, QCoreApplication::translate("sift", "Add event type"))
    , m_name(name)
    , m_parent(parent)
{}

void AddEventTypeCommand::apply()
{
    VocabularyStore &vocabulary = m_project.vocabulary();
    if (m_id) {
        vocabulary.restoreEventType(m_id, m_name, m_parent);
        return;
    }
    if (!m_parent.isEmpty() && !vocabulary.eventTypeId(m_parent))
        throw StoreError(QCoreApplication::translate("sift", "there is no event type %1").arg(m_parent));
    if (!vocabulary.addEventType(m_name, m_parent))
        throw StoreError(QCoreApplication::translate("sift", "the event type %1 already exists").arg(m_name));
    m_id = vocabulary.eventTypeId(m_name, m_parent);
}

void AddEventTypeCommand::revert()
{
    m_project.vocabulary().removeEventType(m_id);
}

} // namespace sift
