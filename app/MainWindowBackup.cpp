// The open project's safety net in the window: the rolling backups, File ▸ Restore Backup…, and the
// read-only state a second window falls back to while another Sift process writes to the file.
#include "app/MainWindow.h"

#include "core/project/BackupRotation.h"
#include "core/project/Project.h"
#include "core/store/ProjectLock.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sift {

namespace {

/// "16 Mar 2025 10:00 (2.3 MB)" in the user's locale and time zone.
QString describeBackup(const BackupRotation::Backup &backup)
{
    const QLocale locale;
    return QCoreApplication::translate("sift", "%1 (%2)")
        .arg(locale.toString(backup.taken.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(backup.bytes));
}

} // namespace

void MainWindow::addBackupActions(QMenu *fileMenu)
{
    auto *restore = new QAction(tr("Restore &Backup…"), this);
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    restore->setEnabled(false);
    connect(restore, &QAction::triggered, this, &MainWindow::restoreBackupDialog);
    fileMenu->addAction(restore);
}

void MainWindow::showProjectSafety(const QString &readOnlyReason)
{
    auto *label = findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    if (!label) {
        label = new QLabel(tr("read-only"), this);
        label->setObjectName(QStringLiteral("readOnlyLabel"));
        statusBar()->addPermanentWidget(label);
    }
    const bool readOnly = m_project && m_project->isReadOnly();
    label->setVisible(readOnly);
    label->setToolTip(readOnlyReason);
    if (auto *restore = findChild<QAction *>(QStringLiteral("actionRestoreBackup")))
        restore->setEnabled(m_project && !readOnly);
    if (!m_project)
        return;
    if (readOnly) {
        // Kept until the next message: the analyst must see why nothing can be edited.
        statusBar()->showMessage(tr("Opened read-only: %1").arg(readOnlyReason));
        return;
    }
    if (m_project->store().db().isPostgres())
        return; // a server's backups are its administrator's (pg_dump), not file copies beside it
    auto *backups = new BackupRotation(*m_project, m_project.get()); // dies with the project
    backups->setObjectName(QStringLiteral("backupRotation"));
    connect(backups, &BackupRotation::backupFinished, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(error, 8000);
    });
    backups->start();
}

void MainWindow::restoreBackupDialog()
{
    if (!m_project || m_project->isReadOnly())
        return;
    if (m_project->store().db().isPostgres()) {
        Dialogs::information(this, tr("Restore Backup"),
                             tr("%1 lives on a PostgreSQL server, which keeps its own backups: ask the desk's "
                                "administrator, or take a snapshot yourself with pg_dump or sift-cli pull.")
                                 .arg(m_project->name()));
        return;
    }
    const QList<BackupRotation::Backup> backups = BackupRotation::backupsOf(m_project->path());
    if (backups.isEmpty()) {
        Dialogs::information(this, tr("Restore Backup"),
                             tr("There are no backups of %1 yet. Sift makes one when a project opens and every "
                                "ten minutes while it changes, in %2.")
                                 .arg(m_project->name(), BackupRotation::folderFor(m_project->path())));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Restore Backup"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Replace %1 with the backup taken at:").arg(m_project->name()), &dialog));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("restoreBackupList"));
    for (const BackupRotation::Backup &backup : backups) {
        auto *item = new QListWidgetItem(describeBackup(backup), list);
        item->setData(Qt::UserRole, backup.path);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    layout->addWidget(
        new QLabel(tr("The project as it is now is kept as %1.")
                       .arg(QFileInfo(BackupRotation::beforeRestorePathFor(m_project->path())).fileName()),
                   &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    restoreBackup(list->currentItem()->data(Qt::UserRole).toString());
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_project || m_project->isReadOnly())
        return false;
    const QString path = m_project->path();
    // Keep other Sift processes out between closing the project here and opening it again.
    ProjectLock lock;
    if (const QString error = lock.acquire(path); !error.isEmpty()) {
        Dialogs::warning(this, tr("Restore Backup"), error);
        return false;
    }
    closeProject();
    const QString error = BackupRotation::restore(path, backupPath);
    openProject(path);
    if (!error.isEmpty()) {
        showMessage(error);
        Dialogs::warning(this, tr("Restore Backup"), error);
        return false;
    }
    showMessage(tr("Restored the backup %1; the project as it was is kept as %2.")
                    .arg(QFileInfo(backupPath).fileName(), BackupRotation::beforeRestorePathFor(path)));
    return true;
}

} // namespace sift
