#include "core/store/ArticleStore.h"
#include "core/store/Database.h"
#include "core/store/SqlDialect.h"
#include "core/store/Store.h"
#include "support/PgServer.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sift;
using namespace Qt::StringLiterals;

/// SqlDialect: the SQLite spellings the store uses, translated for PostgreSQL, and the full-text query syntax
/// (FTS5's) translated to tsquery.
class TestSqlDialect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translates_data();
    void translates();
    void leavesQuotedTextAlone();
    void addsReturningIdForIdTables();
    void tsquery_data();
    void tsquery();
    void malformedQueriesThrow_data();
    void malformedQueriesThrow();
    void serverLocations();
    /// The same data and queries on a file (FTS5) and a server (tsvector): the same articles.
    void searchFindsTheSameArticlesOnBothEngines();
};

void TestSqlDialect::translates_data()
{
    QTest::addColumn<QByteArray>("sqlite");
    QTest::addColumn<QByteArray>("postgres");
    QTest::addColumn<int>("parameters");
    QTest::newRow("placeholders") << QByteArray("SELECT a FROM t WHERE b = ? AND c = ?")
                                  << QByteArray("SELECT a FROM t WHERE b = $1 AND c = $2") << 2;
    QTest::newRow("numbered") << QByteArray("SELECT id FROM e WHERE name = ?1 UNION ALL SELECT x FROM a WHERE y = ?1")
                              << QByteArray("SELECT id FROM e WHERE name = $1 UNION ALL SELECT x FROM a WHERE y = $1")
                              << 1;
    QTest::newRow("or ignore") << QByteArray("INSERT OR IGNORE INTO claim_tag (claim_id, tag_id) VALUES (?, ?)")
                               << QByteArray("INSERT INTO claim_tag (claim_id, tag_id) VALUES ($1, $2) ON CONFLICT DO "
                                             "NOTHING")
                               << 2;
    QTest::newRow("group_concat") << QByteArray("SELECT group_concat(t.name, char(31)) FROM t")
                                  << QByteArray("SELECT string_agg(t.name, chr(31)) FROM t") << 0;
    QTest::newRow("json_each") << QByteArray("SELECT 1 WHERE x IN (SELECT value FROM json_each(?))")
                               << QByteArray("SELECT 1 WHERE x IN (SELECT value FROM "
                                             "json_array_elements_text(CAST($1 AS json)))")
                               << 1;
    QTest::newRow("like") << QByteArray("SELECT 1 FROM e WHERE lower(name) LIKE ? ESCAPE '\\' AND x NOT LIKE 'a%'")
                          << QByteArray("SELECT 1 FROM e WHERE lower(name) COLLATE \"C\" ILIKE $1 ESCAPE '\\' AND x "
                                        "COLLATE \"C\" NOT ILIKE 'a%'")
                          << 1;
    QTest::newRow("is ?") << QByteArray("SELECT 1 FROM e WHERE parent_id IS ? AND name = ?")
                          << QByteArray("SELECT 1 FROM e WHERE parent_id IS NOT DISTINCT FROM $1 AND name = $2") << 2;
    QTest::newRow("is null kept") << QByteArray("SELECT 1 FROM e WHERE parent_id IS NULL")
                                  << QByteArray("SELECT 1 FROM e WHERE parent_id IS NULL") << 0;
    QTest::newRow("where 1") << QByteArray("SELECT id FROM i WHERE 1 AND (x IS NULL OR (1 AND d >= ?))")
                             << QByteArray("SELECT id FROM i WHERE TRUE AND (x IS NULL OR (TRUE AND d >= $1))") << 1;
    QTest::newRow("where 1 = 1 kept") << QByteArray("SELECT id FROM i WHERE 1 = 1")
                                      << QByteArray("SELECT id FROM i WHERE 1 = 1") << 0;
    QTest::newRow("indexed by") << QByteArray("SELECT a.id FROM article a INDEXED BY article_outlet WHERE TRUE")
                                << QByteArray("SELECT a.id FROM article a  WHERE TRUE") << 0;
    QTest::newRow("begin") << QByteArray("BEGIN IMMEDIATE") << QByteArray("BEGIN") << 0;
    QTest::newRow("user column") << QByteArray("INSERT INTO history (at, user, row_id) VALUES (?, ?, ?)")
                                 << QByteArray("INSERT INTO history (at, \"user\", row_id) VALUES ($1, $2, $3)") << 3;
    QTest::newRow("pragma version") << QByteArray("PRAGMA user_version")
                                    << QByteArray("SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'user_version'")
                                    << 0;
    QTest::newRow("pragma set version") << QByteArray("PRAGMA user_version = 3")
                                        << QByteArray("UPDATE meta SET value = '3' WHERE key = 'user_version'") << 0;
    QTest::newRow("pragma dropped") << QByteArray("PRAGMA temp_store = MEMORY") << QByteArray() << 0;
    QTest::newRow("ddl") << QByteArray("CREATE TABLE tag (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES tag "
                                       "(id), name TEXT NOT NULL COLLATE NOCASE, w REAL, b BLOB) WITHOUT ROWID")
                         << QByteArray("CREATE TABLE tag (id BIGSERIAL PRIMARY KEY, parent_id BIGINT REFERENCES tag "
                                       "(id), name TEXT COLLATE nocase NOT NULL, w DOUBLE PRECISION, b BYTEA)")
                         << 0;
    QTest::newRow("ddl unique nocase") << QByteArray("CREATE TABLE e (name TEXT NOT NULL UNIQUE COLLATE NOCASE)")
                                       << QByteArray("CREATE TABLE e (name TEXT COLLATE nocase NOT NULL UNIQUE)") << 0;
}

