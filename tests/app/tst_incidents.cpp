#include "app/MainWindow.h"
#include "core/domain/TextOffsets.h"
#include "core/ingest/ArticleParser.h"
#include "core/project/Project.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/Dialogs.h"
#include "widgets/IncidentDialog.h"
#include "widgets/LibraryView.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;

/// The incidents dock driven through the real main window: the timeline filters the table and the library.
class TestIncidents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dockAndActionsExist();
    void clickingABarFiltersTableAndLibrary();
    void clickingABarWithTheMouse();
    void undatedIncidentsAreCounted();
    void stackByStatusAndZoom();
    void draftFromClaimThroughTheWindow();
    void editAndDeleteFromTheTable();
    void newEventTypeUndoesWithTheIncident();
    void exportsAndReportImage();

private:
    void openWindow();
    qint64 addIncident(const QString &date, const QString &type, const QString &location = {},
                       const QString &status = {});
    qint64 addArticle(const QString &title, const QString &published);
    QTableView *incidentView() const;
    int libraryRows() const;
    QStringList tableDates() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestIncidents::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestIncidents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    IncidentDialog::setAutoAccept(true);
    // A window closed before its docks appeared saves them hidden; start every test from the default layout.
    QSettings().remove(QStringLiteral("windowState"));
}

void TestIncidents::cleanup()
{
    IncidentDialog::setAutoAccept(false);
    m_window.reset();
    m_dir.reset();
}

void TestIncidents::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800); // the smallest screen the desk is made for (the offscreen screen is 800x600)
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_dir->filePath(QStringLiteral("incidents.sift")), true));
    // Docks added to a shown window appear once the event loop has run.
    SIFT_CHILD(QDockWidget, dock, m_window.get(), "incidentDock");
    QTRY_VERIFY(dock->isVisible());
}

qint64 TestIncidents::addIncident(const QString &date, const QString &type, const QString &location,
                                  const QString &status)
{
    Incident i;
    if (!status.isEmpty())
        i.statusId = m_window->project()->vocabulary().statusByName(status)->id;
    if (!date.isEmpty())
        i.eventDate = PartialDate{QDate::fromString(date, Qt::ISODate), DatePrecision::Day};
    i.eventType = type;
    i.location = location;
    return m_window->project()->addIncident(i);
}

qint64 TestIncidents::addArticle(const QString &title, const QString &published)
{
    Article a;
    a.title = title;
    a.body = title + QStringLiteral(" body");
    a.uid = articleUid(a.title, a.body);
    a.published = PartialDate{QDate::fromString(published, Qt::ISODate), DatePrecision::Day};
    const qint64 id = m_window->project()->articles().insert(a);
    m_window->project()->notifyArticlesImported();
    return id;
}

QTableView *TestIncidents::incidentView() const
{
    return SIFT_FIND_CHILD(QTableView, m_window.get(), "incidentTableView");
}

int TestIncidents::libraryRows() const
{
    auto *table = SIFT_FIND_CHILD(QTableView, m_window.get(), "libraryTable");
    return table ? table->model()->rowCount() : -1;
}

QStringList TestIncidents::tableDates() const
{
    QStringList dates;
    QTableView *view = incidentView();
    if (!view)
        return dates;
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        dates << model->index(row, 0).data().toString();
    return dates;
}

