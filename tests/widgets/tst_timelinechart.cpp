#include "core/project/Project.h"
#include "support/FindChild.h"
#include "widgets/Dialogs.h"
#include "widgets/TimelineChart.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;

/// The timeline widget on its own, and the image the report exporter embeds.
class TestTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyProjectShowsAHint();
    void binsFollowTheRangeUnlessChosen();
    void colorsStayPutWhenZooming();
    void dateEditsZoomAndExportMenuWrites();
    void axisLabelsFollowTheWidth();
    void renderImageOffscreen_data();
    void renderImageOffscreen();

private:
    void add(const QDate &date, const QString &type);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestTimelineChart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_project = Project::open(m_dir->filePath(QStringLiteral("t.sift")), &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(m_project, qPrintable(error));
}

void TestTimelineChart::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestTimelineChart::add(const QDate &date, const QString &type)
{
    Incident i;
    i.eventDate = PartialDate{date, DatePrecision::Day};
    i.eventType = type;
    QVERIFY(m_project->addIncident(i) > 0);
}

void TestTimelineChart::emptyProjectShowsAHint()
{
    TimelineChart chart(*m_project);
    chart.resize(900, 300);
    chart.show();
    QVERIFY(chart.data().bins.isEmpty());
    QVERIFY(chart.barSets().isEmpty());
    SIFT_CHILD(QLabel, hint, &chart, "timelineEmptyLabel");
    QVERIFY(hint->isVisible());
    QVERIFY(!hint->text().isEmpty());
    add(QDate(2025, 3, 16), QStringLiteral("Battles"));
    QVERIFY(!hint->isVisible());
    QCOMPARE(chart.data().bins.size(), 1);
}

void TestTimelineChart::binsFollowTheRangeUnlessChosen()
{
    add(QDate(2020, 1, 1), QStringLiteral("Battles"));
    add(QDate(2025, 6, 30), QStringLiteral("Protests"));
    TimelineChart chart(*m_project);
    QCOMPARE(chart.data().bin, TimeBin::Month); // five and a half years
    SIFT_CHILD(QComboBox, combo, &chart, "timelineBinCombo");
    QVERIFY(combo->itemText(0).contains(QStringLiteral("month")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("year")));
    QCOMPARE(chart.data().bin, TimeBin::Year);
    QCOMPARE(chart.data().bins.size(), 6);
    chart.zoomTo(QDate(2025, 6, 1), QDate(2025, 6, 30));
    QCOMPARE(chart.data().bin, TimeBin::Year); // chosen, so it stays
    chart.setBin(std::nullopt);
    QCOMPARE(chart.data().bin, TimeBin::Day);
    QCOMPARE(chart.data().bins.size(), 30);

    QSignalSpy clicked(&chart, &TimelineChart::periodClicked);
    Q_EMIT chart.barSets().first()->clicked(29);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toDate(), QDate(2025, 6, 30));
    QCOMPARE(clicked.first().at(1).toDate(), QDate(2025, 6, 30));
}

void TestTimelineChart::colorsStayPutWhenZooming()
{
    add(QDate(2025, 1, 10), QStringLiteral("Protests"));
    add(QDate(2025, 1, 11), QStringLiteral("Protests"));
    add(QDate(2025, 3, 10), QStringLiteral("Battles"));
    TimelineChart chart(*m_project);
    auto colorOf = [&](const QString &label) {
        for (QBarSet *set : chart.barSets()) {
            if (set->label() == label)
                return set->color();
        }
        return QColor();
    };
    const QColor protests = colorOf(QStringLiteral("Protests"));
    QVERIFY(protests.isValid());
    QVERIFY(protests != colorOf(QStringLiteral("Battles")));
    chart.zoomTo(QDate(2025, 1, 1), QDate(2025, 1, 31));
    QCOMPARE(chart.barSets().size(), 1);
    QCOMPARE(colorOf(QStringLiteral("Protests")), protests);
}

