#include "core/store/ProjectCopy.h"

#include "core/domain/Translation.h"
#include "core/store/Store.h"

#include <QHash>
#include <QSet>

namespace sift::ProjectCopy {

namespace {

/// The project's tables (the file's full-text shadow tables and SQLite's own are not rows of the project).
QStringList tablesOf(Database &db)
{
    QStringList out;
    Statement st(db, db.isPostgres() ? "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                       "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
                                     : "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' AND name NOT LIKE 'article_fts%' AND name NOT LIKE 'claim_fts%' "
                                       "ORDER BY name");
    while (st.step())
        out << st.text(0);
    return out;
}

/// Columns that take a value (a server's generated tsvector column does not), in table order.
QStringList columnsOf(Database &db, const QString &table)
{
    QStringList out;
    Statement st(db, db.isPostgres() ? "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                       "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
                                       "ORDER BY ordinal_position"
                                     : "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    st.bind(1, table);
    while (st.step())
        out << st.text(0);
    return out;
}

/// Tables this one points to by foreign key, from the SQL that created them (the same on both engines).
QSet<QString> parentsOf(Database &db, const QString &table, const QStringList &tables)
{
    QSet<QString> out;
    if (db.isPostgres()) {
        Statement st(db,
                     "SELECT DISTINCT ccu.table_name FROM information_schema.table_constraints tc "
                     "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
                     "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = ?");
        st.bind(1, table);
        while (st.step())
            out << st.text(0);
    } else {
        Statement st(db, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)");
        st.bind(1, table);
        while (st.step())
            out << st.text(0);
    }
    out.remove(table); // a tree (tag, event_type) is copied in id order, parents first
    out.intersect(QSet<QString>(tables.cbegin(), tables.cend()));
    return out;
}

QStringList inDependencyOrder(Database &db, const QStringList &tables)
{
    QHash<QString, QSet<QString>> parents;
    for (const QString &t : tables)
        parents.insert(t, parentsOf(db, t, tables));
    QStringList order;
    QSet<QString> done;
    while (order.size() < tables.size()) {
        bool progressed = false;
        for (const QString &t : tables) {
            if (!done.contains(t) && done.contains(parents.value(t))) {
                order << t;
                done << t;
                progressed = true;
            }
        }
        if (!progressed)
            throw StoreError(Sift::tr("the tables' foreign keys form a cycle"));
    }
    return order;
}

qint64 countRows(Database &db, const QString &table)
{
    // Names come from the catalogue, never from user text.
    return db.scalar(QByteArray("SELECT count(*) FROM " + table.toUtf8()).constData());
}

QString quoted(const QString &column)
{
    return u'"' + column + u'"';
}

void copyTable(Database &from, Database &to, const QString &table, const QStringList &columns)
{
    const QStringList names = [&] {
        QStringList q;
        for (const QString &c : columns)
            q << quoted(c);
        return q;
    }();
    const bool hasId = columns.contains(QStringLiteral("id"));
    QByteArray select = "SELECT " + names.join(QStringLiteral(", ")).toUtf8() + " FROM " + table.toUtf8();
    if (hasId)
        select += " ORDER BY id";
    Statement read(from, select.constData());
    // Many rows to an INSERT: one round trip to a server per batch, not per row.
    const int rowsPerInsert = std::max(1, std::min(200, 30000 / int(columns.size())));
    QByteArray row = "(" + QByteArray("?, ").repeated(columns.size() - 1) + "?)";
    auto insertSql = [&](int rows) {
        QByteArray sql =
            "INSERT INTO " + table.toUtf8() + " (" + names.join(QStringLiteral(", ")).toUtf8() + ") VALUES " + row;
        for (int i = 1; i < rows; ++i)
            sql += ", " + row;
        if (table == u"meta")
            sql += " ON CONFLICT DO NOTHING";
        return sql;
    };
    std::unique_ptr<Statement> full;
    QList<QVariant> pending;
    auto flush = [&](int rows) {
        if (rows == 0)
            return;
        std::unique_ptr<Statement> partial;
        Statement *st = nullptr;
        if (rows == rowsPerInsert) {
            if (!full)
                full = std::make_unique<Statement>(to, insertSql(rows).constData());
            st = full.get();
        } else {
            partial = std::make_unique<Statement>(to, insertSql(rows).constData());
            st = partial.get();
        }
        for (int i = 0; i < pending.size(); ++i)
            st->bind(i + 1, pending.at(i));
        st->exec();
        st->reset();
        pending.clear();
    };
    int rows = 0;
    while (read.step()) {
        if (table == u"meta") {
            const QString key = read.text(int(columns.indexOf(QStringLiteral("key"))));
            if (key == u"user_version" || key == u"application_id")
                continue; // each engine keeps its own
        }
        for (int c = 0; c < columns.size(); ++c)
            pending << read.value(c);
        if (++rows == rowsPerInsert) {
            flush(rows);
            rows = 0;
        }
    }
    flush(rows);
}

} // namespace

Result copy(Store &fromStore, Store &toStore)
{
    Result result;
    Database &from = fromStore.db();
    Database &to = toStore.db();
    try {
        if (from.userVersion() != to.userVersion())
            throw StoreError(Sift::tr("the two projects have different schema versions (%1 and %2)")
                                 .arg(from.userVersion())
                                 .arg(to.userVersion()));
        const QStringList fromTables = tablesOf(from);
        const QStringList toTables = tablesOf(to);
        QStringList tables;
        for (const QString &t : toTables) {
            if (fromTables.contains(t))
                tables << t;
        }
        for (const QString &t : fromTables) {
            if (!toTables.contains(t))
                throw StoreError(Sift::tr("the destination has no table %1").arg(t));
        }
        const QStringList seeded{QStringLiteral("status"), QStringLiteral("event_type"), QStringLiteral("meta")};
        for (const QString &t : tables) {
            if (!seeded.contains(t) && countRows(to, t) > 0)
                throw StoreError(Sift::tr("the destination is not empty (%1 holds rows)").arg(t));
        }
        const QStringList order = inDependencyOrder(to, tables);
        if (!to.isPostgres())
            to.exec("PRAGMA foreign_keys = OFF"); // outside the transaction, where SQLite takes it
        {
            Transaction tx(to);
            // The new project's seeded vocabularies give way to the source's own, ids and all.
            for (auto it = order.crbegin(); it != order.crend(); ++it) {
                if (seeded.contains(*it) && *it != u"meta")
                    to.exec(QByteArray("DELETE FROM " + it->toUtf8()).constData());
            }
            for (const QString &t : order) {
                const QStringList toColumns = columnsOf(to, t);
                const QStringList fromColumns = columnsOf(from, t);
                QStringList columns;
                for (const QString &c : toColumns) {
                    if (fromColumns.contains(c))
                        columns << c;
                }
                copyTable(from, to, t, columns);
            }
            to.schemaChanged(); // ids go on after the largest copied one
            for (const QString &t : order) {
                qint64 expected = countRows(from, t);
                if (t == u"meta")
                    expected = countRows(to, t); // each engine keeps its own version rows
                const qint64 copied = countRows(to, t);
                if (copied != expected)
                    throw StoreError(Sift::tr("%1: %2 rows copied of %3").arg(t).arg(copied).arg(expected));
                result.tables << qMakePair(t, copied);
            }
            tx.commit();
        }
        if (!to.isPostgres())
            to.exec("PRAGMA foreign_keys = ON");
    } catch (const StoreError &e) {
        if (!to.isPostgres()) {
            try {
                to.exec("PRAGMA foreign_keys = ON");
            } catch (const StoreError &) {
            }
        }
        result.error = e.message();
        result.tables.clear();
    }
    return result;
}

} // namespace sift::ProjectCopy
