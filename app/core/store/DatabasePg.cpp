// The PostgreSQL side of Database and Statement (libpq). Only this file sees libpq-fe.h.
#include "core/domain/Translation.h"
#include "core/store/Database.h"
#include "core/store/DatabasePrivate.h"
#include "core/store/SqlDialect.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <utility>
#include <vector>

#include <libpq-fe.h>

namespace sift {

namespace {

constexpr Oid kByteaOid = 17;
constexpr Oid kBoolOid = 16;

void ignoreNotice(void *, const char *) {}

/// SQLite's result codes for a server's SQLSTATE classes, so that callers keep one test (StoreError::isConstraint).
int codeFor(const QByteArray &state)
{
    if (state.startsWith("23") || state == "P0001")
        return 19; // SQLITE_CONSTRAINT
    if (state == "25006" || state == "42501")
        return 8; // SQLITE_READONLY: a read-only transaction, or a role without the privilege
    if (state == "40001" || state == "40P01" || state == "55P03")
        return 5; // SQLITE_BUSY
    if (state.startsWith("08") || state.startsWith("57"))
        return 10; // SQLITE_IOERR: the connection or the server went away
    return 1;
}

} // namespace

Database::Database() = default;

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::displayLocation(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

QString Database::openPostgres(const QString &location, Mode mode)
{
    const QByteArray url = location.toUtf8();
    // The URL comes last: whatever it says wins over these defaults.
    const char *const keys[] = {"application_name", "connect_timeout", "dbname", nullptr};
    const char *const values[] = {"sift", "10", url.constData(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const QString message =
            m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("out of memory");
        closePostgres();
        return message;
    }
    PQsetNoticeProcessor(m_conn, &ignoreNotice, nullptr);
    PQsetClientEncoding(m_conn, "UTF8");
    m_pgCache = std::make_unique<PgCache>();
    m_path = displayLocation(location);
    m_mode = mode;
    try {
        if (mode == Mode::ReadOnly)
            execNative("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    } catch (const StoreError &e) {
        closePostgres();
        return e.message();
    }
    return {};
}

void Database::closePostgres()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_pgCache.reset();
    m_pgListening = m_pgInTransaction = m_pgTransactionLost = false;
}

void Database::pgCheckConnection()
{
    if (PQstatus(m_conn) == CONNECTION_BAD && m_pgReconnectOnDemand)
        reconnect(); // a dropped connection comes back for the next statement when it can
    if (m_pgTransactionLost)
        throw StoreError(Sift::tr("the connection to the server was lost during the transaction; nothing of it was "
                                  "stored"),
                         10, "08006");
}

bool Database::isConnected() const
{
    return !m_conn || PQstatus(m_conn) == CONNECTION_OK;
}

bool Database::reconnect()
{
    if (!m_conn)
        return false;
    if (PQstatus(m_conn) == CONNECTION_OK)
        return true;
    // A new session: whatever the code believed was an open transaction is gone with the old one.
    m_pgTransactionLost = m_pgInTransaction;
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    PQsetClientEncoding(m_conn, "UTF8");
    // The new session has none of the old one's settings: read-only, and LISTEN, which a window needs to go on
    // hearing of others' edits.
    const auto restore = [this](const char *sql) {
        PGresult *result = PQexec(m_conn, sql);
        const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        return ok;
    };
    if ((m_mode == Mode::ReadOnly && !restore("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")) ||
        (m_pgListening && !restore("LISTEN sift_changes")))
        return false; // dropped again at once: the next statement or attempt tries anew
    ++m_pgReconnections;
    pgConnectionChanged();
    return true;
}

std::function<bool()> Database::serverProbe() const
{
    if (!m_conn)
        return {};
    // The settings the connection was made with (host, port, timeout, password …), copied: the probe may outlive
    // this object, and it never touches m_conn, which belongs to this thread.
    QList<std::pair<QByteArray, QByteArray>> settings;
    if (PQconninfoOption *options = PQconninfo(m_conn)) {
        for (const PQconninfoOption *o = options; o->keyword; ++o) {
            if (o->val && *o->val)
                settings.append({QByteArray(o->keyword), QByteArray(o->val)});
        }
        PQconninfoFree(options);
    }
    return [settings = std::move(settings)] {
        std::vector<const char *> keys;
        std::vector<const char *> values;
        for (const auto &[key, value] : settings) {
            keys.push_back(key.constData());
            values.push_back(value.constData());
        }
        keys.push_back(nullptr);
        values.push_back(nullptr);
        const PGPing ping = PQpingParams(keys.data(), values.data(), 0);
        // NO_ATTEMPT: the settings themselves are wrong, which only a real attempt can say.
        return ping == PQPING_OK || ping == PQPING_NO_ATTEMPT;
    };
}

void Database::pgConnectionChanged()
{
    if (m_connectionHandler)
        m_connectionHandler();
}

void Database::pgThrow(PGresult *result)
{
    QByteArray state;
    QString message;
    if (result) {
        state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        if (const char *detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
            message += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail));
        PQclear(result);
    }
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        message = Sift::tr("the connection to the server was lost: %1").arg(message);
        if (state.isEmpty())
            state = "08006";
        pgConnectionChanged();
    }
    throw StoreError(message, codeFor(state), state);
}

PGresult *Database::pgExec(const QByteArray &sql, int params, const char *const *values, const int *lengths,
                           const int *formats)
{
    pgCheckConnection();
    QList<Oid> types;
    if (formats) {
        types.resize(params);
        for (int i = 0; i < params; ++i)
            types[i] = formats[i] ? kByteaOid : 0; // 0: the server infers the type from the statement
    }
    PGresult *result = PQexecParams(m_conn, sql.constData(), params, formats ? types.constData() : nullptr, values,
                                    lengths, formats, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        pgThrow(result);
    const char *changed = PQcmdTuples(result);
    m_pgChanges = changed && *changed ? QByteArray(changed).toInt() : 0;
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE && status == PGRES_COMMAND_OK && m_pgChanges > 0)
        countCommitInProcess(); // a write outside a transaction commits by itself
    return result;
}

void Database::pgExecScript(const char *sql, bool translate)
{
    QByteArray text = translate ? SqlDialect::toPostgres(QByteArray(sql)).sql : QByteArray(sql);
    if (text.trimmed().isEmpty())
        return;
    const QByteArray head = text.trimmed().left(8).toUpper();
    const bool commit = head.startsWith("COMMIT") || head.startsWith("END");
    const bool rollback = head.startsWith("ROLLBACK") && !text.toUpper().contains(" TO ");
    if (commit && PQtransactionStatus(m_conn) == PQTRANS_INERROR)
        throw StoreError(Sift::tr("the transaction was aborted by an earlier error; nothing of it was stored"), 1,
                         "25P02");
    if (PQstatus(m_conn) == CONNECTION_BAD && m_pgReconnectOnDemand)
        reconnect(); // first, so that a COMMIT knows whether its transaction survived
    if (commit || rollback) {
        m_pgInTransaction = false;
        if (std::exchange(m_pgTransactionLost, false) && commit)
            throw StoreError(Sift::tr("the connection to the server was lost during the transaction; nothing of it "
                                      "was stored"),
                             10, "08006");
    }
    pgCheckConnection();
    PGresult *result = PQexec(m_conn, text.constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        pgThrow(result);
    PQclear(result);
    if (head.startsWith("BEGIN") || head.startsWith("START"))
        m_pgInTransaction = true;
    if (commit)
        countCommitInProcess();
    const QByteArray upper = text.toUpper();
    if (m_pgCache &&
        (upper.contains("CREATE TABLE") || upper.contains("ALTER TABLE") || upper.contains("DROP TABLE"))) {
        m_pgCache->idTablesKnown = false;
        m_pgCache->translations.clear();
    }
}

bool Database::pgInTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_ACTIVE;
}

QString Database::pgErrorMessage() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

void Database::schemaChanged()
{
    if (!m_conn)
        return;
    m_pgCache->idTablesKnown = false;
    m_pgCache->translations.clear();
    QStringList tables;
    {
        Statement st(*this, "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                            "AND column_name = 'id' AND column_default LIKE 'nextval%' ORDER BY table_name");
        while (st.step())
            tables << st.text(0);
    }
    // SQLite gives a row an id when the statement says NULL for it (ClaimStore::insert binds 0 as NULL); a column
    // default only applies when the column is left out, so a trigger fills the id in.
    execNative("CREATE OR REPLACE FUNCTION sift_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "NEW.id := nextval(pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id')); "
               "RETURN NEW; END $$");
    for (const QString &table : tables) {
        const QByteArray name = table.toUtf8();
        execNative(QByteArray("CREATE OR REPLACE TRIGGER " + name + "_fill_id BEFORE INSERT ON " + name +
                              " FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION sift_fill_id()")
                       .constData());
    }
    // Every other open window hears of a change (Database::listen): per statement with the table's name, and per
    // row for an edited article, so that a reader showing it reloads it.
    execNative("CREATE OR REPLACE FUNCTION sift_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "PERFORM pg_notify('sift_changes', TG_TABLE_NAME); RETURN NULL; END $$");
    execNative("CREATE OR REPLACE FUNCTION sift_notify_article() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "PERFORM pg_notify('sift_changes', 'article:' || NEW.id); RETURN NULL; END $$");
    {
        QStringList all;
        Statement st(*this, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                            "AND table_type = 'BASE TABLE' AND table_name NOT IN ('meta', 'history')");
        while (st.step())
            all << st.text(0);
        for (const QString &table : all) {
            const QByteArray name = table.toUtf8();
            execNative(QByteArray("CREATE OR REPLACE TRIGGER " + name + "_notify AFTER INSERT OR UPDATE OR DELETE ON " +
                                  name + " FOR EACH STATEMENT EXECUTE FUNCTION sift_notify_change()")
                           .constData());
        }
        if (all.contains(QStringLiteral("article")))
            execNative("CREATE OR REPLACE TRIGGER article_notify_row AFTER UPDATE ON article FOR EACH ROW "
                       "EXECUTE FUNCTION sift_notify_article()");
    }
    for (const QString &table : tables) {
        // Table names come from the catalogue, never from user text.
        const QByteArray sql = "SELECT setval(pg_get_serial_sequence('" + table.toUtf8() +
                               "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + table.toUtf8();
        execNative(sql.constData());
    }
}

void Database::lockRow(const char *table, qint64 id)
{
    if (!m_conn)
        return;
    Statement st(*this, QByteArray(QByteArray("SELECT 1 FROM ") + table + " WHERE id = ? FOR UPDATE").constData());
    st.bind(1, id).exec();
}

bool Database::listen()
{
    if (!m_conn)
        return false;
    execNative("LISTEN sift_changes");
    m_pgListening = true;
    return true;
}

int Database::notificationSocket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

QStringList Database::takeChanges()
{
    QStringList out;
    if (!m_conn)
        return out;
    if (!PQconsumeInput(m_conn) && PQstatus(m_conn) == CONNECTION_BAD) {
        pgConnectionChanged(); // the socket closed: the server or an administrator ended the session
        return out;
    }
    const int self = PQbackendPID(m_conn);
    while (PGnotify *n = PQnotifies(m_conn)) {
        if (n->be_pid != self)
            out << QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    return out;
}

// ---- Statement ------------------------------------------------------------------------------------------------

void Statement::pgPrepare(const char *sql)
{
    m_pg = std::make_unique<Pg>();
    Database::PgCache &cache = *m_db.m_pgCache;
    if (!cache.idTablesKnown) {
        cache.idTablesKnown = true; // before the query below, which prepares a Statement itself
        cache.idTables.clear();
        PGresult *r = m_db.pgExec("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND column_name = 'id'",
                                  0, nullptr, nullptr, nullptr);
        for (int i = 0; i < PQntuples(r); ++i)
            cache.idTables << QString::fromUtf8(PQgetvalue(r, i, 0)).toLower();
        PQclear(r);
    }
    const QByteArray key(sql);
    auto it = cache.translations.constFind(key);
    if (it == cache.translations.cend()) {
        if (cache.translations.size() > 2000)
            cache.translations.clear();
        it = cache.translations.insert(key, SqlDialect::toPostgres(key, cache.idTables));
    }
    m_pg->translated = *it;
    const int n = m_pg->translated.parameters;
    m_pg->values.resize(n);
    m_pg->nulls.fill(true, n);
    m_pg->formats.fill(0, n);
}

void Statement::pgBind(int index, const QByteArray &value, bool isNull, bool binary)
{
    if (index < 1 || index > m_pg->translated.parameters)
        throw StoreError(QStringLiteral("column index out of range"), 25); // SQLITE_RANGE
    m_pg->values[index - 1] = value;
    m_pg->nulls[index - 1] = isNull;
    m_pg->formats[index - 1] = binary ? 1 : 0;
}

void Statement::pgReset()
{
    PQclear(m_pg->result);
    m_pg->result = nullptr;
    m_pg->row = -1;
    m_pg->rows = 0;
    m_pg->nulls.fill(true);
    m_pg->formats.fill(0);
}

bool Statement::pgStep()
{
    Pg &pg = *m_pg;
    if (!pg.result) {
        const int n = pg.translated.parameters;
        QList<const char *> values(n);
        QList<int> lengths(n);
        for (int i = 0; i < n; ++i) {
            // A bound empty string is a value, not NULL: constData() of an empty QByteArray is "".
            values[i] = pg.nulls.at(i) ? nullptr : pg.values.at(i).constData();
            lengths[i] = int(pg.values.at(i).size());
        }
        pg.result = m_db.pgExec(pg.translated.sql, n, values.constData(), lengths.constData(), pg.formats.constData());
        pg.rows = PQntuples(pg.result);
        pg.row = -1;
        if (pg.translated.returnsIdAdded) {
            if (pg.rows > 0)
                m_db.m_pgLastInsertId = QByteArray(PQgetvalue(pg.result, pg.rows - 1, 0)).toLongLong();
            pg.rows = 0; // the caller asked for no rows
        }
    }
    return ++pg.row < pg.rows;
}

bool Statement::pgIsNull(int column) const
{
    if (!m_pg->result || m_pg->row < 0 || m_pg->row >= m_pg->rows)
        return true;
    return PQgetisnull(m_pg->result, m_pg->row, column);
}

QByteArrayView Statement::pgValue(int column) const
{
    if (pgIsNull(column))
        return {};
    return QByteArrayView(PQgetvalue(m_pg->result, m_pg->row, column), PQgetlength(m_pg->result, m_pg->row, column));
}

qint64 Statement::pgInteger(int column) const
{
    const QByteArrayView v = pgValue(column);
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        return n;
    if (v == "t")
        return 1;
    if (v == "f")
        return 0;
    return qint64(v.toDouble()); // numeric: sum(), avg()
}

QVariant Statement::pgVariant(int column) const
{
    if (pgIsNull(column))
        return {};
    switch (PQftype(m_pg->result, column)) {
    case kBoolOid:
    case 20: // int8
    case 21: // int2
    case 23: // int4
    case 26: // oid
        return pgInteger(column);
    case 700:  // float4
    case 701:  // float8
    case 1700: // numeric
        return pgValue(column).toDouble();
    case kByteaOid:
        return pgBlob(column);
    default:
        return QString::fromUtf8(pgValue(column));
    }
}

QByteArray Statement::pgBlob(int column) const
{
    if (pgIsNull(column))
        return {};
    const auto *text = reinterpret_cast<const unsigned char *>(PQgetvalue(m_pg->result, m_pg->row, column));
    if (PQftype(m_pg->result, column) != kByteaOid)
        return QByteArray(reinterpret_cast<const char *>(text), PQgetlength(m_pg->result, m_pg->row, column));
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(text, &length);
    const QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

} // namespace sift
