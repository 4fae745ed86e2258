#include "CliContext.h"

#include "core/store/Database.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

using namespace sift::cli;

QList<Command> allCommands()
{
    return projectCommands() + claimCommands() + incidentCommands() + exportCommands() + serverCommands() +
           similarCommands() + suggestCommands() + webCommands();
}

int printUsage(QTextStream &stream, const QList<Command> &commands)
{
    stream << QCoreApplication::translate("sift", "Usage: sift-cli -p PROJECT.sift COMMAND [options]\n\nCommands:\n");
    for (const Command &c : commands)
        stream << QStringLiteral("  %1  %2\n").arg(c.name, -16).arg(c.summary);
    stream << QCoreApplication::translate("sift", "\nRun 'sift-cli COMMAND --help' for a command's options.\n");
    stream.flush();
    return 0;
}

/// export draws the timeline chart with the widgets layer and lays out PDF and ODT text, which needs fonts:
/// it runs under a QApplication, on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so it stays
/// headless. Every other command runs under a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QString command;
    for (int i = 1; i < argc && command.isEmpty(); ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("-p") || a == QLatin1String("--project"))
            ++i;
        else if (!a.startsWith(QLatin1Char('-')))
            command = a;
    }
    if (command != QLatin1String("export"))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("sift-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // -p/--project may stand anywhere; take it out first, then the first words name the command.
    QStringList args = app.arguments().mid(1);
    QString project;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("-p") || a == QLatin1String("--project")) && i + 1 < args.size()) {
            project = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (a.startsWith(QLatin1String("--project="))) {
            project = a.mid(10);
            args.remove(i);
            --i;
        }
    }
    const QList<Command> commands = allCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help"))
        return printUsage(args.isEmpty() ? err : out, commands) + (args.isEmpty() ? UsageError : Ok);
    if (args.first() == QLatin1String("--version")) {
        out << QStringLiteral("sift-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    // Longest match first, so "claim add" wins over a hypothetical "claim".
    const Command *match = nullptr;
    int words = 0;
    for (const Command &c : commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (parts.size() <= args.size() && args.mid(0, parts.size()) == parts && parts.size() > words) {
            match = &c;
            words = int(parts.size());
        }
    }
    if (!match) {
        err << QCoreApplication::translate("sift", "sift-cli: unknown command '%1'\n").arg(args.first());
        printUsage(err, commands);
        return UsageError;
    }
    CliContext context(match->name, args.mid(words), project);
    try {
        return match->handler(context);
    } catch (const sift::StoreError &e) {
        return context.projectError(e.message());
    }
}
