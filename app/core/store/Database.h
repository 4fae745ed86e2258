#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace sift {

/// Thrown inside core/store when the database fails; Project, Importer and the CLI turn it into a message.
/// code is an SQLite result code; a server's errors are mapped onto the same codes (a constraint stays a
/// constraint), and sqlState() keeps PostgreSQL's own five-character code.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message, int code = 0, const QByteArray &sqlState = {});
    QByteArray sqlState() const { return m_sqlState; }
    QString message() const { return m_message; }
    int code() const { return m_code; }
    /// The data broke a constraint (UNIQUE, CHECK, NOT NULL, a trigger's RAISE): the database itself is fine.
    bool isConstraint() const;

private:
    QString m_message;
    int m_code = 0;
    QByteArray m_sqlState;
};

class Database;

/// A prepared statement: bind by position (1-based), step, read columns. Reset between uses. The SQL is SQLite's
/// with `?` placeholders; on a PostgreSQL connection it is translated once (SqlDialect::toPostgres), every value is
/// sent as a parameter, and the statement's rows are fetched when it first steps.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, const QVariant &value);        ///< null QVariant binds NULL
    Statement &bindOptional(int index, const QString &value); ///< empty string binds NULL
    Statement &bindId(int index, qint64 id);                  ///< 0 binds NULL
    Statement &bindBlob(int index, const QByteArray &bytes);  ///< BLOB in a file, bytea on a server

    bool step(); ///< true while a row is available; throws on error
    void exec(); ///< step to completion
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes without a copy, valid until the next step or reset: for hot loops.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QVariant value(int column) const;
    QByteArray blob(int column) const;

private:
    struct Pg;
    void pgPrepare(const char *sql);
    void pgBind(int index, const QByteArray &value, bool isNull, bool binary = false);
    bool pgStep();
    void pgReset();
    bool pgIsNull(int column) const;
    QByteArrayView pgValue(int column) const;
    qint64 pgInteger(int column) const;
    QVariant pgVariant(int column) const;
    QByteArray pgBlob(int column) const;

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<Pg> m_pg;
    bool m_needsReset = false;
};

/// One connection, owned by one thread: to an SQLite file (a `.sift` path), or to a PostgreSQL database (a
/// `postgresql://user@host:port/db?...` URL; libpq reads the password from ~/.pgpass or PGPASSWORD, Sift never
/// stores one).
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    enum class Engine { SQLite, PostgreSQL };
    /// A reader on a disk with less room than this reads without SQLite's side files (see open()).
    static constexpr qint64 kMinFreeBytesToRead = 1024 * 1024;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and with ReadWrite creates) the file, or connects to the server for a URL. Returns an error
    /// message, empty on success.
    QString open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr || m_conn != nullptr; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// The file, or the server URL without any password.
    QString path() const { return m_path; }

    /// A PostgreSQL URL (postgresql:// or postgres://) rather than a file path.
    static bool isServerLocation(const QString &location);
    /// The URL without a password, for titles, messages and recent lists.
    static QString displayLocation(const QString &location);
    Engine engine() const { return m_conn ? Engine::PostgreSQL : Engine::SQLite; }
    bool isPostgres() const { return m_conn != nullptr; }

    void exec(const char *sql); ///< one or more statements without parameters
    /// Engine-specific SQL, run as written (never translated): for the few statements the engines spell
    /// differently (triggers, full-text index), chosen with isPostgres().
    void execNative(const char *sql);
    /// The schema version and application id: PRAGMA user_version / application_id in a file, rows of the meta
    /// table on a server.
    qint64 userVersion();
    void setUserVersion(int version);
    /// After DDL on a server: learns which tables have an id (for lastInsertId) and moves every id sequence
    /// past the largest id stored (rows copied with their ids, e.g. by push). Nothing to do in a file.
    void schemaChanged();
    qint64 scalar(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    /// A transaction is open (SQLite rolls one back by itself on some errors: disk full, I/O, out of memory).
    bool inTransaction() const;
    QString errorMessage() const;

    /// Transactions committed by every connection in this process, counted by SQLite's commit hook (each
    /// statement outside a transaction counts as one): lets a test see how finely an operation commits.
    static qint64 commitsInProcess();

    /// Copies this database into another file with the online backup API.
    QString backupTo(const QString &destination);

    /// Locks one row against other connections until the transaction ends (SELECT … FOR UPDATE) on a server; a
    /// file's writer already holds the only write lock. table is a name from the code, never from user text.
    void lockRow(const char *table, qint64 id);

    /// Other connections' changes on a server (LISTEN/NOTIFY; Schema's triggers send them): after listen(), the
    /// socket turns readable when one arrives, and takeChanges() returns their payloads: a table name ("claim"),
    /// or "article:ID" for an edited article. Changes this connection made are left out. Nothing on a file.
    bool listen();
    int notificationSocket() const;
    QStringList takeChanges();

    /// A server connection that dropped comes back by itself for the next statement, or with reconnect(); either
    /// way it listens again and keeps its read-only setting. False while the server is unreachable; always true
    /// on a file.
    bool isConnected() const;
    bool reconnect();
    /// A check of whether the server this connection was made to answers at all, safe to run on another thread
    /// while this one goes on: false when nothing answers within the connection timeout, or the server refuses
    /// every connection for now (starting up, shutting down). Empty on a file.
    std::function<bool()> serverProbe() const;
    /// While off, a statement that meets a lost connection fails at once instead of first trying to reconnect, which
    /// waits for the whole connection timeout when the server never answers; reconnect() itself always tries.
    void setReconnectOnDemand(bool on) { m_pgReconnectOnDemand = on; }
    bool reconnectsOnDemand() const { return m_pgReconnectOnDemand; }
    /// Counts the times the server connection came back: changes others made in between were not heard.
    int reconnections() const { return m_pgReconnections; }
    /// Called (on this thread, possibly in the middle of a statement: keep it short) when the server connection
    /// is found lost or comes back.
    void setConnectionHandler(std::function<void()> handler) { m_connectionHandler = std::move(handler); }

    /// The SQLite connection; nullptr on a server.
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    struct PgCache;
    QString openPostgres(const QString &url, Mode mode);
    void closePostgres();
    void pgExecScript(const char *sql, bool translate);
    bool pgInTransaction() const;
    QString pgErrorMessage() const;
    static void countCommitInProcess();
    pg_result *pgExec(const QByteArray &sql, int params, const char *const *values, const int *lengths,
                      const int *formats);
    [[noreturn]] void pgThrow(pg_result *result);
    void pgCheckConnection();
    void pgConnectionChanged();

    sqlite3 *m_db = nullptr;
    pg_conn *m_conn = nullptr;
    std::unique_ptr<PgCache> m_pgCache;
    qint64 m_pgLastInsertId = 0;
    int m_pgChanges = 0;
    int m_pgReconnections = 0;
    bool m_pgListening = false;
    bool m_pgInTransaction = false;   // as the code sees it: BEGIN seen, no COMMIT or ROLLBACK yet
    bool m_pgTransactionLost = false; // the connection dropped inside that transaction
    bool m_pgReconnectOnDemand = true;
    std::function<void()> m_connectionHandler;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
};

/// RAII transaction: commits with commit(), rolls back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

/// RAII savepoint inside a transaction: release() keeps its changes in the transaction; destroyed unreleased,
/// it undoes them and leaves the transaction open.
class Savepoint
{
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    void release();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace sift
