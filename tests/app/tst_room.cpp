#include "app/MainWindow.h"
#include "app/Theme.h"
#include "core/domain/TextOffsets.h"
#include "core/models/ArticleListModel.h"
#include "core/models/ClaimTableModel.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "core/store/ClaimChoices.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/ClaimDelegate.h"
#include "widgets/ClaimEditor.h"
#include "widgets/ClaimPickerDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/HighlightColors.h"
#include "widgets/LibraryView.h"
#include "widgets/StartPage.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sift;

/// The desk's room to work, through the real main window: the claim editor fits the panel, links are picked by
/// search, the library says how it is filtered, the timeline filters it to the incidents' articles, search
/// matches are marked and stepped through, an empty project starts with buttons, and the themes stay readable.
class TestRoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editorFitsThePanelAt1280x800();
    void claimListScrollsOnlyWhenCardsDoNotFit();
    void libraryTitleIsTheWidestColumnAt1280();
    void claimsTableFitsAt1280x800();
    void claimCardsShowNumberStanceAndLinks();
    void linkingPicksTheOtherClaimBySearch();
    void timelineBarShowsTheIncidentLinkedArticles();
    void outletsSortNaturallyWithUnknown();
    void searchMatchesAreMarkedAndStepped();
    void emptyProjectShowsStartPage();
    void themeSwitchesAndIsSaved();
    void statusHighlightsKeepContrast_data();
    void statusHighlightsKeepContrast();
    void firstWindowFitsTheScreen();

private:
    void openSample(const QSize &size = {});
    void openEmpty();
    qint64 addArticle(const QString &title, const QString &body, const QString &published, const QString &outlet = {});
    qint64 addClaim(qint64 articleId, const QString &quote);
    QTableView *libraryTable() const;
    QList<qint64> libraryIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestRoom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestRoom::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("windowState"));
    QSettings().remove(QStringLiteral("geometry"));
    QSettings().remove(QStringLiteral("claims/hiddenColumns"));
}

void TestRoom::cleanup()
{
    m_window.reset();
    m_dir.reset();
    Theme::apply(Theme::Mode::System, false);
}

void TestRoom::openSample(const QSize &size)
{
    const QString path = m_dir->filePath(QStringLiteral("sample.sift"));
    QCOMPARE(SampleProject::create(path), QString());
    m_window = std::make_unique<MainWindow>();
    if (size.isValid())
        m_window->resize(size); // the docks take their first widths from the window's
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    SIFT_CHILD(QWidget, panel, m_window.get(), "annotationPanel");
    QTRY_VERIFY(panel->isVisible());
}

void TestRoom::openEmpty()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_dir->filePath(QStringLiteral("empty.sift")), true));
    SIFT_CHILD(QWidget, panel, m_window.get(), "annotationPanel");
    QTRY_VERIFY(panel->isVisible());
}

qint64 TestRoom::addArticle(const QString &title, const QString &body, const QString &published, const QString &outlet)
{
    Article a;
    a.title = title;
    a.body = body;
    a.outlet = outlet;
    a.uid = articleUid(a.title, a.body);
    if (!published.isEmpty())
        a.published = PartialDate{QDate::fromString(published, Qt::ISODate), DatePrecision::Day};
    const qint64 id = m_window->project()->articles().insert(a);
    m_window->project()->notifyArticlesImported();
    return id;
}

qint64 TestRoom::addClaim(qint64 articleId, const QString &quote)
{
    const QString body = m_window->project()->articles().body(articleId);
    const qsizetype at = body.indexOf(quote);
    if (at < 0)
        return 0;
    Claim c;
    c.articleId = articleId;
    c.anchor = TextOffsets::anchorFor(body, at, at + quote.size());
    return m_window->project()->addClaim(c);
}

QTableView *TestRoom::libraryTable() const
{
    return SIFT_FIND_CHILD(QTableView, m_window.get(), "libraryTable");
}

