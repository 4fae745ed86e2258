#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace sift {

/// Thrown inside core/store when SQLite fails; Project, Importer and the CLI turn it into a message.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message, int code = 0);
    QString message() const { return m_message; }
    int code() const { return m_code; }
    /// The data broke a constraint (UNIQUE, CHECK, NOT NULL, a trigger's RAISE): the database itself is fine.
    bool isConstraint() const;

private:
    QString m_message;
    int m_code = 0;
};

class Database;

/// A prepared statement: bind by position (1-based), step, read columns. Reset between uses.
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
    Statement &bindBlob(int index, const QByteArray &bytes);  ///< bytes as a BLOB (copied)

    bool step(); ///< true while a row is available; throws on error
    void exec(); ///< step to completion
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes without a copy, valid until the next step or reset: for hot loops.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    double real(int column) const;
    QVariant value(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
};

/// One SQLite connection, owned by one thread.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    /// A reader on a disk with less room than this reads without SQLite's side files (see open()).
    static constexpr qint64 kMinFreeBytesToRead = 1024 * 1024;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and with ReadWrite creates) the file. Returns an error message, empty on success.
    QString open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }

    void exec(const char *sql); ///< one or more statements without parameters
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

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
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
