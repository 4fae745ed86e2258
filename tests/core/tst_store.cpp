#include "core/store/ArticleStore.h"
#include "core/store/Schema.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sift;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Article article(const QString &title, const QString &body)
{
    Article a;
    a.title = title;
    a.body = body;
    return a;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsSchemaWithDefaults();
    void refusesNewerVersionUntouched();
    void refusesNonSqliteUntouched();
    void refusesForeignSqlite();
    void missingFileIsNotCreated();
    void duplicateUidSkipped();
    void searchRanksAndSnippets();
    void searchRanksTitleAboveBodyAndLimits();
    void insertAllSkipsDuplicatesAcrossBatches();
    void malformedSearchThrows();
    void ftsFollowsUpdates();
    void queryFiltersAndSorts();
    void checkFindsNoProblems();
    void migrationBackupPath();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("p.sift")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::createsSchemaWithDefaults()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    QCOMPARE(store.db().scalar("PRAGMA user_version"), qint64(Schema::kVersion));
    QCOMPARE(store.db().scalar("PRAGMA application_id"), qint64(Schema::kApplicationId));
    QCOMPARE(store.db().scalar("PRAGMA foreign_keys"), qint64(1));
    VocabularyStore vocabulary(store.db());
    const QList<Status> statuses = vocabulary.statuses();
    QCOMPARE(statuses.size(), 8);
    QCOMPARE(statuses.first().name, QStringLiteral("Unverified"));
    QCOMPARE(vocabulary.defaultStatus().name, QStringLiteral("Unverified"));
    QVERIFY(vocabulary.statusByName(QStringLiteral("cannot be verified")));
    QCOMPARE(vocabulary.eventTypes().size(), 6);
    QVERIFY(vocabulary.subEventTypes(QStringLiteral("Battles")).contains(QStringLiteral("Armed clash")));
}

void TestStore::refusesNewerVersionUntouched()
{
    {
        Store store;
        QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
        store.db().exec("PRAGMA user_version = 99");
    }
    const QByteArray before = checksum(path());
    Store store;
    const QString error = store.open(path());
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY(!store.isOpen());
    QCOMPARE(checksum(path()), before);
}

void TestStore::refusesNonSqliteUntouched()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 131 + 7) % 256);
    f.write(junk);
    f.close();
    const QByteArray before = checksum(path());
    Store store;
    const QString error = store.open(path());
    QVERIFY2(error.contains(QStringLiteral("not a Sift project")), qPrintable(error));
    QCOMPARE(checksum(path()), before);
}

void TestStore::refusesForeignSqlite()
{
    {
        Database db;
        QCOMPARE(db.open(path()), QString());
        db.exec("CREATE TABLE other (x); INSERT INTO other VALUES (1);");
    }
    const QByteArray before = checksum(path());
    Store store;
    const QString error = store.open(path());
    QVERIFY2(error.contains(QStringLiteral("not a Sift project")), qPrintable(error));
    QCOMPARE(checksum(path()), before);
}

void TestStore::missingFileIsNotCreated()
{
    Store store;
    QVERIFY(!store.open(path(), Store::OpenMode::ExistingOnly).isEmpty());
    QVERIFY(!QFile::exists(path()));
}

void TestStore::duplicateUidSkipped()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    QVERIFY(articles.insert(article(QStringLiteral("Title"), QStringLiteral("Body text."))) > 0);
    // Case and spacing differences are the same story.
    QCOMPARE(articles.insert(article(QStringLiteral("title "), QStringLiteral("body   text."))), qint64(0));
    QCOMPARE(articles.count(), qint64(1));
}

void TestStore::searchRanksAndSnippets()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    articles.insert(article(QStringLiteral("Weather"), QStringLiteral("Rain expected over the weekend.")));
    const qint64 kremlin =
        articles.insert(article(QStringLiteral("Kremlin Neither Confirms Nor Denies Call"),
                                QStringLiteral("The Kremlin said it could neither confirm nor deny.")));
    articles.insert(article(QStringLiteral("Other"), QStringLiteral("Officials would neither comment nor confirm.")));
    const QList<SearchHit> hits = articles.search(QStringLiteral("\"neither confirm\""), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, kremlin);
    QVERIFY2(hits.first().snippet.contains(QStringLiteral("[neither confirm]")), qPrintable(hits.first().snippet));
    QCOMPARE(articles.search(QStringLiteral("confirm*"), 10).size(), 2);
    QCOMPARE(articles.search(QStringLiteral("neither NOT kremlin"), 10).size(), 1);
}

