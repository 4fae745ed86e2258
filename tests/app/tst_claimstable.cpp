// The claims table and bulk review through the real main window: View ▸ Claims, filters, keyboard triage,
// Enter to open, bulk changes as one undo step, multi-select in the library and the incident table, and
// Help ▸ Keyboard Shortcuts.
#include "app/MainWindow.h"
#include "core/export/ExportFormat.h"
#include "core/models/ClaimTableModel.h"
#include "core/project/Project.h"
#include "support/FindChild.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ClaimTableView.h"
#include "widgets/Dialogs.h"
#include "widgets/InputDialogs.h"
#include "widgets/ShortcutsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sift;

class TestClaimsTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrl2ShowsEveryClaim();
    void bulkStatusOfFiftyIsOneUndoStep();
    void triageWithJKAndDigits();
    void enterOpensTheArticleWithTheClaimSelected();
    void filtersNarrowTheRows();
    void bulkTagAndLinkFromTheTable();
    void libraryAndIncidentMultiSelect();
    void exportOfTheFilter();
    void shortcutsDialogGroupsAndSearches();

private:
    void openWindow();
    ClaimTableView *claimsView();
    QTableView *claimsTable();
    QString path() const { return m_dir->filePath(QStringLiteral("claims.sift")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<Status> m_statuses;
    int m_claimCount = 0;
};

void TestClaimsTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestClaimsTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("windowState"));
    QString error;
    auto project = Project::open(path(), &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(project, qPrintable(error));
    m_statuses = project->vocabulary().statuses();
    QVERIFY(m_statuses.size() >= 8);
    const qint64 claimant = project->entities().findOrCreate(QStringLiteral("Defence Ministry"));
    Transaction tx(project->db());
    // 4 articles × 30 claims; all start Unverified (the vocabulary's default).
    m_claimCount = 0;
    for (int a = 0; a < 4; ++a) {
        Article article;
        article.title = QStringLiteral("Border report %1").arg(a);
        article.outlet = a % 2 ? QStringLiteral("Wire B") : QStringLiteral("Wire A");
        article.published = PartialDate{QDate(2025, 3, 1 + a), DatePrecision::Day};
        article.body =
            QStringLiteral("Officials said the convoy crossed at dawn and the drone was shot down. ").repeated(40);
        const qint64 articleId = project->articles().insert(article);
        for (int c = 0; c < 30; ++c) {
            Claim claim;
            claim.articleId = articleId;
            claim.anchor = TextAnchor{c * 71, c * 71 + 9, article.body.mid(c * 71, 9), {}, {}};
            claim.statement =
                c % 3 == 0 ? QStringLiteral("Drone downed %1").arg(c) : QStringLiteral("Convoy %1").arg(c);
            claim.claimantId = c % 2 ? claimant : 0;
            project->claims().insert(claim);
            ++m_claimCount;
        }
    }
    Incident incident;
    incident.eventType = QStringLiteral("Battles");
    project->incidents().insert(incident);
    incident.eventType = QStringLiteral("Protests");
    project->incidents().insert(incident);
    tx.commit();
    project.reset();
    openWindow();
}

void TestClaimsTable::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestClaimsTable::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Docks added to a shown window appear once the event loop has run.
    SIFT_CHILD(QDockWidget, library, m_window.get(), "libraryDock");
    QTRY_VERIFY(library->isVisible());
}

ClaimTableView *TestClaimsTable::claimsView()
{
    return m_window->claimTable();
}

QTableView *TestClaimsTable::claimsTable()
{
    return SIFT_FIND_CHILD(QTableView, m_window.get(), "claimsTable");
}

