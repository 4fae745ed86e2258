// The project on a PostgreSQL server against the same project in a .sift file, in one run (scripts/bench server):
// sift-bench-server [--articles N] [--queries Q] [--detail] [--hold]
// Starts its own server (tests/support/PgServer, durable: fsync on, as a desk's server would be), writes N synthetic
// articles to a JSON Lines file, imports it through the real Importer into a file and into the server, then times
// full-text search (limit 20), library refreshes (ids + the first screen of summaries) and how long an edit in one
// window takes to reach another window's Project signal. --detail prints each query's and each refresh's time on both
// engines (where a p95 comes from); --hold keeps the server and the file at the end and prints where they are, until
// standard input closes (for EXPLAIN ANALYZE by hand).
#include "core/ingest/Importer.h"
#include "core/project/Project.h"
#include "core/store/ArticleStore.h"
#include "core/store/Store.h"
#include "support/PgServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

using namespace sift;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QStringList vocabulary()
{
    // Pseudo-words with a Zipf-like use: a few very common, most rare, as in news text.
    QStringList words;
    QRandomGenerator random(7);
    const char *syllables[] = {"ka",  "ro", "mi", "sel", "var", "os",  "tre", "len", "dar", "hal",
                               "vik", "pe", "ne", "zu",  "ba",  "kor", "ast", "mir", "el",  "gan"};
    for (int i = 0; i < 5000; ++i) {
        QString w;
        const int n = 2 + random.bounded(3);
        for (int s = 0; s < n; ++s)
            w += QString::fromLatin1(syllables[random.bounded(20)]);
        words << w;
    }
    return words;
}

QString pick(const QStringList &words, QRandomGenerator &random)
{
    const double u = random.generateDouble();
    return words.at(qsizetype(std::pow(u, 3.0) * double(words.size() - 1)));
}

void writeCorpus(const QString &path, int articles)
{
    const QStringList words = vocabulary();
    QRandomGenerator random(15);
    // 2,000 articles to a file, as a desk's scraper delivers them (and under the importer's size limit).
    QDir().mkpath(path);
    QFile out;
    for (int i = 0; i < articles; ++i) {
        if (i % 2000 == 0) {
            out.close();
            out.setFileName(QStringLiteral("%1/part%2.jsonl").arg(path).arg(i / 2000, 3, 10, QLatin1Char('0')));
            if (!out.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(out.fileName()));
        }
        QStringList title, body;
        for (int w = 0; w < 8; ++w)
            title << pick(words, random);
        for (int w = 0; w < 180; ++w)
            body << pick(words, random) + (w % 17 == 16 ? QStringLiteral(".\n\n") : QString());
        QJsonObject o{{QStringLiteral("title"), title.join(u' ') + QStringLiteral(" %1").arg(i)},
                      {QStringLiteral("body"), body.join(u' ')},
                      {QStringLiteral("outlet"), QStringLiteral("Outlet %1").arg(i % 12)},
                      {QStringLiteral("published"), QDate(2024, 1, 1).addDays(i % 700).toString(Qt::ISODate)}};
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
}

double importInto(const QString &location, const QString &corpus)
{
    {
        Store store;
        if (const QString e = store.open(location, Store::OpenMode::CreateIfMissing); !e.isEmpty())
            qFatal("%s", qPrintable(e));
    }
    QElapsedTimer timer;
    timer.start();
    Importer importer(location, {corpus});
    const ImportSummary summary = importer.run();
    const double s = double(timer.nsecsElapsed()) / 1e9;
    if (!summary.projectError.isEmpty())
        qFatal("%s", qPrintable(summary.projectError));
    for (const FileOutcome &f : summary.files) {
        if (!f.error.isEmpty())
            qFatal("%s: %s", qPrintable(f.path), qPrintable(f.error));
    }
    return s;
}

QStringList queries(int count)
{
    const QStringList words = vocabulary();
    QRandomGenerator random(99);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        switch (i % 5) {
        case 0:
            out << pick(words, random);
            break;
        case 1:
            out << pick(words, random) + u' ' + pick(words, random);
            break;
        case 2:
            out << u'"' + pick(words, random) + u' ' + pick(words, random) + u'"';
            break;
        case 3:
            out << pick(words, random).left(4) + u'*';
            break;
        default:
            out << pick(words, random) + QStringLiteral(" OR ") + pick(words, random);
        }
    }
    return out;
}

struct SearchFigures {
    double p50 = 0, p95 = 0, max = 0;
    QList<double> each; ///< the measured pass, in the order run
};

SearchFigures figures(const QList<double> &ms)
{
    return {percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0), ms};
}

SearchFigures timeSearch(const QString &location, const QStringList &qs)
{
    Store store;
    if (const QString e = store.open(location); !e.isEmpty())
        qFatal("%s", qPrintable(e));
    ArticleStore articles(store.db());
    QList<double> ms;
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms the caches; the second is measured
        ms.clear();
        for (const QString &q : qs) {
            QElapsedTimer t;
            t.start();
            articles.search(q, 20);
            ms << double(t.nsecsElapsed()) / 1e6;
        }
    }
    return figures(ms);
}

QList<ArticleQuery> refreshVariants(const QStringList &qs)
{
    QList<ArticleQuery> variants;
    for (auto sort : {ArticleQuery::Sort::Published, ArticleQuery::Sort::Title, ArticleQuery::Sort::Claims}) {
        ArticleQuery q;
        q.sort = sort;
        q.descending = true;
        variants << q;
        q.outlet = QStringLiteral("Outlet 3");
        variants << q;
        q.outlet.clear();
        q.reviewState = ReviewState::New;
        variants << q;
    }
    for (int i = 0; i < 10; ++i) {
        ArticleQuery q;
        q.text = qs.at(i);
        q.sort = ArticleQuery::Sort::Published;
        variants << q;
    }
    return variants;
}

