#pragma once

#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sift::cli {

enum ExitCode { Ok = 0, InputFailed = 1, UsageError = 2 };

/// What every command gets: its own arguments, the project path, and the output streams.
class CliContext
{
public:
    CliContext(QString command, QStringList arguments, QString projectPath);

    QString command() const { return m_command; }
    QString projectPath() const { return m_projectPath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool stderrIsTerminal() const;

    /// Parses this command's arguments; on error prints usage and returns false.
    bool parse(QCommandLineParser &parser, const QString &synopsis);
    /// Opens the project (the default mode refuses a missing file); prints the error and returns false on failure.
    bool openProject(Store &store, Store::OpenMode mode = Store::OpenMode::ExistingOnly);
    int usageError(const QString &message);
    int projectError(const QString &message);
    void printJson(const class QJsonValue &value);

private:
    QString m_command;
    QStringList m_arguments;
    QString m_projectPath;
    QTextStream m_out;
    QTextStream m_err;
};

/// Reads option name (--from, --to) as a date into out, leaving out alone when it is not given; end takes the
/// last day of a coarse date ("2016-03" -> 2016-03-31). Prints a usage error and returns false on a bad date.
bool dateOption(CliContext &ctx, const QCommandLineParser &parser, const QString &name, bool end, QDate *out);

using CommandHandler = std::function<int(CliContext &)>;

struct Command {
    QString name; ///< "import", or "claim add"
    QString summary;
    CommandHandler handler;
};

QList<Command> projectCommands();
QList<Command> claimCommands();
QList<Command> incidentCommands();
QList<Command> exportCommands();
QList<Command> webCommands();
QList<Command> serverCommands();
QList<Command> similarCommands();
QList<Command> suggestCommands();

} // namespace sift::cli