void TestIncidents::dockAndActionsExist()
{
    openWindow();
    SIFT_CHILD(QDockWidget, dock, m_window.get(), "incidentDock");
    QVERIFY(dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    SIFT_CHILD(TimelineChart, chartInDock, dock, "timelineChart");
    SIFT_CHILD(QWidget, tableInDock, dock, "incidentTable");
    QVERIFY2(dock->height() >= 200, qPrintable(QString::number(dock->height())));
    SIFT_CHILD(QAction, fromClaim, m_window.get(), "actionNewIncidentFromClaim");
    QCOMPARE(fromClaim->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QVERIFY(!fromClaim->isEnabled()); // no claim picked yet
    SIFT_CHILD(QAction, newIncident, m_window.get(), "actionNewIncident");
    QVERIFY(newIncident->isEnabled());
    SIFT_CHILD(QComboBox, binCombo, m_window.get(), "timelineBinCombo");
    SIFT_CHILD(QComboBox, stackCombo, m_window.get(), "timelineStackCombo");
}

void TestIncidents::clickingABarFiltersTableAndLibrary()
{
    openWindow();
    addArticle(QStringLiteral("January report"), QStringLiteral("2025-01-21"));
    addArticle(QStringLiteral("March report"), QStringLiteral("2025-03-17"));
    addArticle(QStringLiteral("Late March report"), QStringLiteral("2025-03-31"));
    addIncident(QStringLiteral("2025-01-05"), QStringLiteral("Battles"));
    addIncident(QStringLiteral("2025-01-31"), QStringLiteral("Protests"));
    addIncident(QStringLiteral("2025-02-03"), QStringLiteral("Battles"));
    addIncident(QStringLiteral("2025-03-01"), QStringLiteral("Riots"));
    addIncident(QStringLiteral("2025-03-16"), QStringLiteral("Battles"));
    addIncident({}, QStringLiteral("Battles"));
    SIFT_CHILD(QTableView, view, m_window.get(), "incidentTableView");
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(libraryRows(), 3);

    SIFT_CHILD(QComboBox, bin, m_window.get(), "timelineBinCombo");
    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    SIFT_CHILD(QLabel, period, m_window.get(), "incidentPeriodLabel");
    SIFT_CHILD(QPushButton, reset, m_window.get(), "timelineResetButton");
    SIFT_CHILD(QLineEdit, filter, m_window.get(), "incidentFilterEdit");
    bin->setCurrentIndex(bin->findData(QStringLiteral("month")));
    QCOMPARE(timeline->data().bin, TimeBin::Month);
    QCOMPARE(timeline->data().bins.size(), 3);
    QCOMPARE(timeline->data().bins.at(2).count, 2);

    // Clicking the March bar: the bar set reports the click as Qt Charts does.
    const QList<QBarSet *> sets = timeline->barSets();
    QVERIFY(!sets.isEmpty());
    QSignalSpy clicked(timeline, &TimelineChart::periodClicked);
    Q_EMIT sets.first()->clicked(2);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toDate(), QDate(2025, 3, 1));
    QCOMPARE(clicked.first().at(1).toDate(), QDate(2025, 3, 31));
    QCOMPARE(tableDates(), (QStringList{QStringLiteral("2025-03-01"), QStringLiteral("2025-03-16")}));
    QCOMPARE(libraryRows(), 0); // no article reports a March incident (not: the articles published in March)
    QVERIFY(period->isVisible());
    QVERIFY(period->text().contains(QStringLiteral("March 2025")));

    // The way back.
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(libraryRows(), 3);
    QVERIFY(!period->isVisible());

    // The filter box narrows within the period too. (Reset redrew the bars.)
    Q_EMIT timeline->barSets().first()->clicked(0);
    QCOMPARE(tableDates(), (QStringList{QStringLiteral("2025-01-05"), QStringLiteral("2025-01-31")}));
    QTest::keyClicks(filter, QStringLiteral("prot"));
    QCOMPARE(tableDates(), QStringList{QStringLiteral("2025-01-31")});
}

void TestIncidents::clickingABarWithTheMouse()
{
    openWindow();
    addIncident(QStringLiteral("2025-01-05"), QStringLiteral("Battles"));
    addIncident(QStringLiteral("2025-02-10"), QStringLiteral("Battles"));
    addIncident(QStringLiteral("2025-02-11"), QStringLiteral("Battles"));
    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    timeline->setBin(TimeBin::Month);
    SIFT_CHILD(QChartView, view, timeline, nullptr);
    QVERIFY(view->isVisible());
    QTRY_VERIFY(view->chart()->plotArea().width() > 0);
    auto *series = static_cast<QStackedBarSeries *>(view->chart()->series().first());
    const QPointF inBar = view->chart()->mapToPosition(QPointF(1, 1), series); // February, half-way up its 2
    const QPoint pos = view->mapFromScene(view->chart()->mapToScene(inBar));
    QSignalSpy clicked(timeline, &TimelineChart::periodClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toDate(), QDate(2025, 2, 1));
    QCOMPARE(tableDates(), (QStringList{QStringLiteral("2025-02-10"), QStringLiteral("2025-02-11")}));
}

void TestIncidents::undatedIncidentsAreCounted()
{
    openWindow();
    SIFT_CHILD(QLabel, label, m_window.get(), "timelineUndatedLabel");
    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    SIFT_CHILD(QTableView, view, m_window.get(), "incidentTableView");
    QCOMPARE(label->text(), QStringLiteral("0 undated"));
    addIncident({}, QStringLiteral("Battles"));
    addIncident({}, {});
    addIncident(QStringLiteral("2025-04-01"), QStringLiteral("Battles"));
    QCOMPARE(label->text(), QStringLiteral("2 undated"));
    QCOMPARE(timeline->data().undated, 2);
    QCOMPARE(view->model()->rowCount(), 3); // the table keeps them
    m_window->project()->undoStack()->undo();
    m_window->project()->undoStack()->undo();
    QCOMPARE(label->text(), QStringLiteral("1 undated"));
}

void TestIncidents::stackByStatusAndZoom()
{
    openWindow();
    for (int day = 1; day <= 28; ++day)
        addIncident(QDate(2025, 2, day).toString(Qt::ISODate), day % 2 ? QStringLiteral("Battles") : QString(), {},
                    day % 2 ? QString() : QStringLiteral("Verified"));
    addIncident(QStringLiteral("2026-02-01"), QStringLiteral("Riots"));
    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    SIFT_CHILD(QComboBox, stack, m_window.get(), "timelineStackCombo");
    SIFT_CHILD(QPushButton, reset, m_window.get(), "timelineResetButton");
    QCOMPARE(timeline->data().bin, TimeBin::Week); // a year: weekly bars
    stack->setCurrentIndex(stack->findData(QStringLiteral("status")));
    QCOMPARE(timeline->stackBy(), StackBy::Status);
    QCOMPARE(timeline->data().stackKeys, (QStringList{QString(), QStringLiteral("Verified")}));
    QCOMPARE(timeline->barSets().first()->label(), QStringLiteral("Verified"));
    QCOMPARE(timeline->barSets().first()->color(), QColor(QStringLiteral("#009E73"))); // the status colour
    QCOMPARE(timeline->barSets().last()->label(), QStringLiteral("Not set"));
    stack->setCurrentIndex(stack->findData(QStringLiteral("type")));
    QCOMPARE(timeline->barSets().last()->label(), QStringLiteral("Not set"));

    timeline->zoomTo(QDate(2025, 2, 1), QDate(2025, 2, 28));
    QCOMPARE(timeline->data().bin, TimeBin::Day);
    QCOMPARE(timeline->data().bins.size(), 28);
    QVERIFY(timeline->isZoomed());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!timeline->isZoomed());
    QCOMPARE(timeline->data().bin, TimeBin::Week);

    // A drag across the bars zooms to them.
    timeline->zoomTo(QDate(2025, 2, 1), QDate(2025, 2, 28));
    SIFT_CHILD(QChartView, view, timeline, nullptr);
    QTRY_VERIFY(view->chart()->plotArea().width() > 0);
    auto *series = view->chart()->series().first();
    auto at = [&](double x) {
        return view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(QPointF(x, 0.5), series)));
    };
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at(2));
    QTest::mouseMove(view->viewport(), at(4));
    QTest::mouseMove(view->viewport(), at(6));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at(6));
    QCOMPARE(timeline->data().bins.first().start, QDate(2025, 2, 3));
    QCOMPARE(timeline->data().bins.last().start, QDate(2025, 2, 7));
}

