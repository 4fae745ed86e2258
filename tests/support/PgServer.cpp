#include "support/PgServer.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sift::test {

namespace {

constexpr const char *kAdmin = "sift_admin";
constexpr const char *kUnprivileged = "nobody";

bool isRoot()
{
    return geteuid() == 0;
}

/// setpriv's arguments to run the rest of its command line as `nobody`. Not runuser or su: those go through PAM
/// (pam_systemd, pam_cap), which a CI container need not have and the project does not declare.
QStringList unprivileged()
{
    return {QStringLiteral("--reuid=%1").arg(QString::fromLatin1(kUnprivileged)), QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

/// Runs a server binary, as `nobody` when we are root. Returns the output on failure, empty on success.
QString run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        p.start(QStringLiteral("setpriv"), unprivileged() + QStringList{program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("%1 did not finish: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed (%2): %3")
            .arg(program)
            .arg(p.exitCode())
            .arg(QString::fromLocal8Bit(p.readAll()));
    return {};
}

int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(fd);
    return port;
}

} // namespace

QString PgServer::binDir()
{
    const QString fromEnv = qEnvironmentVariable("SIFT_PG_BIN");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

PgServer &PgServer::shared()
{
    static PgServer server;
    return server;
}

PgServer::PgServer()
{
    start();
}

PgServer::~PgServer()
{
    stop();
}

void PgServer::start()
{
    const QString bin = binDir();
    if (!QFileInfo::exists(bin + QStringLiteral("/initdb"))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (no %1/initdb; scripts/deps.sh declares it)").arg(bin);
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sift-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder for the server");
        return;
    }
    const QString root = m_dir->path();
    if (isRoot()) {
        // The server refuses to run as root: the folder belongs to nobody, who runs initdb and the server.
        if (const QString e = QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), root}) == 0
                                  ? QString()
                                  : QStringLiteral("chown failed");
            !e.isEmpty()) {
            m_error = e;
            return;
        }
    }
    const QString data = root + QStringLiteral("/data");
    if (const QString e = run(bin + QStringLiteral("/initdb"),
                              {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(kAdmin),
                               QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                               QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        !e.isEmpty()) {
        m_error = e;
        return;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int port = freePort();
        // Tests need no durability; a benchmark (SIFT_PG_DURABLE=1) runs the server as a desk would.
        const QString speed = qEnvironmentVariableIsSet("SIFT_PG_DURABLE")
                                  ? QString()
                                  : QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        const QString options =
            QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c max_connections=60").arg(port).arg(root) + speed;
        const QString e =
            run(bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"), root + QStringLiteral("/log"), QStringLiteral("-o"),
                 options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
        if (e.isEmpty()) {
            m_port = port;
            break;
        }
        QFile log(root + QStringLiteral("/log"));
        m_error = e + (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    }
    if (m_port == 0)
        return;
    m_error.clear();
    // If this process dies without running its destructors, the watchdog stops the server and removes the folder.
    const QString watchdog =
        QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; %2 -D '%3' -m immediate stop >/dev/null 2>&1; "
                       "rm -rf '%4'")
            .arg(QCoreApplication::applicationPid())
            .arg(bin + QStringLiteral("/pg_ctl"), data, root);
    if (isRoot())
        QProcess::startDetached(QStringLiteral("setpriv"),
                                unprivileged() + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), watchdog});
    else
        QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), watchdog});
}

void PgServer::stop()
{
    if (m_port == 0)
        return;
    run(binDir() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
         QStringLiteral("-w"), QStringLiteral("stop")});
    m_port = 0;
    m_dir.reset(); // removes the folder
}

QString PgServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(QString::fromLatin1(kAdmin)).arg(m_port).arg(database);
}

QString PgServer::adminExec(const QString &database, const QString &sql) const
{
    Database db;
    if (const QString error = db.open(url(database)); !error.isEmpty())
        return error;
    try {
        db.execNative(sql.toUtf8().constData());
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

QString PgServer::createDatabase()
{
    if (!isRunning())
        return {};
    const QString name = QStringLiteral("sift_test_%1").arg(++m_databases);
    if (const QString error = adminExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
        !error.isEmpty()) {
        qWarning("cannot create a test database: %s", qPrintable(error));
        return {};
    }
    return url(name);
}

} // namespace sift::test