QList<qint64> TestRoom::libraryIds() const
{
    QList<qint64> ids;
    if (QTableView *table = libraryTable()) {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids << table->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestRoom::claimListScrollsOnlyWhenCardsDoNotFit()
{
    openSample(QSize(1280, 800));
    QTRY_COMPARE(m_window->size(), QSize(1280, 800));
    SIFT_CHILD(QListView, claims, m_window.get(), "claimList");
    SIFT_CHILD(QListWidget, suggested, m_window.get(), "suggestionList");
    QTRY_VERIFY(claims->model()->rowCount() > 0);
    const qint64 articleId = m_window->currentArticle();
    QVERIFY(articleId > 0);
    const int cards = claims->model()->rowCount();
    QCOMPARE(cards, 4); // the sample's first article
    // Four cards fit at 1280x800: every one shows whole, and no scroll bar stands beside them.
    QTRY_VERIFY(claims->isVisible());
    QApplication::processEvents();
    for (int row = 0; row < cards; ++row)
        QVERIFY(claims->viewport()->rect().contains(claims->visualRect(claims->model()->index(row, 0))));
    QTRY_VERIFY2(!claims->verticalScrollBar()->isVisible(), qPrintable(QStringLiteral("scroll range %1, list %2 high")
                                                                           .arg(claims->verticalScrollBar()->maximum())
                                                                           .arg(claims->height())));
    QCOMPARE(claims->verticalScrollBar()->maximum(), 0);
    // The Suggested list still shows its first suggestion whole.
    QVERIFY(suggested->count() > 0);
    QVERIFY(suggested->viewport()->rect().contains(suggested->visualItemRect(suggested->item(0))));

    // Six more claims do not fit: the list scrolls, and the last card is reached by scrolling.
    const QStringList words = m_window->project()->articles().body(articleId).split(QLatin1Char(' '));
    int added = 0;
    for (int i = 0; i < words.size() && added < 6; i += 7) {
        if (words.at(i).size() > 3 && addClaim(articleId, words.at(i)) > 0)
            ++added;
    }
    QCOMPARE(added, 6);
    QTRY_COMPARE(claims->model()->rowCount(), cards + 6);
    QTRY_VERIFY(claims->verticalScrollBar()->isVisible());
    QVERIFY(claims->verticalScrollBar()->maximum() > 0);
    const QRect last = claims->visualRect(claims->model()->index(cards + 5, 0));
    QVERIFY(!claims->viewport()->rect().contains(last));

    // Back to four (undo the six): no scroll bar again.
    for (int i = 0; i < 6; ++i)
        m_window->project()->undoStack()->undo();
    QTRY_COMPARE(claims->model()->rowCount(), cards);
    QTRY_VERIFY(!claims->verticalScrollBar()->isVisible());
}

void TestRoom::libraryTitleIsTheWidestColumnAt1280()
{
    openSample(QSize(1280, 800));
    QTRY_COMPARE(m_window->size(), QSize(1280, 800));
    SIFT_CHILD(QTableView, table, m_window.get(), "libraryTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QApplication::processEvents();
    const QAbstractItemModel *model = table->model();
    const int title = table->columnWidth(ArticleListModel::Title);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column == ArticleListModel::Title || table->isColumnHidden(column))
            continue;
        QVERIFY2(title > table->columnWidth(column),
                 qPrintable(QStringLiteral("title %1 px, %2 %3 px")
                                .arg(title)
                                .arg(model->headerData(column, Qt::Horizontal).toString())
                                .arg(table->columnWidth(column))));
    }
    // The count columns are narrow, and their tooltips (and the header menu) name them in full.
    for (int column : {int(ArticleListModel::Claims), int(ArticleListModel::Suggested)}) {
        QVERIFY(!table->isColumnHidden(column));
        QVERIFY2(table->columnWidth(column) * 2 < title, qPrintable(QString::number(table->columnWidth(column))));
        QVERIFY(!model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(model->headerData(ArticleListModel::Claims, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Claims"));
    SIFT_CHILD(QAction, suggestedColumn, m_window.get(), "libraryColumnSuggested");
    QCOMPARE(suggestedColumn->text(), QStringLiteral("Suggested claims"));
}

void TestRoom::claimsTableFitsAt1280x800()
{
    openSample(QSize(1280, 800));
    QTRY_COMPARE(m_window->size(), QSize(1280, 800));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    SIFT_CHILD(QDockWidget, dock, m_window.get(), "claimsDock");
    SIFT_CHILD(QTableView, table, m_window.get(), "claimsTable");
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY(table->model()->rowCount() >= 40);
    QApplication::processEvents();
    // No sideways scrolling: the visible columns share the table's width, the quote the widest of them.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    int visible = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        ++visible;
        QVERIFY2(column == ClaimTableModel::QuoteColumn ||
                     table->columnWidth(column) <= table->columnWidth(ClaimTableModel::QuoteColumn),
                 qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
    }
    QVERIFY(visible >= 6);
    QVERIFY(!table->isColumnHidden(ClaimTableModel::ReportedByColumn));
    QVERIFY(!table->isColumnHidden(ClaimTableModel::StatusColumn));
    // A working view: at least ten rows show at once.
    const int rowHeight = table->rowHeight(0);
    QVERIFY2(table->viewport()->height() >= 10 * rowHeight,
             qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(table->viewport()->height()).arg(rowHeight)));

    // A hidden column comes back from the header's menu, and the choice is kept for the next window.
    SIFT_CHILD(QAction, outlet, table->horizontalHeader(), "claimsColumnOutlet");
    QVERIFY(table->isColumnHidden(ClaimTableModel::OutletColumn));
    outlet->trigger();
    QVERIFY(!table->isColumnHidden(ClaimTableModel::OutletColumn));
    QVERIFY(QSettings().value(QStringLiteral("claims/hiddenColumns")).toStringList().size() > 0);
    QVERIFY(
        !QSettings().value(QStringLiteral("claims/hiddenColumns")).toStringList().contains(QStringLiteral("Outlet")));
    QApplication::processEvents();
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
}

void TestRoom::editorFitsThePanelAt1280x800()
{
    openSample(QSize(1280, 800));
    SIFT_CHILD(QListView, claims, m_window.get(), "claimList");
    QTRY_VERIFY(claims->model()->rowCount() > 0);
    claims->setCurrentIndex(claims->model()->index(0, 0));
    SIFT_CHILD(ClaimEditor, editor, m_window.get(), "claimEditor");
    QVERIFY(editor->claimId() > 0);
    SIFT_CHILD(QScrollArea, scroll, m_window.get(), "claimEditorScroll");
    SIFT_CHILD(AnnotationPanel, panel, m_window.get(), "annotationPanel");
    QTRY_COMPARE(m_window->size(), QSize(1280, 800));
    QApplication::processEvents();

    // No way to scroll sideways, and the form is no wider than what shows of it.
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(
        editor->width() <= scroll->viewport()->width(),
        qPrintable(QStringLiteral("editor %1 > viewport %2").arg(editor->width()).arg(scroll->viewport()->width())));
    // Both halves of the panel stay usable.
    QVERIFY2(claims->height() >= 90, qPrintable(QString::number(claims->height())));
    QVERIFY2(scroll->height() >= 120, qPrintable(QString::number(scroll->height())));

    // The panel has the right column's full height: the incidents sit under the library and the reader only.
    SIFT_CHILD(QDockWidget, annotationDock, m_window.get(), "annotationDock");
    SIFT_CHILD(QDockWidget, incidentDock, m_window.get(), "incidentDock");
    QCOMPARE(m_window->dockWidgetArea(annotationDock), Qt::RightDockWidgetArea);
    QVERIFY2(incidentDock->geometry().right() < annotationDock->geometry().left(),
             qPrintable(QStringLiteral("incidents x %1..%2, annotations from x %3")
                            .arg(incidentDock->geometry().left())
                            .arg(incidentDock->geometry().right())
                            .arg(annotationDock->geometry().left())));
    QVERIFY(annotationDock->geometry().bottom() >= incidentDock->geometry().bottom());
    // At least four claim cards show: the first article of the sample has four claims, all in view at once.
    QVERIFY(claims->model()->rowCount() >= 4);
    for (int row = 0; row < 4; ++row) {
        const QRect card = claims->visualRect(claims->model()->index(row, 0));
        QVERIFY2(claims->viewport()->rect().contains(card),
                 qPrintable(QStringLiteral("card %1 at y %2..%3, list %4 high")
                                .arg(row)
                                .arg(card.top())
                                .arg(card.bottom())
                                .arg(claims->viewport()->height())));
    }
    // The Suggested list shows its first suggestion whole.
    SIFT_CHILD(QListWidget, suggested, m_window.get(), "suggestionList");
    QVERIFY(suggested->count() > 0);
    QVERIFY(suggested->viewport()->rect().contains(suggested->visualItemRect(suggested->item(0))));
    // And the editor reaches its Status field without scrolling.
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    auto *status = editor->findChild<QWidget *>(QStringLiteral("claimStatusCombo"));
    QVERIFY(status);
    const QRect statusInView(status->mapTo(scroll->viewport(), QPoint(0, 0)), status->size());
    QVERIFY2(scroll->viewport()->rect().contains(statusInView),
             qPrintable(QStringLiteral("status at y %1..%2, editor viewport %3 high")
                            .arg(statusInView.top())
                            .arg(statusInView.bottom())
                            .arg(scroll->viewport()->height())));

    // Every field lies within the panel's width, and tabbing through them never scrolls sideways.
    const QStringList fields{QStringLiteral("claimStatementEdit"), QStringLiteral("claimantEdit"),
                             QStringLiteral("reportedByEdit"),     QStringLiteral("claimStanceCombo"),
                             QStringLiteral("claimStatusCombo"),   QStringLiteral("claimCredibilityCombo"),
                             QStringLiteral("claimTagsEdit"),      QStringLiteral("claimRationaleEdit"),
                             QStringLiteral("claimEvidenceEdit"),  QStringLiteral("claimNoteEdit"),
                             QStringLiteral("linkRelationCombo"),  QStringLiteral("addLinkButton"),
                             QStringLiteral("removeLinkButton"),   QStringLiteral("deleteClaimButton")};
    for (const QString &name : fields) {
        auto *field = editor->findChild<QWidget *>(name);
        QVERIFY2(field, qPrintable(name));
        QVERIFY2(field->isVisibleTo(editor), qPrintable(name));
        const QRect inPanel(field->mapTo(panel, QPoint(0, 0)), field->size());
        QVERIFY2(inPanel.left() >= 0 && inPanel.right() < panel->width(),
                 qPrintable(QStringLiteral("%1 spans x %2..%3, panel is %4 wide")
                                .arg(name)
                                .arg(inPanel.left())
                                .arg(inPanel.right())
                                .arg(panel->width())));
        QVERIFY2(field->width() >= 40, qPrintable(name));
        field->setFocus(Qt::TabFocusReason);
        scroll->ensureWidgetVisible(field);
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    }
    // And by the keyboard: Tab from the statement through the form.
    editor->findChild<QWidget *>(QStringLiteral("claimStatementEdit"))->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    }

    // Two short fields to a row here; on a narrow panel they stack, and still nothing scrolls sideways.
    auto *claimant = editor->findChild<QWidget *>(QStringLiteral("claimantEdit"));
    auto *reportedBy = editor->findChild<QWidget *>(QStringLiteral("reportedByEdit"));
    QVERIFY2(editor->width() >= ClaimEditor::kTwoColumnWidth,
             qPrintable(QStringLiteral("window %1, panel %2, editor %3")
                            .arg(m_window->width())
                            .arg(panel->width())
                            .arg(editor->width())));
    QCOMPARE(reportedBy->mapTo(editor, QPoint()).y(), claimant->mapTo(editor, QPoint()).y());
    SIFT_CHILD(QDockWidget, dock, m_window.get(), "annotationDock");
    m_window->resizeDocks({dock}, {300}, Qt::Horizontal);
    QTRY_VERIFY(editor->width() < ClaimEditor::kTwoColumnWidth);
    QTRY_COMPARE(reportedBy->mapTo(editor, QPoint()).x(), claimant->mapTo(editor, QPoint()).x());
    QVERIFY(reportedBy->mapTo(editor, QPoint()).y() > claimant->mapTo(editor, QPoint()).y());
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY(editor->width() <= scroll->viewport()->width());

    // A splitter drag cannot collapse the claims list.
    SIFT_CHILD(QSplitter, splitter, m_window.get(), "annotationSplitter");
    splitter->setSizes({0, 0, 5000});
    QApplication::processEvents();
    QVERIFY(claims->height() >= 90);

    // The editor floats in a dock of its own, and comes back.
    SIFT_CHILD(QAction, floatAction, m_window.get(), "actionFloatClaimEditor");
    floatAction->trigger();
    QVERIFY(panel->isEditorFloating());
    QTRY_VERIFY(scroll->isVisible());
    QVERIFY(!panel->isAncestorOf(scroll));
    floatAction->trigger();
    QVERIFY(!panel->isEditorFloating());
    QVERIFY(panel->isAncestorOf(scroll));
}

void TestRoom::claimCardsShowNumberStanceAndLinks()
{
    QCOMPARE(ClaimDelegate::idText(12), QStringLiteral("#12"));
    QCOMPARE(ClaimDelegate::detailText(QStringLiteral("Armenia MoD"), QStringLiteral("denies"), 2),
             QStringLiteral("Armenia MoD · denies · ↔ 2 links"));
    QCOMPARE(ClaimDelegate::detailText({}, QStringLiteral("asserts"), 0), QStringLiteral("no claimant · asserts"));
    // The card is tall enough for its two lines.
    openSample();
    SIFT_CHILD(QListView, claims, m_window.get(), "claimList");
    QTRY_VERIFY(claims->model()->rowCount() > 0);
    QVERIFY(claims->sizeHintForRow(0) >= 2 * claims->fontMetrics().lineSpacing());
}

void TestRoom::linkingPicksTheOtherClaimBySearch()
{
    openEmpty();
    const qint64 a1 = addArticle(QStringLiteral("Border clash"),
                                 QStringLiteral("The ministry said troops fired first."), QStringLiteral("2025-03-16"));
    const qint64 a2 = addArticle(QStringLiteral("Yerevan denies"), QStringLiteral("Yerevan called the report untrue."),
                                 QStringLiteral("2025-03-17"));
    const qint64 c1 = addClaim(a1, QStringLiteral("troops fired first"));
    const qint64 c2 = addClaim(a2, QStringLiteral("called the report untrue"));
    QVERIFY(c1 && c2);
    // The store query: by words of the quote or article title, or by number; never the claim itself.
    Database &db = m_window->project()->db();
    QCOMPARE(findClaimChoices(db, QStringLiteral("UNTRUE"), 10).size(), 1);
    QCOMPARE(findClaimChoices(db, QStringLiteral("yerevan report"), 10).value(0).id, c2);
    QCOMPARE(findClaimChoices(db, QStringLiteral("#%1").arg(c1), 10).value(0).id, c1);
    QCOMPARE(findClaimChoices(db, QStringLiteral("%"), 10).size(), 0); // a wildcard is a character
    QCOMPARE(findClaimChoices(db, QString(), 10, c1).size(), 1);

    m_window->showArticle(a1);
    SIFT_CHILD(AnnotationPanel, panel, m_window.get(), "annotationPanel");
    panel->setCurrentClaim(c1);
    SIFT_CHILD(ClaimEditor, editor, m_window.get(), "claimEditor");
    QCOMPARE(editor->claimId(), c1);
    SIFT_CHILD(QComboBox, relation, editor, "linkRelationCombo");
    relation->setCurrentIndex(relation->findData(claimRelationKey(ClaimRelation::Contradicts)));
    SIFT_CHILD(QPushButton, link, editor, "addLinkButton");
    QTest::mouseClick(link, Qt::LeftButton);
    ClaimPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = editor->findChild<ClaimPickerDialog *>()) != nullptr);
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->list()->count(), 1); // everything but the claim itself
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("nothing like this"));
    QTRY_COMPARE(picker->list()->count(), 0);
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("yerevan"));
    QTRY_COMPARE(picker->list()->count(), 1);
    QVERIFY(picker->list()->item(0)->text().contains(QStringLiteral("#%1").arg(c2)));
    QVERIFY(picker->list()->item(0)->text().contains(QStringLiteral("Yerevan denies")));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    const QList<ClaimLink> links = m_window->project()->claims().links(c1);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toClaim, c2);
    QCOMPARE(links.first().relation, ClaimRelation::Contradicts);
    SIFT_CHILD(QListWidget, linkList, editor, "claimLinksList");
    QTRY_COMPARE(linkList->count(), 1);
    m_window->project()->undoStack()->undo();
    QCOMPARE(m_window->project()->claims().links(c1).size(), 0);
}

