// The window's side of reliability: a second window opens read-only while another Sift process writes, and
// File ▸ Restore Backup… puts a backup back and keeps the current project beside it.
#include "support/CliRunner.h"

#include "app/MainWindow.h"
#include "core/project/BackupRotation.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "support/FindChild.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sift;

class TestWindowSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void secondWindowOpensReadOnly();
    void windowKeepsRollingBackups();
    void restoreBackupFromWindow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestWindowSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestWindowSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("desk.sift"));
    QCOMPARE(SampleProject::create(m_project), QString());
}

void TestWindowSafety::secondWindowOpensReadOnly()
{
    sift::test::ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QVERIFY(holder.waitUntilReady());

    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_project));
    QVERIFY(window.project()->isReadOnly());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("another Sift program")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(holder.pid())), qPrintable(message));
    SIFT_CHILD(QLabel, label, &window, "readOnlyLabel");
    QVERIFY(label->isVisible());
    for (const char *name : {"actionImportFiles", "actionNewClaim", "actionRestoreBackup"}) {
        SIFT_CHILD(QAction, action, &window, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    // A read-only window makes no backups: that is the writer's job.
    QVERIFY(!window.project()->findChild<BackupRotation *>());

    // Once the other process is gone, opening again gives a normal window.
    holder.closeNormally();
    QVERIFY(window.openProject(m_project));
    QVERIFY(!window.project()->isReadOnly());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!label->isVisible());
}

void TestWindowSafety::windowKeepsRollingBackups()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project));
    SIFT_CHILD(BackupRotation, rotation, window.project(), nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(BackupRotation::backupsOf(m_project).size(), 1, 10000);
    SIFT_CHILD(QAction, restore, &window, "actionRestoreBackup");
    QVERIFY(restore->isEnabled());
}

void TestWindowSafety::restoreBackupFromWindow()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project));
    QTRY_COMPARE_WITH_TIMEOUT(BackupRotation::backupsOf(m_project).size(), 1, 10000);
    const QString backup = BackupRotation::backupsOf(m_project).first().path;
    const qint64 claims = window.project()->store().counts().claims;
    QVERIFY(window.project()->removeClaim(1));
    QCOMPARE(window.project()->store().counts().claims, claims - 1);

    QVERIFY(window.restoreBackup(backup));
    QVERIFY(window.project());
    QVERIFY(!window.project()->isReadOnly());
    QCOMPARE(window.project()->store().counts().claims, claims);
    QVERIFY(QFileInfo::exists(BackupRotation::beforeRestorePathFor(m_project)));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Restored")),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestWindowSafety)
#include "tst_windowsafety.moc"
