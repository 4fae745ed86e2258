#include "core/project/ProjectCommand.h"

#include "core/project/MacroCommand.h"
#include "core/project/Project.h"

#include "core/domain/Translation.h"

#include <QCoreApplication>

namespace sift {

ProjectCommand::ProjectCommand(Project &project, const QString &text)
    : QUndoCommand(text, project.openMacro())
    , m_project(project)
    , m_inMacro(project.openMacro() != nullptr)
{
    if (m_inMacro)
        project.openMacro()->m_children << this;
}

void ProjectCommand::recordHistory(const QString &table, qint64 rowId, const QString &field, const QString &oldValue,
                                   const QString &newValue)
{
    if (m_undoing)
        m_project.history().record(table, rowId, field, newValue, oldValue);
    else
        m_project.history().record(table, rowId, field, oldValue, newValue);
}

void ProjectCommand::refuseIfChanged(const QString &table, qint64 rowId, const QString &field, const QString &label,
                                     const QString &expected, const QString &current)
{
    if (current == expected)
        return;
    QString who = Sift::tr("another analyst");
    const QList<HistoryEntry> entries = m_project.history().entries(table, rowId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->field == field) {
            who = it->user;
            break;
        }
    }
    notify(); // the views show their value, not the one this command remembers
    throw StoreError(
        Sift::tr("%1 was changed by %2 since you loaded it: their value is \u201c%3\u201d").arg(label, who, current),
        19);
}

void ProjectCommand::forward()
{
    m_undoing = false;
    apply();
}

void ProjectCommand::backward()
{
    m_undoing = true;
    revert();
}

void ProjectCommand::redo()
{
    if (m_inMacro) {
        // The first run of a macro child: Project::pushMacro holds the transaction and notifies after it.
        try {
            forward();
        } catch (const StoreError &e) {
            m_failed = true;
            m_project.reportError(
                QCoreApplication::translate("sift", "Could not %1: %2").arg(text().toLower(), e.message()));
        }
        return;
    }
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    if (m_appliedAhead) {
        m_appliedAhead = false;
        m_done = true;
        notify();
        return;
    }
    if (run(false)) {
        m_done = true;
        notify();
    }
}

void ProjectCommand::undo()
{
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    if (run(true))
        notify();
}

bool ProjectCommand::run(bool undoing)
{
    if (m_project.resyncPending()) {
        // An earlier command of the same QUndoStack::setIndex() sweep failed: stop where the database is.
        m_skipNext = true;
        return false;
    }
    try {
        Transaction tx(m_project.db());
        if (undoing)
            backward();
        else
            forward();
        tx.commit();
        return true;
    } catch (const StoreError &e) {
        const QString action = text().toLower();
        if (!undoing && !m_done) {
            // A new edit that could not be made: QUndoStack::push drops an obsolete command.
            m_failed = true;
            setObsolete(true);
            m_project.reportError(QCoreApplication::translate("sift", "Could not %1: %2").arg(action, e.message()));
            return false;
        }
        // The transaction rolled back, so the database is where it was; the stack is about to move past
        // this command anyway, so it is moved back over it once it has (the command skips that move).
        m_skipNext = true;
        m_project.resync(undoing, undoing ? QCoreApplication::translate("sift", "Could not undo %1: %2. Nothing "
                                                                                "was changed; it can be undone again.")
                                                .arg(action, e.message())
                                          : QCoreApplication::translate("sift", "Could not redo %1: %2. Nothing "
                                                                                "was changed; it can be redone again.")
                                                .arg(action, e.message()));
        return false;
    }
}

} // namespace sift
