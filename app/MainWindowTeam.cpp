// A desk on a server: File ▸ Open Team Project… connects to a PostgreSQL database, File ▸ Analyst Name… sets the
// name recorded with every edit. The password is asked for only when the server wants one and is not in
// ~/.pgpass or PGPASSWORD; it lives in this process's environment (for the import worker's own connection) and
// is never written to Sift's settings.
#include "app/MainWindow.h"

#include "core/project/Project.h"
#include "core/store/Database.h"
#include "core/store/HistoryStore.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

namespace sift {

void MainWindow::addTeamActions(QMenu *fileMenu)
{
    auto *team = new QAction(tr("Open &Team Project…"), this);
    team->setObjectName(QStringLiteral("actionOpenTeamProject"));
    team->setStatusTip(tr("Open a project that a desk shares on a PostgreSQL server"));
    connect(team, &QAction::triggered, this, &MainWindow::openTeamProjectDialog);
    fileMenu->addAction(team);
    auto *analyst = new QAction(tr("Analyst &Name…"), this);
    analyst->setObjectName(QStringLiteral("actionAnalystName"));
    analyst->setStatusTip(tr("The name Sift records with each of your edits"));
    connect(analyst, &QAction::triggered, this, &MainWindow::analystNameDialog);
    fileMenu->addAction(analyst);
    HistoryStore::setCurrentUser(QSettings().value(QStringLiteral("analystName")).toString());
}

bool MainWindow::abandonOpening(const QString &path, const QString &previous, const QString &reason)
{
    const QString shown = m_project ? m_project->path() : path; // a stored location never holds a password
    closeProject();
    // Back to the project the window showed before, if any: a failed open leaves the window as it was.
    if (!previous.isEmpty() && previous != shown)
        openProject(previous);
    const QString message = tr("Could not open %1: %2").arg(shown, reason);
    showMessage(message);
    Dialogs::warning(this, tr("Cannot open project"), message);
    return false;
}

void MainWindow::openTeamProjectDialog()
{
    QSettings settings;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("teamProjectDialog"));
    dialog.setWindowTitle(tr("Open Team Project"));
    auto *form = new QFormLayout(&dialog);
    auto field = [&](const char *name, const QString &label, const QString &value) {
        auto *edit = new QLineEdit(value, &dialog);
        edit->setObjectName(QString::fromLatin1(name));
        form->addRow(label, edit);
        return edit;
    };
    QLineEdit *host = field("teamHost", tr("&Host:"),
                            settings.value(QStringLiteral("team/host"), QStringLiteral("localhost")).toString());
    auto *port = new QSpinBox(&dialog);
    port->setObjectName(QStringLiteral("teamPort"));
    port->setRange(1, 65535);
    port->setValue(settings.value(QStringLiteral("team/port"), 5432).toInt());
    form->addRow(tr("&Port:"), port);
    QLineEdit *database =
        field("teamDatabase", tr("&Database:"), settings.value(QStringLiteral("team/database")).toString());
    QLineEdit *user = field("teamUser", tr("&User:"),
                            settings.value(QStringLiteral("team/user"), HistoryStore::currentUser()).toString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("team/host"), host->text().trimmed());
    settings.setValue(QStringLiteral("team/port"), port->value());
    settings.setValue(QStringLiteral("team/database"), database->text().trimmed());
    settings.setValue(QStringLiteral("team/user"), user->text().trimmed());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host->text().trimmed());
    url.setPort(port->value());
    url.setUserName(user->text().trimmed());
    url.setPath(u'/' + database->text().trimmed());
    const QString location = url.toString();
    {
        // Ask for a password only when the server wants one that ~/.pgpass and PGPASSWORD do not give.
        Database probe;
        const QString error = probe.open(location);
        if (!error.isEmpty() && error.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
            bool ok = false;
            const QString password = QInputDialog::getText(this, tr("Open Team Project"),
                                                           tr("Password for %1 on %2:").arg(url.userName(), url.host()),
                                                           QLineEdit::Password, QString(), &ok);
            if (!ok)
                return;
            qputenv("PGPASSWORD", password.toUtf8());
        }
    }
    openProject(location);
}

void MainWindow::analystNameDialog()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Analyst Name"), tr("Your name, as Sift records it with each of your edits:"),
                              QLineEdit::Normal, HistoryStore::currentUser(), &ok)
            .simplified();
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("analystName"), name);
    HistoryStore::setCurrentUser(name);
}

} // namespace sift
