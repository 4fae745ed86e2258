// Rolling online backups of an open project and restoring one, through core (no widgets).
#include "support/CliRunner.h"

#include "core/project/BackupRotation.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "core/store/Store.h"
#include "support/FindChild.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace sift;

class TestBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void backupOnStartAndKeepsNewest();
    void backupIsConsistentWhileEditing();
    void restoreBringsBackupBack();
    void restoreRefusesDamagedBackup();
    void restoreRefusedWhileAnotherProcessWrites();

private:
    qint64 claimCount(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("desk.sift"));
    QCOMPARE(SampleProject::create(m_project), QString());
}

qint64 TestBackups::claimCount(const QString &path)
{
    Store store;
    if (!store.open(path, Store::OpenMode::ReadOnly).isEmpty())
        return -1;
    return store.counts().claims;
}

void TestBackups::backupOnStartAndKeepsNewest()
{
    QString error;
    auto project = Project::open(m_project, &error);
    QVERIFY2(project, qPrintable(error));
    BackupRotation rotation(*project);
    rotation.setKeep(3);
    QSignalSpy finished(&rotation, &BackupRotation::backupFinished);
    rotation.start(std::chrono::milliseconds(50));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(BackupRotation::backupsOf(m_project).size(), 1);

    // Nothing changed: a tick of the timer takes no new copy. The rotation's slot is connected to the timeout
    // before this spy, so once the spy has seen a tick the rotation has decided: a copy it started would be
    // running now or already reported.
    SIFT_CHILD(QTimer, timer, &rotation, "backupTimer");
    QVERIFY(timer->isActive());
    QSignalSpy ticks(timer, &QTimer::timeout);
    QVERIFY2(ticks.wait(10000), "the backup timer did not tick");
    QVERIFY(!rotation.isRunning());
    QCOMPARE(finished.size(), 1);

    // Each change brings a copy on the next tick; only the newest three stay.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(project->setArticleField(1, ArticleStore::Field::Notes, QStringLiteral("edit %1").arg(i)));
        QVERIFY(finished.wait(10000));
        QTest::qWait(5); // distinct millisecond stamps
    }
    const QList<BackupRotation::Backup> backups = BackupRotation::backupsOf(m_project);
    QCOMPARE(backups.size(), 3);
    QVERIFY(backups.first().taken >= backups.last().taken);
    QCOMPARE(backups.first().path, finished.last().at(0).toString());
    for (const BackupRotation::Backup &b : backups) {
        Store store;
        QCOMPARE(store.open(b.path, Store::OpenMode::ReadOnly), QString());
        QVERIFY(store.check().problems.isEmpty());
    }
    Store newest;
    QCOMPARE(newest.open(backups.first().path, Store::OpenMode::ReadOnly), QString());
    QCOMPARE(ArticleStore(newest.db()).fieldValue(1, ArticleStore::Field::Notes), QStringLiteral("edit 4"));
}

void TestBackups::backupIsConsistentWhileEditing()
{
    // The copy runs on its own connection while this one keeps committing: every copy passes check.
    QString error;
    auto project = Project::open(m_project, &error);
    QVERIFY(project);
    std::atomic_bool stop = false;
    QStringList failures;
    QThread *copier = QThread::create([&] {
        for (int i = 0; i < 10 && !stop; ++i) {
            QString path;
            if (const QString e = BackupRotation::takeBackup(m_project, 20, &path); !e.isEmpty()) {
                failures << e;
                continue;
            }
            Store store;
            if (const QString e = store.open(path, Store::OpenMode::ReadOnly); !e.isEmpty())
                failures << e;
            else if (!store.check().problems.isEmpty())
                failures << store.check().problems;
            QThread::msleep(2);
        }
    });
    copier->start();
    int edits = 0;
    while (!copier->isFinished()) {
        QVERIFY(project->setArticleField(1 + edits % 5, ArticleStore::Field::Notes, QStringLiteral("n%1").arg(edits)));
        ++edits;
        QCoreApplication::processEvents();
    }
    stop = true;
    copier->wait();
    delete copier;
    qInfo("%d edits committed while 10 backups were taken", edits);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestBackups::restoreBringsBackupBack()
{
    const qint64 original = claimCount(m_project);
    QString backup;
    QCOMPARE(BackupRotation::takeBackup(m_project, 5, &backup), QString());
    {
        QString error;
        auto project = Project::open(m_project, &error);
        QVERIFY(project);
        QVERIFY(project->removeClaim(1));
        QVERIFY(project->removeClaim(2));
    }
    QCOMPARE(claimCount(m_project), original - 2);

    QCOMPARE(BackupRotation::restore(m_project, backup), QString());
    QCOMPARE(claimCount(m_project), original);
    QCOMPARE(claimCount(BackupRotation::beforeRestorePathFor(m_project)), original - 2);
    Store store;
    QCOMPARE(store.open(m_project), QString());
    QVERIFY(store.check().problems.isEmpty());
}

void TestBackups::restoreRefusesDamagedBackup()
{
    QString backup;
    QCOMPARE(BackupRotation::takeBackup(m_project, 5, &backup), QString());
    QFile file(backup);
    QVERIFY(file.resize(file.size() / 2));
    const QByteArray before = sift::test::sha256Of(m_project);
    const QString error = BackupRotation::restore(m_project, backup);
    QVERIFY2(error.contains(QStringLiteral("cannot be restored")), qPrintable(error));
    QCOMPARE(sift::test::sha256Of(m_project), before);
}

void TestBackups::restoreRefusedWhileAnotherProcessWrites()
{
    QString backup;
    QCOMPARE(BackupRotation::takeBackup(m_project, 5, &backup), QString());
    sift::test::ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QVERIFY(holder.waitUntilReady());
    const QByteArray before = sift::test::sha256Of(m_project);
    const QString error = BackupRotation::restore(m_project, backup);
    QVERIFY2(error.contains(QStringLiteral("another Sift program")), qPrintable(error));
    QCOMPARE(sift::test::sha256Of(m_project), before);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
