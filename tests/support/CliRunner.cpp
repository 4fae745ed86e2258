#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <grp.h>
#include <unistd.h>

namespace sift::test {

namespace {

constexpr uid_t kNobody = 65534;

} // namespace

QByteArray CliRun::diagnostic() const
{
    return QStringLiteral("%1\n  exit %2%3\n  stdout: %4\n  stderr: %5")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed or timed out)") : QString(), out.left(4000), err.left(4000))
        .toUtf8();
}

CliRunner::CliRunner(QString program, QString workingDirectory)
    : m_program(std::move(program))
    , m_workingDirectory(std::move(workingDirectory))
{}

bool CliRunner::canDropPrivileges()
{
    return geteuid() == 0;
}

void CliRunner::prepare(QProcess &process) const
{
    QProcessEnvironment env = m_environment;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    if (m_unprivileged && canDropPrivileges()) {
        process.setChildProcessModifier([] {
            // Between fork and exec: only async-signal-safe calls. A failure leaves the child as root, which
            // the permission tests notice (their writes would then succeed).
            if (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)
                _exit(127);
        });
    }
}

CliRun CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    CliRun result;
    result.arguments = arguments;
    QProcess process;
    prepare(process);
    process.start(m_program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProjectHolder::ProjectHolder(const QString &holderProgram, const QString &projectPath)
    : m_process(std::make_unique<QProcess>())
{
    m_process->start(holderProgram, {projectPath});
}

ProjectHolder::~ProjectHolder()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

bool ProjectHolder::waitUntilReady(QString *error)
{
    while (!m_process->canReadLine()) {
        if (!m_process->waitForReadyRead(30000)) {
            if (error)
                *error = QString::fromUtf8(m_process->readAllStandardError());
            return false;
        }
    }
    return m_process->readLine().startsWith("ready");
}

qint64 ProjectHolder::pid() const
{
    return m_process->processId();
}

void ProjectHolder::sigkill()
{
    m_process->kill(); // SIGKILL on Unix: no destructor, no unlock
    m_process->waitForFinished();
}

void ProjectHolder::closeNormally()
{
    m_process->closeWriteChannel();
    m_process->waitForFinished();
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace sift::test
