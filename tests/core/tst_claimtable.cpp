// The claims table over the whole project: ClaimTableStore's filters and SQL sort orders, the lazy
// ClaimTableModel under QAbstractItemModelTester, and bulk edits as one undo step with a history row per claim.
#include "core/domain/Entity.h"
#include "core/export/ExportData.h"
#include "core/models/ClaimTableModel.h"
#include "core/project/BulkEdits.h"
#include "core/project/Project.h"
#include "core/store/ClaimTableStore.h"
#include "core/store/Database.h"
#include "core/store/HistoryStore.h"
#include "core/store/Schema.h"
#include "core/store/Store.h"
#include "support/PgServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace sift;
using namespace Qt::StringLiterals;

namespace {

/// What the fixture wrote for each claim, to compute expected answers without SQL.
struct Expected {
    qint64 id = 0;
    qint64 statusId = 0;
    int statusPosition = 0;
    QString stance;
    QString claimant; ///< empty = none
    int credibility = 0;
    QString tag;
    QString outlet;
    QDate published;
    QString quote;
    QString statement;
};

} // namespace

class TestClaimTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void filtersNarrowRows_data();
    void filtersNarrowRows();
    void sortsInSql_data();
    void sortsInSql();
    void modelPagesThroughEveryRow();
    void modelFollowsSortFilterAndEdits();
    void bulkStatusIsOneUndoStep();
    void bulkTagsStanceCredibility();
    void bulkDeleteRestoresLinks();
    void exportCoversOnlyListedClaims();
    void updatedByNamesTheAnalyst();
    void textFilterUsesFullText_data();
    void textFilterUsesFullText();
    void textFilterFollowsEditsAndUndo();
    void textFilterRefusesMalformedQuery();
    void upgradeIndexesExistingClaims();

private:
    /// Adds three claims with words found nowhere else in the fixture (quote, statement, rationale).
    QList<qint64> addWordClaims();
    QList<qint64> textIds(const QString &text) const;
    QList<qint64> expectedIds(const std::function<bool(const Expected &)> &keep) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QString m_location;
    QList<Expected> m_claims;
    QList<Status> m_statuses;
};