void TestSqlDialect::translates()
{
    QFETCH(QByteArray, sqlite);
    QFETCH(QByteArray, postgres);
    QFETCH(int, parameters);
    const SqlDialect::Translated t = SqlDialect::toPostgres(sqlite);
    QCOMPARE(t.sql, postgres);
    QCOMPARE(t.parameters, parameters);
}

void TestSqlDialect::leavesQuotedTextAlone()
{
    // A question mark, "user", "WHERE 1" and INTEGER inside a string are data, not SQL.
    const auto t = SqlDialect::toPostgres("SELECT 'is it? user WHERE 1 AND INTEGER', \"user\" FROM x WHERE y = ?");
    QCOMPARE(t.sql, QByteArray("SELECT 'is it? user WHERE 1 AND INTEGER', \"user\" FROM x WHERE y = $1"));
    QCOMPARE(t.parameters, 1);
    QCOMPARE(SqlDialect::toPostgres("SELECT 'it''s ?' WHERE a = ?").sql, QByteArray("SELECT 'it''s ?' WHERE a = $1"));
}

void TestSqlDialect::addsReturningIdForIdTables()
{
    const QStringList idTables{u"claim"_s, u"tag"_s};
    auto t = SqlDialect::toPostgres("INSERT INTO tag (name) VALUES (?)", idTables);
    QCOMPARE(t.sql, QByteArray("INSERT INTO tag (name) VALUES ($1) RETURNING id"));
    QVERIFY(t.returnsIdAdded);
    t = SqlDialect::toPostgres("INSERT INTO claim_tag (claim_id, tag_id) VALUES (?, ?)", idTables);
    QVERIFY(!t.returnsIdAdded);
    t = SqlDialect::toPostgres("INSERT INTO tag (name) VALUES (?) RETURNING id", idTables);
    QCOMPARE(t.sql, QByteArray("INSERT INTO tag (name) VALUES ($1) RETURNING id"));
    QVERIFY(!t.returnsIdAdded);
    t = SqlDialect::toPostgres("INSERT OR IGNORE INTO tag (id, name) VALUES (?, ?)", idTables);
    QCOMPARE(t.sql, QByteArray("INSERT INTO tag (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id"));
}

void TestSqlDialect::tsquery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tsquery");
    QTest::newRow("word") << u"Shelling"_s << u"'shelling'"_s;
    QTest::newRow("implicit and") << u"kremlin denies"_s << u"('kremlin' & 'denies')"_s;
    QTest::newRow("phrase") << u"\"neither confirm\""_s << u"('neither' <-> 'confirm')"_s;
    QTest::newRow("prefix") << u"confirm*"_s << u"'confirm':*"_s;
    QTest::newRow("phrase prefix") << u"\"fuel dep\"*"_s << u"('fuel' <-> 'dep':*)"_s;
    QTest::newRow("or") << u"kessen OR mirel"_s << u"('kessen' | 'mirel')"_s;
    QTest::newRow("not") << u"neither NOT kremlin"_s << u"('neither' & !'kremlin')"_s;
    QTest::newRow("precedence") << u"a OR b NOT c AND d"_s << u"('a' | (('b' & !'c') & 'd'))"_s;
    QTest::newRow("parentheses") << u"(drone OR mortar) NOT ceasefire"_s
                                 << u"((('drone' | 'mortar')) & !'ceasefire')"_s;
    QTest::newRow("punctuation in phrase")
        << u"\"Al-Awsat's report\""_s << u"('al' <-> 'awsat' <-> 's' <-> 'report')"_s;
    QTest::newRow("non-latin") << u"Ереван"_s << u"'ереван'"_s;
}

void TestSqlDialect::tsquery()
{
    QFETCH(QString, query);
    QFETCH(QString, tsquery);
    QCOMPARE(SqlDialect::ftsToTsquery(query), tsquery);
}

void TestSqlDialect::malformedQueriesThrow_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unterminated") << u"\"unterminated"_s;
    QTest::newRow("operators only") << u"AND OR"_s;
    QTest::newRow("and not") << u"a AND NOT b"_s;
    QTest::newRow("open parenthesis") << u"(a OR b"_s;
    QTest::newRow("stray parenthesis") << u"a)"_s;
    QTest::newRow("hyphen") << u"al-awsat"_s;
    QTest::newRow("empty") << u"   "_s;
}

