#include "core/store/ArticleStore.h"
#include "core/store/Store.h"
#include "support/PgServer.h"

#include <QProcess>
#include <QTest>

using namespace sift;
using namespace Qt::StringLiterals;

/// scripts/pg-roles on a real server: an editor reads and writes; a reviewer's project opens read-only with the
/// reason, and the server refuses its writes even from a client that tries anyway.
class TestPgRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editorWrites();
    void reviewerOpensReadOnlyWithReason();
    void serverRefusesReviewerWrites();

private:
    QString roles(const QStringList &args);
    QString as(const QString &role) const;
    QString m_url;
};

QString TestPgRoles::roles(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SIFT_SOURCE_DIR "/scripts/pg-roles"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"pg-roles failed: "_s + QString::fromLocal8Bit(p.readAll());
    return {};
}

QString TestPgRoles::as(const QString &role) const
{
    QString url = m_url;
    return url.replace(u"sift_admin@"_s, role + u'@');
}

void TestPgRoles::initTestCase()
{
    sift::test::PgServer &server = sift::test::PgServer::shared();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    m_url = server.createDatabase();
    QVERIFY(!m_url.isEmpty());
    {
        Store owner;
        QCOMPARE(owner.open(m_url, Store::OpenMode::CreateIfMissing), QString());
        Article a;
        a.title = u"Shelling near the river"_s;
        a.body = u"Residents said the shelling began at dawn."_s;
        QVERIFY(ArticleStore(owner.db()).insert(a) > 0);
    }
    QCOMPARE(roles({m_url}), QString());
    QCOMPARE(roles({m_url, u"editor"_s, u"ana"_s}), QString());
    QCOMPARE(roles({m_url, u"reviewer"_s, u"rui"_s}), QString());
    QVERIFY(!roles({m_url, u"reviewer"_s, u"Robert'); DROP TABLE article;--"_s}).isEmpty()); // names are checked
}

void TestPgRoles::editorWrites()
{
    Store store;
    QCOMPARE(store.open(as(u"ana"_s)), QString());
    QVERIFY(!store.writeRefused());
    ArticleStore articles(store.db());
    Article a;
    a.title = u"Talks resume"_s;
    a.body = u"Delegations met on Monday."_s;
    QVERIFY(articles.insert(a) > 0);
    articles.setField(1, ArticleStore::Field::Notes, u"checked by ana"_s);
    QCOMPARE(articles.fieldValue(1, ArticleStore::Field::Notes), u"checked by ana"_s);
}

void TestPgRoles::reviewerOpensReadOnlyWithReason()
{
    Store store;
    const QString error = store.open(as(u"rui"_s));
    QVERIFY2(error.contains(u"rui may only read this project"_s), qPrintable(error));
    QVERIFY(store.writeRefused());
    QCOMPARE(store.open(as(u"rui"_s), Store::OpenMode::ReadOnly), QString());
    QVERIFY(store.db().isReadOnly());
    QCOMPARE(ArticleStore(store.db()).article(1)->title, u"Shelling near the river"_s); // it reads
}

void TestPgRoles::serverRefusesReviewerWrites()
{
    // A modified client: a plain connection that never asks whether it may write.
    Database db;
    QCOMPARE(db.open(as(u"rui"_s)), QString());
    try {
        db.exec("UPDATE article SET notes = 'tampered'");
        QFAIL("the server took a reviewer's write");
    } catch (const StoreError &e) {
        QCOMPARE(e.sqlState(), QByteArray("42501")); // insufficient_privilege
        QVERIFY(e.message().contains(u"permission denied"_s));
    }
    Database admin;
    QCOMPARE(admin.open(m_url), QString());
    QCOMPARE(admin.scalar("SELECT count(*) FROM article WHERE notes = 'tampered'"), qint64(0));
}

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
