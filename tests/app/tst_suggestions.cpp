#include "app/MainWindow.h"
#include "core/ingest/ArticleParser.h"
#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"
#include "core/store/SuggestionStore.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/ArticleReader.h"
#include "widgets/Dialogs.h"
#include "widgets/SuggestionList.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;

/// Suggested claims through the real main window: the panel's list and the reader's underline agree; Enter
/// accepts, Del rejects, Shift+Enter accepts all, each one undo step; Analysis ▸ Suggest Claims counts them.
class TestSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listAndUnderlineAgree();
    void enterAcceptsAndUndoRemoves();
    void deleteRejectsAndUndoRestores();
    void shiftEnterAcceptsAllAsOneStep();
    void suggestAllCountsEveryArticle();
    void reopeningWithNothingNewSaysNothing();
    void anImportThatEndsDuringAPassIsAnalysedAfterIt();

private:
    qint64 article(const QString &titlePrefix) const;
    QListWidget *list() const;
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_azerbaijan = 0;
};

void TestSuggestions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestSuggestions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().remove(QStringLiteral("windowState"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_dir->filePath(QStringLiteral("s.sift")), true));
    const QString sample = test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"));
    const ParseResult parsed = parseArticles(test::readFile(sample), sample);
    QVERIFY(parsed.ok());
    for (Article a : parsed.articles) {
        a.uid = articleUid(a.title, a.body);
        QVERIFY(m_window->project()->articles().insert(a) > 0);
    }
    m_window->project()->notifyArticlesImported();
    m_azerbaijan = article(QStringLiteral("Azerbaijan Says"));
    QVERIFY(m_azerbaijan);
    m_window->showArticle(m_azerbaijan);
    QTRY_VERIFY(list() && list()->count() > 0);
}

void TestSuggestions::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

qint64 TestSuggestions::article(const QString &titlePrefix) const
{
    for (const qint64 id : m_window->project()->articles().ids({}))
        if (m_window->project()->articles().article(id)->title.startsWith(titlePrefix))
            return id;
    return 0;
}

QListWidget *TestSuggestions::list() const
{
    return m_window->findChild<QListWidget *>(QStringLiteral("suggestionList"));
}

void TestSuggestions::press(int key, Qt::KeyboardModifiers modifiers)
{
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key(key), modifiers);
}

void TestSuggestions::listAndUnderlineAgree()
{
    SIFT_CHILD(SuggestionList, panel, m_window.get(), "suggestionPanel");
    const int count = list()->count();
    QCOMPARE(int(panel->suggestions().size()), count);
    QCOMPARE(m_window->reader()->suggestionCount(), count);
    // The underline covers the suggestion's words in the reader.
    for (int i = 0; i < count; ++i) {
        const auto range = m_window->reader()->documentRangeOfSuggestion(i);
        QVERIFY(range);
        QCOMPARE(m_window->reader()->documentText(range->first, range->second), panel->suggestions()[i].content.text);
    }
    bool denial = false;
    for (int i = 0; i < count; ++i)
        denial = denial || list()->item(i)->text().contains(QStringLiteral("the statement from Azerbaijan was untrue"));
    QVERIFY(denial);
    // The underline is dotted: a pattern, not only a colour.
    bool dotted = false;
    for (const auto &s : m_window->reader()->extraSelections())
        dotted = dotted || s.format.underlineStyle() == QTextCharFormat::DotLine;
    QVERIFY(dotted);
}

void TestSuggestions::enterAcceptsAndUndoRemoves()
{
    Project *project = m_window->project();
    const int before = list()->count();
    SIFT_CHILD(SuggestionList, panel, m_window.get(), "suggestionPanel");
    int row = -1;
    for (int i = 0; i < before; ++i)
        if (panel->suggestions()[i].content.text.startsWith(QStringLiteral("Armenian forces had opened fire")))
            row = i;
    QVERIFY(row >= 0);
    list()->setCurrentRow(row);
    const int steps = project->undoStack()->count();
    press(Qt::Key_Return);
    QTRY_COMPARE(list()->count(), before - 1);
    QCOMPARE(project->undoStack()->count(), steps + 1);
    const QList<Claim> claims = project->claims().claimsForArticle(m_azerbaijan);
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims[0].anchor.quote,
             QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area"));
    QCOMPARE(claims[0].claimant, QStringLiteral("Azerbaijan's defense ministry"));
    QCOMPARE(claims[0].status, QStringLiteral("Disputed"));
    QCOMPARE(m_window->reader()->suggestionCount(), before - 1);

    project->undoStack()->undo();
    QTRY_COMPARE(list()->count(), before);
    QVERIFY(project->claims().claimsForArticle(m_azerbaijan).isEmpty());
}

void TestSuggestions::deleteRejectsAndUndoRestores()
{
    Project *project = m_window->project();
    const int before = list()->count();
    list()->setCurrentRow(0);
    const QString rejected = list()->item(0)->text();
    press(Qt::Key_Delete);
    QTRY_COMPARE(list()->count(), before - 1);
    for (int i = 0; i < list()->count(); ++i)
        QVERIFY(list()->item(i)->text() != rejected);
    QVERIFY(project->claims().claimsForArticle(m_azerbaijan).isEmpty());
    QCOMPARE(SuggestionStore(project->db()).rejections(m_azerbaijan).size(), 1);
    // Another article and back: still rejected.
    m_window->showArticle(article(QStringLiteral("Kremlin Neither")));
    QTRY_VERIFY(list()->count() > 0);
    m_window->showArticle(m_azerbaijan);
    QTRY_COMPARE(list()->count(), before - 1);

    project->undoStack()->undo();
    QTRY_COMPARE(list()->count(), before);
    QCOMPARE(list()->item(0)->text(), rejected);
}

