#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QThread;

namespace sift {

class Project;

/// Rolling online backups of an open project: a copy when it opens and then every interval while it
/// changes, into "FILE.sift.backups/", keeping the newest few. Copies are made on a worker thread with its
/// own connection through SQLite's backup API, so they are consistent while the analyst keeps editing.
class BackupRotation final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeep = 5;
    static constexpr std::chrono::minutes kInterval{10};

    struct Backup {
        QString path;
        QDateTime taken; ///< UTC, from the file name
        qint64 bytes = 0;
    };

    explicit BackupRotation(Project &project, QObject *parent = nullptr);
    ~BackupRotation() override;

    /// Takes a backup now and then one every interval in which the project changed.
    void start(std::chrono::milliseconds interval = kInterval);
    /// Starts a backup on the worker unless one is running; backupFinished() reports it.
    void backupNow();
    bool isRunning() const { return m_thread != nullptr; }
    void setKeep(int keep) { m_keep = keep; }

    static QString folderFor(const QString &projectPath);
    /// The project's backups, newest first.
    static QList<Backup> backupsOf(const QString &projectPath);
    /// Copies the project into a new backup file and deletes all but the newest keep; returns the error, empty on
    /// success.
    static QString takeBackup(const QString &projectPath, int keep, QString *backupPath = nullptr);
    static QString beforeRestorePathFor(const QString &projectPath);
    /// Puts a backup's content into the project file (which no one may have open), keeping the current
    /// content as FILE.sift.before-restore. Returns an error sentence, empty on success; on error the
    /// project file is as it was.
    static QString restore(const QString &projectPath, const QString &backupPath);

Q_SIGNALS:
    void backupFinished(const QString &backupPath, const QString &error);

private:
    void onTimer();

    Project &m_project;
    QTimer m_timer{this}; ///< a child named "backupTimer", so a test can watch it tick
    QThread *m_thread = nullptr;
    int m_keep = kKeep;
    bool m_changed = true;
};

} // namespace sift