QString describe(const ArticleQuery &q)
{
    const char *sorts[] = {"title", "outlet", "published", "claims", "state", "relevance", "id", "copies", "suggested"};
    QString out = QString::fromLatin1(sorts[int(q.sort)]) + (q.descending ? QStringLiteral(" desc") : QString());
    if (!q.outlet.isEmpty())
        out += QStringLiteral(", outlet");
    if (q.reviewState)
        out += QStringLiteral(", state");
    if (!q.text.isEmpty())
        out += QStringLiteral(", text ") + q.text;
    return out;
}

SearchFigures timeRefresh(const QString &location, const QList<ArticleQuery> &variants)
{
    Store store;
    if (const QString e = store.open(location); !e.isEmpty())
        qFatal("%s", qPrintable(e));
    ArticleStore articles(store.db());
    QList<double> ms;
    for (int pass = 0; pass < 2; ++pass) {
        ms.clear();
        for (const ArticleQuery &q : variants) {
            QElapsedTimer t;
            t.start();
            const QList<qint64> ids = articles.ids(q);
            articles.summaries(ids.mid(0, 60)); // the first screen of the library
            ms << double(t.nsecsElapsed()) / 1e6;
        }
    }
    return figures(ms);
}

void printDetail(const char *what, const QStringList &names, const SearchFigures &file, const SearchFigures &server)
{
    for (qsizetype i = 0; i < names.size(); ++i)
        std::printf("  %s %3lld: file %7.1f ms  server %7.1f ms  %s\n", what, qlonglong(i), file.each.value(i),
                    server.each.value(i), qPrintable(names.at(i)));
}

SearchFigures timeRemoteEdits(const QString &url, int rounds)
{
    QString error;
    auto writer = Project::open(url, &error);
    auto reader = Project::open(url, &error);
    if (!writer || !reader)
        qFatal("%s", qPrintable(error));
    QList<double> ms;
    QElapsedTimer t;
    qint64 expected = 0;
    bool seen = false;
    QObject::connect(reader.get(), &Project::articleChanged, [&](qint64 id) {
        if (id == expected && !seen) {
            seen = true;
            ms << double(t.nsecsElapsed()) / 1e6;
        }
    });
    for (int i = 0; i < rounds; ++i) {
        expected = 1 + i;
        seen = false;
        t.start();
        writer->setArticleField(expected, ArticleStore::Field::Notes, QStringLiteral("checked %1").arg(i));
        QElapsedTimer limit;
        limit.start();
        while (!seen && limit.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!seen)
            ms << 5000;
    }
    return figures(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    int articles = 100000;
    int queryCount = 100;
    bool detail = false, hold = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--detail")
            detail = true;
        else if (args.at(i) == u"--hold")
            hold = true;
        else if (args.at(i) == u"--articles" && i + 1 < args.size())
            articles = args.at(++i).toInt();
        else if (args.at(i) == u"--queries" && i + 1 < args.size())
            queryCount = args.at(++i).toInt();
    }
    qputenv("SIFT_PG_DURABLE", "1");
    sift::test::PgServer &server = sift::test::PgServer::shared();
    if (!server.isRunning())
        qFatal("%s", qPrintable(server.error()));
    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QElapsedTimer gen;
    gen.start();
    writeCorpus(corpus, articles);
    std::printf("generated %d articles in %.1f s\n", articles, double(gen.elapsed()) / 1000);
    const QString file = dir.filePath(QStringLiteral("bench.sift"));
    const QString url = server.createDatabase();
    const double fileImport = importInto(file, corpus);
    const double serverImport = importInto(url, corpus);
    std::printf("import: file %.1f s, server %.1f s, ratio %.2fx (target <= 2x)\n", fileImport, serverImport,
                serverImport / fileImport);
    const QStringList qs = queries(queryCount);
    const SearchFigures fs = timeSearch(file, qs);
    const SearchFigures ss = timeSearch(url, qs);
    std::printf("search (%lld queries, limit 20): file p50 %.1f ms p95 %.1f ms; server p50 %.1f ms p95 %.1f ms max "
                "%.1f ms (target p95 < 50)\n",
                qlonglong(qs.size()), fs.p50, fs.p95, ss.p50, ss.p95, ss.max);
    if (detail)
        printDetail("search", qs, fs, ss);
    const QList<ArticleQuery> variants = refreshVariants(qs);
    const SearchFigures fr = timeRefresh(file, variants);
    const SearchFigures sr = timeRefresh(url, variants);
    std::printf("library refresh: file median %.1f ms p95 %.1f ms; server median %.1f ms p95 %.1f ms max %.1f ms "
                "(target median < 100)\n",
                fr.p50, fr.p95, sr.p50, sr.p95, sr.max);
    if (detail) {
        QStringList names;
        for (const ArticleQuery &q : variants)
            names << describe(q);
        printDetail("refresh", names, fr, sr);
    }
    const SearchFigures edit = timeRemoteEdits(url, 50);
    std::printf("remote edit visible in another window (50 edits): median %.1f ms p95 %.1f ms max %.1f ms (target "
                "median < 200, max < 1000)\n",
                edit.p50, edit.p95, edit.max);
    if (hold) {
        std::printf("holding: file %s, server %s (psql -h 127.0.0.1 -p %d -U sift_admin); close stdin to stop\n",
                    qPrintable(file), qPrintable(url), server.port());
        std::string line;
        while (std::getline(std::cin, line)) {
        }
    }
    return 0;
}
