#include "core/store/Store.h"

#include "core/domain/Translation.h"
#include "core/store/Schema.h"
#include "core/store/SqlDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

namespace sift {

namespace {

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// A file cut short (an interrupted copy, a full disk) holds fewer pages than its header counts. While a
/// write-ahead log sits beside it the header may run ahead of the file until the log is replayed, so only
/// a file without one is measured. Returns a sentence for the user, empty when the file looks whole.
QString truncationIn(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = f.read(100);
    const QString damaged = QCoreApplication::translate(
        "sift", "%1 is damaged: it is shorter than its own header says (%2 of %3 bytes), probably cut off by an "
                "interrupted copy or a full disk. It was left untouched; restore it from a backup.");
    if (header.size() < 100)
        return damaged.arg(path).arg(f.size()).arg(100);
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(header.constData() + 28);
    // SQLite trusts the page count only while the change counter matches the "version valid for" field.
    const bool countValid = pages > 0 && std::memcmp(header.constData() + 24, header.constData() + 92, 4) == 0;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!countValid || pageSize < 512 || (wal.exists() && wal.size() > 0))
        return {};
    const qint64 expected = qint64(pages) * pageSize;
    return f.size() < expected ? damaged.arg(path).arg(f.size()).arg(expected) : QString();
}

} // namespace

QString Store::backupPathFor(const QString &path, int fromVersion)
{
    return path + QStringLiteral(".v%1.bak").arg(fromVersion);
}

void Store::close()
{
    m_db.close();
    m_lock.release();
}

QString Store::open(const QString &path, OpenMode mode)
{
    close();
    m_backupPath.clear();
    m_writeRefused = false;
    if (Database::isServerLocation(path)) {
        try {
            const QString error = preparePostgres(path, mode);
            if (!error.isEmpty())
                close();
            return error;
        } catch (const StoreError &e) {
            close();
            return Sift::tr("Cannot open %1: %2").arg(Database::displayLocation(path), e.message());
        }
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Sift::tr("%1 is a folder, not a Sift project.").arg(path);
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        return Sift::tr("No project at %1.").arg(path);
    if (info.exists() && info.size() > 0 && !looksLikeSqlite(path)) {
        if (!info.isReadable())
            return Sift::tr("Cannot read %1: permission denied.").arg(path);
        return Sift::tr("%1 is not a Sift project (it is not an SQLite database, or it is damaged).").arg(path);
    }
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return Sift::tr("Cannot create %1: the folder %2 does not exist.").arg(path, dir.absoluteFilePath());
        if (!dir.isWritable())
            return Sift::tr("Cannot create %1: the folder is not writable.").arg(path);
    }
    if (info.exists() && info.size() > 0) {
        if (const QString damage = truncationIn(path); !damage.isEmpty())
            return damage;
    }
    if (mode != OpenMode::ReadOnly) {
        if (const QString error = takeWriteLock(path); !error.isEmpty())
            return error;
    }
    try {
        const QString error = prepare(path, mode);
        if (!error.isEmpty())
            close();
        return error;
    } catch (const StoreError &e) {
        close();
        return Sift::tr("Cannot open %1: %2").arg(path, e.message());
    }
}

QString Store::takeWriteLock(const QString &path)
{
    const QFileInfo info(path);
    // Whatever stops a write here leaves the file readable: the caller may open it read-only instead.
    m_writeRefused = info.exists();
    if (info.exists() && !info.isWritable())
        return Sift::tr("%1 is read-only (its file permissions allow no writing); it can only be read.").arg(path);
    if (const QString error = m_lock.acquire(path); !error.isEmpty())
        return error;
    m_writeRefused = false;
    return {};
}

QString Store::prepare(const QString &path, OpenMode mode)
{
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    const auto dbMode = mode == OpenMode::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    if (const QString error = m_db.open(path, dbMode); !error.isEmpty())
        return Sift::tr("Cannot open %1: %2").arg(path, error);

    // Read what the file is before anything writes to it: a refused file must stay byte-for-byte the same.
    const qint64 version = m_db.scalar("PRAGMA user_version");
    const qint64 appId = m_db.scalar("PRAGMA application_id");
    const qint64 tables = m_db.scalar("SELECT count(*) FROM sqlite_schema");
    if (version > Schema::kVersion) {
        return Sift::tr("%1 was made by a newer version of Sift (project format %2; this version reads up to %3). "
                        "It was left untouched.")
            .arg(path)
            .arg(version)
            .arg(Schema::kVersion);
    }
    if (existed && tables > 0 && appId != Schema::kApplicationId)
        return Sift::tr("%1 is an SQLite database but not a Sift project. It was left untouched.").arg(path);

    if (mode != OpenMode::ReadOnly) {
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = NORMAL");
    }
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA cache_size = -16000");

    if (tables == 0) {
        if (mode == OpenMode::ReadOnly)
            return Sift::tr("%1 is an empty file, not a Sift project.").arg(path);
        Schema::create(m_db);
    } else if (version < Schema::kVersion) {
        if (mode == OpenMode::ReadOnly)
            return Sift::tr("%1 uses an older project format; open it for writing once to upgrade it.").arg(path);
        m_backupPath = backupPathFor(path, int(version));
        if (const QString error = m_db.backupTo(m_backupPath); !error.isEmpty())
            return Sift::tr("Could not back up %1 before upgrading it: %2. It was left untouched.").arg(path, error);
        Schema::migrate(m_db, int(version));
    }
    return {};
}

