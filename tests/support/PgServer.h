#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sift::test {

/// A real PostgreSQL 15 for tests: initdb into a temporary folder, pg_ctl on 127.0.0.1 and a free port, as the
/// unprivileged user `nobody` when the tests run as root (PostgreSQL refuses root). Started on first use, once
/// per test process; stopped and removed when the process exits, and by a watchdog if it dies first.
class PgServer
{
public:
    static PgServer &shared();
    ~PgServer();

    bool isRunning() const { return m_port != 0; }
    /// Why the server did not start (empty when it runs).
    QString error() const { return m_error; }
    int port() const { return m_port; }
    /// A fresh empty database; returns its URL (postgresql://sift_admin@127.0.0.1:PORT/NAME), empty on failure.
    QString createDatabase();
    QString url(const QString &database) const;
    /// Runs SQL as the server's superuser in the named database (e.g. to create roles); returns an error or empty.
    QString adminExec(const QString &database, const QString &sql) const;
    static QString binDir();

private:
    PgServer();
    void start();
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    int m_port = 0;
    int m_databases = 0;
};

} // namespace sift::test
