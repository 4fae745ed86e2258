#include "core/project/Project.h"
#include "core/store/HistoryStore.h"
#include "support/PgServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace sift;
using namespace Qt::StringLiterals;

/// Two windows on one server project (two Projects, two connections): each hears of the other's edits through
/// LISTEN/NOTIFY and emits the same signals its own edits do, so the library, claims, incidents and the open
/// article refresh without reloading.
class TestPgNotify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void articleEditReachesTheOtherWindow();
    void claimReachesTheOtherWindow();
    void incidentReachesTheOtherWindow();
    void historyRecordsTheAnalyst();
    void undoRefusedWhenAnotherAnalystChangedTheRow();
    void incidentUndoRefusedWhenAnotherAnalystChangedIt();
    void entityUndoRefusedWhenAnotherAnalystChangedIt();
    void linkUndoRefusedWhenAnotherAnalystRemovedIt();

private:
    std::unique_ptr<Project> m_ana;
    std::unique_ptr<Project> m_rui;
    qint64 m_article = 0;
};

void TestPgNotify::initTestCase()
{
    sift::test::PgServer &server = sift::test::PgServer::shared();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    const QString url = server.createDatabase();
    QVERIFY(!url.isEmpty());
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
    QCOMPARE(m_rui->name(), u"%1 on 127.0.0.1"_s.arg(url.section(u'/', -1)));
}

void TestPgNotify::articleEditReachesTheOtherWindow()
{
    QSignalSpy changed(m_rui.get(), &Project::articleChanged);
    QVERIFY(m_ana->setArticleField(m_article, ArticleStore::Field::Title, u"River shelling: a correction"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.first().first().toLongLong(), m_article);
    QCOMPARE(m_rui->articles().article(m_article)->title, u"River shelling: a correction"_s);
}

void TestPgNotify::claimReachesTheOtherWindow()
{
    QSignalSpy changed(m_ana.get(), &Project::claimsChanged);
    Claim claim;
    claim.articleId = m_article;
    claim.anchor = TextAnchor{10, 15, u"said "_s, {}, {}};
    const qint64 id = m_rui->addClaim(claim);
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(m_ana->claims().claimsForArticle(m_article).size(), 1);
}

void TestPgNotify::incidentReachesTheOtherWindow()
{
    QSignalSpy changed(m_rui.get(), &Project::incidentsChanged);
    Incident incident;
    incident.eventDate = PartialDate{QDate(2025, 3, 16), DatePrecision::Day};
    incident.location = u"Kessen Crossing"_s;
    QVERIFY(m_ana->addIncident(incident) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(m_rui->incidents().count(), qint64(1));
}

void TestPgNotify::historyRecordsTheAnalyst()
{
    HistoryStore::setCurrentUser(u"Ana Lima"_s);
    QVERIFY(m_ana->setArticleField(m_article, ArticleStore::Field::Notes, u"second source needed"_s));
    HistoryStore::setCurrentUser({});
    const QList<HistoryEntry> entries = m_rui->history().entries(u"article"_s, m_article);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().user, u"Ana Lima"_s);
    QCOMPARE(entries.last().newValue, u"second source needed"_s);
}

void TestPgNotify::undoRefusedWhenAnotherAnalystChangedTheRow()
{
    HistoryStore::setCurrentUser(u"Ana Lima"_s);
    QVERIFY(m_ana->setArticleField(m_article, ArticleStore::Field::Author, u"Ana's guess"_s));
    HistoryStore::setCurrentUser(u"Rui Costa"_s);
    QVERIFY(m_rui->setArticleField(m_article, ArticleStore::Field::Author, u"Sabine Orlev"_s));
    HistoryStore::setCurrentUser({});
    // Ana's undo would silently overwrite Rui's value: it is refused, with who changed it and to what.
    QSignalSpy errors(m_ana.get(), &Project::errorOccurred);
    QSignalSpy refreshed(m_ana.get(), &Project::articleChanged);
    m_ana->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"changed by Rui Costa since you loaded it: their value is \u201cSabine Orlev\u201d"_s),
             qPrintable(message));
    QVERIFY(!refreshed.isEmpty()); // the window shows Rui's value
    QCOMPARE(m_rui->articles().fieldValue(m_article, ArticleStore::Field::Author), u"Sabine Orlev"_s);
    // Rui's own undo is his to make: it goes through.
    m_rui->undoStack()->undo();
    QCOMPARE(m_ana->articles().fieldValue(m_article, ArticleStore::Field::Author), u"Ana's guess"_s);
}

