#include "CliContext.h"

#include "core/analysis/DateParser.h"
#include "core/analysis/Timeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace sift::cli {

CliContext::CliContext(QString command, QStringList arguments, QString projectPath)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_projectPath(std::move(projectPath))
    , m_out(stdout)
    , m_err(stderr)
{}

bool CliContext::stderrIsTerminal() const
{
    return isatty(fileno(stderr));
}

namespace {

/// QCommandLineParser names the binary by its full path; say "sift-cli COMMAND" instead.
QString helpFor(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (!program.isEmpty())
        help.replace(program, QStringLiteral("sift-cli ") + command);
    return help;
}

} // namespace

bool CliContext::parse(QCommandLineParser &parser, const QString &synopsis)
{
    parser.setApplicationDescription(synopsis);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("sift-cli ") + m_command} + m_arguments)) {
        m_err << QCoreApplication::translate("sift", "sift-cli %1: %2").arg(m_command, parser.errorText()) << '\n'
              << helpFor(parser, m_command);
        m_err.flush();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpFor(parser, m_command);
        m_out.flush();
        return false;
    }
    return true;
}

bool CliContext::openProject(Store &store, Store::OpenMode mode)
{
    if (m_projectPath.isEmpty()) {
        usageError(QCoreApplication::translate("sift", "no project given (use -p FILE.sift)"));
        return false;
    }
    if (const QString error = store.open(m_projectPath, mode); !error.isEmpty()) {
        projectError(error);
        return false;
    }
    return true;
}

int CliContext::usageError(const QString &message)
{
    m_err << QCoreApplication::translate("sift", "sift-cli %1: %2").arg(m_command, message) << '\n';
    m_err.flush();
    return UsageError;
}

int CliContext::projectError(const QString &message)
{
    m_err << QCoreApplication::translate("sift", "sift-cli: %1").arg(message) << '\n';
    m_err.flush();
    return UsageError;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool dateOption(CliContext &ctx, const QCommandLineParser &parser, const QString &name, bool end, QDate *out)
{
    if (!parser.isSet(name))
        return true;
    const std::optional<PartialDate> date = parseDate(parser.value(name));
    if (!date || !date->isValid()) {
        ctx.usageError(
            QCoreApplication::translate("sift", "--%1: \u201c%2\u201d is not a date").arg(name, parser.value(name)));
        return false;
    }
    if (!end) {
        *out = date->date;
        return true;
    }
    switch (date->precision) {
    case DatePrecision::Day:
        *out = date->date;
        break;
    case DatePrecision::Week:
        *out = binEnd(date->date, TimeBin::Week);
        break;
    case DatePrecision::Month:
        *out = binEnd(date->date, TimeBin::Month);
        break;
    case DatePrecision::Year:
        *out = binEnd(date->date, TimeBin::Year);
        break;
    }
    return true;
}

} // namespace sift::cli
