#pragma once

#include "core/store/Database.h"
#include "core/store/ProjectLock.h"

#include <QString>
#include <QStringList>

namespace sift {

/// Opens a project (a `.sift` file, or a PostgreSQL URL: Database::isServerLocation) safely: refuses what it cannot
/// read, never touches a file it refuses, creates a new project's schema, backs up and migrates an older one. Opening
/// for writing takes the project's lock, so a second Sift process cannot write at the same time.
class Store
{
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly, ReadOnly };

    Store() = default;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Returns an error sentence for the user, empty on success. On error nothing on disk has changed.
    QString open(const QString &path, OpenMode mode = OpenMode::ExistingOnly);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    /// True when open() refused to write to an existing file that can still be read: another Sift process
    /// writes to it, or the file, its folder or its disk cannot take writes.
    bool writeRefused() const { return m_writeRefused; }

    Database &db() { return m_db; }
    const Database &db() const { return m_db; }
    QString path() const { return m_db.path(); }
    QString migrationBackupPath() const { return m_backupPath; } ///< set when open() migrated an older file

    struct CheckReport {
        QStringList problems; ///< empty = all good
        QStringList checks;   ///< what was checked, for a verbose report
    };
    /// Integrity, foreign keys, and the full-text index in step with the articles.
    CheckReport check();

    static QString backupPathFor(const QString &path, int fromVersion);

    struct Counts {
        qint64 articles = 0;
        qint64 claims = 0;
        qint64 entities = 0;
        qint64 incidents = 0;
    };
    Counts counts();

private:
    QString prepare(const QString &path, OpenMode mode);
    QString preparePostgres(const QString &url, OpenMode mode);
    CheckReport checkPostgres();
    QString takeWriteLock(const QString &path);

    ProjectLock m_lock; // declared before m_db: the connection closes before the lock goes
    Database m_db;
    QString m_backupPath;
    bool m_writeRefused = false;
};

} // namespace sift
