#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace sift {

/// The few places where SQLite and PostgreSQL SQL differ, in one spot. The store writes portable SQL with `?`
/// placeholders; on a server every statement goes through toPostgres() first, so the store classes need not know
/// which engine runs. What it rewrites (outside quoted strings and identifiers):
///   `?` and `?NNN` → `$n`; `INSERT OR IGNORE INTO … ` → `INSERT INTO … ON CONFLICT DO NOTHING`;
///   `group_concat(` → `string_agg(`; `char(` → `chr(`; `json_each(?)` → `json_array_elements_text(CAST(? AS json))`;
///   `x [NOT] LIKE` → `x COLLATE "C" [NOT] ILIKE` (ASCII case ignored, as in SQLite, on any column);
///   `IS ?` / `IS NOT ?` → `IS [NOT] DISTINCT FROM`; `WHERE 1` and `(1 AND` → `TRUE`; `INDEXED BY x`, `NOT INDEXED`
///   dropped; `BEGIN IMMEDIATE` → `BEGIN`; the column `user` → `"user"`; PRAGMAs → the meta table or nothing;
///   and in CREATE/ALTER TABLE: INTEGER PRIMARY KEY → BIGSERIAL PRIMARY KEY, INTEGER → BIGINT, REAL → DOUBLE
///   PRECISION, BLOB → BYTEA, `WITHOUT ROWID` dropped, `COLLATE NOCASE` moved behind the type (a case-insensitive
///   ICU collation named nocase that Schema creates on the server).
/// Not translated (port by hand with Database::isPostgres()): CREATE TRIGGER / VIRTUAL TABLE, FTS5 MATCH,
/// INSERT OR REPLACE, SQLite date functions.
namespace SqlDialect {

struct Translated {
    QByteArray sql;
    int parameters = 0;          ///< the highest $n
    bool returnsIdAdded = false; ///< " RETURNING id" was appended to an INSERT (see Database::lastInsertId)
};

/// Translates one or more statements. idTables: tables with an `id` column; an INSERT into one of them without
/// its own RETURNING gets " RETURNING id" so that lastInsertId() works (pass empty to leave INSERTs alone).
Translated toPostgres(const QByteArray &sql, const QStringList &idTables = {});

/// Translates a full-text query in the syntax the library search accepts on both engines (words, "phrases",
/// prefix*, AND / OR / NOT, parentheses; FTS5's syntax) into a PostgreSQL tsquery text, lexemes split and
/// lowercased the way the tsvector column is built (ftsDocumentSql). Throws StoreError on a malformed query,
/// with a message like FTS5's.
QString ftsToTsquery(const QString &query);

/// The expression that builds article's tsvector from its columns on the server (title A, captions C, body D).
QByteArray ftsDocumentSql(const QByteArray &title, const QByteArray &body, const QByteArray &captions);

/// The expression that builds a tsvector from several text columns, all of one weight, split into words as
/// ftsDocumentSql does (a phrase never matches across two columns): the claims' index over quote, statement and
/// rationale.
QByteArray ftsColumnsSql(const QByteArrayList &columns);

} // namespace SqlDialect
} // namespace sift