void TestRoom::timelineBarShowsTheIncidentLinkedArticles()
{
    openEmpty();
    // Published long after the incident, and reporting it through a claim.
    const qint64 viaClaim = addArticle(QStringLiteral("A later account"), QStringLiteral("Shelling hit the market."),
                                       QStringLiteral("2025-06-02"));
    // Linked to the incident directly; no date at all.
    const qint64 direct = addArticle(QStringLiteral("An undated wire"), QStringLiteral("Wire copy."), {});
    // Published in the incident's week, about something else: not shown.
    const qint64 sameWeek =
        addArticle(QStringLiteral("Same week, other story"), QStringLiteral("Weather."), QStringLiteral("2025-03-12"));
    // Reporting an incident of another week.
    const qint64 otherWeek =
        addArticle(QStringLiteral("Another week"), QStringLiteral("Protest downtown."), QStringLiteral("2025-03-12"));
    Q_UNUSED(sameWeek)
    const qint64 claim = addClaim(viaClaim, QStringLiteral("Shelling hit the market"));
    const qint64 otherClaim = addClaim(otherWeek, QStringLiteral("Protest downtown"));
    QVERIFY(claim && otherClaim);
    Incident march;
    march.eventDate = PartialDate{QDate(2025, 3, 11), DatePrecision::Day}; // week 2025-W11
    march.eventType = QStringLiteral("Explosions/Remote violence");
    march.claimIds = {claim};
    march.articleIds = {direct};
    QVERIFY(m_window->project()->addIncident(march));
    Incident later;
    later.eventDate = PartialDate{QDate(2025, 3, 20), DatePrecision::Day};
    later.eventType = QStringLiteral("Protests");
    later.claimIds = {otherClaim};
    QVERIFY(m_window->project()->addIncident(later));

    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    timeline->setBin(TimeBin::Week);
    QTRY_VERIFY(!timeline->data().bins.isEmpty());
    QCOMPARE(timeline->data().bins.first().start, QDate(2025, 3, 10));
    const QList<QBarSet *> sets = timeline->barSets();
    QVERIFY(!sets.isEmpty());
    Q_EMIT sets.first()->clicked(0); // the bar of week 11, as Qt Charts reports a click

    QCOMPARE(libraryIds(), (QList<qint64>{viaClaim, direct}));
    SIFT_CHILD(QWidget, banner, m_window.get(), "libraryFilterBanner");
    SIFT_CHILD(QLabel, bannerText, m_window.get(), "libraryFilterLabel");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(bannerText->text(), QStringLiteral("Filtered: incidents in week 2025-W11"));

    SIFT_CHILD(QPushButton, clear, m_window.get(), "libraryClearFilterButton");
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(libraryIds().size(), 4);
    QVERIFY(!banner->isVisible());
    SIFT_CHILD(QLabel, period, m_window.get(), "incidentPeriodLabel");
    QVERIFY(!period->isVisible()); // the incident table's period went with it
}