void TestSqlDialect::malformedQueriesThrow()
{
    QFETCH(QString, query);
    QVERIFY_THROWS_EXCEPTION(StoreError, SqlDialect::ftsToTsquery(query));
}

void TestSqlDialect::serverLocations()
{
    QVERIFY(Database::isServerLocation(u"postgresql://ana@db.example:5432/desk?sslmode=require"_s));
    QVERIFY(Database::isServerLocation(u"postgres://db/desk"_s));
    QVERIFY(!Database::isServerLocation(u"/home/ana/desk.sift"_s));
    QVERIFY(!Database::isServerLocation(u"postgresql.sift"_s));
    // A password in a URL is used to connect but never shown or kept.
    QCOMPARE(Database::displayLocation(u"postgresql://ana:secret@db:5432/desk"_s), u"postgresql://ana@db:5432/desk"_s);
    QCOMPARE(Database::displayLocation(u"postgresql://ana@db/desk?password=secret&sslmode=require"_s),
             u"postgresql://ana@db/desk?sslmode=require"_s);
}

void TestSqlDialect::searchFindsTheSameArticlesOnBothEngines()
{
    QTemporaryDir dir;
    Store file;
    QCOMPARE(file.open(dir.filePath(u"parity.sift"_s), Store::OpenMode::CreateIfMissing), QString());
    sift::test::PgServer &pg = sift::test::PgServer::shared();
    QVERIFY2(pg.isRunning(), qPrintable(pg.error()));
    const QString url = pg.createDatabase();
    QVERIFY(!url.isEmpty());
    Store server;
    QCOMPARE(server.open(url, Store::OpenMode::CreateIfMissing), QString());

    // The same 300 articles in both: words with case, punctuation, hyphens, apostrophes, digits, non-Latin text.
    const QStringList vocabulary{u"Shelling"_s, u"ceasefire"_s, u"Kremlin"_s,    u"denies"_s,    u"neither"_s,
                                 u"confirm"_s,  u"confirms"_s,  u"drone"_s,      u"drones"_s,    u"mortar"_s,
                                 u"Al-Awsat"_s, u"Varenia's"_s, u"fuel depot"_s, u"2025"_s,      u"12"_s,
                                 u"Ереван"_s,   u"border"_s,    u"village,"_s,   u"(Reuters)"_s, u"said."_s,
                                 u"market"_s,   u"U.N."_s,      u"e-mail"_s,     u"strike"_s,    u"strikes"_s};
    QRandomGenerator random(15);
    auto words = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << vocabulary.at(random.bounded(int(vocabulary.size())));
        return out.join(u' ');
    };
    QList<Article> batch;
    for (int i = 0; i < 300; ++i) {
        Article a;
        a.title = words(4) + u" %1"_s.arg(i);
        a.body = words(30);
        a.captions = QStringList{words(5)};
        batch << a;
    }
    const QList<qint64> fileIds = ArticleStore(file.db()).insertAll(batch);
    const QList<qint64> serverIds = ArticleStore(server.db()).insertAll(batch);
    QCOMPARE(serverIds, fileIds);

    const QStringList queries{u"shelling"_s,
                              u"SHELLING"_s,
                              u"kremlin denies"_s,
                              u"\"neither confirm\""_s,
                              u"\"neither confirms\""_s,
                              u"confirm*"_s,
                              u"strike*"_s,
                              u"\"fuel depot\""_s,
                              u"\"al awsat\""_s,
                              u"\"Al-Awsat\""_s,
                              u"awsat"_s,
                              u"varenia"_s,
                              u"\"varenia's\""_s,
                              u"2025"_s,
                              u"12"_s,
                              u"ереван"_s,
                              u"reuters"_s,
                              u"\"u n\""_s,
                              u"mail"_s,
                              u"drone OR mortar"_s,
                              u"drone AND mortar"_s,
                              u"drone NOT mortar"_s,
                              u"(drone OR mortar) NOT ceasefire"_s,
                              u"ceasefire OR kremlin AND market"_s,
                              u"\"village said\""_s,
                              u"\"border village\""_s,
                              u"dr*"_s,
                              u"zzz"_s};
    int nonEmpty = 0;
    for (const QString &query : queries) {
        ArticleQuery q;
        q.text = query;
        QList<qint64> inFile = ArticleStore(file.db()).ids(q);
        QList<qint64> onServer = ArticleStore(server.db()).ids(q);
        QVERIFY2(
            inFile == onServer,
            qPrintable(u"%1: %2 in the file, %3 on the server"_s.arg(query).arg(inFile.size()).arg(onServer.size())));
        auto hitIds = [&](Store &store) {
            QList<qint64> ids;
            for (const SearchHit &hit : ArticleStore(store.db()).search(query, 1000))
                ids << hit.id;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(hitIds(server), hitIds(file));
        QCOMPARE(hitIds(file), inFile);
        nonEmpty += inFile.isEmpty() ? 0 : 1;
    }
    QCOMPARE(nonEmpty, int(queries.size()) - 1); // only "zzz" finds nothing
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
