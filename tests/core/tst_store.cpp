#include "core/store/ArticleStore.h"
#include "core/store/ClaimChoices.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/Schema.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"
#include "support/PgServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sift;
using namespace Qt::StringLiterals;

namespace {

/// What must not change when a project is refused: the file's bytes, or on a server every table and the meta rows.
QByteArray checksum(const QString &path)
{
    if (Database::isServerLocation(path)) {
        Database db;
        if (!db.open(path).isEmpty())
            return {};
        QByteArray out;
        Statement tables(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                             "ORDER BY table_name");
        while (tables.step())
            out += tables.text(0).toUtf8() + '\n';
        if (out.contains("meta\n")) {
            Statement meta(db, "SELECT key, value FROM meta ORDER BY key");
            while (meta.step())
                out += meta.text(0).toUtf8() + '=' + meta.text(1).toUtf8() + '\n';
        }
        return out;
    }
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
    void initTestCase_data();
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
    void libraryIdsMatchBruteForce();
    void malformedSearchThrows();
    void ftsFollowsUpdates();
    void queryFiltersAndSorts();
    void checkFindsNoProblems();
    void migrationBackupPath();
    void claimPickerAndFilterByIds();

private:
    /// A new project's location: a file, or a fresh database on the test server (every test runs on both).
    QString path() const { return m_location; }
    bool server() const { return Database::isServerLocation(m_location); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

void TestStore::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestStore::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (engine == u"postgresql") {
        test::PgServer &server = test::PgServer::shared();
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        m_location = server.createDatabase();
        QVERIFY(!m_location.isEmpty());
    } else {
        m_location = m_dir->filePath(QStringLiteral("p.sift"));
    }
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
    if (server()) {
        // A server's counterpart of a file that is not a project: a location where no server answers.
        Store store;
        const QString error = store.open(u"postgresql://sift_admin@127.0.0.1:1/nowhere"_s);
        QVERIFY2(error.startsWith(u"Cannot open postgresql://sift_admin@127.0.0.1:1/nowhere"_s), qPrintable(error));
        QVERIFY(!store.isOpen());
        return;
    }
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
        db.exec("CREATE TABLE other (x INTEGER); INSERT INTO other VALUES (1);");
    }
    const QByteArray before = checksum(path());
    Store store;
    const QString error = store.open(path());
    QVERIFY2(error.contains(QStringLiteral("not a Sift project")), qPrintable(error));
    QCOMPARE(checksum(path()), before);
}

void TestStore::missingFileIsNotCreated()
{
    const QByteArray before = checksum(path());
    Store store;
    QVERIFY(!store.open(path(), Store::OpenMode::ExistingOnly).isEmpty());
    if (server())
        QCOMPARE(checksum(path()), before); // the empty database stays empty
    else
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

void TestStore::libraryIdsMatchBruteForce()
{
    // ids() picks different plans (an index scan for a sort, membership lists for the full-text and claim
    // filters): whatever the plan, the ids and their order must be what the query means.
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    ArticleStore articles(store.db());
    ClaimStore claims(store.db());
    const QList<Status> statuses = VocabularyStore(store.db()).statuses();
    struct Row {
        qint64 id;
        QString title, outlet;
        QDate published;
        ReviewState state;
        bool alpha;
        int claims;
        QSet<QString> statuses, tags;
    };
    QList<Row> rows;
    const QStringList outlets{u"Beta Wire"_s, u"alpha post"_s, u"Gamma"_s};
    for (int i = 0; i < 40; ++i) {
        Article a = article(QStringLiteral("%1 story %2").arg(QChar(u'Z' - (i * 7) % 26)).arg(i),
                            i % 3 ? u"alpha bravo"_s : u"charlie delta"_s);
        a.outlet = outlets.at(i % 3);
        if (i % 5)
            a.published = PartialDate{QDate(2024, 1, 1).addDays((i * 11) % 17), DatePrecision::Day};
        a.reviewState = ReviewState(i % 3);
        Row row{articles.insert(a), a.title, a.outlet, a.published.date, a.reviewState, i % 3 != 0, i % 4, {}, {}};
        for (int c = 0; c < i % 4; ++c) {
            Claim claim;
            claim.articleId = row.id;
            claim.anchor.start = 0;
            claim.anchor.end = 5;
            claim.anchor.quote = a.body.left(5);
            claim.statusId = statuses.at((i + c) % 3).id;
            claim.tags = (i + c) % 2 ? QStringList{u"t1"_s} : QStringList{u"t2"_s};
            claims.insert(claim);
            row.statuses << statuses.at((i + c) % 3).name;
            row.tags << claim.tags.first();
        }
        rows << row;
    }
    const QString status = statuses.at(1).name;
    const auto stateRank = [](ReviewState s) { return s == ReviewState::New ? 0 : s == ReviewState::InReview ? 1 : 2; };
    int combinations = 0;
    for (const QString &text : {QString(), u"alpha"_s}) {
        for (const QString &claimStatus : {QString(), status}) {
            for (const QString &tag : {QString(), u"t1"_s}) {
                for (const QString &outlet : {QString(), u"alpha post"_s}) {
                    for (auto sort :
                         {ArticleQuery::Sort::Id, ArticleQuery::Sort::Title, ArticleQuery::Sort::Outlet,
                          ArticleQuery::Sort::Published, ArticleQuery::Sort::Claims, ArticleQuery::Sort::ReviewState}) {
                        for (bool descending : {false, true}) {
                            ArticleQuery q;
                            q.text = text;
                            q.claimStatus = claimStatus;
                            q.tag = tag;
                            q.outlet = outlet;
                            q.sort = sort;
                            q.descending = descending;
                            QList<Row> expected;
                            for (const Row &r : rows) {
                                if ((text.isEmpty() || r.alpha) &&
                                    (claimStatus.isEmpty() || r.statuses.contains(claimStatus)) &&
                                    (tag.isEmpty() || r.tags.contains(tag)) && (outlet.isEmpty() || r.outlet == outlet))
                                    expected << r;
                            }
                            // Key order (descending when asked), then ascending id; unknown dates last either way.
                            const auto key = [&](const Row &r) -> QVariant {
                                switch (sort) {
                                case ArticleQuery::Sort::Title:
                                    return r.title.toLower();
                                case ArticleQuery::Sort::Outlet:
                                    return r.outlet.toLower();
                                case ArticleQuery::Sort::Published:
                                    return r.published;
                                case ArticleQuery::Sort::Claims:
                                    return r.claims;
                                case ArticleQuery::Sort::ReviewState:
                                    return stateRank(r.state);
                                default:
                                    return r.id;
                                }
                            };
                            std::stable_sort(expected.begin(), expected.end(), [&](const Row &a, const Row &b) {
                                if (sort == ArticleQuery::Sort::Published &&
                                    a.published.isValid() != b.published.isValid())
                                    return a.published.isValid();
                                const QVariant ka = key(a), kb = key(b);
                                const auto order = QVariant::compare(ka, kb);
                                if (order != QPartialOrdering::Equivalent)
                                    return descending ? order == QPartialOrdering::Greater
                                                      : order == QPartialOrdering::Less;
                                return a.id < b.id;
                            });
                            QList<qint64> ids;
                            for (const Row &r : expected)
                                ids << r.id;
                            const QList<qint64> actual = articles.ids(q);
                            if (actual != ids)
                                qWarning() << "text" << text << "status" << claimStatus << "tag" << tag << "outlet"
                                           << outlet << "sort" << int(sort) << "descending" << descending;
                            QCOMPARE(actual, ids);
                            ++combinations;
                        }
                    }
                }
            }
        }
    }
    QCOMPARE(combinations, 192);
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
    QCOMPARE(report.checks.size(), server() ? 3 : 4);
    if (server()) {
        // The index is a generated column the server keeps; what can go wrong is the recorded version.
        store.db().execNative("UPDATE meta SET value = '1' WHERE key = 'user_version'");
    } else {
        // Break the index behind the article table's back: check must notice.
        store.db().exec("INSERT INTO article_fts (rowid, title, body, captions) VALUES (999, 'ghost', 'ghost', '[]')");
    }
    QVERIFY(!store.check().problems.isEmpty());
}

void TestStore::migrationBackupPath()
{
    QCOMPARE(Store::backupPathFor(QStringLiteral("/x/p.sift"), 0), QStringLiteral("/x/p.sift.v0.bak"));
}

void TestStore::claimPickerAndFilterByIds()
{
    // The link picker matches words of the quote, the claimant (a nocase column: LIKE is refused under it on a
    // server) and the title, ignoring ASCII case, with % taken literally; the claims table's id filter.
    Store store;
    QCOMPARE(store.open(path(), Store::OpenMode::CreateIfMissing), QString());
    Database &db = store.db();
    const qint64 a1 = ArticleStore(db).insert(article(u"Border clash"_s, u"The ministry said troops fired first."_s));
    const qint64 a2 = ArticleStore(db).insert(article(u"Yerevan denies"_s, u"Yerevan called the report untrue."_s));
    Entity ministry;
    ministry.name = u"Armenia MoD"_s;
    const qint64 entityId = EntityStore(db).insert(ministry);
    Claim c;
    c.articleId = a1;
    c.anchor.quote = u"troops fired first"_s;
    c.claimantId = entityId;
    const qint64 c1 = ClaimStore(db).insert(c);
    c = Claim();
    c.articleId = a2;
    c.anchor.quote = u"called the report untrue"_s;
    const qint64 c2 = ClaimStore(db).insert(c);
    QVERIFY(c1 > 0 && c2 > 0);

    const QList<ClaimChoice> byClaimant = findClaimChoices(db, u"armenia mod"_s, 10);
    QCOMPARE(byClaimant.size(), 1);
    QCOMPARE(byClaimant.first().id, c1);
    QCOMPARE(byClaimant.first().claimant, u"Armenia MoD"_s);
    QCOMPARE(findClaimChoices(db, u"UNTRUE"_s, 10).value(0).id, c2);
    QCOMPARE(findClaimChoices(db, u"yerevan REPORT"_s, 10).value(0).id, c2);
    QCOMPARE(findClaimChoices(db, u"%"_s, 10).size(), 0);
    QCOMPARE(findClaimChoices(db, QString(), 10, c1).size(), 1);

    ClaimFilter filter;
    filter.claimIds = {c2};
    const QList<Claim> listed = ClaimStore(db).claims(filter);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, c2);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