void TestClaimTable::initTestCase_data()
{
    // Every test on both engines: a file, and a fresh database on a real PostgreSQL.
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestClaimTable::init()
{
    QFETCH_GLOBAL(QString, engine);
    QString location;
    if (engine == QLatin1String("postgresql")) {
        test::PgServer &server = test::PgServer::shared();
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        location = server.createDatabase();
        QVERIFY(!location.isEmpty());
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    if (location.isEmpty())
        location = m_dir->filePath(QStringLiteral("claims.sift"));
    m_location = location;
    m_project = Project::open(location, &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(m_project, qPrintable(error));
    m_statuses = m_project->vocabulary().statuses();
    QVERIFY(m_statuses.size() >= 4);
    m_claims.clear();

    const QStringList outlets{QStringLiteral("Outlet A"), QStringLiteral("Outlet B"), QStringLiteral("Outlet C")};
    const QStringList names{QStringLiteral("Zed Ministry"), QStringLiteral("Alpha Army"), QStringLiteral("Mid Agency")};
    QList<qint64> entities;
    for (const QString &n : names) {
        Entity e;
        e.name = n;
        entities << m_project->entities().insert(e);
    }
    const QList<Stance> stances = allStances();
    Transaction tx(m_project->db());
    // 450 claims on 9 articles: more than two pages of the model, so paging is exercised.
    for (int a = 0; a < 9; ++a) {
        Article article;
        article.title = QStringLiteral("Article %1").arg(a);
        article.outlet = outlets.at(a % 3);
        article.published = PartialDate{QDate(2025, 1, 1).addDays(a * 10), DatePrecision::Day};
        article.body =
            QStringLiteral("Body of article %1 with words enough for fifty claims to sit in. ").arg(a).repeated(60);
        const qint64 articleId = m_project->articles().insert(article);
        QVERIFY(articleId > 0);
        for (int c = 0; c < 50; ++c) {
            const int n = a * 50 + c;
            Claim claim;
            claim.articleId = articleId;
            claim.anchor = TextAnchor{c, c + 4, article.body.mid(c, 4), {}, {}};
            claim.statement = n % 7 == 0 ? QStringLiteral("Drone strike near the border %1").arg(n)
                                         : QStringLiteral("Statement %1").arg(n);
            claim.claimantId = n % 4 == 3 ? 0 : entities.at(n % 3);
            claim.stance = stances.at(n % stances.size());
            claim.statusId = m_statuses.at(n % 4).id;
            claim.credibility = n % 7;
            claim.tags = n % 5 == 0 ? QStringList{QStringLiteral("priority")} : QStringList{};
            const qint64 id = m_project->claims().insert(claim);
            m_claims.append({id, claim.statusId, m_statuses.at(n % 4).position, stanceKey(claim.stance),
                             claim.claimantId ? names.at(n % 3) : QString(), claim.credibility, claim.tags.value(0),
                             article.outlet, article.published.date, claim.anchor.quote, claim.statement});
        }
    }
    tx.commit();
}

void TestClaimTable::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QList<qint64> TestClaimTable::expectedIds(const std::function<bool(const Expected &)> &keep) const
{
    QList<qint64> out;
    for (const Expected &e : m_claims) {
        if (keep(e))
            out << e.id;
    }
    return out;
}

void TestClaimTable::filtersNarrowRows_data()
{
    QTest::addColumn<QString>("filter");
    for (const char *f :
         {"none", "status", "stance", "claimant", "tag", "outlet", "dates", "text", "text and dates", "combined"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestClaimTable::filtersNarrowRows()
{
    QFETCH(QString, filter);
    ClaimTableQuery q;
    std::function<bool(const Expected &)> keep = [](const Expected &) { return true; };
    const qint64 status = m_statuses.at(2).id;
    const qint64 alpha = m_project->entities().findByName(QStringLiteral("Alpha Army"));
    if (filter == QLatin1String("status")) {
        q.statusId = status;
        keep = [&](const Expected &e) { return e.statusId == status; };
    } else if (filter == QLatin1String("stance")) {
        q.stance = QStringLiteral("denies");
        keep = [](const Expected &e) { return e.stance == QLatin1String("denies"); };
    } else if (filter == QLatin1String("claimant")) {
        q.claimantId = alpha;
        keep = [](const Expected &e) { return e.claimant == QLatin1String("Alpha Army"); };
    } else if (filter == QLatin1String("tag")) {
        q.tag = QStringLiteral("priority");
        keep = [](const Expected &e) { return e.tag == QLatin1String("priority"); };
    } else if (filter == QLatin1String("outlet")) {
        q.outlet = QStringLiteral("Outlet B");
        keep = [](const Expected &e) { return e.outlet == QLatin1String("Outlet B"); };
    } else if (filter == QLatin1String("dates")) {
        q.from = QDate(2025, 1, 11);
        q.to = QDate(2025, 1, 31);
        keep = [&](const Expected &e) { return e.published >= q.from && e.published <= q.to; };
    } else if (filter == QLatin1String("text")) {
        q.text = QStringLiteral("DRONE border");
        keep = [](const Expected &e) { return e.statement.startsWith(QLatin1String("Drone")); };
    } else if (filter == QLatin1String("text and dates")) {
        q.text = QStringLiteral("drone");
        q.from = QDate(2025, 1, 11);
        q.to = QDate(2025, 1, 31);
        keep = [&](const Expected &e) {
            return e.statement.startsWith(QLatin1String("Drone")) && e.published >= q.from && e.published <= q.to;
        };
    } else if (filter == QLatin1String("combined")) {
        q.statusId = status;
        q.outlet = QStringLiteral("Outlet A");
        q.text = QStringLiteral("statement");
        keep = [&](const Expected &e) {
            return e.statusId == status && e.outlet == QLatin1String("Outlet A") &&
                   e.statement.startsWith(QLatin1String("Statement"));
        };
    }
    const QList<qint64> expected = expectedIds(keep);
    QVERIFY(!expected.isEmpty());
    if (filter != QLatin1String("none"))
        QVERIFY(expected.size() < m_claims.size());
    ClaimTableStore store(m_project->db());
    QCOMPARE(store.count(q), int(expected.size()));
    QCOMPARE(store.ids(q), expected);
    QCOMPARE(q.isFiltered(), filter != QLatin1String("none"));
}

void TestClaimTable::sortsInSql_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("status ascending") << int(ClaimTableQuery::Sort::Status) << false;
    QTest::newRow("claimant ascending") << int(ClaimTableQuery::Sort::Claimant) << false;
    QTest::newRow("claimant descending") << int(ClaimTableQuery::Sort::Claimant) << true;
    QTest::newRow("credibility descending") << int(ClaimTableQuery::Sort::Credibility) << true;
    QTest::newRow("published descending") << int(ClaimTableQuery::Sort::Published) << true;
    QTest::newRow("published ascending") << int(ClaimTableQuery::Sort::Published) << false;
    QTest::newRow("id descending") << int(ClaimTableQuery::Sort::Id) << true;
}

void TestClaimTable::sortsInSql()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    ClaimTableQuery q;
    q.sort = ClaimTableQuery::Sort(sort);
    q.descending = descending;
    QList<Expected> expected = m_claims;
    // Empty values last either way, then by id in the same direction (the store's rule).
    auto less = [&](const Expected &a, const Expected &b) {
        QVariant ka;
        QVariant kb;
        switch (q.sort) {
        case ClaimTableQuery::Sort::Status:
            ka = a.statusPosition, kb = b.statusPosition;
            break;
        case ClaimTableQuery::Sort::Claimant:
            ka = a.claimant.isEmpty() ? QVariant() : QVariant(a.claimant);
            kb = b.claimant.isEmpty() ? QVariant() : QVariant(b.claimant);
            break;
        case ClaimTableQuery::Sort::Credibility:
            ka = a.credibility ? QVariant(a.credibility) : QVariant();
            kb = b.credibility ? QVariant(b.credibility) : QVariant();
            break;
        case ClaimTableQuery::Sort::Published:
            ka = a.published, kb = b.published;
            break;
        default:
            return descending ? a.id > b.id : a.id < b.id;
        }
        if (ka.isNull() != kb.isNull())
            return kb.isNull();
        if (ka.isNull())
            return descending ? a.id > b.id : a.id < b.id;
        const auto order = QVariant::compare(ka, kb);
        if (order != QPartialOrdering::Equivalent)
            return descending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
        return descending ? a.id > b.id : a.id < b.id;
    };
    std::sort(expected.begin(), expected.end(), less);
    QList<qint64> ids;
    for (const Expected &e : expected)
        ids << e.id;
    ClaimTableStore store(m_project->db());
    QCOMPARE(store.ids(q), ids);
    QCOMPARE(store.ids(q, 100, 30), ids.mid(100, 30));
    // The same order within an article-side filter (articles walked first) and a claim-side one (claims first).
    q.outlet = QStringLiteral("Outlet B");
    QList<qint64> outletIds;
    for (const Expected &e : std::as_const(expected)) {
        if (e.outlet == q.outlet)
            outletIds << e.id;
    }
    QCOMPARE(store.ids(q), outletIds);
    q.outlet.clear();
    q.stance = QStringLiteral("reports");
    QList<qint64> stanceIds;
    for (const Expected &e : std::as_const(expected)) {
        if (e.stance == q.stance)
            stanceIds << e.id;
    }
    QCOMPARE(store.ids(q), stanceIds);
}

void TestClaimTable::modelPagesThroughEveryRow()
{
    ClaimTableModel model(*m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), int(m_claims.size()));
    QVERIFY(model.rowCount() > 2 * ClaimTableModel::kPageSize);
    // Rows read back the fixture in id order across every page boundary.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Expected &e = m_claims.at(row);
        QCOMPARE(model.index(row, ClaimTableModel::IdColumn).data().toLongLong(), e.id);
        QCOMPARE(model.index(row, ClaimTableModel::QuoteColumn).data().toString(), e.quote);
        QCOMPARE(model.index(row, ClaimTableModel::OutletColumn).data().toString(), e.outlet);
    }
    QList<qint64> range;
    for (int row = 150; row <= 420; ++row)
        range << m_claims.at(row).id;
    QCOMPARE(model.claimIds(150, 420), range);
    QCOMPARE(model.allClaimIds().size(), m_claims.size());
}

void TestClaimTable::modelFollowsSortFilterAndEdits()
{
    ClaimTableModel model(*m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int column = 0; column < ClaimTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.rowCount(), int(m_claims.size()));
        }
    }
    model.sort(ClaimTableModel::IdColumn, Qt::AscendingOrder);
    ClaimTableQuery q = model.query();
    q.statusId = m_statuses.at(0).id;
    QCOMPARE(model.setQuery(q), QString());
    const int before = model.rowCount();
    QCOMPARE(before, int(expectedIds([&](const Expected &e) { return e.statusId == q.statusId; }).size()));
    // An edit that moves claims out of the filter takes them out of the table after the refresh.
    QSignalSpy refreshed(&model, &ClaimTableModel::refreshed);
    const QList<qint64> first = model.claimIds(0, 9);
    QVERIFY(BulkEdits::setClaimsField(*m_project, first, ClaimStore::Field::Status, m_statuses.at(1).id));
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(model.rowCount(), before - 10);
    QVERIFY(!model.allClaimIds().contains(first.first()));
    // An edit that keeps the rows: same count, new values.
    q.statusId = 0;
    model.setQuery(q);
    QVERIFY(BulkEdits::setClaimsField(*m_project, {model.claimId(0)}, ClaimStore::Field::Credibility, 6));
    QTRY_COMPARE(model.index(0, ClaimTableModel::CredibilityColumn).data().toString(), QStringLiteral("6"));
}

