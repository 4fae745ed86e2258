#include "app/MainWindow.h"
#include "core/project/Project.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;

namespace {

const QString kQuote = QStringLiteral("could neither confirm nor deny");

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    // What a user does with the keyboard: focus the box and pick the entry.
    combo->setFocus();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordClaimUndoRedoReopen();
    void importReportsBadFiles();
    void titleNamesProject();
    void helpMenuStaysLast();
    void libraryRefreshKeepsTheArticleBeingRead();

private:
    void importSample(MainWindow &window);
    qint64 kremlinArticle(MainWindow &window);
    QString projectPath() const { return m_dir->filePath(QStringLiteral("desk.sift")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::importSample(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths({test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    QVERIFY(finished.wait(20000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.imported(), 2);
}

qint64 TestMainWindow::kremlinArticle(MainWindow &window)
{
    auto *table = SIFT_FIND_CHILD(QTableView, &window, "libraryTable");
    if (!table)
        return 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data().toString().startsWith(QLatin1String("Kremlin"))) {
            table->setFocus();
            table->setCurrentIndex(index);
            return window.currentArticle();
        }
    }
    return 0;
}

void TestMainWindow::recordClaimUndoRedoReopen()
{
    qint64 claimId = 0;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(projectPath(), true));
        importSample(window);
        const qint64 article = kremlinArticle(window);
        QVERIFY(article > 0);

        // Find the words with the find bar, the keyboard path: the match becomes the selection.
        SIFT_CHILD(QAction, findAction, &window, "actionFind");
        SIFT_CHILD(QLineEdit, find, &window, "findEdit");
        SIFT_CHILD(QAction, newClaim, &window, "actionNewClaim");
        SIFT_CHILD(QLineEdit, claimant, &window, "claimantEdit");
        SIFT_CHILD(QLineEdit, reportedBy, &window, "reportedByEdit");
        SIFT_CHILD(QComboBox, stance, &window, "claimStanceCombo");
        SIFT_CHILD(QComboBox, status, &window, "claimStatusCombo");
        SIFT_CHILD(QAction, undo, &window, "actionUndo");
        SIFT_CHILD(QAction, redo, &window, "actionRedo");
        findAction->trigger();
        QVERIFY(find->isVisible());
        QTest::keyClicks(find, kQuote);
        QCOMPARE(window.reader()->textCursor().selectedText(), kQuote);

        QVERIFY(newClaim->isEnabled());
        newClaim->trigger();
        Project *project = window.project();
        QCOMPARE(project->store().counts().claims, qint64(1));
        claimId = window.annotationPanel()->currentClaim();
        QVERIFY(claimId > 0);

        typeInto(claimant, QStringLiteral("Dmitry Peskov"));
        typeInto(reportedBy, QStringLiteral("Reuters"));
        choose(stance, stanceLabel(Stance::NeitherConfirmsNorDenies));
        choose(status, QStringLiteral("Unconfirmed"));

        auto check = [&] {
            const auto claim = project->claims().claim(claimId);
            QVERIFY(claim);
            QCOMPARE(claim->anchor.quote, kQuote);
            QCOMPARE(claim->claimant, QStringLiteral("Dmitry Peskov"));
            QCOMPARE(claim->reportedBy, QStringLiteral("Reuters"));
            QCOMPARE(claim->stance, Stance::NeitherConfirmsNorDenies);
            QCOMPARE(claim->status, QStringLiteral("Unconfirmed"));
            const auto range = window.reader()->documentRangeOfClaim(claimId);
            QVERIFY(range);
            QCOMPARE(window.reader()->documentText(range->first, range->second), kQuote);
        };
        check();
        // Every edit went to history with its old and new value.
        QVERIFY(project->history().entries(QStringLiteral("claim"), claimId).size() >= 5);

        // Undo everything back to before the claim, then redo it all.
        int steps = 0;
        while (undo->isEnabled() && project->store().counts().claims > 0) {
            undo->trigger();
            ++steps;
        }
        QCOMPARE(project->store().counts().claims, qint64(0));
        QVERIFY(!window.reader()->documentRangeOfClaim(claimId));
        QCOMPARE(steps, 5);
        for (int i = 0; i < steps; ++i) {
            QVERIFY(redo->isEnabled());
            redo->trigger();
        }
        check();
        window.close();
    }

    // Reopen: the claim is still there and highlights exactly that text.
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(projectPath()));
    QCOMPARE(window.project()->store().counts().claims, qint64(1));
    QVERIFY(kremlinArticle(window) > 0);
    const auto range = window.reader()->documentRangeOfClaim(claimId);
    QVERIFY(range);
    QCOMPARE(window.reader()->documentText(range->first, range->second), kQuote);
    QCOMPARE(window.project()->claims().claim(claimId)->status, QStringLiteral("Unconfirmed"));
}

void TestMainWindow::importReportsBadFiles()
{
    MainWindow window;
    QVERIFY(window.openProject(projectPath(), true));
    const QString junk = m_dir->filePath(QStringLiteral("junk.bin"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\x01\x02binary\x00\xff", 11));
    f.close();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths({junk, test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    QVERIFY(finished.wait(20000));
    const auto summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.imported(), 2);
    QCOMPARE(summary.failed(), 1);
    QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("junk.bin")), qPrintable(Dialogs::lastMessage()));
    QCOMPARE(window.project()->store().counts().articles, qint64(2));
}

void TestMainWindow::titleNamesProject()
{
    MainWindow window;
    QVERIFY(window.openProject(projectPath(), true));
    QCOMPARE(window.windowTitle(), QStringLiteral("desk.sift — Sift"));
    QVERIFY(!window.openProject(m_dir->filePath(QStringLiteral("missing.sift"))));
    QCOMPARE(window.windowTitle(), QStringLiteral("desk.sift — Sift"));
}

void TestMainWindow::helpMenuStaysLast()
{
    MainWindow window;
    const auto titles = [&window] {
        QStringList names;
        for (const QAction *action : window.menuBar()->actions())
            names << action->text();
        return names;
    };
    QCOMPARE(titles().constLast(), QStringLiteral("&Help"));
    // The Incidents menu comes with a project, and goes before Help; so do the menus of a second project.
    QVERIFY(window.openProject(projectPath(), true));
    QVERIFY(window.openProject(projectPath()));
    const QStringList names = titles();
    QCOMPARE(names.constLast(), QStringLiteral("&Help"));
    QCOMPARE(names.count(QStringLiteral("&Incidents")), 1);
    QCOMPARE(names.first(), QStringLiteral("&File"));
}

void TestMainWindow::libraryRefreshKeepsTheArticleBeingRead()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(projectPath(), true));
    QSignalSpy suggested(&window, &MainWindow::suggestingFinished);
    importSample(window);
    QTRY_VERIFY_WITH_TIMEOUT(!suggested.isEmpty(), 20000);
    auto *table = SIFT_FIND_CHILD(QTableView, &window, "libraryTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    // The analyst reads the second article of the list, chosen from the keyboard.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    const qint64 second = window.currentArticle();
    QVERIFY(second);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(window.reader()->articleId(), second);

    // A suggestion pass ends and refreshes the library (its counts changed): the row being read stays current.
    suggested.clear();
    SIFT_CHILD(QAction, suggestAll, &window, "actionSuggestAll");
    suggestAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!suggested.isEmpty(), 20000);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QCOMPARE(window.reader()->articleId(), second);
    // Coming back to the window gives the table focus again: that must not open the first article instead.
    QFocusEvent back(QEvent::FocusIn, Qt::ActiveWindowFocusReason);
    QApplication::sendEvent(table, &back);
    QCOMPARE(window.reader()->articleId(), second);
    // A search that leaves the article out, then one that brings it back: it is current again, still open.
    SIFT_CHILD(QLineEdit, search, &window, "librarySearchEdit");
    typeInto(search, QStringLiteral("zzyzxnotaword"));
    QCOMPARE(table->model()->rowCount(), 0);
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(window.reader()->articleId(), second);
    // The keyboard goes on from the row being read.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(window.reader()->articleId() != second);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