void TestRoom::outletsSortNaturallyWithUnknown()
{
    openEmpty();
    addArticle(QStringLiteral("a"), QStringLiteral("one"), QStringLiteral("2025-01-01"), QStringLiteral("Outlet 10"));
    addArticle(QStringLiteral("b"), QStringLiteral("two"), QStringLiteral("2025-01-02"), QStringLiteral("Outlet 2"));
    addArticle(QStringLiteral("c"), QStringLiteral("three"), QStringLiteral("2025-01-03"), QStringLiteral("outlet 1"));
    const qint64 none = addArticle(QStringLiteral("d"), QStringLiteral("four"), QStringLiteral("2025-01-04"));
    SIFT_CHILD(QComboBox, outlets, m_window.get(), "libraryOutletFilter");
    QStringList items;
    for (int i = 0; i < outlets->count(); ++i)
        items << outlets->itemText(i);
    QCOMPARE(items, (QStringList{QStringLiteral("any outlet"), QStringLiteral("unknown outlet"),
                                 QStringLiteral("outlet 1"), QStringLiteral("Outlet 2"), QStringLiteral("Outlet 10")}));
    outlets->setCurrentIndex(1);
    Q_EMIT outlets->activated(1);
    QCOMPARE(libraryIds(), QList<qint64>{none});
    SIFT_CHILD(QLabel, bannerText, m_window.get(), "libraryFilterLabel");
    QCOMPARE(bannerText->text(), QStringLiteral("Filtered: unknown outlet"));
    outlets->setCurrentIndex(4);
    Q_EMIT outlets->activated(4);
    QCOMPARE(libraryIds().size(), 1);
    QCOMPARE(bannerText->text(), QStringLiteral("Filtered: outlet Outlet 10"));
    // Titles and snippets show whole as tooltips.
    QTableView *table = libraryTable();
    QCOMPARE(table->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("a"));
}