void TestClaimTable::bulkStatusIsOneUndoStep()
{
    QList<qint64> ids;
    QHash<qint64, qint64> oldStatus;
    QHash<qint64, QDateTime> oldStamp;
    const qint64 target = m_statuses.at(3).id;
    for (const Expected &e : std::as_const(m_claims)) {
        if (e.statusId != target && ids.size() < 50) {
            ids << e.id;
            oldStatus.insert(e.id, e.statusId);
            oldStamp.insert(e.id, m_project->claims().claim(e.id)->updatedAt);
        }
    }
    QCOMPARE(ids.size(), 50);
    QUndoStack *stack = m_project->undoStack();
    const int steps = stack->count();
    const int historyBefore = int(m_project->history().latest(100000).size());
    QVERIFY(BulkEdits::setClaimsField(*m_project, ids, ClaimStore::Field::Status, target));
    QCOMPARE(stack->count(), steps + 1);
    const QList<HistoryEntry> history = m_project->history().latest(100000);
    QCOMPARE(int(history.size()), historyBefore + 50);
    QSet<qint64> historyRows;
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(history.at(i).field, QStringLiteral("status_id"));
        QCOMPARE(history.at(i).newValue, m_statuses.at(3).name);
        historyRows.insert(history.at(i).rowId);
    }
    QCOMPARE(historyRows, QSet<qint64>(ids.cbegin(), ids.cend()));
    for (qint64 id : ids)
        QCOMPARE(m_project->claims().claim(id)->statusId, target);

    stack->undo();
    for (qint64 id : ids) {
        const Claim c = *m_project->claims().claim(id);
        QCOMPARE(c.statusId, oldStatus.value(id));
        QCOMPARE(c.updatedAt, oldStamp.value(id));
    }
    stack->redo();
    for (qint64 id : ids)
        QCOMPARE(m_project->claims().claim(id)->statusId, target);
    // Claims that already hold the value make no step and no history.
    QVERIFY(BulkEdits::setClaimsField(*m_project, ids, ClaimStore::Field::Status, target));
    QCOMPARE(stack->count(), steps + 1);
}

