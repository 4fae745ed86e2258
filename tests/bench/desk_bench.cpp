// Desk benchmark: a project of N articles and 2N claims, then the review desk's hot paths through
// the real MainWindow (offscreen): open to an interactive window, switch to an article with 50
// claims, refresh the library for a search and a filter, and peak memory.
//   sift-bench-desk [--articles N] [--project FILE] [--keep]
#include "app/MainWindow.h"
#include "core/models/ArticleListModel.h"
#include "core/models/ClaimTableModel.h"
#include "core/project/Project.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"
#include "widgets/ArticleReader.h"
#include "widgets/ClaimTableView.h"
#include "widgets/Dialogs.h"
#include "widgets/LibraryView.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <sys/resource.h>

using namespace sift;

namespace {

const QStringList kWords = {
    QStringLiteral("ministry"),  QStringLiteral("forces"),    QStringLiteral("border"),   QStringLiteral("ceasefire"),
    QStringLiteral("statement"), QStringLiteral("village"),   QStringLiteral("drone"),    QStringLiteral("shelling"),
    QStringLiteral("officials"), QStringLiteral("reported"),  QStringLiteral("denied"),   QStringLiteral("confirmed"),
    QStringLiteral("convoy"),    QStringLiteral("province"),  QStringLiteral("militia"),  QStringLiteral("talks"),
    QStringLiteral("residents"), QStringLiteral("overnight"), QStringLiteral("casualty"), QStringLiteral("spokesman"),
    QStringLiteral("agency"),    QStringLiteral("satellite"), QStringLiteral("imagery"),  QStringLiteral("protest"),
};

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords.at(int(rng.bounded(kWords.size())));
    out.first()[0] = out.first().at(0).toUpper();
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

/// Writes the project straight through the stores in one transaction: the benchmark is about the
/// desk, not about import.
void generate(const QString &path, int articles)
{
    Store store;
    if (const QString error = store.open(path, Store::OpenMode::CreateIfMissing); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    QRandomGenerator rng(42);
    ArticleStore articleStore(store.db());
    ClaimStore claimStore(store.db());
    const QList<Status> statuses = VocabularyStore(store.db()).statuses();
    const QStringList outlets{QStringLiteral("Meridian Wire"), QStringLiteral("Northgate Press"),
                              QStringLiteral("Korvast Herald"), QStringLiteral("Eastwater Observer")};
    // Claimants, statements and tags come from their own generator, so the articles stay as they always were.
    QRandomGenerator claimRng(7);
    QList<qint64> claimants;
    {
        EntityStore entities(store.db());
        for (int e = 0; e < 40; ++e) {
            Entity entity;
            entity.name = QStringLiteral("Source %1").arg(e);
            claimants << entities.insert(entity);
        }
    }
    const QList<Stance> stances = allStances();
    int claimNumber = 0;
    Transaction tx(store.db());
    int claimsLeft = articles * 2;
    for (int i = 0; i < articles; ++i) {
        Article a;
        a.title = QStringLiteral("Report %1: ").arg(i) + sentence(rng, 6);
        QStringList paragraphs;
        for (int p = 0; p < 8; ++p)
            paragraphs << sentence(rng, 25) + QLatin1Char(' ') + sentence(rng, 20);
        a.body = paragraphs.join(QStringLiteral("\n\n"));
        a.outlet = outlets.at(i % outlets.size());
        a.published = PartialDate{QDate(2020, 1, 1).addDays(i % 2000), DatePrecision::Day};
        const qint64 id = articleStore.insert(a);
        // Every 1000th article carries 50 claims: the "switch to a busy article" case.
        const int claims = (i % 1000 == 0) ? 50 : qMin(claimsLeft, 2);
        for (int c = 0; c < claims; ++c) {
            const int start = int(rng.bounded(qMax(1, int(a.body.size()) - 60)));
            Claim claim;
            claim.articleId = id;
            claim.anchor.start = start;
            claim.anchor.end = start + 40;
            claim.anchor.quote = a.body.mid(start, 40);
            claim.statusId = statuses.at(c % statuses.size()).id;
            claim.statement = sentence(claimRng, 8);
            claim.claimantId = claimants.at(int(claimRng.bounded(claimants.size())));
            claim.reportedById = claimants.at(int(claimRng.bounded(claimants.size())));
            claim.stance = stances.at(claimNumber % stances.size());
            claim.credibility = claimNumber % 7;
            if (claimNumber % 25 == 0)
                claim.tags = {QStringLiteral("priority")};
            ++claimNumber;
            claimStore.insert(claim);
        }
        claimsLeft -= claims;
    }
    tx.commit();
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct ClaimsFigures {
    double modelMs = 0;
    double dockMs = 0;
    int rows = 0;
    QList<double> refreshes;
    QList<double> bulk;
};

/// The claims table over every claim: a fresh model's count and first page, the dock shown (View ▸ Claims), sort
/// and filter refreshes, and a bulk status change of 1,000 selected claims by the triage key.
ClaimsFigures benchmarkClaimsTable(MainWindow &window)
{
    ClaimsFigures f;
    QElapsedTimer timer;
    timer.start();
    {
        ClaimTableModel fresh(*window.project());
        fresh.data(fresh.index(0, ClaimTableModel::QuoteColumn));
        f.rows = fresh.rowCount();
    }
    f.modelMs = timer.nsecsElapsed() / 1e6;
    timer.start();
    window.findChild<QAction *>(QStringLiteral("actionShowClaims"))->trigger();
    QApplication::processEvents();
    f.dockMs = timer.nsecsElapsed() / 1e6;

    ClaimTableView *view = window.claimTable();
    auto *model = qobject_cast<ClaimTableModel *>(view->table()->model());
    const ClaimTableQuery base = model->query();
    QList<std::pair<QString, ClaimTableQuery>> queries;
    using Sort = ClaimTableQuery::Sort;
    for (const auto &[name, sort, descending] :
         {std::tuple{"sort status", Sort::Status, false}, std::tuple{"sort claimant", Sort::Claimant, false},
          std::tuple{"sort published desc", Sort::Published, true}, std::tuple{"sort article", Sort::Article, false},
          std::tuple{"sort updated desc", Sort::Updated, true},
          std::tuple{"sort credibility", Sort::Credibility, false}, std::tuple{"sort id desc", Sort::Id, true}}) {
        ClaimTableQuery q = base;
        q.sort = sort;
        q.descending = descending;
        queries.append({QString::fromLatin1(name), q});
    }
    const QList<Status> statuses = window.project()->vocabulary().statuses();
    ClaimTableQuery q = base;
    q.statusId = statuses.at(2).id;
    queries.append({QStringLiteral("filter status"), q});
    q.outlet = QStringLiteral("Meridian Wire");
    queries.append({QStringLiteral("filter status + outlet"), q});
    q = base;
    q.claimantId = 5;
    queries.append({QStringLiteral("filter claimant"), q});
    q.tag = QStringLiteral("priority");
    queries.append({QStringLiteral("filter claimant + tag"), q});
    q = base;
    q.text = QStringLiteral("ceasefire");
    queries.append({QStringLiteral("filter text"), q});
    q.from = QDate(2021, 1, 1);
    q.to = QDate(2021, 12, 31);
    queries.append({QStringLiteral("filter text + dates"), q});
    queries.append({QStringLiteral("everything"), base});
    QHash<QString, QList<double>> perQuery;
    for (int round = 0; round < 3; ++round) {
        for (const auto &[name, query] : queries) {
            timer.start();
            model->setQuery(query);
            model->data(model->index(0, ClaimTableModel::QuoteColumn));
            QApplication::processEvents();
            const double ms = timer.nsecsElapsed() / 1e6;
            f.refreshes << ms;
            perQuery[name] << ms;
        }
    }
    for (const auto &[name, query] : queries) {
        model->setQuery(query);
        printf("  claims %-28s median %7.1f ms, %7d claims\n", qPrintable(name), median(perQuery.value(name)),
               model->rowCount());
    }

    // 1,000 rows selected, then the triage key for a status: one undoable step through the window.
    model->setQuery(base);
    QTableView *table = view->table();
    table->setFocus();
    for (int round = 0; round < 4; ++round) {
        const int first = 1000 * round;
        table->selectionModel()->select(QItemSelection(model->index(first, 0), model->index(first + 999, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int steps = window.project()->undoStack()->count();
        timer.start();
        // The action the triage key 3 (or 4) triggers while the table has focus. A project kept from an earlier run
        // may hold that status on these rows already (no change, no step): then the other key.
        int key = 3 + round % 2;
        if (model->index(first, ClaimTableModel::StatusColumn).data().toString() == statuses.at(key - 1).name)
            key = key == 3 ? 4 : 3;
        window.findChild<QAction *>(QStringLiteral("actionClaimsStatus%1").arg(key))->trigger();
        QApplication::processEvents(); // the queued refresh of the table and what the library repaints
        f.bulk << timer.nsecsElapsed() / 1e6;
        if (window.project()->undoStack()->count() != steps + 1)
            qFatal("the bulk change was not one undo step");
    }
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("Reuse or keep this project."),
                                           QStringLiteral("FILE"));
    parser.addOption(articlesOption);
    parser.addOption(projectOption);
    parser.process(app);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(projectOption) ? parser.value(projectOption) : dir.filePath(QStringLiteral("desk.sift"));
    const int articles = parser.value(articlesOption).toInt();
    QElapsedTimer timer;
    if (!QFile::exists(path)) {
        timer.start();
        generate(path, articles);
        printf("generated %d articles, %d claims in %.1f s\n", articles, articles * 2, timer.elapsed() / 1000.0);
    }
    const qint64 rssBefore = peakRssKb();

    timer.start();
    MainWindow window;
    window.show();
    if (!window.openProject(path))
        return 1;
    QApplication::processEvents();
    const double openMs = timer.nsecsElapsed() / 1e6;

    // Switch between articles that carry 50 claims each.
    QList<double> switches;
    for (int round = 0; round < 3; ++round) {
        for (qint64 id = 1; id <= articles; id += 1000) {
            timer.start();
            window.showArticle(id);
            QApplication::processEvents();
            switches << timer.nsecsElapsed() / 1e6;
        }
    }

    // Library refreshes, each from the library's own sort (published, newest first) with no other filter
    // left over: full-text searches (a word in nearly every article, a phrase, a prefix, a negation), the
    // claim-status and outlet filters, a search within a filter, and back to everything.
    auto *model = window.findChild<ArticleListModel *>();
    const ArticleQuery base = model->query();
    QList<std::pair<QString, ArticleQuery>> refreshQueries;
    for (const QString &text : {QStringLiteral("ceasefire"), QStringLiteral("\"drone shelling\""),
                                QStringLiteral("satell*"), QStringLiteral("convoy NOT protest")}) {
        ArticleQuery q = base;
        q.text = text;
        refreshQueries.append({QStringLiteral("search ") + text, q});
    }
    ArticleQuery byStatus = base;
    byStatus.claimStatus = QStringLiteral("Disputed");
    refreshQueries.append({QStringLiteral("status Disputed"), byStatus});
    byStatus.outlet = QStringLiteral("Meridian Wire");
    refreshQueries.append({QStringLiteral("status Disputed + outlet"), byStatus});
    byStatus.text = QStringLiteral("ceasefire");
    refreshQueries.append({QStringLiteral("status + outlet + search"), byStatus});
    refreshQueries.append({QStringLiteral("everything"), base});
    QList<double> refreshes;
    QHash<QString, QList<double>> perQuery;
    for (int round = 0; round < 3; ++round) {
        for (const auto &[name, query] : refreshQueries) {
            timer.start();
            model->setQuery(query);
            model->data(model->index(0, 0));
            QApplication::processEvents();
            const double ms = timer.nsecsElapsed() / 1e6;
            refreshes << ms;
            perQuery[name] << ms;
        }
    }
    std::sort(refreshes.begin(), refreshes.end());
    for (const auto &[name, query] : refreshQueries) {
        model->setQuery(query);
        printf("  refresh %-28s median %7.1f ms, %6d articles\n", qPrintable(name), median(perQuery.value(name)),
               model->rowCount());
    }

    const ClaimsFigures claims = benchmarkClaimsTable(window);

    printf("open to interactive window: %.0f ms (target < 1000)\n", openMs);
    printf("switch to an article with 50 claims: median %.1f ms over %lld (target < 30)\n", median(switches),
           qlonglong(switches.size()));
    printf("library search/filter refresh: median %.1f ms, worst %.1f ms over %lld (target < 100)\n", median(refreshes),
           refreshes.last(), qlonglong(refreshes.size()));
    printf("claims table: open %.0f ms (model %.0f ms + dock %.0f ms) over %d claims (target < 300)\n",
           claims.modelMs + claims.dockMs, claims.modelMs, claims.dockMs, claims.rows);
    printf("claims table sort/filter refresh: median %.1f ms, worst %.1f ms over %lld (target < 100)\n",
           median(claims.refreshes),
           claims.refreshes.isEmpty() ? 0.0 : *std::max_element(claims.refreshes.cbegin(), claims.refreshes.cend()),
           qlonglong(claims.refreshes.size()));
    printf("claims table bulk status of 1,000 claims: median %.0f ms over %lld, one undo step each (target < 500)\n",
           median(claims.bulk), qlonglong(claims.bulk.size()));
    printf("peak RSS: %lld MB (before the window: %lld MB; target < 250)\n", peakRssKb() / 1024, rssBefore / 1024);
    return 0;
}
