// ClaimReview on fact-check pages: the published rating mapped onto the project's statuses, and the
// reviewed claims stored with the article by the importer, in the same savepoint.
#include "core/ingest/ClaimReviewImport.h"
#include "core/ingest/Importer.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sift;

namespace {

ReviewedClaim rated(const QString &name, const QString &value = {}, const QString &best = {}, const QString &worst = {})
{
    ReviewedClaim r;
    r.claimReviewed = QStringLiteral("x");
    r.rating = name;
    r.ratingValue = value;
    r.bestRating = best;
    r.worstRating = worst;
    return r;
}

const QByteArray kFactCheckPage =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Fact check: the bridge | Checkers</title>\n"
    "<script type=\"application/ld+json\">\n"
    "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"url\":\"https://checkers.example/bridge\",\n"
    " \"datePublished\":\"2025-03-17\",\"author\":{\"@type\":\"Organization\",\"name\":\"Checkers\"},\n"
    " \"claimReviewed\":\"the bridge at Goris was destroyed on Sunday\",\n"
    " \"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"@type\":\"Person\",\"name\":\"Defence Ministry\"}},\n"
    " \"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":\"2\",\"bestRating\":\"6\",\"worstRating\":\"1\","
    "\"alternateName\":\"Mostly False\"}}\n"
    "</script>\n"
    "<script type=\"application/ld+json\">\n"
    "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"claimReviewed\":\"Nobody crossed it for a "
    "week.\",\n"
    " \"reviewRating\":{\"ratingValue\":5,\"bestRating\":5}}\n"
    "</script></head><body><article>\n"
    "<p>The ministry said the bridge at Goris was destroyed on Sunday, and that troops had withdrawn from the "
    "town.</p>\n"
    "<p>Satellite images taken on Monday show the bridge standing, with traffic crossing it in both directions.</p>\n"
    "</article></body></html>\n";

} // namespace

Q_DECLARE_METATYPE(sift::ReviewedClaim)

class TestClaimReviewImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusFor_data();
    void statusFor();
    void rationaleKeepsTheRating();
    void importStoresClaims();
    void duplicatePageAddsNoClaims();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestClaimReviewImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("p.sift"));
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::CreateIfMissing), QString());
}

void TestClaimReviewImport::statusFor_data()
{
    QTest::addColumn<ReviewedClaim>("review");
    QTest::addColumn<QString>("status"); ///< empty = no status (the project default applies)
    QTest::newRow("status name") << rated(QStringLiteral("Misleading")) << "Misleading";
    QTest::newRow("alternateName True") << rated(QStringLiteral("True")) << "Verified";
    QTest::newRow("any case") << rated(QStringLiteral("FALSE")) << "False";
    QTest::newRow("Pants on Fire") << rated(QStringLiteral("Pants on Fire!")) << "False";
    QTest::newRow("Mostly False") << rated(QStringLiteral("Mostly False")) << "Misleading";
    QTest::newRow("Half True") << rated(QStringLiteral("Half True")) << "Misleading";
    QTest::newRow("Mostly True") << rated(QStringLiteral("Mostly true")) << "Verified";
    QTest::newRow("Unproven") << rated(QStringLiteral("Unproven")) << "Cannot be verified";
    QTest::newRow("Missing context") << rated(QStringLiteral("Missing Context")) << "Misleading";
    QTest::newRow("number only, worst") << rated({}, QStringLiteral("1"), QStringLiteral("5")) << "False";
    QTest::newRow("number only, best") << rated({}, QStringLiteral("6"), QStringLiteral("6")) << "Verified";
    QTest::newRow("number, 0-based") << rated({}, QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("0"))
                                     << "False";
    QTest::newRow("middle number") << rated({}, QStringLiteral("3"), QStringLiteral("5")) << "";
    QTest::newRow("unknown words, no number") << rated(QStringLiteral("Four Stars")) << "";
    QTest::newRow("number out of range") << rated({}, QStringLiteral("9"), QStringLiteral("5")) << "";
    QTest::newRow("not a number") << rated({}, QStringLiteral("one")) << "";
}

void TestClaimReviewImport::statusFor()
{
    QFETCH(ReviewedClaim, review);
    QFETCH(QString, status);
    QList<Status> statuses = VocabularyStore::defaultStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        statuses[i].id = i + 1;
    const std::optional<Status> got = ClaimReviewImport::statusFor(review, statuses);
    QCOMPARE(got ? got->name : QString(), status);
}

void TestClaimReviewImport::rationaleKeepsTheRating()
{
    ReviewedClaim r = rated(QStringLiteral("Pants on Fire"), QStringLiteral("1"), QStringLiteral("6"));
    r.reviewer = QStringLiteral("PolitiFact");
    r.datePublished = QStringLiteral("2014-07-23");
    QCOMPARE(ClaimReviewImport::rationale(r),
             QStringLiteral("ClaimReview by PolitiFact, 2014-07-23: \u201cPants on Fire\u201d (rating 1 of 6)"));
}

void TestClaimReviewImport::importStoresClaims()
{
    const QString file = m_dir->filePath(QStringLiteral("bridge.html"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kFactCheckPage);
    f.close();
    const ImportSummary summary = Importer(m_project, {file}).run();
    QCOMPARE(summary.imported(), 1);
    QCOMPARE(summary.failed(), 0);

    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ReadOnly), QString());
    const qint64 articleId = summary.newArticleIds.value(0);
    const QList<Claim> claims = ClaimStore(store.db()).claimsForArticle(articleId);
    QCOMPARE(claims.size(), 2);
    const bool bridgeFirst = claims[0].statement.startsWith(QLatin1String("the bridge"));
    const Claim &bridge = claims[bridgeFirst ? 0 : 1];
    QCOMPARE(bridge.statement, QStringLiteral("the bridge at Goris was destroyed on Sunday"));
    QVERIFY(!bridge.orphaned);
    QCOMPARE(bridge.anchor.quote, bridge.statement);
    const QString body = ArticleStore(store.db()).body(articleId);
    QCOMPARE(body.mid(int(bridge.anchor.start), bridge.statement.size()), bridge.statement); // ASCII: cp == UTF-16
    QCOMPARE(bridge.claimant, QStringLiteral("Defence Ministry"));
    QCOMPARE(bridge.status, QStringLiteral("Misleading"));
    QCOMPARE(bridge.rationale,
             QStringLiteral("ClaimReview by Checkers, 2025-03-17: \u201cMostly False\u201d (rating 2 of 6)"));
    QCOMPARE(bridge.evidence, QStringList{QStringLiteral("https://checkers.example/bridge")});

    const Claim &week = claims[bridgeFirst ? 1 : 0];
    QVERIFY(week.orphaned); // its words are not in the article's text
    QCOMPARE(week.anchor.quote, QStringLiteral("Nobody crossed it for a week."));
    QCOMPARE(week.status, QStringLiteral("Verified"));
    QVERIFY(week.claimant.isEmpty());
    QVERIFY(store.check().problems.isEmpty());
}

void TestClaimReviewImport::duplicatePageAddsNoClaims()
{
    const QString file = m_dir->filePath(QStringLiteral("bridge.html"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kFactCheckPage);
    f.close();
    QCOMPARE(Importer(m_project, {file}).run().imported(), 1);
    const ImportSummary again = Importer(m_project, {file}).run();
    QCOMPARE(again.imported(), 0);
    QCOMPARE(again.duplicates(), 1);
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ReadOnly), QString());
    QCOMPARE(ClaimStore(store.db()).claims().size(), 2);
}

QTEST_GUILESS_MAIN(TestClaimReviewImport)
#include "tst_claimreviewimport.moc"