void TestRoom::searchMatchesAreMarkedAndStepped()
{
    openEmpty();
    const qint64 id = addArticle(QStringLiteral("Drone strike reported"),
                                 QStringLiteral("A drone hit the depot.\n\nWitnesses saw two drones. The DRONE came "
                                                "back at night.\n\nNo other aircraft."),
                                 QStringLiteral("2025-03-16"));
    addArticle(QStringLiteral("Unrelated"), QStringLiteral("Nothing here."), QStringLiteral("2025-03-17"));
    SIFT_CHILD(LibraryView, library, m_window.get(), "libraryView");
    library->setCurrentArticle(id);
    QCOMPARE(m_window->currentArticle(), id);
    // A query on the way that matches nothing ("dx") does not lose the article being read.
    QTest::keyClicks(library->searchEdit(), QStringLiteral("dx"));
    QTest::keyClick(library->searchEdit(), Qt::Key_Return);
    QCOMPARE(libraryIds(), QList<qint64>{});
    library->searchEdit()->clear();
    QTest::keyClicks(library->searchEdit(), QStringLiteral("drone"));
    QTest::keyClick(library->searchEdit(), Qt::Key_Return);
    QCOMPARE(libraryIds(), QList<qint64>{id});
    QTableView *table = libraryTable();
    QCOMPARE(table->currentIndex().row(), 0); // still selected
    QCOMPARE(m_window->currentArticle(), id);
    ArticleReader *reader = m_window->reader();
    // "drone" whole words: the title's, "drone hit", "DRONE came"; "drones" is another word for the index too.
    QCOMPARE(reader->searchMatchCount(), 3);
    QCOMPARE(reader->currentSearchMatch(), 0);
    QCOMPARE(reader->textCursor().selectedText().toLower(), QStringLiteral("drone"));
    // The snippet column shows the match, and the whole snippet is the tooltip.
    const QString snippet = table->model()->index(0, ArticleListModel::Match).data(Qt::ToolTipRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("drone"), Qt::CaseInsensitive), qPrintable(snippet));
    QVERIFY(!snippet.contains(QChar(0x00AB)));

    SIFT_CHILD(QAction, next, m_window.get(), "actionFindNext");
    SIFT_CHILD(QAction, previous, m_window.get(), "actionFindPrevious");
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F3));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    QList<int> positions{reader->textCursor().selectionStart()};
    for (int i = 0; i < 3; ++i) {
        next->trigger();
        positions << reader->textCursor().selectionStart();
        QCOMPARE(reader->textCursor().selectedText().toLower(), QStringLiteral("drone"));
    }
    QCOMPARE(reader->currentSearchMatch(), 0); // wrapped around
    QVERIFY(positions.at(0) < positions.at(1) && positions.at(1) < positions.at(2));
    QCOMPARE(positions.at(3), positions.at(0));
    previous->trigger();
    QCOMPARE(reader->currentSearchMatch(), 2);
    QCOMPARE(reader->textCursor().selectionStart(), positions.at(2));

    // A cleared search takes the marks away.
    library->clearFilters();
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    m_window->showArticle(id);
    QCOMPARE(reader->searchMatchCount(), 0);
}

