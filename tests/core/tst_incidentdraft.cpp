#include "core/analysis/IncidentDraft.h"
#include "core/domain/TextOffsets.h"
#include "core/ingest/ArticleParser.h"
#include "core/project/Project.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sift;

/// Drafting an incident from claims in the sample articles: date, actors, place, type, status, links.
class TestIncidentDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void draft_data();
    void draft();
    void placeFieldsComeFromEarlierIncident();
    void knownPlaceEntityIsTheLocation();
    void severalClaimsLinkEveryArticle();
    void statusComesFromTheClaim();
    void unknownClaimGivesEmptyDraft();

private:
    qint64 article(const QString &titlePrefix) const;
    qint64 addClaim(qint64 articleId, const QString &quote, const QString &claimant, const QString &status = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

namespace {

const QString kAzerbaijan = QStringLiteral("Azerbaijan Says");
const QString kKremlin = QStringLiteral("Kremlin Neither");
const QString kAcceptanceQuote =
    QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area");

} // namespace

void TestIncidentDraft::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_project = Project::open(m_dir->filePath(QStringLiteral("draft.sift")), &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(m_project, qPrintable(error));
    const QString sample = test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"));
    const ParseResult parsed = parseArticles(test::readFile(sample), sample);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.articles.size(), 2);
    for (Article a : parsed.articles) {
        a.uid = articleUid(a.title, a.body);
        QVERIFY(m_project->articles().insert(a) > 0);
    }
    const auto person = [this](const QString &name, const QString &alias) {
        Entity e;
        e.name = name;
        e.kind = QStringLiteral("person");
        e.aliases = {alias};
        QVERIFY(m_project->addEntity(e) > 0);
    };
    person(QStringLiteral("Vladimir Putin"), QStringLiteral("Putin"));
    person(QStringLiteral("Donald Trump"), QStringLiteral("Trump"));
    Entity reuters;
    reuters.name = QStringLiteral("Reuters");
    reuters.kind = QStringLiteral("wire agency");
    QVERIFY(m_project->addEntity(reuters) > 0);
}

void TestIncidentDraft::cleanup()
{
    m_project.reset(); // before its folder goes
    m_dir.reset();
}

qint64 TestIncidentDraft::article(const QString &titlePrefix) const
{
    for (const qint64 id : m_project->articles().ids({})) {
        if (m_project->articles().article(id)->title.startsWith(titlePrefix))
            return id;
    }
    return 0;
}

qint64 TestIncidentDraft::addClaim(qint64 articleId, const QString &quote, const QString &claimant,
                                   const QString &status)
{
    const auto anchor = TextOffsets::anchorForQuote(m_project->articles().body(articleId), quote);
    if (!anchor)
        return 0;
    Claim claim;
    claim.articleId = articleId;
    claim.anchor = *anchor;
    claim.claimant = claimant;
    claim.status = status;
    return m_project->addClaim(claim);
}

