// Times full-text queries against a project inside one process, so process start-up does not
// swamp the figure: sift-bench-search PROJECT.sift QUERIES.txt [--limit N] [--passes P] [--verbose]
// Prints one line per pass: queries, p50, p95, max in milliseconds, and the slowest queries.

#include "core/store/ArticleStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

struct Timing {
    double ms = 0;
    qsizetype hits = 0;
    QString query;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QStringList readQueries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList out;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int limit = 20;
    int passes = 1;
    bool verbose = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--limit") && i + 1 < args.size())
            limit = args[++i].toInt();
        else if (args[i] == QLatin1String("--passes") && i + 1 < args.size())
            passes = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--verbose"))
            verbose = true;
        else
            positional << args[i];
    }
    QTextStream out(stdout);
    if (positional.size() != 2) {
        out << "usage: sift-bench-search PROJECT.sift QUERIES.txt [--limit N] [--passes P] [--verbose]\n";
        return 2;
    }
    const QStringList queries = readQueries(positional[1]);
    if (queries.isEmpty()) {
        out << "no queries in " << positional[1] << '\n';
        return 2;
    }
    sift::Store store;
    if (const QString error = store.open(positional[0], sift::Store::OpenMode::ReadOnly); !error.isEmpty()) {
        out << error << '\n';
        return 1;
    }
    const sift::ArticleStore articles(store.db());
    int failures = 0;
    for (int pass = 1; pass <= passes; ++pass) {
        QList<Timing> timings;
        QList<double> ms;
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            qsizetype hits = -1;
            try {
                hits = articles.search(query, limit).size();
            } catch (const sift::StoreError &e) {
                ++failures;
                out << "query failed: " << query << ": " << e.message() << '\n';
            }
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            timings << Timing{elapsed, hits, query};
            ms << elapsed;
            if (verbose)
                out << QString::asprintf("%9.2f ms %3lld hits  ", elapsed, qlonglong(hits)) << query << '\n';
        }
        out << QString::asprintf("pass %d: queries %lld p50 %.2f ms p95 %.2f ms max %.2f ms\n", pass,
                                 qlonglong(ms.size()), percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 1.0));
        std::sort(timings.begin(), timings.end(), [](const Timing &a, const Timing &b) { return a.ms > b.ms; });
        for (qsizetype i = 0; i < std::min<qsizetype>(5, timings.size()); ++i)
            out << QString::asprintf("  slowest %.2f ms  ", timings[i].ms) << timings[i].query << '\n';
    }
    return failures > 0 ? 1 : 0;
}
