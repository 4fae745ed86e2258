#include "core/project/BackupRotation.h"

#include "core/domain/Translation.h"
#include "core/project/Project.h"
#include "core/store/Database.h"
#include "core/store/ProjectLock.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <memory>

namespace sift {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

/// A backup's name carries the moment it was taken, so the names sort by age: "desk-20250316-100000-000.sift".
QString backupNameFor(const QString &projectPath, const QDateTime &taken)
{
    return QFileInfo(projectPath).completeBaseName() + QLatin1Char('-') + taken.toString(kStampFormat) +
           QStringLiteral(".sift");
}

/// Copies a database into a new file, first under a temporary name so a half-written copy is never taken for one.
QString copyDatabase(const QString &source, const QString &destination)
{
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    Database db;
    if (const QString error = db.open(source, Database::Mode::ReadOnly); !error.isEmpty())
        return error;
    if (const QString error = db.backupTo(partial); !error.isEmpty()) {
        QFile::remove(partial);
        return error;
    }
    db.close();
    QFile::remove(destination);
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return Sift::tr("could not rename %1 to %2").arg(partial, destination);
    }
    return {};
}

} // namespace

BackupRotation::BackupRotation(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    m_timer.setObjectName(QStringLiteral("backupTimer"));
    const auto changed = [this] { m_changed = true; };
    connect(&project, &Project::articleChanged, this, changed);
    connect(&project, &Project::articlesReset, this, changed);
    connect(&project, &Project::claimsChanged, this, changed);
    connect(&project, &Project::entitiesChanged, this, changed);
    connect(&project, &Project::incidentsChanged, this, changed);
    connect(project.undoStack(), &QUndoStack::indexChanged, this, changed);
    connect(&m_timer, &QTimer::timeout, this, &BackupRotation::onTimer);
}

BackupRotation::~BackupRotation()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupRotation::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    backupNow();
}

void BackupRotation::onTimer()
{
    if (m_changed)
        backupNow();
}

void BackupRotation::backupNow()
{
    if (m_thread)
        return;
    m_changed = false;
    struct Result {
        QString path;
        QString error;
    };
    auto result = std::make_shared<Result>();
    const QString projectPath = m_project.path();
    const int keep = m_keep;
    m_thread =
        QThread::create([result, projectPath, keep] { result->error = takeBackup(projectPath, keep, &result->path); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT backupFinished(result->path, result->error);
    });
    m_thread->start(QThread::LowPriority);
}

QString BackupRotation::folderFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".backups");
}

QString BackupRotation::beforeRestorePathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".before-restore");
}

QList<BackupRotation::Backup> BackupRotation::backupsOf(const QString &projectPath)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.sift$"));
    QList<Backup> backups;
    const QDir folder(folderFor(projectPath));
    for (const QFileInfo &info : folder.entryInfoList({QStringLiteral("*.sift")}, QDir::Files)) {
        const QRegularExpressionMatch match = stamp.match(info.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime taken = QDateTime::fromString(match.captured(1), kStampFormat);
        taken.setTimeSpec(Qt::UTC);
        backups << Backup{info.absoluteFilePath(), taken, info.size()};
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.taken > b.taken; });
    return backups;
}

QString BackupRotation::takeBackup(const QString &projectPath, int keep, QString *backupPath)
{
    const QString folder = folderFor(projectPath);
    if (!QDir().mkpath(folder))
        return Sift::tr("Could not back up %1: cannot create the folder %2.").arg(projectPath, folder);
    const QString path = folder + QLatin1Char('/') + backupNameFor(projectPath, QDateTime::currentDateTimeUtc());
    if (const QString error = copyDatabase(projectPath, path); !error.isEmpty())
        return Sift::tr("Could not back up %1: %2").arg(projectPath, error);
    if (backupPath)
        *backupPath = path;
    const QList<Backup> backups = backupsOf(projectPath);
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
    return {};
}

QString BackupRotation::restore(const QString &projectPath, const QString &backupPath)
{
    // Hold the project against other Sift processes for the whole swap.
    ProjectLock lock;
    if (const QString error = lock.acquire(projectPath); !error.isEmpty())
        return error;
    {
        Store backup;
        if (const QString error = backup.open(backupPath, Store::OpenMode::ReadOnly); !error.isEmpty())
            return Sift::tr("%1 cannot be restored: %2").arg(backupPath, error);
        const Store::CheckReport report = backup.check();
        if (!report.problems.isEmpty())
            return Sift::tr("%1 cannot be restored, it is damaged: %2").arg(backupPath, report.problems.first());
    }
    if (const QString error = copyDatabase(projectPath, beforeRestorePathFor(projectPath)); !error.isEmpty())
        return Sift::tr("Could not keep the current project before restoring: %1. Nothing was changed.").arg(error);
    // The backup API writes into the project in one transaction: it either has all of the backup or
    // stays as it was, and a write-ahead log next to it can never be replayed onto the wrong content.
    Database source;
    if (const QString error = source.open(backupPath, Database::Mode::ReadOnly); !error.isEmpty())
        return Sift::tr("%1 cannot be restored: %2").arg(backupPath, error);
    if (const QString error = source.backupTo(projectPath); !error.isEmpty())
        return Sift::tr("Could not restore %1: %2. The project was left as it was.").arg(backupPath, error);
    return {};
}

} // namespace sift