void TestClaimTable::bulkTagsStanceCredibility()
{
    const QList<qint64> ids{m_claims.at(0).id, m_claims.at(1).id, m_claims.at(2).id};
    QVERIFY(BulkEdits::addClaimsTag(*m_project, ids, QStringLiteral("  checked ")));
    QStringList tags = m_project->claims().claim(ids.at(0))->tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("checked"), QStringLiteral("priority")}));
    QCOMPARE(m_project->claims().claim(ids.at(1))->tags, QStringList{QStringLiteral("checked")});
    QVERIFY(BulkEdits::removeClaimsTag(*m_project, ids, QStringLiteral("PRIORITY")));
    QCOMPARE(m_project->claims().claim(ids.at(0))->tags, QStringList{QStringLiteral("checked")});
    QVERIFY(BulkEdits::setClaimsField(*m_project, ids, ClaimStore::Field::Stance, QStringLiteral("denies")));
    QVERIFY(BulkEdits::setClaimsField(*m_project, ids, ClaimStore::Field::Credibility, 2));
    for (qint64 id : ids) {
        QCOMPARE(m_project->claims().claim(id)->stance, Stance::Denies);
        QCOMPARE(m_project->claims().claim(id)->credibility, 2);
    }
    // Bad values change nothing and say why.
    QSignalSpy errors(m_project.get(), &Project::errorOccurred);
    QVERIFY(!BulkEdits::setClaimsField(*m_project, ids, ClaimStore::Field::Credibility, 9));
    QVERIFY(!BulkEdits::setClaimsField(*m_project, ids, ClaimStore::Field::Stance, QStringLiteral("shouts")));
    QVERIFY(!BulkEdits::addClaimsTag(*m_project, ids, QStringLiteral("   ")));
    QCOMPARE(errors.count(), 3);
    m_project->undoStack()->undo(); // credibility
    m_project->undoStack()->undo(); // stance
    m_project->undoStack()->undo(); // untag
    m_project->undoStack()->undo(); // tag
    QCOMPARE(m_project->claims().claim(ids.at(0))->tags, QStringList{QStringLiteral("priority")});
    QCOMPARE(m_project->claims().claim(ids.at(0))->credibility, m_claims.at(0).credibility);
}

