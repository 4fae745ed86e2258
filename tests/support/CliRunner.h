#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace sift::test {

/// What one run of sift-cli left behind.
struct CliRun {
    QStringList arguments;
    bool crashed = true; ///< crashed, killed or timed out
    int exitCode = -1;
    QString out;
    QString err;

    bool exitedWith(int code) const { return !crashed && exitCode == code; }
    /// The exit code, or -1 when it crashed, was killed or timed out.
    int code() const { return crashed ? -1 : exitCode; }
    QByteArray diagnostic() const;
};

/// Runs sift-cli (or another program) to completion, in C.UTF-8, optionally as an unprivileged user.
class CliRunner
{
public:
    explicit CliRunner(QString program, QString workingDirectory = {});

    /// Run as uid/gid 65534 ("nobody") so file permissions apply even when the tests run as root.
    void setUnprivileged(bool unprivileged) { m_unprivileged = unprivileged; }
    /// The child's environment (the test's own by default); LC_ALL is C.UTF-8 either way.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    CliRun run(const QStringList &arguments, int timeoutMs = 120000) const;

    /// True when this process may switch a child to another user (it runs as root).
    static bool canDropPrivileges();

private:
    void prepare(QProcess &process) const;

    QString m_program;
    QString m_workingDirectory;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    bool m_unprivileged = false;
};

/// A second process holding a project open for writing (sift-hold-project); killed when destroyed.
class ProjectHolder
{
public:
    ProjectHolder(const QString &holderProgram, const QString &projectPath);
    ~ProjectHolder();

    /// Waits until the holder has opened the project; false (with the holder's stderr in *error) when it could not.
    bool waitUntilReady(QString *error = nullptr);
    qint64 pid() const;
    void sigkill();
    void closeNormally();

private:
    std::unique_ptr<QProcess> m_process;
};

QByteArray sha256Of(const QString &path);
bool writeBytes(const QString &path, const QByteArray &bytes);

} // namespace sift::test