void TestClaimsTable::ctrl2ShowsEveryClaim()
{
    SIFT_CHILD(QDockWidget, dock, m_window.get(), "claimsDock");
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QTableView *table = claimsTable();
    QVERIFY(table);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->model()->rowCount(), m_claimCount);
    QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestClaimsTable::bulkStatusOfFiftyIsOneUndoStep()
{
    SIFT_CHILD(QAction, show, m_window.get(), "actionShowClaims");
    show->trigger();
    QTableView *table = claimsTable();
    QVERIFY(table);
    // Shift-select 50 rows the way a user does: click the first, shift-click the 50th.
    table->setCurrentIndex(table->model()->index(0, 1));
    table->scrollTo(table->model()->index(49, 1));
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(49, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> ids = claimsView()->selectedClaimIds();
    QCOMPARE(ids.size(), 50);
    Project *project = m_window->project();
    const int steps = project->undoStack()->count();
    const int history = int(project->history().latest(100000).size());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_3); // the vocabulary's third status
    const qint64 third = m_statuses.at(2).id;
    for (qint64 id : ids)
        QCOMPARE(project->claims().claim(id)->statusId, third);
    QCOMPARE(project->claims()
                 .claim(claimsView()->table()->model()->index(50, 0).data(ClaimTableModel::IdRole).toLongLong())
                 ->statusId,
             m_statuses.at(0).id);
    QCOMPARE(project->undoStack()->count(), steps + 1);
    QCOMPARE(int(project->history().latest(100000).size()), history + 50);
    QTRY_COMPARE(table->model()->index(0, ClaimTableModel::StatusColumn).data().toString(), m_statuses.at(2).name);

    SIFT_CHILD(QAction, undo, m_window.get(), "actionUndo");
    SIFT_CHILD(QAction, redo, m_window.get(), "actionRedo");
    undo->trigger();
    for (qint64 id : ids)
        QCOMPARE(project->claims().claim(id)->statusId, m_statuses.at(0).id);
    QCOMPARE(project->undoStack()->index(), steps);
    QTRY_COMPARE(table->model()->index(0, ClaimTableModel::StatusColumn).data().toString(), m_statuses.at(0).name);
    redo->trigger();
    for (qint64 id : ids)
        QCOMPARE(project->claims().claim(id)->statusId, third);
}

void TestClaimsTable::triageWithJKAndDigits()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowClaims"))->trigger();
    QTableView *table = claimsTable();
    QVERIFY(table);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 3);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(claimsView()->selectedClaimIds().size(), 1); // J/K move the selection with them
    const qint64 current = claimsView()->currentClaim();
    Project *project = m_window->project();
    for (int key = 1; key <= 8; ++key) {
        QTest::keyClick(table, Qt::Key(Qt::Key_0 + key));
        QCOMPARE(project->claims().claim(current)->statusId, m_statuses.at(key - 1).id);
    }
    // The neighbours were not touched, and the table shows the new status once it refreshes.
    const qint64 next = table->model()->index(3, 0).data(ClaimTableModel::IdRole).toLongLong();
    QCOMPARE(project->claims().claim(next)->statusId, m_statuses.at(0).id);
    QTRY_COMPARE(table->model()->index(2, ClaimTableModel::StatusColumn).data().toString(), m_statuses.at(7).name);
    QCOMPARE(table->currentIndex().row(), 2);
    // A digit typed into the search box stays a digit.
    claimsView()->searchEdit()->setFocus();
    QTest::keyClick(claimsView()->searchEdit(), Qt::Key_1);
    QCOMPARE(claimsView()->searchEdit()->text(), QStringLiteral("1"));
    QCOMPARE(project->claims().claim(current)->statusId, m_statuses.at(7).id);
}

