// Timeline benchmark: a project of N incidents spread over ten years, then the chart's hot paths on the
// real TimelineChart widget (offscreen): reread and aggregate the incidents and draw the chart, and rebin
// on zoom (aggregate the zoomed range and draw again).
//   sift-bench-timeline [--incidents N] [--project FILE] [--rounds R]
#include "core/project/Project.h"
#include "core/store/IncidentStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"
#include "widgets/TimelineChart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <sys/resource.h>

using namespace sift;

namespace {

const QDate kFirst(2015, 1, 1);
const QDate kLast(2024, 12, 31);

/// Writes the incidents straight through the store in one transaction: the benchmark is about the
/// chart, not about entry. One in fifty has no known date (counted beside the chart).
void generate(const QString &path, int count)
{
    Store store;
    if (const QString error = store.open(path, Store::OpenMode::CreateIfMissing); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    QRandomGenerator rng(7);
    VocabularyStore vocabulary(store.db());
    const QStringList types = vocabulary.eventTypes();
    const QList<Status> statuses = vocabulary.statuses();
    IncidentStore incidents(store.db());
    const qint64 days = kFirst.daysTo(kLast) + 1;
    Transaction tx(store.db());
    for (int i = 0; i < count; ++i) {
        Incident incident;
        if (i % 50 != 0)
            incident.eventDate = PartialDate{kFirst.addDays(qint64(rng.bounded(int(days)))), DatePrecision::Day};
        incident.eventType = types.at(int(rng.bounded(types.size())));
        incident.statusId = statuses.at(int(rng.bounded(statuses.size()))).id;
        incident.location = QStringLiteral("Place %1").arg(i % 300);
        incidents.insert(incident);
    }
    tx.commit();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Paints the whole chart widget, as the screen would after a change.
void draw(TimelineChart &chart)
{
    const QPixmap pixmap = chart.grab();
    if (pixmap.isNull())
        qFatal("the chart did not draw");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the timeline chart on a large project."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("incidents"), QStringLiteral("Incidents to generate."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("Reuse this project, or generate it there and keep it."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed repetitions."),
                                          QStringLiteral("R"), QStringLiteral("15"));
    parser.addOption(countOption);
    parser.addOption(projectOption);
    parser.addOption(roundsOption);
    parser.process(app);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(projectOption) ? parser.value(projectOption) : dir.filePath(QStringLiteral("timeline.sift"));
    const int count = parser.value(countOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QElapsedTimer timer;
    if (!QFile::exists(path)) {
        timer.start();
        generate(path, count);
        printf("generated %d incidents over %s..%s in %.1f s\n", count, qPrintable(kFirst.toString(Qt::ISODate)),
               qPrintable(kLast.toString(Qt::ISODate)), double(timer.elapsed()) / 1000.0);
    }

    QString error;
    const std::unique_ptr<Project> project = Project::open(path, &error, Store::OpenMode::ExistingOnly);
    if (!project)
        qFatal("%s", qPrintable(error));
    TimelineChart chart(*project);
    chart.resize(1200, 420);
    chart.show();
    QApplication::processEvents();
    draw(chart); // first paint: fonts, caches

    int total = 0;
    for (const TimelineBin &bin : chart.data().bins)
        total += bin.count;
    printf("chart: %lld bins by %s, %d dated incidents on it, %d undated beside it\n",
           qlonglong(chart.data().bins.size()), qPrintable(timeBinKey(chart.data().bin)), total, chart.data().undated);

    // Aggregate and redraw: reread the incidents, bin them, rebuild the series, paint.
    QList<double> reloads;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        chart.reload();
        draw(chart);
        reloads << double(timer.nsecsElapsed()) / 1e6;
    }

    // Rebin on zoom: a year, a quarter, a month (each picks its own bin size), and back out.
    const QList<std::pair<QDate, QDate>> ranges{{QDate(2019, 1, 1), QDate(2019, 12, 31)},
                                                {QDate(2021, 4, 1), QDate(2021, 6, 30)},
                                                {QDate(2023, 2, 1), QDate(2023, 2, 28)},
                                                {QDate(), QDate()}};
    QList<double> zooms;
    for (int i = 0; i < rounds; ++i) {
        for (const auto &[from, to] : ranges) {
            timer.start();
            chart.zoomTo(from, to);
            draw(chart);
            zooms << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    std::sort(zooms.begin(), zooms.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    printf("aggregate and redraw (reload, %d rounds): median %.1f ms, worst %.1f ms (target < 100)\n", rounds,
           median(reloads), *std::max_element(reloads.cbegin(), reloads.cend()));
    printf("rebin on zoom (%lld zooms): median %.1f ms, worst %.1f ms (target < 50)\n", qlonglong(zooms.size()),
           median(zooms), zooms.last());
    printf("peak RSS: %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