void TestRoom::emptyProjectShowsStartPage()
{
    openEmpty();
    SIFT_CHILD(StartPage, start, m_window.get(), "startPage");
    QTRY_VERIFY(start->isVisible());
    QVERIFY(!m_window->reader()->isVisible());
    SIFT_CHILD(QPushButton, files, start, "actionImportFilesButton");
    SIFT_CHILD(QPushButton, folder, start, "actionImportFolderButton");
    SIFT_CHILD(QPushButton, sample, start, "actionOpenSampleButton");
    QVERIFY(files->isEnabled() && folder->isEnabled() && sample->isEnabled());
    // Import from URL stays in the File menu: the start page offers files, a folder and the sample.
    QVERIFY(!start->findChild<QPushButton *>(QStringLiteral("importUrlActionButton")));

    // The files button runs the import; with articles in, the reader takes the page's place.
    Dialogs::setNextFileNames({test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::mouseClick(files, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!start->isVisible());
    QVERIFY(m_window->reader()->isVisible());

    // The sample button creates the sample project and opens it. The default path is shared by every run of this
    // test (and every build of it), so a sample left by an earlier run is removed first.
    m_window->openProject(m_dir->filePath(QStringLiteral("second.sift")), true);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(MainWindow::defaultSampleProjectPath() + suffix);
    QTRY_VERIFY(start->isVisible());
    QTest::mouseClick(sample, Qt::LeftButton);
    QCOMPARE(m_window->project()->path(), MainWindow::defaultSampleProjectPath());
    QVERIFY(m_window->project()->articles().count() > 0);
    QTRY_VERIFY(!start->isVisible());
}

void TestRoom::themeSwitchesAndIsSaved()
{
    openSample();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    SIFT_CHILD(QAction, dark, m_window.get(), "actionThemeDark");
    SIFT_CHILD(QAction, light, m_window.get(), "actionThemeLight");
    SIFT_CHILD(QAction, system, m_window.get(), "actionThemeSystem");
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(Theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    QTRY_VERIFY(m_window->reader()->palette().color(QPalette::Base).lightness() < 60);
    light->trigger();
    QVERIFY(!Theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("light"));
    system->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("system"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow); // the platform's own again
    QCOMPARE(Theme::fromKey(QStringLiteral("DARK")), Theme::Mode::Dark);
    QCOMPARE(Theme::fromKey(QStringLiteral("nonsense")), Theme::Mode::System);
}

void TestRoom::statusHighlightsKeepContrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("strong");
    QTest::newRow("light palette") << false << false;
    QTest::newRow("light palette, current claim") << false << true;
    QTest::newRow("dark palette") << true << false;
    QTest::newRow("dark palette, current claim") << true << true;
}

void TestRoom::statusHighlightsKeepContrast()
{
    QFETCH(bool, dark);
    QFETCH(bool, strong);
    QTemporaryDir dir;
    QString error;
    auto project = Project::open(dir.filePath(QStringLiteral("c.sift")), &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(project, qPrintable(error));
    const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
    const QColor text = palette.color(QPalette::Text);
    QVERIFY(HighlightColors::contrastRatio(palette.color(QPalette::Base), text) >= 7.0);
    const QList<Status> statuses = project->vocabulary().statuses();
    QCOMPARE(statuses.size(), 8);
    for (const Status &s : statuses) {
        const QColor fill = HighlightColors::claimFill(s.color, palette, strong);
        const double ratio = HighlightColors::contrastRatio(fill, text);
        QVERIFY2(ratio >= HighlightColors::kAA,
                 qPrintable(QStringLiteral("%1 on %2: %3").arg(s.name, fill.name()).arg(ratio, 0, 'f', 2)));
        // Still a colour, not the bare page: the status shows.
        QVERIFY2(fill != palette.color(QPalette::Base), qPrintable(s.name));
    }
    // The arithmetic itself: black on white is 21:1, equal colours 1:1.
    QCOMPARE(qRound(HighlightColors::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(HighlightColors::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
}

void TestRoom::firstWindowFitsTheScreen()
{
    QVERIFY(!QSettings().contains(QStringLiteral("geometry")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2 at %3,%4 on a %5x%6 screen")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(window.x())
                            .arg(window.y())
                            .arg(available.width())
                            .arg(available.height())));
    // Where the screen has room, the window takes a good part of it.
    QVERIFY(window.width() >= qMin(1000, available.width() * 3 / 4));
}

QTEST_MAIN(TestRoom)
#include "tst_room.moc"
