#include "core/project/ProjectCommand.h"

#include "core/project/Project.h"

#include <QCoreApplication>

namespace sift {

ProjectCommand::ProjectCommand(Project &project, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
{}

void ProjectCommand::recordHistory(const QString &table, qint64 rowId, const QString &field, const QString &oldValue,
                                   const QString &newValue)
{
    if (m_undoing)
        m_project.history().record(table, rowId, field, newValue, oldValue);
    else
        m_project.history().record(table, rowId, field, oldValue, newValue);
}

void ProjectCommand::redo()
{
    try {
        Transaction tx(m_project.db());
        m_undoing = false;
        apply();
        tx.commit();
    } catch (const StoreError &e) {
        m_failed = true;
        setObsolete(true);
        m_project.reportError(
            QCoreApplication::translate("sift", "Could not %1: %2").arg(text().toLower(), e.message()));
        return;
    }
    notify();
}

void ProjectCommand::undo()
{
    try {
        Transaction tx(m_project.db());
        m_undoing = true;
        revert();
        tx.commit();
    } catch (const StoreError &e) {
        m_project.reportError(
            QCoreApplication::translate("sift", "Could not undo %1: %2").arg(text().toLower(), e.message()));
        return;
    }
    notify();
}

} // namespace sift
