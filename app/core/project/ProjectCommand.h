#pragma once

#include <QUndoCommand>

namespace sift {

class Project;

/// Ids for QUndoCommand::mergeWith: consecutive edits of one text field merge into one undo step.
enum class CommandId { SetArticleField = 1, SetClaimField, SetEntityField };

/// Base of every edit: runs apply()/revert() in one transaction, records history, notifies.
/// A failing first run marks the command obsolete, so QUndoStack::push drops it.
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
    void recordHistory(const QString &table, qint64 rowId, const QString &field, const QString &oldValue,
                       const QString &newValue);

    Project &m_project;

private:
    bool m_failed = false;
    bool m_undoing = false;
};

} // namespace sift
