// The desk's item models under QAbstractItemModelTester (Fatal: a broken contract aborts the test) while the
// sample project is edited, filtered, sorted and reset underneath them.
#include "core/domain/TextOffsets.h"
#include "core/models/ArticleListModel.h"
#include "core/models/ClaimListModel.h"
#include "core/models/IncidentTableModel.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "core/store/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace sift;

namespace {

QList<qint64> idsOf(const QAbstractItemModel &model, int role)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(role).toLongLong();
    return ids;
}

QStringList columnOf(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

/// Reads every cell in every role a view asks for, so the tester and the model see each row.
void touchEveryCell(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::FontRole), int(Qt::ForegroundRole),
                             int(Qt::DecorationRole), int(Qt::TextAlignmentRole), int(Qt::UserRole + 1)})
                index.data(role);
        }
    }
}

} // namespace

class TestItemModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void articlesFollowQueriesAndSorting_data();
    void articlesFollowQueriesAndSorting();
    void articlesFollowEditsAndImports();
    void claimsFollowArticleAndEdits();
    void incidentsFollowPeriodFilterAndEdits();
    void incidentsSortThroughProxy_data();
    void incidentsSortThroughProxy();
    void refusedReadsKeepTheRowsShown();

private:
    qint64 articleWithClaims() const;
    qint64 addClaimOn(qint64 articleId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("sample.sift"));
    QCOMPARE(SampleProject::create(path), QString());
    QString error;
    m_project = Project::open(path, &error);
    QVERIFY2(m_project, qPrintable(error));
    QVERIFY(m_project->articles().count() > 10);
    QVERIFY(m_project->incidents().count() > 3);
}

void TestItemModels::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

qint64 TestItemModels::articleWithClaims() const
{
    ArticleQuery all;
    for (const qint64 id : m_project->articles().ids(all)) {
        if (m_project->claims().claimsForArticle(id).size() >= 2)
            return id;
    }
    return 0;
}

qint64 TestItemModels::addClaimOn(qint64 articleId)
{
    const QString body = m_project->articles().body(articleId);
    Claim claim;
    claim.articleId = articleId;
    const auto anchor = TextOffsets::anchorForQuote(body, body.left(body.indexOf(QLatin1Char(' ')) + 1).trimmed());
    if (!anchor)
        return 0;
    claim.anchor = *anchor;
    claim.claimant = QStringLiteral("Model Tester");
    return m_project->addClaim(claim);
}

void TestItemModels::articlesFollowQueriesAndSorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << int(order);
        }
    }
}

void TestItemModels::articlesFollowQueriesAndSorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    ArticleListModel model(*m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int total = int(m_project->articles().count());
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));

    // Sorting is a new query: the rows are the store's ids in that order.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(idsOf(model, ArticleListModel::IdRole), m_project->articles().ids(model.query()));
    QCOMPARE(model.rowCount(), total);
    touchEveryCell(model);

    // A full-text filter narrows; one that matches nothing empties; a malformed one keeps the rows.
    ArticleQuery q = model.query();
    q.text = QStringLiteral("drone");
    QCOMPARE(model.setQuery(q), QString());
    const int drone = model.rowCount();
    QVERIFY(drone > 0 && drone < total);
    QCOMPARE(idsOf(model, ArticleListModel::IdRole), m_project->articles().ids(q));
    touchEveryCell(model);
    QVERIFY(!model.index(0, ArticleListModel::Match).data().toString().isEmpty()); // the snippet
    q.text = QStringLiteral("zzqxnotaword");
    QCOMPARE(model.setQuery(q), QString());
    QCOMPARE(model.rowCount(), 0);
    q.text = QStringLiteral("\"unbalanced");
    QVERIFY(!model.setQuery(q).isEmpty());
    QCOMPARE(model.rowCount(), 0);

    // The structured filters, and back to everything.
    q = ArticleQuery{};
    q.claimStatus = QStringLiteral("Disputed");
    QCOMPARE(model.setQuery(q), QString());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < total);
    q = ArticleQuery{};
    q.reviewState = ReviewState::New;
    QCOMPARE(model.setQuery(q), QString());
    QCOMPARE(idsOf(model, ArticleListModel::IdRole), m_project->articles().ids(q));
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(model.query().reviewState, std::optional<ReviewState>(ReviewState::New)); // sorting keeps the filter
    QCOMPARE(model.setQuery(ArticleQuery{}), QString());
    QCOMPARE(model.rowCount(), total);
    touchEveryCell(model);
}

