#include "core/store/Database.h"

#include "core/store/DatabasePrivate.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

#include "core/domain/Translation.h"

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

void Database::countCommitInProcess()
{
    countCommit(nullptr);
}

namespace {} // namespace

StoreError::StoreError(const QString &message, int code, const QByteArray &sqlState)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_code(code)
    , m_sqlState(sqlState)
{}

bool StoreError::isConstraint() const
{
    return (m_code & 0xff) == SQLITE_CONSTRAINT; // extended result codes are on: SQLITE_CONSTRAINT_UNIQUE, …
}

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    if (db.isPostgres()) {
        pgPrepare(sql);
        return;
    }
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throw StoreError(db.errorMessage(), sqlite3_errcode(db.handle()));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::reset()
{
    if (m_pg) {
        pgReset();
        m_needsReset = false;
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_needsReset = false;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_needsReset)
        reset();
    const QByteArray utf8 = value.toUtf8();
    if (m_pg) {
        pgBind(index, utf8, false);
        return *this;
    }
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_needsReset)
        reset();
    if (m_pg) {
        pgBind(index, QByteArray::number(value), false);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_needsReset)
        reset();
    if (m_pg) {
        pgBind(index, QByteArray::number(value, 'g', 17), false);
        return *this;
    }
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (m_needsReset)
        reset();
    if (m_pg) {
        pgBind(index, {}, true);
        return *this;
    }
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
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bind(index, nullptr) : bind(index, value);
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id > 0 ? bind(index, id) : bind(index, nullptr);
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (m_needsReset)
        reset();
    // A null QByteArray would bind NULL: an empty capture is still an (empty) BLOB.
    if (m_pg) {
        pgBind(index, bytes.isNull() ? QByteArray("", 0) : bytes, false, true);
        return *this;
    }
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, bytes.isEmpty() ? &empty : bytes.constData(), sqlite3_uint64(bytes.size()),
                        SQLITE_TRANSIENT);
    return *this;
}

bool Statement::step()
{
    m_needsReset = true;
    if (m_pg)
        return pgStep();
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
    if (m_pg)
        return pgIsNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    if (m_pg) {
        const QByteArrayView v = pgValue(column);
        return v.isNull() ? QString() : QString::fromUtf8(v);
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::utf8(int column) const
{
    if (m_pg)
        return pgValue(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 Statement::integer(int column) const
{
    if (m_pg)
        return pgInteger(column);
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    if (m_pg)
        return pgValue(column).toByteArray().toDouble();
    return sqlite3_column_double(m_stmt, column);
}

QVariant Statement::value(int column) const
{
    if (m_pg)
        return pgVariant(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return blob(column); // bound again as a BLOB (bytea on a server), never as text
    default:
        return text(column);
    }
}

QByteArray Statement::blob(int column) const
{
    if (m_pg)
        return pgBlob(column);
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

Database::~Database()
{
    close();
}

QString Database::open(const QString &path, Mode mode)
{
    close();
    if (isServerLocation(path))
        return openPostgres(path, mode);
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
    closePostgres();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::exec(const char *sql)
{
    if (m_conn) {
        pgExecScript(sql, true);
        return;
    }
    execNative(sql);
}

void Database::execNative(const char *sql)
{
    if (m_conn) {
        pgExecScript(sql, false);
        return;
    }
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

qint64 Database::userVersion()
{
    return scalar("PRAGMA user_version"); // on a server SqlDialect reads the meta table
}

void Database::setUserVersion(int version)
{
    exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
}

qint64 Database::lastInsertId() const
{
    if (m_conn)
        return m_pgLastInsertId;
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    if (m_conn)
        return m_pgChanges;
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    if (m_conn)
        return pgInTransaction();
    return m_db && !sqlite3_get_autocommit(m_db);
}

QString Database::errorMessage() const
{
    if (m_conn)
        return pgErrorMessage();
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 Database::commitsInProcess()
{
    return g_commits.load(std::memory_order_relaxed);
}

QString Database::backupTo(const QString &destination)
{
    if (m_conn)
        return Sift::tr("a server database is backed up with pg_dump, not copied to a file");
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