void TestTimelineChart::dateEditsZoomAndExportMenuWrites()
{
    add(QDate(2024, 1, 10), QStringLiteral("Protests"));
    add(QDate(2025, 3, 10), QStringLiteral("Battles"));
    TimelineChart chart(*m_project);
    SIFT_CHILD(QDateEdit, from, &chart, "timelineFromEdit");
    SIFT_CHILD(QDateEdit, to, &chart, "timelineToEdit");
    QCOMPARE(from->date(), QDate(2024, 1, 10));
    QCOMPARE(to->date(), QDate(2025, 3, 10));
    from->setDate(QDate(2025, 3, 1));
    QTRY_VERIFY(chart.isZoomed());
    QCOMPARE(chart.data().bin, TimeBin::Day);
    QCOMPARE(chart.data().bins.first().start, QDate(2025, 3, 1));
    QCOMPARE(chart.data().bins.last().start, QDate(2025, 3, 10));

    Dialogs::setInteractive(false);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("timeline")); // the extension is added
    Dialogs::setNextFileNames({path});
    SIFT_CHILD(QPushButton, button, &chart, "timelineExportButton");
    QVERIFY(button->menu());
    button->menu()->actions().at(1)->trigger(); // SVG
    QVERIFY(QFileInfo(path + QStringLiteral(".svg")).size() > 1000);
}

void TestTimelineChart::axisLabelsFollowTheWidth()
{
    // Half a year of weekly bars, as the sample project's timeline: at the chart's narrowest (its width in the
    // window at 1280x800) at least three dates show on the x axis, whole; wide, more of them.
    for (QDate d(2025, 1, 5); d <= QDate(2025, 6, 26); d = d.addDays(7))
        add(d, QStringLiteral("Battles"));
    TimelineChart chart(*m_project);
    QCOMPARE(chart.data().bin, TimeBin::Week);
    QCOMPARE(chart.data().bins.size(), 25);
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    chart.resize(1200, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto *axis = qobject_cast<QCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    // The labels Qt Charts draws: every category's, not hidden for want of room, not cut short.
    auto shown = [&] {
        view->grab(); // lays the chart out
        QStringList out;
        const QStringList categories = axis->categoriesLabels();
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && categories.contains(text->toPlainText()))
                out << text->toPlainText();
        }
        return out;
    };
    auto layOut = [&](int width) {
        chart.resize(width, 300);
        QTRY_COMPARE(chart.width(), width);
        QTRY_COMPARE(shown().size(), int(axis->categoriesLabels().size()));
    };
    layOut(chart.minimumWidth());
    if (QTest::currentTestFailed())
        return;
    const int narrow = int(axis->categoriesLabels().size());
    QVERIFY2(narrow >= 3, qPrintable(shown().join(u", ")));
    QVERIFY2(narrow <= 5, qPrintable(shown().join(u", ")));
    layOut(1200);
    if (QTest::currentTestFailed())
        return;
    const int wide = int(axis->categoriesLabels().size());
    QVERIFY2(wide > narrow + 2, qPrintable(shown().join(u", ")));
    // The first label names the year; later ones in the same year do not.
    QVERIFY(axis->categoriesLabels().first().contains(QStringLiteral("2025")));
    QVERIFY(!axis->categoriesLabels().last().contains(QStringLiteral("2025")));
}

void TestTimelineChart::renderImageOffscreen_data()
{
    QTest::addColumn<int>("bin");
    QTest::addColumn<int>("days");
    QTest::newRow("days") << int(TimeBin::Day) << 40;
    QTest::newRow("weeks") << int(TimeBin::Week) << 400;
    QTest::newRow("months, many") << int(TimeBin::Month) << 3000;
    QTest::newRow("years") << int(TimeBin::Year) << 9000;
}

void TestTimelineChart::renderImageOffscreen()
{
    QFETCH(int, bin);
    QFETCH(int, days);
    QList<IncidentStore::DatedRow> rows;
    const QDate start(2016, 2, 27);
    for (int d = 0; d < days; d += 3)
        rows << IncidentStore::DatedRow{start.addDays(d), d % 2 ? QStringLiteral("Battles") : QStringLiteral("Riots"),
                                        QStringLiteral("Disputed")};
    const TimelineData data = aggregate(rows, TimeBin(bin), StackBy::Status, {}, {}, 4);
    const QImage image = TimelineChart::renderImage(data, QSize(900, 380));
    QCOMPARE(image.size(), QSize(900, 380));
    // The bars take the status colour of Disputed.
    const QRgb disputed = QColor(QStringLiteral("#CC79A7")).rgb();
    int hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            hits += image.pixel(x, y) == disputed;
    }
    QVERIFY2(hits > 200, qPrintable(QString::number(hits)));
    QVERIFY(!TimelineChart::renderImage(TimelineData{}, QSize(400, 200)).isNull());
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