void TestClaimTable::bulkDeleteRestoresLinks()
{
    const QList<qint64> ids{m_claims.at(5).id, m_claims.at(6).id, m_claims.at(60).id};
    QVERIFY(m_project->addClaimLink(ids.at(0), ids.at(1), ClaimRelation::Supports));
    QVERIFY(m_project->addClaimLink(ids.at(2), m_claims.at(61).id, ClaimRelation::Contradicts));
    Incident incident;
    incident.eventType = QStringLiteral("Battles");
    const qint64 incidentId = m_project->addIncident(incident);
    QVERIFY(incidentId);
    QVERIFY(BulkEdits::linkClaimsToIncident(*m_project, ids, incidentId));
    QCOMPARE(m_project->incidents().incident(incidentId)->claimIds.size(), 3);
    const int steps = m_project->undoStack()->count();
    QVERIFY(BulkEdits::removeClaims(*m_project, ids));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    for (qint64 id : ids)
        QVERIFY(!m_project->claims().claim(id));
    QCOMPARE(ClaimTableStore(m_project->db()).count({}), int(m_claims.size()) - 3);
    m_project->undoStack()->undo();
    for (qint64 id : ids)
        QVERIFY(m_project->claims().claim(id));
    QCOMPARE(m_project->claims().links(ids.at(0)).size(), 1);
    QCOMPARE(m_project->claims().links(ids.at(2)).size(), 1);
    QCOMPARE(m_project->incidents().incident(incidentId)->claimIds.size(), 3);
}

void TestClaimTable::exportCoversOnlyListedClaims()
{
    ReportOptions options;
    options.claimIds = {m_claims.at(3).id, m_claims.at(120).id};
    const ExportData data = ExportData::load(m_project->db(), options);
    QCOMPARE(data.claims.size(), 2);
    QCOMPARE(data.articles.size(), 2);
    QList<qint64> ids{data.claims.at(0).id, data.claims.at(1).id};
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, options.claimIds);
}