void TestClaimsTable::enterOpensTheArticleWithTheClaimSelected()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowClaims"))->trigger();
    QTableView *table = claimsTable();
    QVERIFY(table);
    // Sorted by id descending, the last claim (of the last article) comes first.
    table->sortByColumn(ClaimTableModel::IdColumn, Qt::DescendingOrder);
    claimsView()->setCurrentRow(35);
    const qint64 claimId = claimsView()->currentClaim();
    const Claim claim = *m_window->project()->claims().claim(claimId);
    QVERIFY(claim.articleId != m_window->currentArticle());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentArticle(), claim.articleId);
    QCOMPARE(m_window->annotationPanel()->currentClaim(), claimId);
    // Double-click does the same.
    claimsView()->setCurrentRow(0);
    const qint64 other = claimsView()->currentClaim();
    const QModelIndex index = table->model()->index(0, ClaimTableModel::QuoteColumn);
    // A double-click is a press (which sets the pressed index) followed by the double-click event.
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_window->annotationPanel()->currentClaim(), other);
}

void TestClaimsTable::filtersNarrowTheRows()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowClaims"))->trigger();
    QTableView *table = claimsTable();
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    SIFT_CHILD(QComboBox, outlet, m_window.get(), "claimsOutletFilter");
    SIFT_CHILD(QComboBox, claimant, m_window.get(), "claimsClaimantFilter");
    SIFT_CHILD(QLineEdit, search, m_window.get(), "claimsSearchEdit");
    SIFT_CHILD(QLineEdit, from, m_window.get(), "claimsFromEdit");

    auto choose = [](QComboBox *combo, const QString &text) {
        const int i = combo->findText(text);
        QVERIFY2(i > 0, qPrintable(text));
        combo->setCurrentIndex(i);
        Q_EMIT combo->activated(i);
    };
    choose(outlet, QStringLiteral("Wire B"));
    QCOMPARE(model->rowCount(), 60);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ClaimTableModel::OutletColumn).data().toString(), QStringLiteral("Wire B"));
    choose(claimant, QStringLiteral("Defence Ministry"));
    QCOMPARE(model->rowCount(), 30);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("drone"));
    QTest::keyClick(search, Qt::Key_Return);
    // c odd (claimant) and c % 3 == 0 (drone): c = 3, 9, 15, 21, 27 per article, two articles.
    QCOMPARE(model->rowCount(), 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(
            model->index(row, ClaimTableModel::StatementColumn).data().toString().startsWith(QLatin1String("Drone")));
    from->setText(QStringLiteral("2025-03-04"));
    Q_EMIT from->editingFinished();
    QCOMPARE(model->rowCount(), 5); // only the fourth article (Wire B, published 2025-03-04)
    SIFT_CHILD(QWidget, clear, m_window.get(), "claimsClearFiltersButton");
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model->rowCount(), m_claimCount);
}