void TestStore::searchRanksTitleAboveBodyAndLimits()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    QList<qint64> bodyOnly;
    for (int i = 0; i < 5; ++i)
        bodyOnly << articles.insert(
            article(QStringLiteral("Report %1").arg(i), QStringLiteral("Shelling near the river, story %1.").arg(i)));
    const qint64 inTitle =
        articles.insert(article(QStringLiteral("Shelling reported"), QStringLiteral("Residents heard it at night.")));
    const QList<SearchHit> hits = articles.search(QStringLiteral("shelling"), 3);
    QCOMPARE(hits.size(), 3);           // the limit, not every match
    QCOMPARE(hits.first().id, inTitle); // the title weighs ten times the body
    QVERIFY(hits.at(0).rank <= hits.at(1).rank && hits.at(1).rank <= hits.at(2).rank);
    QVERIFY(bodyOnly.contains(hits.at(1).id));
    QCOMPARE(articles.search(QStringLiteral("shelling"), 100).size(), 6);
}

void TestStore::insertAllSkipsDuplicatesAcrossBatches()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    const qint64 stored = articles.insert(article(QStringLiteral("Stored"), QStringLiteral("Already here.")));
    QList<Article> batch;
    const int n = ArticleStore::kBatchRows * 2 + 7; // two full statements and a partial one
    for (int i = 0; i < n; ++i)
        batch << article(QStringLiteral("Story %1").arg(i), QStringLiteral("Body %1.").arg(i));
    batch << article(QStringLiteral("stored"), QStringLiteral("already   here.")); // the stored one again
    batch << article(QStringLiteral("Story 3"), QStringLiteral("Body 3."));        // repeats one earlier in the list
    const QList<qint64> ids = articles.insertAll(batch);
    QCOMPARE(ids.size(), n);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QVERIFY(!ids.contains(stored));
    QCOMPARE(articles.count(), qint64(n + 1));
    QCOMPARE(articles.article(ids.first())->title, QStringLiteral("Story 0"));
    QCOMPARE(articles.article(ids.last())->title, QStringLiteral("Story %1").arg(n - 1));
    QCOMPARE(articles.search(QStringLiteral("story"), 1000).size(), n); // the index took every row
    QVERIFY(store.check().problems.isEmpty());
}

void TestStore::malformedSearchThrows()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    QVERIFY_THROWS_EXCEPTION(StoreError, articles.search(QStringLiteral("\"unterminated"), 10));
    QVERIFY_THROWS_EXCEPTION(StoreError, articles.search(QStringLiteral("AND OR"), 10));
}

void TestStore::ftsFollowsUpdates()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    const qint64 id = articles.insert(article(QStringLiteral("Old headline"), QStringLiteral("Body.")));
    articles.setField(id, ArticleStore::Field::Title, QStringLiteral("Fresh headline"));
    QCOMPARE(articles.search(QStringLiteral("old"), 10).size(), 0);
    QCOMPARE(articles.search(QStringLiteral("fresh"), 10).size(), 1);
    QVERIFY(store.check().problems.isEmpty());
}

void TestStore::queryFiltersAndSorts()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    Article a = article(QStringLiteral("B story"), QStringLiteral("one"));
    a.outlet = QStringLiteral("Meridian Wire");
    a.published = PartialDate{QDate(2025, 3, 16), DatePrecision::Day};
    const qint64 first = articles.insert(a);
    Article b = article(QStringLiteral("A story"), QStringLiteral("two"));
    b.reviewState = ReviewState::Done;
    const qint64 second = articles.insert(b);
    ArticleQuery q;
    q.sort = ArticleQuery::Sort::Title;
    QCOMPARE(articles.ids(q), (QList<qint64>{second, first}));
    q.sort = ArticleQuery::Sort::Published;
    q.descending = true;
    QCOMPARE(articles.ids(q), (QList<qint64>{first, second})); // unknown dates last either way
    q.reviewState = ReviewState::Done;
    QCOMPARE(articles.ids(q), QList<qint64>{second});
    q = {};
    q.outlet = QStringLiteral("Meridian Wire");
    QCOMPARE(articles.ids(q), QList<qint64>{first});
    q = {};
    q.from = QDate(2025, 3, 1);
    QCOMPARE(articles.ids(q), QList<qint64>{first});
    QCOMPARE(articles.summary(first).published.toIso(), QStringLiteral("2025-03-16"));
}

void TestStore::checkFindsNoProblems()
{
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore(store.db()).insert(article(QStringLiteral("T"), QStringLiteral("B")));
    const Store::CheckReport report = store.check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.checks.size(), 4);
    // Break the index behind the article table's back: check must notice.
    store.db().exec("INSERT INTO article_fts (rowid, title, body, captions) VALUES (999, 'ghost', 'ghost', '[]')");
    QVERIFY(!store.check().problems.isEmpty());
}

void TestStore::migrationBackupPath()
{
    QCOMPARE(Store::backupPathFor(QStringLiteral("/x/p.sift"), 0), QStringLiteral("/x/p.sift.v0.bak"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
