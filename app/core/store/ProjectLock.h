#pragma once

#include <QString>

#include <memory>

namespace sift {

/// Keeps two Sift processes from writing to one project: "FILE.sift.lock" beside the file records the
/// writer's pid, program and host. Connections inside one process share the lock (the GUI's importer
/// thread writes next to its window), and a lock left by a process that died is recognised and cleared.
class ProjectLock
{
public:
    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// Takes the lock for the project at path; returns an error sentence for the user, empty on success.
    QString acquire(const QString &projectPath);
    void release();
    bool isHeld() const { return m_entry != nullptr; }
    /// True when the last acquire() failed because another live process holds the lock.
    bool heldElsewhere() const { return m_heldElsewhere; }

    static QString lockPathFor(const QString &projectPath);

    struct Entry;

private:
    std::shared_ptr<Entry> m_entry;
    bool m_heldElsewhere = false;
};

} // namespace sift
