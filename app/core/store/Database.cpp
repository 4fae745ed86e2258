#include "core/store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

namespace sift {

namespace {

std::atomic<qint64> g_commits = 0;

int countCommit(void *)
{
    g_commits.fetch_add(1, std::memory_order_relaxed);
    return 0; // go ahead with the commit
}

} // namespace

StoreError::StoreError(const QString &message, int code)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_code(code)
{}

bool StoreError::isConstraint() const
{
    return (m_code & 0xff) == SQLITE_CONSTRAINT; // extended result codes are on: SQLITE_CONSTRAINT_UNIQUE, …
}

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throw StoreError(db.errorMessage(), sqlite3_errcode(db.handle()));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_needsReset = false;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_needsReset)
        reset();
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    // A null QByteArray would bind NULL: an empty capture is still an (empty) BLOB.
    if (m_needsReset)
        reset();
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, bytes.isEmpty() ? &empty : bytes.constData(), sqlite3_uint64(bytes.size()),
                        SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bind(index, nullptr) : bind(index, value);
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id > 0 ? bind(index, id) : bind(index, nullptr);
}

bool Statement::step()
{
    m_needsReset = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = m_db.errorMessage();
    sqlite3_reset(m_stmt);
    throw StoreError(message, rc);
}

void Statement::exec()
{
    while (step()) {
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

Database::~Database()
{
    close();
}

QString Database::open(const QString &path, Mode mode)
{
    close();
    // A reader still opens read-write when it can, with writes switched off: a read-only SQLite
    // connection cannot clean up the -wal and -shm files of a WAL database when it closes.
    const QString folder = QFileInfo(path).absolutePath();
    const bool writableFile = QFileInfo(path).isWritable() && QFileInfo(folder).isWritable() &&
                              QStorageInfo(folder).bytesAvailable() >= kMinFreeBytesToRead;
    QByteArray name = QFile::encodeName(path);
    int flags = SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::ReadWrite) {
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    } else if (writableFile) {
        flags |= SQLITE_OPEN_READWRITE;
    } else {
        flags |= SQLITE_OPEN_READONLY;
        // Where SQLite cannot write its -shm file it cannot read a WAL database at all, and where it can
        // only partly, it leaves -wal and -shm files behind. With no log beside it the file holds every
        // committed change, so it is read as immutable: no side files, nothing written.
        if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
            flags |= SQLITE_OPEN_URI;
            name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        }
    }
    if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return message;
    }
    m_path = path;
    m_mode = mode;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_commit_hook(m_db, &countCommit, nullptr);
    if (mode == Mode::ReadOnly)
        sqlite3_exec(m_db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    return {};
}

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw StoreError(message, sqlite3_errcode(m_db));
    }
}

qint64 Database::scalar(const char *sql)
{
    Statement st(*this, sql);
    return st.step() ? st.integer(0) : 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 Database::commitsInProcess()
{
    return g_commits.load(std::memory_order_relaxed);
}

QString Database::backupTo(const QString &destination)
{
    sqlite3 *target = nullptr;
    if (sqlite3_open(QFile::encodeName(destination).constData(), &target) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return message;
    }
    QString message;
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        message = QString::fromUtf8(sqlite3_errmsg(target));
    } else {
        sqlite3_backup_step(backup, -1);
        if (sqlite3_backup_finish(backup) != SQLITE_OK)
            message = QString::fromUtf8(sqlite3_errmsg(target));
    }
    sqlite3_close(target);
    return message;
}

Transaction::Transaction(Database &db, bool immediate)
    : m_db(db)
{
    m_db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const StoreError &) {
            // The transaction is already gone (SQLite rolled it back itself); nothing left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

Savepoint::Savepoint(Database &db)
    : m_db(db)
{
    m_db.exec("SAVEPOINT sift_savepoint");
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK TO sift_savepoint; RELEASE sift_savepoint");
        } catch (const StoreError &) {
            // SQLite already rolled back the whole transaction, savepoint and all.
        }
    }
}

void Savepoint::release()
{
    m_db.exec("RELEASE sift_savepoint");
    m_done = true;
}

} // namespace sift