void TestSuggestions::shiftEnterAcceptsAllAsOneStep()
{
    Project *project = m_window->project();
    const int before = list()->count();
    const int steps = project->undoStack()->count();
    press(Qt::Key_Return, Qt::ShiftModifier);
    QTRY_COMPARE(list()->count(), 0);
    QCOMPARE(project->undoStack()->count(), steps + 1);
    const QList<Claim> claims = project->claims().claimsForArticle(m_azerbaijan);
    QCOMPARE(claims.size(), before);
    int contradicts = 0;
    for (const Claim &c : claims)
        for (const ClaimLink &l : project->claims().links(c.id))
            contradicts += l.fromClaim == c.id && l.relation == ClaimRelation::Contradicts ? 1 : 0;
    QCOMPARE(contradicts, 1);
    QCOMPARE(m_window->reader()->suggestionCount(), 0);

    project->undoStack()->undo();
    QTRY_COMPARE(list()->count(), before);
    QVERIFY(project->claims().claimsForArticle(m_azerbaijan).isEmpty());
    project->undoStack()->redo();
    QTRY_COMPARE(list()->count(), 0);
    QCOMPARE(project->claims().claimsForArticle(m_azerbaijan).size(), before);
}

void TestSuggestions::suggestAllCountsEveryArticle()
{
    SIFT_CHILD(QAction, action, m_window.get(), "actionSuggestAll");
    SuggestionStore store(m_window->project()->db());
    const qint64 kremlin = article(QStringLiteral("Kremlin Neither"));
    QVERIFY(!store.pendingCount(kremlin)); // never shown, never analysed
    action->trigger();
    QTRY_VERIFY(store.pendingCount(kremlin).has_value());
    QVERIFY(*store.pendingCount(kremlin) >= 6);
    QCOMPARE(*store.pendingCount(m_azerbaijan), list()->count());

    // The library shows the count, and its filter keeps the articles that still have suggestions.
    SIFT_CHILD(QTableView, table, m_window.get(), "libraryTable");
    QAbstractItemModel *model = table->model();
    auto suggestedOf = [model](qint64 id) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ArticleListModel::IdRole).toLongLong() == id)
                return model->index(row, ArticleListModel::Suggested).data();
        return QVariant();
    };
    QTRY_COMPARE(suggestedOf(kremlin).toInt(), *store.pendingCount(kremlin));
    press(Qt::Key_Return, Qt::ShiftModifier);
    QTRY_COMPARE(list()->count(), 0);
    QTRY_COMPARE(suggestedOf(m_azerbaijan).toInt(), 0);
    SIFT_CHILD(QCheckBox, filter, m_window.get(), "librarySuggestedFilter");
    QCOMPARE(model->rowCount(), 2);
    filter->setChecked(true);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(ArticleListModel::IdRole).toLongLong(), kremlin);
}

void TestSuggestions::reopeningWithNothingNewSaysNothing()
{
    const QString path = m_window->project()->path();
    QSignalSpy finished(m_window.get(), &MainWindow::suggestingFinished);
    // The first reopen analyses the articles never analysed, and says how many it found.
    QVERIFY(m_window->openProject(path));
    QTRY_COMPARE(finished.count(), 1);
    const int analysed = finished.at(0).at(0).toInt();
    QVERIFY(analysed > 0);
    const QString found = m_window->statusBar()->currentMessage();
    QVERIFY2(found.contains(QString::number(finished.at(0).at(1).toInt())) && found.contains(QString::number(analysed)),
             qPrintable(found));
    // Only what this pass analysed: the article the panel shows was counted apart, so no project total is implied.
    QVERIFY2(found.contains(QStringLiteral("newly analysed")), qPrintable(found));

    // The next has nothing new: the status bar keeps what opening said, with no "0 suggested claim(s)".
    QVERIFY(m_window->openProject(path));
    const QString opened = m_window->statusBar()->currentMessage();
    QVERIFY2(opened.contains(QFileInfo(path).fileName()), qPrintable(opened));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toInt(), 0);
    QCOMPARE(m_window->statusBar()->currentMessage(), opened);
}

void TestSuggestions::anImportThatEndsDuringAPassIsAnalysedAfterIt()
{
    SIFT_CHILD(QAction, action, m_window.get(), "actionSuggestAll");
    QTRY_VERIFY(!m_window->findChild<QThread *>(QStringLiteral("suggestThread"))); // the pass after opening is over
    QSignalSpy finished(m_window.get(), &MainWindow::suggestingFinished);
    action->trigger();
    // The pass reads its articles at once and ends within the pause, but its end reaches the window only through the
    // event loop, which does not run here: to the window the pass is still running when the import below ends.
    QTest::qSleep(500);
    Article late;
    late.title = QStringLiteral("Late Arrival");
    late.body = QStringLiteral("The ministry said on Monday that the convoy had been stopped at the border. "
                               "\"We will not allow it,\" the spokesman told reporters.");
    late.uid = articleUid(late.title, late.body);
    const qint64 lateId = m_window->project()->articles().insert(late);
    QVERIFY(lateId > 0);
    ImportSummary summary;
    FileOutcome outcome;
    outcome.imported = 1;
    summary.files.append(outcome);
    summary.newArticleIds.append(lateId);
    Q_EMIT m_window->importFinished(summary);

    // Both passes end: the running one, then the one the import asked for, which finds the late article.
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toInt(), 1);
    SuggestionStore store(m_window->project()->db());
    QVERIFY(store.pendingCount(lateId).has_value());
    QVERIFY(*store.pendingCount(lateId) >= 1);
}

QTEST_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