void TestIncidents::draftFromClaimThroughTheWindow()
{
    openWindow();
    Project *project = m_window->project();
    const QString sample = test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"));
    qint64 article = 0;
    for (Article a : parseArticles(test::readFile(sample), sample).articles) {
        a.uid = articleUid(a.title, a.body);
        const qint64 id = project->articles().insert(a);
        if (a.title.startsWith(QLatin1String("Azerbaijan")))
            article = id;
    }
    project->notifyArticlesImported();
    QVERIFY(article);
    QVERIFY(project->setArticleField(article, ArticleStore::Field::Published, QStringLiteral("2025-03-16")));
    m_window->library()->setCurrentArticle(article);
    QCOMPARE(m_window->currentArticle(), article);

    const QString quote =
        QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area");
    Claim claim;
    claim.articleId = article;
    claim.anchor = *TextOffsets::anchorForQuote(project->articles().body(article), quote);
    claim.claimant = QStringLiteral("Azerbaijan's defense ministry");
    const qint64 claimId = project->addClaim(claim);
    QVERIFY(claimId);
    m_window->annotationPanel()->setCurrentClaim(claimId);
    SIFT_CHILD(QAction, action, m_window.get(), "actionNewIncidentFromClaim");
    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    SIFT_CHILD(QTableView, view, m_window.get(), "incidentTableView");
    QVERIFY(action->isEnabled());

    QString seenDate;
    IncidentDialog::setAutoAccept(true, [&](IncidentDialog &dialog) {
        SIFT_CHILD(QWidget, dateEdit, &dialog, "incidentDateEdit");
        seenDate = dateEdit->property("date").toDate().toString(Qt::ISODate);
    });
    action->trigger();
    QCOMPARE(seenDate, QStringLiteral("2025-03-16"));
    const QList<Incident> incidents = project->incidents().incidents();
    QCOMPARE(incidents.size(), 1);
    const Incident &incident = incidents.first();
    QCOMPARE(incident.eventDate.toIso(), QStringLiteral("2025-03-16"));
    QCOMPARE(incident.eventDate.precision, DatePrecision::Day);
    QCOMPARE(incident.actor1, QStringLiteral("Armenian forces"));
    QVERIFY(project->entities().findByName(QStringLiteral("Armenian forces")) > 0);
    QCOMPARE(incident.location, QStringLiteral("Goris"));
    QCOMPARE(incident.claimIds, QList<qint64>{claimId});

    // It is on the chart, and selected in the table.
    const TimelineData &data = timeline->data();
    QCOMPARE(data.bins.size(), 1);
    QCOMPARE(data.bins.first().start, QDate(2025, 3, 16));
    QCOMPARE(data.bins.first().count, 1);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("2025-03-16"));

    // One undo takes the incident and the actor entity made for it.
    project->undoStack()->undo();
    QVERIFY(project->incidents().incidents().isEmpty());
    QCOMPARE(project->entities().findByName(QStringLiteral("Armenian forces")), qint64(0));
}