void TestClaimTable::updatedByNamesTheAnalyst()
{
    // Settings ▸ Analyst name reaches the store as HistoryStore's current user: a new claim is created and updated
    // by them, every later edit (a field, a bulk edit, an undo) names whoever made it, and the table shows it.
    const auto rowOf = [&](qint64 id) { return ClaimTableStore(m_project->db()).rowsFor({id}).value(0); };
    HistoryStore::setCurrentUser(QStringLiteral("Rui Costa"));
    Claim claim;
    claim.articleId = ClaimStore(m_project->db()).claim(m_claims.first().id)->articleId;
    claim.anchor = TextAnchor{0, 4, QStringLiteral("Body"), {}, {}};
    const qint64 id = m_project->addClaim(claim);
    QVERIFY(id > 0);
    QCOMPARE(m_project->claims().claim(id)->createdBy, QStringLiteral("Rui Costa"));
    QCOMPARE(rowOf(id).updatedBy, QStringLiteral("Rui Costa"));

    HistoryStore::setCurrentUser(QStringLiteral("Ana Lima"));
    QVERIFY(m_project->setClaimField(id, ClaimStore::Field::Rationale, QStringLiteral("Two sources.")));
    QCOMPARE(rowOf(id).updatedBy, QStringLiteral("Ana Lima"));
    QCOMPARE(m_project->claims().claim(id)->createdBy, QStringLiteral("Rui Costa"));

    const qint64 other = m_claims.at(1).id;
    HistoryStore::setCurrentUser(QStringLiteral("Mei Chen"));
    QVERIFY(BulkEdits::setClaimsField(*m_project, {id, other}, ClaimStore::Field::Credibility, 2));
    QCOMPARE(rowOf(id).updatedBy, QStringLiteral("Mei Chen"));
    QCOMPARE(rowOf(other).updatedBy, QStringLiteral("Mei Chen"));
    HistoryStore::setCurrentUser(QStringLiteral("Tom Berg"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->claims().claim(other)->credibility, m_claims.at(1).credibility);
    QCOMPARE(rowOf(other).updatedBy, QStringLiteral("Tom Berg"));
    HistoryStore::setCurrentUser({});
}

QList<qint64> TestClaimTable::addWordClaims()
{
    const qint64 articleId = m_project->claims().claim(m_claims.first().id)->articleId;
    struct Words {
        const char *quote, *statement, *rationale;
    };
    const Words words[] = {{"the convoy was shelled", "Artillery hit the convoy", ""},
                           {"no comment", "Ministry silent", "Satellite imagery shows craters"},
                           {"troops withdrew", "Withdrawal confirmed", "Two witnesses"}};
    QList<qint64> ids;
    for (const Words &w : words) {
        Claim claim;
        claim.articleId = articleId;
        claim.anchor = TextAnchor{0, 4, QString::fromUtf8(w.quote), {}, {}};
        claim.statement = QString::fromUtf8(w.statement);
        claim.rationale = QString::fromUtf8(w.rationale);
        claim.statusId = m_statuses.at(0).id;
        ids << m_project->claims().insert(claim);
    }
    return ids;
}

QList<qint64> TestClaimTable::textIds(const QString &text) const
{
    ClaimTableQuery q;
    q.text = text;
    const ClaimTableStore store(m_project->db());
    const QList<qint64> ids = store.ids(q);
    if (store.count(q) != ids.size())
        return {-1}; // count and rows disagree: fails any comparison
    return ids;
}

void TestClaimTable::textFilterUsesFullText_data()
{
    // Which of the three word claims (0: convoy, 1: satellite, 2: withdrew) a query finds, on both engines.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("found");
    QTest::newRow("word in quote only") << u"shelled"_s << QList<int>{0};
    QTest::newRow("word in statement only") << u"silent"_s << QList<int>{1};
    QTest::newRow("word in rationale only") << u"craters"_s << QList<int>{1};
    QTest::newRow("word in quote and statement") << u"CONVOY"_s << QList<int>{0};
    QTest::newRow("words across columns") << u"troops witnesses"_s << QList<int>{2};
    QTest::newRow("prefix") << u"satell*"_s << QList<int>{1};
    QTest::newRow("prefix of two words") << u"withdr*"_s << QList<int>{2};
    QTest::newRow("phrase") << u"\"convoy was shelled\""_s << QList<int>{0};
    QTest::newRow("phrase out of order") << u"\"shelled convoy\""_s << QList<int>{};
    QTest::newRow("phrase across columns") << u"\"withdrew withdrawal\""_s << QList<int>{};
    QTest::newRow("absent word") << u"xylophone"_s << QList<int>{};
    QTest::newRow("inside a word only") << u"onvoy"_s << QList<int>{};
    QTest::newRow("OR") << u"craters OR withdrew"_s << QList<int>{1, 2};
    QTest::newRow("NOT") << u"convoy NOT artillery"_s << QList<int>{};
    QTest::newRow("AND") << u"imagery AND ministry"_s << QList<int>{1};
}

void TestClaimTable::textFilterUsesFullText()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, found);
    const QList<qint64> ids = addWordClaims();
    QList<qint64> expected;
    for (int i : found)
        expected << ids.at(i);
    QCOMPARE(textIds(text), expected);
    // The fixture's own words are found too, as the filter's other rows expect: every "Drone" statement.
    const QList<qint64> drones = expectedIds([](const Expected &e) { return e.statement.startsWith(u"Drone"_s); });
    QCOMPARE(textIds(u"drone strike"_s), drones);
}