void TestItemModels::articlesFollowEditsAndImports()
{
    ArticleListModel model(*m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    touchEveryCell(model);
    const qint64 article = articleWithClaims();
    QVERIFY(article);
    const int row = model.rowOf(article);
    QVERIFY(row >= 0);

    // A field edit repaints its row, and undo brings the old title back.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString title = model.index(row, ArticleListModel::Title).data().toString();
    QVERIFY(m_project->setArticleField(article, ArticleStore::Field::Title, QStringLiteral("Renamed by the test")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, ArticleListModel::Title).data().toString(), QStringLiteral("Renamed by the test"));
    m_project->undoStack()->undo();
    QCOMPARE(model.index(row, ArticleListModel::Title).data().toString(), title);

    // A claim added or removed changes that article's count.
    const int claims = model.index(row, ArticleListModel::Claims).data().toInt();
    const qint64 claim = addClaimOn(article);
    QVERIFY(claim);
    QCOMPARE(model.index(row, ArticleListModel::Claims).data().toInt(), claims + 1);
    QVERIFY(m_project->removeClaim(claim));
    QCOMPARE(model.index(row, ArticleListModel::Claims).data().toInt(), claims);

    // An entity rename reaches every claim (claimsChanged(0)): every row is repainted.
    changed.clear();
    const QList<Entity> entities = m_project->entities().all();
    QVERIFY(!entities.isEmpty());
    QVERIFY(m_project->renameEntity(entities.first().id, QStringLiteral("Renamed Entity")));
    QVERIFY(!changed.isEmpty());
    touchEveryCell(model);

    // An import resets the list and the new article is in it.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Article a;
    a.title = QStringLiteral("Imported while the model watched");
    a.body = QStringLiteral("A body about the harbour and a drone.");
    a.uid = articleUid(a.title, a.body);
    const qint64 id = m_project->articles().insert(a);
    QVERIFY(id);
    m_project->notifyArticlesImported();
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.rowOf(id) >= 0);
    QCOMPARE(model.rowCount(), int(m_project->articles().count()));
    QCOMPARE(model.index(model.rowOf(id), ArticleListModel::Title).data().toString(), a.title);
    touchEveryCell(model);
}