void TestIncidents::editAndDeleteFromTheTable()
{
    openWindow();
    const qint64 id = addIncident(QStringLiteral("2025-03-16"), QStringLiteral("Battles"), QStringLiteral("Goris"));
    SIFT_CHILD(QTableView, view, m_window.get(), "incidentTableView");
    SIFT_CHILD(QAction, edit, m_window.get(), "actionEditIncident");
    SIFT_CHILD(QAction, remove, m_window.get(), "actionDeleteIncident");
    view->setCurrentIndex(view->model()->index(0, 0));
    IncidentDialog::setAutoAccept(true, [](IncidentDialog &dialog) {
        SIFT_CHILD(QLineEdit, location, &dialog, "incidentLocationEdit");
        SIFT_CHILD(QComboBox, type, &dialog, "incidentTypeCombo");
        SIFT_CHILD(QLineEdit, actor2, &dialog, "incidentActor2Edit");
        location->setText(QStringLiteral("Kornidzor"));
        type->setCurrentText(QStringLiteral("Border incident"));
        actor2->setText(QStringLiteral("Azerbaijan"));
    });
    const QRect cell = view->visualRect(view->model()->index(0, 0));
    // A double-click as a user makes it: the first click of the pair, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    const auto edited = m_window->project()->incidents().incident(id);
    QCOMPARE(edited->location, QStringLiteral("Kornidzor"));
    QCOMPARE(edited->eventType, QStringLiteral("Border incident"));
    QCOMPARE(edited->actor2, QStringLiteral("Azerbaijan"));
    QVERIFY(m_window->project()->vocabulary().eventTypes().contains(QStringLiteral("Border incident")));

    // A bad coordinate keeps the dialog open: nothing is saved.
    IncidentDialog::setAutoAccept(true, [](IncidentDialog &dialog) {
        SIFT_CHILD(QLineEdit, latitude, &dialog, "incidentLatitudeEdit");
        SIFT_CHILD(QLineEdit, longitude, &dialog, "incidentLongitudeEdit");
        latitude->setText(QStringLiteral("95"));
        longitude->setText(QStringLiteral("46"));
    });
    edit->trigger();
    QVERIFY(!m_window->project()->incidents().incident(id)->latitude);

    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QVERIFY(!m_window->project()->incidents().incident(id));
    QCOMPARE(view->model()->rowCount(), 0);
    m_window->project()->undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestIncidents::newEventTypeUndoesWithTheIncident()
{
    openWindow();
    Project *project = m_window->project();
    const QString type = QStringLiteral("Border incident");
    const QString subType = QStringLiteral("Fence crossing");
    IncidentDialog::setAutoAccept(true, [&](IncidentDialog &dialog) {
        auto *typeCombo = dialog.findChild<QComboBox *>(QStringLiteral("incidentTypeCombo"));
        auto *subTypeCombo = dialog.findChild<QComboBox *>(QStringLiteral("incidentSubTypeCombo"));
        QVERIFY(typeCombo && subTypeCombo);
        typeCombo->setCurrentText(type);
        subTypeCombo->setCurrentText(subType);
    });
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewIncident"));
    QVERIFY(action);
    const int steps = project->undoStack()->count();
    action->trigger();
    QCOMPARE(project->incidents().incidents().size(), 1);
    QVERIFY(project->vocabulary().eventTypes().contains(type));
    QCOMPARE(project->vocabulary().subEventTypes(type), QStringList{subType});
    QCOMPARE(project->undoStack()->count(), steps + 1);

    // One undo takes the incident and the words it brought into the vocabulary; redo brings both back.
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(project->incidents().incidents().isEmpty());
    QVERIFY(!project->vocabulary().eventTypes().contains(type));
    QVERIFY(project->vocabulary().subEventTypes(type).isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(project->incidents().incidents().size(), 1);
    QVERIFY(project->vocabulary().eventTypes().contains(type));
    QCOMPARE(project->vocabulary().subEventTypes(type), QStringList{subType});
}

void TestIncidents::exportsAndReportImage()
{
    openWindow();
    addIncident(QStringLiteral("2025-01-05"), QStringLiteral("Battles"));
    addIncident(QStringLiteral("2025-02-05"), QStringLiteral("Protests"));
    SIFT_CHILD(TimelineChart, timeline, m_window.get(), "timelineChart");
    const QString png = m_dir->filePath(QStringLiteral("t.png"));
    const QString svg = m_dir->filePath(QStringLiteral("t.svg"));
    QVERIFY(timeline->exportPng(png));
    QVERIFY(timeline->exportSvg(svg));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    QVERIFY(test::readFile(svg).contains("<svg"));

    // What the report exporter calls: the bars are drawn in their colours.
    const QImage report = TimelineChart::renderImage(timeline->data(), QSize(800, 360));
    QCOMPARE(report.size(), QSize(800, 360));
    const QRgb battles = TimelineChart::palette().first().rgb();
    bool found = false;
    for (int y = 0; y < report.height() && !found; ++y) {
        for (int x = 0; x < report.width() && !found; ++x)
            found = report.pixel(x, y) == battles;
    }
    QVERIFY(found);
}

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
