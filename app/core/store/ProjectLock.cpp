#include "core/store/ProjectLock.h"

#include "core/domain/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QStorageInfo>
#include <QThread>

namespace sift {

struct ProjectLock::Entry {
    explicit Entry(const QString &lockPath)
        : path(lockPath)
        , file(lockPath)
    {}
    QString path;
    QLockFile file;
};

namespace {

/// Every lock this process holds, by lock file path. Guarded by registryMutex(); entries die under it too.
/// Both are never destroyed, so a Store with static lifetime can still release its lock at exit.
QHash<QString, std::weak_ptr<ProjectLock::Entry>> &registry()
{
    static auto *locks = new QHash<QString, std::weak_ptr<ProjectLock::Entry>>;
    return *locks;
}

QMutex &registryMutex()
{
    static auto *mutex = new QMutex;
    return *mutex;
}

/// One spelling per file, so two paths to the same project share one lock.
QString canonicalLockPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return ProjectLock::lockPathFor((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
                                    info.fileName());
}

QString describeHolder(const QLockFile &file)
{
    qint64 pid = 0;
    QString host;
    QString program;
    if (!file.getLockInfo(&pid, &host, &program))
        return Sift::tr("a process that is just starting or stopping");
    if (program.isEmpty())
        program = Sift::tr("unknown program");
    if (host.isEmpty())
        return Sift::tr("%1, process %2").arg(program).arg(pid);
    return Sift::tr("%1, process %2 on %3").arg(program).arg(pid).arg(host);
}

/// A lock file that names no process was left by one killed between creating the file and writing its name
/// (QLockFile does not call that stale), or belongs to one doing so right now. A live holder keeps the file
/// flock()ed from its first instant and names itself microseconds later: after a short wait, a file that
/// still names no one and that nobody holds is stale. removeStaleLockFile() takes the flock before it deletes.
bool clearedUnnamedLock(QLockFile &file)
{
    if (file.error() != QLockFile::LockFailedError || file.getLockInfo(nullptr, nullptr, nullptr))
        return false;
    QThread::msleep(200);
    if (file.getLockInfo(nullptr, nullptr, nullptr))
        return file.tryLock(0);
    return file.removeStaleLockFile() && file.tryLock(0);
}

} // namespace

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

QString ProjectLock::acquire(const QString &projectPath)
{
    release();
    m_heldElsewhere = false;
    const QString lockPath = canonicalLockPath(projectPath);
    QMutexLocker locker(&registryMutex());
    if (std::shared_ptr<Entry> shared = registry().value(lockPath).lock()) {
        m_entry = std::move(shared);
        return {};
    }
    auto entry = std::make_shared<Entry>(lockPath);
    // Never stale by age: an analyst keeps a project open for days. Only a dead holder's lock is stale,
    // and QLockFile removes that one itself, under a second lock so two processes cannot both do it.
    entry->file.setStaleLockTime(0);
    if (entry->file.tryLock(0) || clearedUnnamedLock(entry->file)) {
        registry().insert(lockPath, entry);
        m_entry = std::move(entry);
        return {};
    }
    const QString folder = QDir::toNativeSeparators(QFileInfo(lockPath).absolutePath());
    switch (entry->file.error()) {
    case QLockFile::LockFailedError:
        m_heldElsewhere = true;
        return Sift::tr("%1 is open for writing in another Sift program (%2). Close it there to edit it here; "
                        "it can be read meanwhile.")
            .arg(projectPath, describeHolder(entry->file));
    case QLockFile::PermissionError:
        return Sift::tr("Cannot write to %1: the folder %2 is read-only (Sift keeps a lock file next to the project "
                        "while it writes).")
            .arg(projectPath, folder);
    default:
        if (QStorageInfo(folder).bytesAvailable() == 0)
            return Sift::tr("Cannot write to %1: the disk is full.").arg(projectPath);
        return Sift::tr("Cannot write to %1: could not create the lock file %2.").arg(projectPath, lockPath);
    }
}

void ProjectLock::release()
{
    if (!m_entry)
        return;
    QMutexLocker locker(&registryMutex());
    if (m_entry.use_count() == 1)
        registry().remove(m_entry->path);
    m_entry.reset(); // the last owner's QLockFile deletes the lock file here, still under the mutex
}

} // namespace sift