void TestClaimsTable::bulkTagAndLinkFromTheTable()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowClaims"))->trigger();
    QTableView *table = claimsTable();
    QVERIFY(table);
    table->selectionModel()->select(QItemSelection(table->model()->index(10, 0), table->model()->index(14, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> ids = claimsView()->selectedClaimIds();
    QCOMPARE(ids.size(), 5);
    Project *project = m_window->project();
    InputDialogs::setNextAnswer(QStringLiteral("needs source"));
    QTest::keyClick(table, Qt::Key_T);
    for (qint64 id : ids)
        QCOMPARE(project->claims().claim(id)->tags, QStringList{QStringLiteral("needs source")});
    InputDialogs::setNextAnswer(QStringLiteral("#2 "));
    QTest::keyClick(table, Qt::Key_I);
    QCOMPARE(project->incidents().incident(2)->claimIds, ids);
    QTRY_COMPARE(table->model()->index(10, ClaimTableModel::IncidentsColumn).data().toInt(), 1);
    // Delete takes all five as one step; undo brings them back with their tag and incident link.
    const int steps = project->undoStack()->count();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(project->undoStack()->count(), steps + 1);
    QTRY_COMPARE(table->model()->rowCount(), m_claimCount - 5);
    project->undoStack()->undo();
    QTRY_COMPARE(table->model()->rowCount(), m_claimCount);
    QCOMPARE(project->claims().claim(ids.first())->tags, QStringList{QStringLiteral("needs source")});
    QCOMPARE(project->incidents().incident(2)->claimIds.size(), 5);
}

void TestClaimsTable::libraryAndIncidentMultiSelect()
{
    SIFT_CHILD(QTableView, library, m_window.get(), "libraryTable");
    QCOMPARE(library->selectionMode(), QAbstractItemView::ExtendedSelection);
    library->selectAll();
    QCOMPARE(library->selectionModel()->selectedRows().size(), 4);
    Project *project = m_window->project();
    const int steps = project->undoStack()->count();
    library->setFocus();
    QTest::keyClick(library, Qt::Key_D, Qt::ShiftModifier);
    QCOMPARE(project->undoStack()->count(), steps + 1);
    for (qint64 id = 1; id <= 4; ++id)
        QCOMPARE(project->articles().fieldValue(id, ArticleStore::Field::ReviewState), QStringLiteral("done"));
    project->undoStack()->undo();
    for (qint64 id = 1; id <= 4; ++id)
        QCOMPARE(project->articles().fieldValue(id, ArticleStore::Field::ReviewState), QStringLiteral("new"));

    SIFT_CHILD(QTableView, incidents, m_window.get(), "incidentTableView");
    QCOMPARE(incidents->selectionMode(), QAbstractItemView::ExtendedSelection);
    incidents->selectAll();
    SIFT_CHILD(QAction, remove, incidents, "actionIncidentsDeleteSelected");
    remove->trigger();
    QCOMPARE(project->incidents().count(), 0);
    QCOMPARE(project->undoStack()->index(), steps + 1); // the undone library step was replaced by this one
    project->undoStack()->undo();
    QCOMPARE(project->incidents().count(), 2);
}

void TestClaimsTable::exportOfTheFilter()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowClaims"))->trigger();
    SIFT_CHILD(QComboBox, outlet, m_window.get(), "claimsOutletFilter");
    const int i = outlet->findText(QStringLiteral("Wire A"));
    outlet->setCurrentIndex(i);
    Q_EMIT outlet->activated(i);
    const QString file = m_dir->filePath(QStringLiteral("wire-a.csv"));
    InputDialogs::setNextAnswer(exportFormatLabel(ExportFormat::ClaimsCsv));
    Dialogs::setNextFileNames({file});
    m_window->findChild<QAction *>(QStringLiteral("actionExportClaims"))->trigger();
    QTRY_VERIFY(QFile::exists(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 60); // header + the 60 claims of Wire A's two articles
}

void TestClaimsTable::shortcutsDialogGroupsAndSearches()
{
    SIFT_CHILD(QAction, shortcuts, m_window.get(), "actionShortcuts");
    shortcuts->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"))));
    QTreeWidget *tree = dialog->tree();
    QStringList groups;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        groups << tree->topLevelItem(g)->text(0);
    QVERIFY2(groups.contains(QStringLiteral("File")), qPrintable(groups.join(QLatin1Char('|'))));
    QVERIFY(groups.contains(QStringLiteral("View")));
    QVERIFY(groups.contains(QStringLiteral("Claims table: triage")));
    const int all = dialog->visibleShortcutCount();
    QVERIFY(all > 20);
    dialog->searchEdit()->setText(QStringLiteral("next claim"));
    QCOMPARE(dialog->visibleShortcutCount(), 1);
    dialog->searchEdit()->setText(QStringLiteral("Ctrl+2"));
    QCOMPARE(dialog->visibleShortcutCount(), 1);
    dialog->searchEdit()->setText(QStringLiteral("shift+enter"));
    QCOMPARE(dialog->visibleShortcutCount(), 1); // the find bar's previous match, a key no action carries
    dialog->searchEdit()->setText(QStringLiteral("set status"));
    QCOMPARE(dialog->visibleShortcutCount(), 8);
    dialog->searchEdit()->clear();
    QCOMPARE(dialog->visibleShortcutCount(), all);
    dialog->close();
}

QTEST_MAIN(TestClaimsTable)
#include "tst_claimstable.moc"