void TestIncidentDraft::draft_data()
{
    QTest::addColumn<QString>("titlePrefix"); // a sample article, or empty for an article made of body
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("claimant");
    QTest::addColumn<QString>("date"); // ISO first day, empty = undated
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("actor1");
    QTest::addColumn<QString>("actor2");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("admin1");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<int>("fatalities"); // -1 = not given

    const QString day = QStringLiteral("day");
    const QString none;
    QTest::newRow("acceptance: on Sunday morning from the Goris area")
        << kAzerbaijan << none << QStringLiteral("2025-03-16") << kAcceptanceQuote
        << QStringLiteral("Azerbaijan's defense ministry") << QStringLiteral("2025-03-16") << day
        << QStringLiteral("Armenian forces") << none << QStringLiteral("Goris") << none << none
        << QStringLiteral("Battles") << -1;
    QTest::newRow("date and place from the sentence, Sunday before a Monday article")
        << kAzerbaijan << none << QStringLiteral("2025-03-17")
        << QStringLiteral("Armenian forces had opened fire with small arms") << QStringLiteral("Azerbaijan")
        << QStringLiteral("2025-03-16") << day << QStringLiteral("Armenian forces") << none << QStringLiteral("Goris")
        << none << none << QStringLiteral("Battles") << -1;
    QTest::newRow("province of a country; the claimant named in its claim comes second")
        << kAzerbaijan << none << QStringLiteral("2025-03-16")
        << QStringLiteral("Azerbaijan on Sunday accused Armenian forces of shooting at Azerbaijani positions from "
                          "the southern Syunik province of Armenia")
        << QStringLiteral("Azerbaijan") << QStringLiteral("2025-03-16") << day << QStringLiteral("Armenian forces")
        << QStringLiteral("Azerbaijan") << QStringLiteral("Syunik") << QStringLiteral("Syunik")
        << QStringLiteral("Armenia") << QStringLiteral("Battles") << -1;
    QTest::newRow("no actor named: the claimant; the statement from a country is no place")
        << kAzerbaijan << none << QStringLiteral("2025-03-16")
        << QStringLiteral("the statement from Azerbaijan was untrue") << QStringLiteral("Armenia's defense ministry")
        << QStringLiteral("2025-03-16") << day << QStringLiteral("Armenia's defense ministry") << none << none << none
        << none << none << -1;
    QTest::newRow("entities by alias; month from the sentence")
        << kKremlin << none << QStringLiteral("2025-02-10")
        << QStringLiteral("Putin is open to discussing a Ukraine peace deal with Trump") << QStringLiteral("Reuters")
        << QStringLiteral("2024-11-01") << QStringLiteral("month") << QStringLiteral("Vladimir Putin")
        << QStringLiteral("Donald Trump") << none << none << none << none << -1;
    QTest::newRow("no publication date: relative dates stay unknown")
        << kKremlin << none << QString() << QStringLiteral("it could neither confirm nor deny")
        << QStringLiteral("Dmitry Peskov") << none << day << QStringLiteral("Dmitry Peskov") << none << none << none
        << none << none << -1;
    QTest::newRow("nearest date in the paragraph: a day earlier")
        << kKremlin << none << QStringLiteral("2025-02-10")
        << QStringLiteral("he had said he was unable to confirm or deny that Putin and Trump had been in touch")
        << QStringLiteral("Dmitry Peskov") << QStringLiteral("2025-02-09") << day << QStringLiteral("Vladimir Putin")
        << QStringLiteral("Donald Trump") << none << none << none << none << -1;
    QTest::newRow("forces loyal to, shelling, fatalities, absolute date")
        << none
        << QStringLiteral("Troops loyal to the Northern Council shelled the market in Mirel on 14 March, killing 7 "
                          "people, officials said.")
        << QStringLiteral("2025-03-20")
        << QStringLiteral("Troops loyal to the Northern Council shelled the market in Mirel on 14 March, killing 7 "
                          "people")
        << QStringLiteral("Varenian officials") << QStringLiteral("2025-03-14") << day
        << QStringLiteral("Troops loyal to the Northern Council") << none << QStringLiteral("Mirel") << none << none
        << QStringLiteral("Explosions/Remote violence") << 7;
    QTest::newRow("two sides named; last week")
        << none
        << QStringLiteral("Ostreli troops and Varenian militia clashed near Kessen Crossing last week, a monitor said.")
        << QStringLiteral("2025-01-29")
        << QStringLiteral("Ostreli troops and Varenian militia clashed near Kessen Crossing last week")
        << QStringLiteral("a monitor") << QStringLiteral("2025-01-20") << QStringLiteral("week")
        << QStringLiteral("Ostreli troops") << QStringLiteral("Varenian militia") << QStringLiteral("Kessen Crossing")
        << none << none << QStringLiteral("Battles") << -1;
}

void TestIncidentDraft::draft()
{
    QFETCH(QString, titlePrefix);
    QFETCH(QString, body);
    QFETCH(QString, published);
    QFETCH(QString, quote);
    QFETCH(QString, claimant);
    qint64 articleId = 0;
    if (titlePrefix.isEmpty()) {
        Article a;
        a.title = QStringLiteral("Test article");
        a.body = body;
        a.uid = articleUid(a.title, a.body);
        articleId = m_project->articles().insert(a);
    } else {
        articleId = article(titlePrefix);
    }
    QVERIFY(articleId > 0);
    QVERIFY(m_project->setArticleField(articleId, ArticleStore::Field::Published, published));
    const qint64 claimId = addClaim(articleId, quote, claimant);
    QVERIFY2(claimId > 0, qPrintable(quote));

    const Incident incident = draftIncident(m_project->db(), {claimId});
    QTEST(incident.eventDate.toIso().isEmpty() ? QString() : incident.eventDate.date.toString(Qt::ISODate), "date");
    if (incident.eventDate.isValid())
        QTEST(datePrecisionKey(incident.eventDate.precision), "precision");
    QTEST(incident.actor1, "actor1");
    QTEST(incident.actor2, "actor2");
    QTEST(incident.location, "location");
    QTEST(incident.admin1, "admin1");
    QTEST(incident.country, "country");
    QTEST(incident.eventType, "eventType");
    QTEST(incident.fatalities.value_or(-1), "fatalities");
    QCOMPARE(incident.claimIds, QList<qint64>{claimId});
    QCOMPARE(incident.articleIds, QList<qint64>{articleId});
    QCOMPARE(incident.id, qint64(0));

    // The draft records as it is: names that are not entities yet become entities.
    const qint64 id = m_project->addIncident(incident);
    QVERIFY(id > 0);
    const auto stored = m_project->incidents().incident(id);
    QVERIFY(stored);
    QTEST(stored->actor1, "actor1");
    QTEST(stored->actor2, "actor2");
    QCOMPARE(stored->eventDate, incident.eventDate);
    QCOMPARE(stored->claimIds, QList<qint64>{claimId});
}

