#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/Theme.h"
#include "core/project/SampleProject.h"
#include "core/store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    sift::Application app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sift"));
    QApplication::setOrganizationName(QStringLiteral("Sift"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Sift"));
    sift::Theme::apply(sift::Theme::startupMode(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("sift", "Workbench for news analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("sift", "A .sift project, or a postgresql:// URL, to open."));
    parser.process(app);

    // No file given: reopen the last project; on the very first run, the sample project.
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastProject")).toString();
    if (path.isEmpty() || (!sift::Database::isServerLocation(path) && !QFileInfo::exists(path))) {
        if (parser.positionalArguments().isEmpty()) {
            path = sift::MainWindow::defaultSampleProjectPath();
            if (!QFileInfo::exists(path)) {
                if (const QString error = sift::SampleProject::create(path); !error.isEmpty())
                    QMessageBox::warning(nullptr, QStringLiteral("Sift"), error);
            }
        }
    }
    sift::MainWindow window;
    window.show();
    if (!path.isEmpty())
        window.openProject(path);
    return QApplication::exec();
}
