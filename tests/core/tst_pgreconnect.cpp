#include "core/project/Project.h"
#include "support/PgServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace sift;
using namespace Qt::StringLiterals;

/// A window on a server project whose connection drops (the server restarts, an admin ends the session, the network
/// blinks) reconnects, listens again and catches up, so it never stays deaf to other analysts' edits; while the
/// server refuses it, the window says so instead of failing.
class TestPgReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void reconnectsByItselfAndHearsEditsAgain();
    void aStatementReconnectsAndListensAgain();
    void editsMadeWhileDownRefreshEverything();
    void aServerThatStaysDownIsReported();
    void aTransactionCutByTheDropIsNotCommitted();

private:
    /// Ends Ana's server session from another connection, as an administrator or a server restart would.
    void dropAnasConnection();
    QString m_database;
    std::unique_ptr<Project> m_ana;
    std::unique_ptr<Project> m_rui;
    qint64 m_article = 0;
};

void TestPgReconnect::initTestCase()
{
    sift::test::PgServer &server = sift::test::PgServer::shared();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
}

void TestPgReconnect::init()
{
    m_rui.reset();
    m_ana.reset();
    const QString url = sift::test::PgServer::shared().createDatabase();
    QVERIFY(!url.isEmpty());
    m_database = url.section(u'/', -1);
    QString error;
    m_ana = Project::open(url, &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(m_ana, qPrintable(error));
    Article a;
    a.title = u"Shelling near the river"_s;
    a.body = u"Residents said the shelling began at dawn."_s;
    m_article = m_ana->articles().insert(a);
    QVERIFY(m_article > 0);
    m_rui = Project::open(url, &error);
    QVERIFY2(m_rui, qPrintable(error));
}

void TestPgReconnect::dropAnasConnection()
{
    const qint64 pid = m_ana->db().scalar("SELECT pg_backend_pid()");
    QVERIFY(pid > 0);
    // pg_terminate_backend waits (up to the timeout, in ms) until the session has gone.
    const QString error =
        sift::test::PgServer::shared().adminExec(u"postgres"_s, u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(pid));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPgReconnect::reconnectsByItselfAndHearsEditsAgain()
{
    QSignalSpy state(m_ana.get(), &Project::connectionChanged);
    dropAnasConnection();
    // Nothing in Ana's window runs a statement: the window notices the drop and reconnects by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty() && state.last().first().toBool(), 10000);
    QSignalSpy changed(m_ana.get(), &Project::articleChanged);
    QVERIFY(m_rui->setArticleField(m_article, ArticleStore::Field::Title, u"River shelling: a correction"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(changed.first().first().toLongLong(), m_article);
    QCOMPARE(m_ana->articles().article(m_article)->title, u"River shelling: a correction"_s);
}

void TestPgReconnect::aStatementReconnectsAndListensAgain()
{
    dropAnasConnection();
    // The next statements bring the connection back (the first may still meet the dead one and fail).
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            try {
                return m_ana->articles().article(m_article).has_value();
            } catch (const StoreError &) {
                return false;
            }
        }(),
        10000);
    QSignalSpy changed(m_ana.get(), &Project::claimsChanged);
    Claim claim;
    claim.articleId = m_article;
    claim.anchor = TextAnchor{10, 15, u"said "_s, {}, {}};
    QVERIFY(m_rui->addClaim(claim) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(m_ana->claims().claimsForArticle(m_article).size(), 1);
}

void TestPgReconnect::editsMadeWhileDownRefreshEverything()
{
    // Keep Ana out until Rui's edit is in, so that no notification of it can reach her.
    QVERIFY(sift::test::PgServer::shared()
                .adminExec(u"postgres"_s, u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(m_database))
                .isEmpty());
    QSignalSpy state(m_ana.get(), &Project::connectionChanged);
    dropAnasConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 10000);
    QCOMPARE(state.first().first().toBool(), false);
    QVERIFY(m_rui->setArticleField(m_article, ArticleStore::Field::Title, u"Written while Ana was away"_s));
    QSignalSpy reset(m_ana.get(), &Project::articlesReset);
    QSignalSpy claims(m_ana.get(), &Project::claimsChanged);
    QSignalSpy incidents(m_ana.get(), &Project::incidentsChanged);
    QSignalSpy entities(m_ana.get(), &Project::entitiesChanged);
    QVERIFY(sift::test::PgServer::shared()
                .adminExec(u"postgres"_s, u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(m_database))
                .isEmpty());
    // Back: the window cannot know what it missed, so every view reloads.
    QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), 30000); // the attempts back off (3, 3, 6, 12 s …)
    QVERIFY(state.last().first().toBool());
    QCOMPARE(claims.size(), 1);
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(entities.size(), 1);
    QCOMPARE(m_ana->articles().article(m_article)->title, u"Written while Ana was away"_s);
}

void TestPgReconnect::aServerThatStaysDownIsReported()
{
    QVERIFY(sift::test::PgServer::shared()
                .adminExec(u"postgres"_s, u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(m_database))
                .isEmpty());
    QSignalSpy state(m_ana.get(), &Project::connectionChanged);
    dropAnasConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 10000);
    QCOMPARE(state.first().first().toBool(), false);
    const QString message = state.first().at(1).toString();
    QVERIFY2(message.contains(u"connection to the server was lost"_s), qPrintable(message));
    // An edit while it is down is refused with a message, and leaves nothing behind.
    QSignalSpy errors(m_ana.get(), &Project::errorOccurred);
    QVERIFY(!m_ana->setArticleField(m_article, ArticleStore::Field::Notes, u"typed while offline"_s));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"connection"_s),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!m_ana->undoStack()->canUndo());
    QVERIFY(sift::test::PgServer::shared()
                .adminExec(u"postgres"_s, u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(m_database))
                .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(state.last().first().toBool(), 30000); // the attempts back off
    QCOMPARE(m_rui->articles().fieldValue(m_article, ArticleStore::Field::Notes), QString());
}

void TestPgReconnect::aTransactionCutByTheDropIsNotCommitted()
{
    Database db;
    QVERIFY(db.open(sift::test::PgServer::shared().url(m_database)).isEmpty());
    db.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
    const qint64 pid = db.scalar("SELECT pg_backend_pid()");
    Transaction transaction(db);
    db.exec("INSERT INTO note (id, text) VALUES (1, 'before the drop')");
    QVERIFY(sift::test::PgServer::shared()
                .adminExec(u"postgres"_s, u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(pid))
                .isEmpty());
    // A caller that swallows the first failure must not go on writing outside any transaction on the new session.
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("INSERT INTO note (id, text) VALUES (2, 'during')"));
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("INSERT INTO note (id, text) VALUES (3, 'after')"));
    QVERIFY_THROWS_EXCEPTION(StoreError, transaction.commit());
    QVERIFY(db.isConnected());
    QCOMPARE(db.scalar("SELECT count(*) FROM note"), qint64(0));
    // The next transaction works as usual.
    Transaction again(db);
    db.exec("INSERT INTO note (id, text) VALUES (4, 'later')");
    again.commit();
    QCOMPARE(db.scalar("SELECT count(*) FROM note"), qint64(1));
}

QTEST_GUILESS_MAIN(TestPgReconnect)
#include "tst_pgreconnect.moc"
