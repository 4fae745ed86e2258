#pragma once

#include <QUndoCommand>

namespace sift {

class Project;

/// Ids for QUndoCommand::mergeWith: consecutive edits of one text field merge into one undo step.
enum class CommandId { SetArticleField = 1, SetClaimField, SetEntityField };

/// Base of every edit: runs apply()/revert() in one transaction, records history, notifies.
/// A failing first run marks the command obsolete, so QUndoStack::push drops it. A failing later undo or
/// redo rolls its transaction back and leaves the command where it was on the stack (Project::resync).
/// Made while Project::pushMacro runs, a command is a child of that macro and runs in the macro's transaction.
class ProjectCommand : public QUndoCommand
{
public:
    explicit ProjectCommand(Project &project, const QString &text = {});

    void redo() final;
    void undo() final;
    bool failed() const { return m_failed; }

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    virtual void notify() = 0; ///< emit the project's change signals; runs after commit
    /// On a server another analyst may have changed the field since this command last wrote or read it: when
    /// current differs from expected, refuses with who changed it and their value (StoreError), after telling the
    /// views to show their value. The row is locked first, so no one changes it between the check and the write.
    bool undoing() const { return m_undoing; } ///< inside revert(): running backward
    void refuseIfChanged(const QString &table, qint64 rowId, const QString &field, const QString &label,
                         const QString &expected, const QString &current);
    void recordHistory(const QString &table, qint64 rowId, const QString &field, const QString &oldValue,
                       const QString &newValue);

    Project &m_project;

private:
    friend class MacroCommand;
    friend class Project;
    void forward();         ///< apply() inside a transaction someone else holds
    void backward();        ///< revert() inside a transaction someone else holds
    bool run(bool undoing); ///< one transaction; false (and a resync of the stack) when the store failed

    bool m_failed = false;
    bool m_undoing = false;
    bool m_inMacro = false;
    bool m_done = false;         ///< applied at least once: a failure is no longer a failed push
    bool m_appliedAhead = false; ///< applied by Project::pushMacro: the push that follows only notifies
    bool m_skipNext = false;     ///< the database already is where the stack's next move would take it
};

} // namespace sift