void TestPgNotify::incidentUndoRefusedWhenAnotherAnalystChangedIt()
{
    Incident incident;
    incident.eventDate = PartialDate{QDate(2025, 4, 2), DatePrecision::Day};
    incident.location = u"Old Mill"_s;
    const qint64 id = m_ana->addIncident(incident);
    QVERIFY(id > 0);
    // Ana's own edit and undo go through: nothing changed under her.
    HistoryStore::setCurrentUser(u"Ana Lima"_s);
    Incident edited = *m_ana->incidents().incident(id);
    edited.notes = u"two sources"_s;
    QVERIFY(m_ana->updateIncident(edited));
    m_ana->undoStack()->undo();
    QCOMPARE(m_rui->incidents().incident(id)->notes, QString());
    m_ana->undoStack()->redo();
    QCOMPARE(m_rui->incidents().incident(id)->notes, u"two sources"_s);
    // Rui changes the location; Ana's next edit is made from the incident as it is now, but her older undo would
    // put back her own location over his: refused, naming him and his value.
    edited = *m_ana->incidents().incident(id);
    edited.location = u"New Mill"_s;
    QVERIFY(m_ana->updateIncident(edited));
    HistoryStore::setCurrentUser(u"Rui Costa"_s);
    Incident his = *m_rui->incidents().incident(id);
    his.location = u"Kessen Crossing north"_s;
    QVERIFY(m_rui->updateIncident(his));
    HistoryStore::setCurrentUser({});
    QSignalSpy errors(m_ana.get(), &Project::errorOccurred);
    m_ana->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"location was changed by Rui Costa since you loaded it: their value is "
                              u"\u201cKessen Crossing north\u201d"_s),
             qPrintable(message));
    QCOMPARE(m_ana->incidents().incident(id)->location, u"Kessen Crossing north"_s);
    QCOMPARE(m_ana->incidents().incident(id)->notes, u"two sources"_s); // nothing of the undo was written
}

void TestPgNotify::entityUndoRefusedWhenAnotherAnalystChangedIt()
{
    Entity brigade;
    brigade.name = u"Kessen River Brigade"_s;
    const qint64 id = m_ana->addEntity(brigade);
    QVERIFY(id > 0);
    // Ana's own edit and undo go through: nothing changed under her.
    HistoryStore::setCurrentUser(u"Ana Lima"_s);
    // (the store keeps aliases simplified and sorted: what the undo finds is still her own edit)
    const QStringList aliases{u"KRB"_s, u"River Brigade"_s};
    QVERIFY(m_ana->setEntityAliases(id, {u" River  Brigade"_s, u"KRB"_s}));
    QCOMPARE(m_rui->entities().entity(id)->aliases, aliases);
    QSignalSpy ownErrors(m_ana.get(), &Project::errorOccurred);
    m_ana->undoStack()->undo();
    QCOMPARE(m_rui->entities().entity(id)->aliases, QStringList());
    m_ana->undoStack()->redo();
    QCOMPARE(m_rui->entities().entity(id)->aliases, aliases);
    QCOMPARE(ownErrors.size(), 0);
    // Ana grades the brigade B, Rui then D: Ana's undo would silently put back the grade Rui replaced.
    QVERIFY(m_ana->setEntityReliability(id, u"B"_s));
    HistoryStore::setCurrentUser(u"Rui Costa"_s);
    QVERIFY(m_rui->setEntityReliability(id, u"D"_s));
    HistoryStore::setCurrentUser({});
    QSignalSpy errors(m_ana.get(), &Project::errorOccurred);
    QSignalSpy refreshed(m_ana.get(), &Project::entitiesChanged);
    m_ana->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"The entity's reliability was changed by Rui Costa since you loaded it: their value "
                              u"is \u201cD\u201d"_s),
             qPrintable(message));
    QVERIFY(!refreshed.isEmpty()); // the window shows Rui's grade
    QCOMPARE(m_ana->entities().entity(id)->reliability, u"D"_s);
    QCOMPARE(m_ana->entities().entity(id)->aliases, aliases); // nothing else was undone
    // Rui's own undo is his to make.
    m_rui->undoStack()->undo();
    QCOMPARE(m_ana->entities().entity(id)->reliability, u"B"_s);
}

void TestPgNotify::linkUndoRefusedWhenAnotherAnalystRemovedIt()
{
    auto addClaim = [this](qsizetype start, const QString &quote) {
        Claim claim;
        claim.articleId = m_article;
        claim.anchor = TextAnchor{start, start + quote.size(), quote, {}, {}};
        return m_ana->addClaim(claim);
    };
    const qint64 first = addClaim(0, u"Residents"_s);
    const qint64 second = addClaim(19, u"shelling"_s);
    QVERIFY(first > 0 && second > 0);
    // Ana's own link, undone and redone: nothing changed under her.
    HistoryStore::setCurrentUser(u"Ana Lima"_s);
    qint64 link = m_ana->addClaimLink(first, second, ClaimRelation::Contradicts);
    QVERIFY(link > 0);
    QSignalSpy errors(m_ana.get(), &Project::errorOccurred);
    m_ana->undoStack()->undo();
    QVERIFY(!m_rui->claims().link(link));
    m_ana->undoStack()->redo();
    QVERIFY(m_rui->claims().link(link));
    QCOMPARE(errors.size(), 0);
    // Rui removes the link; Ana's undo would not put anything back, but it would record her undoing a link that
    // is no longer hers to undo: refused, naming him.
    HistoryStore::setCurrentUser(u"Rui Costa"_s);
    QVERIFY(m_rui->removeClaimLink(link));
    HistoryStore::setCurrentUser({});
    m_ana->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"link was changed by Rui Costa since you loaded it: their value is \u201cnone\u201d"_s),
             qPrintable(message));
    QVERIFY(!m_ana->claims().link(link)); // nothing came back
    // Rui's undo brings the link back; Ana's undo then goes through, since the link is as she left it.
    m_rui->undoStack()->undo();
    QVERIFY(m_ana->claims().link(link));
    errors.clear();
    m_ana->undoStack()->undo();
    QCOMPARE(errors.size(), 0);
    QVERIFY(!m_rui->claims().link(link));
}

QTEST_GUILESS_MAIN(TestPgNotify)
#include "tst_pgnotify.moc"