void TestItemModels::claimsFollowArticleAndEdits()
{
    ClaimListModel model(*m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    const qint64 article = articleWithClaims();
    QVERIFY(article);
    model.setArticle(article);
    const QList<Claim> stored = m_project->claims().claimsForArticle(article);
    QCOMPARE(idsOf(model, ClaimListModel::IdRole), [&] {
        QList<qint64> ids;
        for (const Claim &c : stored)
            ids << c.id;
        return ids;
    }());
    touchEveryCell(model);

    // Insert, edit, remove, undo and redo: the list is the store's each time.
    const qint64 claim = addClaimOn(article);
    QVERIFY(claim);
    QCOMPARE(model.rowCount(), int(stored.size()) + 1);
    QVERIFY(model.rowOf(claim) >= 0);
    QCOMPARE(model.index(model.rowOf(claim)).data(ClaimListModel::ClaimantRole).toString(),
             QStringLiteral("Model Tester"));
    const auto disputed = m_project->vocabulary().statusByName(QStringLiteral("Disputed"));
    QVERIFY(disputed);
    QVERIFY(m_project->setClaimField(claim, ClaimStore::Field::Status, disputed->id));
    QCOMPARE(model.index(model.rowOf(claim)).data(ClaimListModel::StatusRole).toString(), QStringLiteral("Disputed"));
    QVERIFY(m_project->addClaimLink(claim, stored.first().id, ClaimRelation::Contradicts));
    QCOMPARE(model.index(model.rowOf(claim)).data(ClaimListModel::LinkCountRole).toInt(), 1);
    QVERIFY(m_project->removeClaim(claim));
    QCOMPARE(model.rowCount(), int(stored.size()));
    QCOMPARE(model.rowOf(claim), -1);
    m_project->undoStack()->undo();
    QCOMPARE(model.rowCount(), int(stored.size()) + 1);
    m_project->undoStack()->redo();
    QCOMPARE(model.rowCount(), int(stored.size()));
    touchEveryCell(model);

    // An entity edit reloads; another article's edit does not touch this list.
    QSignalSpy reloaded(&model, &ClaimListModel::claimsReloaded);
    const QString claimant = model.index(0).data(ClaimListModel::ClaimantRole).toString();
    const qint64 entity = m_project->entities().findByName(claimant);
    if (entity > 0) {
        QVERIFY(m_project->renameEntity(entity, claimant + QStringLiteral(" (renamed)")));
        QVERIFY(!reloaded.isEmpty());
        QCOMPARE(model.index(0).data(ClaimListModel::ClaimantRole).toString(), claimant + QStringLiteral(" (renamed)"));
    }

    // Switching articles, and to none.
    ArticleQuery all;
    for (const qint64 other : m_project->articles().ids(all)) {
        model.setArticle(other);
        QCOMPARE(model.rowCount(), int(m_project->claims().claimsForArticle(other).size()));
        touchEveryCell(model);
    }
    model.setArticle(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::incidentsFollowPeriodFilterAndEdits()
{
    IncidentTableModel model(*m_project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int total = int(m_project->incidents().count());
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.columnCount(), int(IncidentTableModel::ColumnCount));
    touchEveryCell(model);

    // A period narrows to the dated incidents in it; the text filter narrows within the period.
    const QList<Incident> all = m_project->incidents().incidents();
    QDate first, last;
    for (const Incident &i : all) {
        if (!i.eventDate.isValid())
            continue;
        first = first.isValid() ? std::min(first, i.eventDate.date) : i.eventDate.date;
        last = last.isValid() ? std::max(last, i.eventDate.date) : i.eventDate.date;
    }
    QVERIFY(first.isValid() && first < last);
    model.setPeriod(first, first);
    QVERIFY(model.rowCount() >= 1 && model.rowCount() < total);
    for (const QString &date : columnOf(model, IncidentTableModel::DateColumn))
        QVERIFY2(date.startsWith(first.toString(Qt::ISODate).left(4)), qPrintable(date));
    touchEveryCell(model);
    model.setPeriod({}, {});
    QCOMPARE(model.rowCount(), total);

    const QString type = all.first().eventType;
    QVERIFY(!type.isEmpty());
    model.setTextFilter(type.toUpper());
    const auto ofType = std::count_if(all.cbegin(), all.cend(), [&](const Incident &i) { return i.eventType == type; });
    QVERIFY2(model.rowCount() >= ofType && model.rowCount() < total, qPrintable(type));
    model.setTextFilter(QStringLiteral("zzqxnotaword"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), total);
    model.setTextFilter({});
    QCOMPARE(model.rowCount(), total);

    // Add, edit, remove, undo, redo.
    Incident added;
    added.eventDate = PartialDate{QDate(2025, 5, 4), DatePrecision::Day};
    added.eventType = QStringLiteral("Battles");
    added.location = QStringLiteral("Modeltesterville");
    const qint64 id = m_project->addIncident(added);
    QVERIFY(id);
    QCOMPARE(model.rowCount(), total + 1);
    QVERIFY(model.rowOf(id) >= 0);
    QCOMPARE(model.index(model.rowOf(id), IncidentTableModel::LocationColumn).data().toString(), added.location);
    Incident edited = *m_project->incidents().incident(id);
    edited.fatalities = 3;
    QVERIFY(m_project->updateIncident(edited));
    QCOMPARE(model.index(model.rowOf(id), IncidentTableModel::FatalitiesColumn).data().toInt(), 3);
    model.setTextFilter(QStringLiteral("testerville"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_project->removeIncident(id));
    QCOMPARE(model.rowCount(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    model.setTextFilter({});
    m_project->undoStack()->redo();
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.rowOf(id), -1);
    touchEveryCell(model);
}

void TestItemModels::incidentsSortThroughProxy_data()
{
    QTest::addColumn<int>("column");
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column)
        QTest::addRow("column %d", column) << column;
}

void TestItemModels::incidentsSortThroughProxy()
{
    // As the incident table shows it: sorted by SortRole through a proxy, both under the tester.
    QFETCH(int, column);
    IncidentTableModel model(*m_project);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(IncidentTableModel::SortRole);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(column, order);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QVariant before = proxy.index(row - 1, column).data(IncidentTableModel::SortRole);
            const QVariant after = proxy.index(row, column).data(IncidentTableModel::SortRole);
            const auto cmp = QVariant::compare(before, after);
            QVERIFY2(
                order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater : cmp != QPartialOrdering::Less,
                qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(before.toString(), after.toString())));
        }
        // Edits and filters underneath a sorted proxy.
        Incident i;
        i.eventDate = PartialDate{QDate(2024, 12, 31), DatePrecision::Day};
        i.eventType = QStringLiteral("Riots");
        i.fatalities = 7;
        const qint64 id = m_project->addIncident(i);
        QVERIFY(id);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        model.setTextFilter(QStringLiteral("riots"));
        QVERIFY(proxy.rowCount() >= 1);
        model.setTextFilter({});
        QVERIFY(m_project->removeIncident(id));
        model.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
        model.setPeriod({}, {});
        touchEveryCell(proxy);
    }
}

QTEST_GUILESS_MAIN(TestItemModels)
void TestItemModels::refusedReadsKeepTheRowsShown()
{
    // A server that stops answering makes every read throw; here the tables the models read are renamed away,
    // which makes the file's reads throw the same StoreError. The models are reloaded from the project's
    // signals, so they must keep what they showed and say why, never throw into Qt's code.
    ClaimListModel claims(*m_project);
    QAbstractItemModelTester claimsTester(&claims, QAbstractItemModelTester::FailureReportingMode::Fatal);
    IncidentTableModel incidents(*m_project);
    QAbstractItemModelTester incidentsTester(&incidents, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 article = articleWithClaims();
    QVERIFY(article);
    claims.setArticle(article);
    const QList<qint64> claimIds = idsOf(claims, ClaimListModel::IdRole);
    const QList<qint64> incidentIds = idsOf(incidents, IncidentTableModel::IdRole);
    QVERIFY(claimIds.size() >= 2);
    QVERIFY(incidentIds.size() > 3);

    Statement(m_project->db(), "ALTER TABLE claim RENAME TO claim_gone").exec();
    Statement(m_project->db(), "ALTER TABLE incident RENAME TO incident_gone").exec();
    QSignalSpy claimsFailed(&claims, &ClaimListModel::readFailed);
    QSignalSpy incidentsFailed(&incidents, &IncidentTableModel::readFailed);
    QSignalSpy claimsReset(&claims, &QAbstractItemModel::modelReset);
    QSignalSpy incidentsReset(&incidents, &QAbstractItemModel::modelReset);
    Q_EMIT m_project->claimsChanged(article);
    Q_EMIT m_project->incidentsChanged();
    incidents.setPeriod(QDate(2000, 1, 1), QDate(2100, 1, 1));

    QCOMPARE(claimsFailed.size(), 1);
    QVERIFY2(claimsFailed.first().first().toString().contains(QStringLiteral("claim")),
             qPrintable(claimsFailed.first().first().toString()));
    QCOMPARE(incidentsFailed.size(), 2);
    QVERIFY2(incidentsFailed.first().first().toString().startsWith(QStringLiteral("Could not read the incidents")),
             qPrintable(incidentsFailed.first().first().toString()));
    QCOMPARE(claimsReset.size(), 0);
    QCOMPARE(incidentsReset.size(), 0);
    QCOMPARE(idsOf(claims, ClaimListModel::IdRole), claimIds);
    QCOMPARE(idsOf(incidents, IncidentTableModel::IdRole), incidentIds);
    touchEveryCell(claims);
    touchEveryCell(incidents);

    // Once the tables are back, the next signal reloads as usual.
    Statement(m_project->db(), "ALTER TABLE claim_gone RENAME TO claim").exec();
    Statement(m_project->db(), "ALTER TABLE incident_gone RENAME TO incident").exec();
    Q_EMIT m_project->incidentsChanged();
    QCOMPARE(incidentsReset.size(), 1);
    claims.setArticle(article);
    QCOMPARE(idsOf(claims, ClaimListModel::IdRole), claimIds);
    QCOMPARE(claimsReset.size(), 1);
}

#include "tst_itemmodels.moc"