QString Store::preparePostgres(const QString &url, OpenMode mode)
{
    const QString where = Database::displayLocation(url);
    const auto dbMode = mode == OpenMode::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    if (const QString error = m_db.open(url, dbMode); !error.isEmpty())
        return Sift::tr("Cannot open %1: %2").arg(where, error);
    // Nothing is written before the database is known to be a Sift project of a version this program reads.
    const qint64 tables =
        m_db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    if (tables == 0) {
        if (mode != OpenMode::CreateIfMissing)
            return mode == OpenMode::ReadOnly ? Sift::tr("%1 is an empty database, not a Sift project.").arg(where)
                                              : Sift::tr("No project at %1.").arg(where);
        Schema::create(m_db);
        return {};
    }
    const bool hasMeta = m_db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_name = 'meta'") > 0;
    const qint64 appId = hasMeta ? m_db.scalar("PRAGMA application_id") : 0;
    if (appId != Schema::kApplicationId)
        return Sift::tr("%1 is a database but not a Sift project. It was left untouched.").arg(where);
    const qint64 version = m_db.userVersion();
    if (version > Schema::kVersion) {
        return Sift::tr("%1 was made by a newer version of Sift (project format %2; this version reads up to %3). "
                        "It was left untouched.")
            .arg(where)
            .arg(version)
            .arg(Schema::kVersion);
    }
    if (mode != OpenMode::ReadOnly && m_db.scalar("SELECT CASE WHEN has_table_privilege('article', 'UPDATE') AND "
                                                  "has_table_privilege('claim', 'INSERT') THEN 1 ELSE 0 END") == 0) {
        // A reviewer's role (scripts/pg-roles): the window opens read-only, and the server refuses writes anyway.
        m_writeRefused = true;
        Statement role(m_db, "SELECT current_user");
        return Sift::tr("%1: your database role %2 may only read this project (a reviewer); ask the desk's "
                        "administrator for the editor role to make changes.")
            .arg(where, role.step() ? role.text(0) : QString());
    }
    if (version < Schema::kVersion) {
        if (mode == OpenMode::ReadOnly)
            return Sift::tr("%1 uses an older project format; open it for writing once to upgrade it.").arg(where);
        // The server's DDL is transactional: a failed step leaves the database as it was; its backups are the
        // server's (pg_dump), not a copy beside a file.
        Schema::migrate(m_db, int(version));
    }
    return {};
}

Store::Counts Store::counts()
{
    return {m_db.scalar("SELECT count(*) FROM article"), m_db.scalar("SELECT count(*) FROM claim"),
            m_db.scalar("SELECT count(*) FROM entity"), m_db.scalar("SELECT count(*) FROM incident")};
}

Store::CheckReport Store::check()
{
    CheckReport report;
    if (m_db.isPostgres())
        return checkPostgres();
    auto collect = [&](const char *sql, const QString &what, const QString &okValue) {
        report.checks << what;
        Statement st(m_db, sql);
        while (st.step()) {
            const QString row = st.text(0);
            if (row != okValue)
                report.problems << what + QStringLiteral(": ") + row;
        }
    };
    collect("PRAGMA integrity_check", Sift::tr("integrity"), QStringLiteral("ok"));
    {
        report.checks << Sift::tr("foreign keys");
        Statement st(m_db, "PRAGMA foreign_key_check");
        while (st.step())
            report.problems << Sift::tr("foreign keys: row %1 of %2 points to a missing %3")
                                   .arg(st.integer(1))
                                   .arg(st.text(0), st.text(2));
    }
    if (m_db.isReadOnly()) {
        // FTS5 checks itself only through a write statement (it changes nothing, but a reader may not run it).
        report.checks << Sift::tr("full-text index skipped (the project is open read-only)");
    } else {
        report.checks << Sift::tr("full-text index");
        try {
            m_db.exec("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)");
        } catch (const StoreError &e) {
            report.problems << Sift::tr("full-text index out of step with the articles: %1").arg(e.message());
        }
        try {
            m_db.exec("INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 1)");
        } catch (const StoreError &e) {
            report.problems << Sift::tr("full-text index out of step with the claims: %1").arg(e.message());
        }
    }
    report.checks << Sift::tr("schema version");
    if (m_db.scalar("PRAGMA user_version") != Schema::kVersion)
        report.problems << Sift::tr("schema version is not %1").arg(Schema::kVersion);
    return report;
}

Store::CheckReport Store::checkPostgres()
{
    CheckReport report;
    // The server keeps its own pages and enforces every foreign key as it writes; what Sift can check is its
    // own layer: the search index against the articles, and the schema version.
    report.checks << Sift::tr("foreign keys (enforced by the server)");
    report.checks << Sift::tr("full-text index");
    const QByteArray stale = "SELECT count(*) FROM article WHERE fts IS DISTINCT FROM (" +
                             SqlDialect::ftsDocumentSql("title", "body", "captions") + ")";
    if (const qint64 n = m_db.scalar(stale.constData()); n > 0)
        report.problems << Sift::tr("full-text index out of step with the articles: %1 articles").arg(n);
    const QByteArray staleClaims = "SELECT count(*) FROM claim WHERE fts IS DISTINCT FROM (" +
                                   SqlDialect::ftsColumnsSql({"quote", "statement", "rationale"}) + ")";
    if (const qint64 n = m_db.scalar(staleClaims.constData()); n > 0)
        report.problems << Sift::tr("full-text index out of step with the claims: %1 claims").arg(n);
    report.checks << Sift::tr("schema version");
    if (m_db.userVersion() != Schema::kVersion)
        report.problems << Sift::tr("schema version is not %1").arg(Schema::kVersion);
    return report;
}

} // namespace sift