void TestIncidentDraft::placeFieldsComeFromEarlierIncident()
{
    Incident earlier;
    earlier.eventDate = PartialDate{QDate(2024, 5, 1), DatePrecision::Day};
    earlier.location = QStringLiteral("Goris");
    earlier.admin1 = QStringLiteral("Syunik");
    earlier.country = QStringLiteral("Armenia");
    earlier.latitude = 39.5072;
    earlier.longitude = 46.3385;
    earlier.geoPrecision = 1;
    QVERIFY(m_project->addIncident(earlier) > 0);

    const qint64 articleId = article(kAzerbaijan);
    QVERIFY(m_project->setArticleField(articleId, ArticleStore::Field::Published, QStringLiteral("2025-03-16")));
    const Incident draft =
        draftIncident(m_project->db(), {addClaim(articleId, kAcceptanceQuote, QStringLiteral("MoD"))});
    QCOMPARE(draft.location, QStringLiteral("Goris"));
    QCOMPARE(draft.admin1, QStringLiteral("Syunik"));
    QCOMPARE(draft.country, QStringLiteral("Armenia"));
    QCOMPARE(draft.latitude, std::optional<double>(39.5072));
    QCOMPARE(draft.longitude, std::optional<double>(46.3385));
    QCOMPARE(draft.geoPrecision, 1);
}

void TestIncidentDraft::knownPlaceEntityIsTheLocation()
{
    Entity place;
    place.name = QStringLiteral("Khankendi");
    place.kind = QStringLiteral("place");
    place.aliases = {QStringLiteral("Stepanakert")};
    QVERIFY(m_project->addEntity(place) > 0);
    Article a;
    a.title = QStringLiteral("Shots");
    a.body = QStringLiteral("Shots were heard over Stepanakert overnight, residents said.");
    a.uid = articleUid(a.title, a.body);
    const qint64 articleId = m_project->articles().insert(a);
    const Incident draft = draftIncident(
        m_project->db(), {addClaim(articleId, QStringLiteral("Shots were heard over Stepanakert overnight"), {})});
    QCOMPARE(draft.location, QStringLiteral("Khankendi"));
    QVERIFY(draft.actor1.isEmpty()); // a place is not an actor, and there is no claimant
}

void TestIncidentDraft::severalClaimsLinkEveryArticle()
{
    const qint64 azerbaijan = article(kAzerbaijan);
    const qint64 kremlin = article(kKremlin);
    QVERIFY(m_project->setArticleField(azerbaijan, ArticleStore::Field::Published, QStringLiteral("2025-03-16")));
    const qint64 denial = addClaim(azerbaijan, QStringLiteral("the statement from Azerbaijan was untrue"),
                                   QStringLiteral("Armenia's defense ministry"));
    const qint64 accusation = addClaim(azerbaijan, kAcceptanceQuote, QStringLiteral("Azerbaijan's defense ministry"));
    const qint64 other = addClaim(kremlin, QStringLiteral("could neither confirm nor deny"), {});
    const Incident draft = draftIncident(m_project->db(), {denial, accusation, other, accusation});
    QCOMPARE(draft.claimIds, (QList<qint64>{denial, accusation, other}));
    QCOMPARE(draft.articleIds, (QList<qint64>{azerbaijan, kremlin}));
    // The denial names no side and no date of its own; the accusation does.
    QCOMPARE(draft.actor1, QStringLiteral("Armenian forces"));
    QCOMPARE(draft.location, QStringLiteral("Goris"));
    QCOMPARE(draft.eventDate.toIso(), QStringLiteral("2025-03-16"));
}

void TestIncidentDraft::statusComesFromTheClaim()
{
    const qint64 articleId = article(kAzerbaijan);
    const qint64 disputed = addClaim(articleId, kAcceptanceQuote, QStringLiteral("MoD"), QStringLiteral("Disputed"));
    const Incident draft = draftIncident(m_project->db(), {disputed});
    QCOMPARE(draft.status, QStringLiteral("Disputed"));
    QCOMPARE(draft.statusId, m_project->vocabulary().statusByName(QStringLiteral("Disputed"))->id);

    const qint64 plain = addClaim(articleId, QStringLiteral("It gave no further details."), {});
    QCOMPARE(draftIncident(m_project->db(), {plain}).status, m_project->vocabulary().defaultStatus().name);
}

void TestIncidentDraft::unknownClaimGivesEmptyDraft()
{
    const Incident draft = draftIncident(m_project->db(), {12345});
    QVERIFY(draft.claimIds.isEmpty());
    QVERIFY(!draft.eventDate.isValid());
    QVERIFY(draft.actor1.isEmpty());
}

QTEST_GUILESS_MAIN(TestIncidentDraft)
#include "tst_incidentdraft.moc"
