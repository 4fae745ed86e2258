#include "core/project/Project.h"
#include "support/PgServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace sift;
using namespace Qt::StringLiterals;

namespace {

/// A TCP relay to the test server on its own thread, standing for the network between a window and the server:
/// silent, it cuts every relayed session and takes new connections without ever answering, as a host that went
/// off the network does (an attempt then waits for the whole connection timeout).
class SilenceableRelay final : public QObject
{
public:
    explicit SilenceableRelay(quint16 target)
        : m_target(target)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &SilenceableRelay::accept);
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SilenceableRelay() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                // A socket destroyed while connected says it disconnected from inside its own destructor; cut the
                // relay's lambdas off first so none of them reaches a socket that is already half gone.
                const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
                for (QTcpSocket *socket : sockets) {
                    socket->disconnect();
                    socket->abort();
                }
                qDeleteAll(children());
                moveToThread(m_thread.thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    void setSilent(bool silent)
    {
        QMetaObject::invokeMethod(
            this,
            [this, silent] {
                m_silent = silent;
                // Going silent cuts what was relayed; speaking again drops the connections left hanging.
                const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
                for (QTcpSocket *socket : sockets) {
                    socket->abort();
                    socket->deleteLater();
                }
            },
            Qt::BlockingQueuedConnection);
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            if (m_silent)
                continue; // accepted by the kernel, never read, never answered
            auto *server = new QTcpSocket(this);
            const QPointer<QTcpSocket> c(client);
            const QPointer<QTcpSocket> s(server);
            const auto pipe = [](const QPointer<QTcpSocket> &from, const QPointer<QTcpSocket> &to) {
                if (from && to)
                    to->write(from->readAll());
            };
            const auto close = [c, s] {
                if (c)
                    c->disconnectFromHost();
                if (s)
                    s->disconnectFromHost();
            };
            connect(server, &QTcpSocket::connected, this, [c, s, pipe] {
                pipe(c, s);
                if (c)
                    connect(c.data(), &QTcpSocket::readyRead, s.data(), [c, s, pipe] { pipe(c, s); });
            });
            connect(server, &QTcpSocket::readyRead, this, [c, s, pipe] { pipe(s, c); });
            connect(server, &QTcpSocket::disconnected, this, close);
            connect(client, &QTcpSocket::disconnected, this, close);
            server->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QThread m_thread;
    quint16 m_target;
    quint16 m_port = 0;
    QTcpServer *m_server = nullptr;
    bool m_silent = false;
};

} // namespace

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
    void aSilentServerNeverStopsTheWindow();

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

void TestPgReconnect::aSilentServerNeverStopsTheWindow()
{
    SilenceableRelay relay(quint16(sift::test::PgServer::shared().port()));
    QVERIFY(relay.port() != 0);
    // Through the relay, with a connection timeout of 4 s (libpq's least is 2).
    QString url = sift::test::PgServer::shared().url(m_database);
    url.replace(u":%1/"_s.arg(sift::test::PgServer::shared().port()), u":%1/"_s.arg(relay.port()));
    url += u"?connect_timeout=4"_s;
    QString error;
    const std::unique_ptr<Project> eve = Project::open(url, &error);
    QVERIFY2(eve, qPrintable(error));
    QVERIFY(eve->articles().article(m_article).has_value());

    QSignalSpy state(eve.get(), &Project::connectionChanged);
    relay.setSilent(true);
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 10000);
    QCOMPARE(state.first().first().toBool(), false);

    // The window goes on trying (after 1 s, then 3 s), each attempt waiting 4 s for an answer that never comes:
    // its event loop must keep turning all along, so the attempts cannot wait on its thread.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestStop = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        longestStop = std::max(longestStop, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(20);
    QTest::qWait(11000);
    tick.stop();
    QVERIFY2(longestStop < 2000, qPrintable(u"the event loop stood still for %1 ms"_s.arg(longestStop)));
    QVERIFY(!eve->db().isConnected());

    // Once an attempt has met the silence, a read fails at once with a message instead of waiting out the timeout.
    QElapsedTimer read;
    read.start();
    try {
        eve->articles().article(m_article);
        QFAIL("a read on a silent server succeeded");
    } catch (const StoreError &e) {
        QVERIFY2(e.message().contains(u"connection"_s), qPrintable(e.message()));
    }
    QVERIFY2(read.elapsed() < 1000, qPrintable(u"the read took %1 ms"_s.arg(read.elapsed())));

    // The network comes back: the window reconnects by itself and reads again.
    relay.setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(state.last().first().toBool(), 40000);
    QVERIFY(eve->db().reconnectsOnDemand());
    QVERIFY(eve->articles().article(m_article).has_value());
}

QTEST_GUILESS_MAIN(TestPgReconnect)
#include "tst_pgreconnect.moc"
