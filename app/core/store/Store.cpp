#include "core/store/Store.h"

#include "core/store/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sift {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sift", text);
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString Store::backupPathFor(const QString &path, int fromVersion)
{
    return path + QStringLiteral(".v%1.bak").arg(fromVersion);
}

QString Store::open(const QString &path, OpenMode mode)
{
    m_backupPath.clear();
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return tr("%1 is a folder, not a Sift project.").arg(path);
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        return tr("No project at %1.").arg(path);
    if (info.exists() && info.size() > 0 && !looksLikeSqlite(path)) {
        if (!info.isReadable())
            return tr("Cannot read %1: permission denied.").arg(path);
        return tr("%1 is not a Sift project (it is not an SQLite database, or it is damaged).").arg(path);
    }
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return tr("Cannot create %1: the folder %2 does not exist.").arg(path, dir.absoluteFilePath());
        if (!dir.isWritable())
            return tr("Cannot create %1: the folder is not writable.").arg(path);
    }
    try {
        const QString error = prepare(path, mode);
        if (!error.isEmpty())
            m_db.close();
        return error;
    } catch (const StoreError &e) {
        m_db.close();
        return tr("Cannot open %1: %2").arg(path, e.message());
    }
}

QString Store::prepare(const QString &path, OpenMode mode)
{
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    const auto dbMode = mode == OpenMode::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    if (const QString error = m_db.open(path, dbMode); !error.isEmpty())
        return tr("Cannot open %1: %2").arg(path, error);

    // Read what the file is before anything writes to it: a refused file must stay byte-for-byte the same.
    const qint64 version = m_db.scalar("PRAGMA user_version");
    const qint64 appId = m_db.scalar("PRAGMA application_id");
    const qint64 tables = m_db.scalar("SELECT count(*) FROM sqlite_schema");
    if (version > Schema::kVersion) {
        return tr("%1 was made by a newer version of Sift (project format %2; this version reads up to %3). "
                  "It was left untouched.")
            .arg(path)
            .arg(version)
            .arg(Schema::kVersion);
    }
    if (existed && tables > 0 && appId != Schema::kApplicationId)
        return tr("%1 is an SQLite database but not a Sift project. It was left untouched.").arg(path);

    if (mode != OpenMode::ReadOnly) {
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = NORMAL");
    }
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA cache_size = -16000");

    if (tables == 0) {
        if (mode == OpenMode::ReadOnly)
            return tr("%1 is an empty file, not a Sift project.").arg(path);
        Schema::create(m_db);
    } else if (version < Schema::kVersion) {
        if (mode == OpenMode::ReadOnly)
            return tr("%1 uses an older project format; open it for writing once to upgrade it.").arg(path);
        m_backupPath = backupPathFor(path, int(version));
        if (const QString error = m_db.backupTo(m_backupPath); !error.isEmpty())
            return tr("Could not back up %1 before upgrading it: %2. It was left untouched.").arg(path, error);
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
    auto collect = [&](const char *sql, const QString &what, const QString &okValue) {
        report.checks << what;
        Statement st(m_db, sql);
        while (st.step()) {
            const QString row = st.text(0);
            if (row != okValue)
                report.problems << what + QStringLiteral(": ") + row;
        }
    };
    collect("PRAGMA integrity_check", tr("integrity"), QStringLiteral("ok"));
    {
        report.checks << tr("foreign keys");
        Statement st(m_db, "PRAGMA foreign_key_check");
        while (st.step())
            report.problems << tr("foreign keys: row %1 of %2 points to a missing %3")
                                   .arg(st.integer(1))
                                   .arg(st.text(0), st.text(2));
    }
    report.checks << tr("full-text index");
    try {
        m_db.exec("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)");
    } catch (const StoreError &e) {
        report.problems << tr("full-text index out of step with the articles: %1").arg(e.message());
    }
    report.checks << tr("schema version");
    if (m_db.scalar("PRAGMA user_version") != Schema::kVersion)
        report.problems << tr("schema version is not %1").arg(Schema::kVersion);
    return report;
}

} // namespace sift