void TestClaimTable::textFilterFollowsEditsAndUndo()
{
    const QList<qint64> ids = addWordClaims();
    const qint64 id = ids.at(2);
    QCOMPARE(textIds(u"withdrawal"_s), QList<qint64>{id});
    QVERIFY(m_project->setClaimField(id, ClaimStore::Field::Statement, u"Pullback confirmed"_s));
    QCOMPARE(textIds(u"pullback"_s), QList<qint64>{id});
    QCOMPARE(textIds(u"withdrawal"_s), QList<qint64>{});
    QCOMPARE(textIds(u"confirmed"_s), QList<qint64>{id});
    QVERIFY(m_project->setClaimField(id, ClaimStore::Field::Rationale, u"Radio intercept"_s));
    QCOMPARE(textIds(u"intercept"_s), QList<qint64>{id});
    QCOMPARE(textIds(u"witnesses"_s), QList<qint64>{});

    QUndoStack *stack = m_project->undoStack();
    stack->undo(); // rationale
    QCOMPARE(textIds(u"witnesses"_s), QList<qint64>{id});
    QCOMPARE(textIds(u"intercept"_s), QList<qint64>{});
    stack->undo(); // statement
    QCOMPARE(textIds(u"withdrawal"_s), QList<qint64>{id});
    QCOMPARE(textIds(u"pullback"_s), QList<qint64>{});
    stack->redo();
    QCOMPARE(textIds(u"pullback"_s), QList<qint64>{id});
    QCOMPARE(textIds(u"withdrawal"_s), QList<qint64>{});

    // A deleted claim leaves the index; its undo puts it back.
    QVERIFY(m_project->removeClaim(ids.at(1)));
    QCOMPARE(textIds(u"craters"_s), QList<qint64>{});
    stack->undo();
    QCOMPARE(textIds(u"craters"_s), QList<qint64>{ids.at(1)});
    const Store::CheckReport report = m_project->store().check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
}

void TestClaimTable::textFilterRefusesMalformedQuery()
{
    ClaimTableModel model(*m_project);
    const int all = model.rowCount();
    ClaimTableQuery q;
    q.text = u"\"unclosed phrase"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, ClaimTableStore(m_project->db()).count(q));
    const QString error = model.setQuery(q);
    QVERIFY(!error.isEmpty());
    // The table keeps what it showed.
    QCOMPARE(model.rowCount(), all);
    QVERIFY(model.query().text.isEmpty());
}

void TestClaimTable::upgradeIndexesExistingClaims()
{
    // A project as schema version 3 left it: claims, and no full-text index over them (added by the step 3 -> 4).
    const QList<qint64> ids = addWordClaims();
    Database &db = m_project->db();
    if (db.isPostgres()) {
        db.execNative("ALTER TABLE claim DROP COLUMN fts");
    } else {
        db.exec("DROP TRIGGER claim_fts_insert; DROP TRIGGER claim_fts_delete; DROP TRIGGER claim_fts_update; "
                "DROP TABLE claim_fts");
    }
    db.exec("PRAGMA user_version = 3");
    m_project.reset();

    QString error;
    m_project = Project::open(m_location, &error, Store::OpenMode::ExistingOnly);
    QVERIFY2(m_project, qPrintable(error));
    QCOMPARE(m_project->db().userVersion(), Schema::kVersion);
    QCOMPARE(textIds(u"craters"_s), QList<qint64>{ids.at(1)});
    QCOMPARE(textIds(u"\"convoy was shelled\""_s), QList<qint64>{ids.at(0)});
    QCOMPARE(textIds(u"drone strike"_s),
             expectedIds([](const Expected &e) { return e.statement.startsWith(u"Drone"_s); }));
    // And the index keeps up with writes after the upgrade.
    QVERIFY(m_project->setClaimField(ids.at(2), ClaimStore::Field::Statement, u"Pullback confirmed"_s));
    QCOMPARE(textIds(u"pullback"_s), QList<qint64>{ids.at(2)});
    const Store::CheckReport report = m_project->store().check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestClaimTable)
#include "tst_claimtable.moc"
