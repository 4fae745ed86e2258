#include "CliContext.h"

#include "core/domain/Translation.h"
#include "core/export/JsonCodec.h"
#include "core/ingest/Importer.h"
#include "core/project/SampleProject.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sift::cli {

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Sift::tr("Print JSON."));
}

int initCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Sift::tr("Fill the new project with the fictional demo corpus."));
    parser.addOption(sample);
    if (!ctx.parse(parser, Sift::tr("Create an empty project, or the sample project with --sample.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (parser.isSet(sample)) {
        if (ctx.projectPath().isEmpty())
            return ctx.usageError(Sift::tr("no project given (use -p FILE.sift)"));
        if (const QString error = SampleProject::create(ctx.projectPath()); !error.isEmpty())
            return ctx.projectError(error);
        ctx.out() << Sift::tr("Sample project created: %1\n").arg(ctx.projectPath());
        return Ok;
    }
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::CreateIfMissing))
        return UsageError;
    ctx.out() << Sift::tr("Project ready: %1\n").arg(ctx.projectPath());
    return Ok;
}

int importCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    Sift::tr("Input format: auto, scraped, text, json, csv, html, feed."),
                                    QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Sift::tr("Give up on an address after this many seconds (default 30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption noFullText(QStringLiteral("no-full-text"),
                                        Sift::tr("Keep a web feed's summaries; do not fetch the linked pages."));
    parser.addOption(timeout);
    parser.addOption(noFullText);
    const QCommandLineOption map(QStringLiteral("map"),
                                 Sift::tr("Map fields to columns, e.g. title=headline,body=text."),
                                 QStringLiteral("MAP"));
    parser.addOption(format);
    parser.addOption(map);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 Sift::tr("Files, folders, or http(s) addresses of pages and feeds to import."),
                                 QStringLiteral("PATH..."));
    if (!ctx.parse(parser, Sift::tr("Import articles from files, folders and web addresses.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(Sift::tr("give at least one file or folder to import"));
    ImportOptions options;
    const auto fmt = inputFormatFromKey(parser.value(format));
    if (!fmt)
        return ctx.usageError(
            Sift::tr("unknown format '%1' (auto, scraped, text, json, csv, html, feed)").arg(parser.value(format)));
    options.format = *fmt;
    bool secondsOk = false;
    const double seconds = parser.value(timeout).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0)
        return ctx.usageError(Sift::tr("--timeout takes a number of seconds"));
    options.fetch.connectTimeoutMs = options.fetch.totalTimeoutMs = int(seconds * 1000);
    options.fetchFullText = !parser.isSet(noFullText);
    if (parser.isSet(map)) {
        QString error;
        const auto fieldMap = parseFieldMap(parser.value(map), &error);
        if (!fieldMap)
            return ctx.usageError(error);
        options.fieldMap = *fieldMap;
    }
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::CreateIfMissing))
        return UsageError;
    store.close();

    Importer importer(ctx.projectPath(), parser.positionalArguments(), options);
    if (ctx.stderrIsTerminal()) {
        QObject::connect(&importer, &Importer::progress, &importer, [&ctx](int done, int total, const QString &file) {
            ctx.err() << QStringLiteral("\r[%1/%2] %3").arg(done).arg(total).arg(file.right(60), -60);
            if (done == total)
                ctx.err() << '\n';
            ctx.err().flush();
        });
        QObject::connect(&importer, &Importer::feedProgress, &importer, [&ctx](int entries, const QString &file) {
            ctx.err() << QStringLiteral("\r%1: %2 entries").arg(file.right(60)).arg(entries);
            ctx.err().flush();
        });
    }
    const ImportSummary summary = importer.run();
    if (!summary.projectError.isEmpty())
        return ctx.projectError(summary.projectError);
    ctx.out() << summary.text();
    return summary.failed() > 0 ? InputFailed : Ok;
}

int listCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!ctx.parse(parser, Sift::tr("List the project's articles.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    ArticleStore articles(store.db());
    const QList<ArticleSummary> rows = articles.summaries(articles.ids({}));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleSummary &s : rows)
            array.append(JsonCodec::articleSummary(s));
        ctx.printJson(array);
        return Ok;
    }
    for (const ArticleSummary &s : rows) {
        ctx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5 claim(s)\t%6\n")
                         .arg(s.id)
                         .arg(s.published.isValid() ? s.published.toIso() : Sift::tr("unknown date"))
                         .arg(s.outlet.isEmpty() ? QStringLiteral("-") : s.outlet)
                         .arg(reviewStateKey(s.reviewState))
                         .arg(s.claimCount)
                         .arg(s.title);
    }
    return Ok;
}

int showCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("ID"), Sift::tr("The article's id."));
    if (!ctx.parse(parser, Sift::tr("Show one article with its claims.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one article id"));
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    const auto article = ArticleStore(store.db()).article(id);
    if (!article)
        return ctx.usageError(Sift::tr("no article with id %1").arg(id));
    const QList<Claim> claims = ClaimStore(store.db()).claimsForArticle(id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = JsonCodec::article(*article);
        QJsonArray claimArray;
        for (const Claim &c : claims)
            claimArray.append(JsonCodec::claim(c));
        o.insert(QStringLiteral("claims"), claimArray);
        ctx.printJson(o);
        return Ok;
    }
    QTextStream &out = ctx.out();
    out << article->title << '\n'
        << QStringLiteral("%1 · %2 · %3\n")
               .arg(article->outlet.isEmpty() ? Sift::tr("unknown outlet") : article->outlet,
                    article->published.isValid() ? article->published.toIso() : Sift::tr("unknown date"),
                    reviewStateKey(article->reviewState));
    if (!article->url.isEmpty())
        out << article->url << '\n';
    if (article->fetchedAt.isValid())
        out << Sift::tr("fetched %1 · SHA-256 %2\n").arg(article->fetchedAt.toString(Qt::ISODate), article->sha256);
    for (const QString &caption : article->captions)
        out << QStringLiteral("[caption] ") << caption << '\n';
    out << '\n' << article->body << "\n";
    if (!claims.isEmpty())
        out << '\n' << Sift::tr("Claims:") << '\n';
    for (const Claim &c : claims) {
        out << QStringLiteral("  #%1 [%2] %3 %4: \"%5\"\n")
                   .arg(c.id)
                   .arg(c.status, c.claimant.isEmpty() ? Sift::tr("(no claimant)") : c.claimant, stanceKey(c.stance),
                        c.anchor.quote);
    }
    return Ok;
}

int searchCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), Sift::tr("At most N results."), QStringLiteral("N"),
                                   QStringLiteral("20"));
    parser.addOption(limit);
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 Sift::tr("FTS5 query: words, \"phrases\", prefix*, AND/OR/NOT."));
    if (!ctx.parse(parser, Sift::tr("Search the articles' full text, best matches first.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return ctx.usageError(Sift::tr("give a search query"));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n <= 0)
        return ctx.usageError(Sift::tr("--limit takes a positive number"));
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    QList<SearchHit> hits;
    try {
        hits = ArticleStore(store.db()).search(query, n);
    } catch (const StoreError &e) {
        return ctx.usageError(Sift::tr("cannot search for %1: %2 (a query is words, \"phrases\", prefix*, "
                                       "combined with AND, OR, NOT and parentheses)")
                                  .arg(query, e.message()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("snippet"), h.snippet},
                                     {QStringLiteral("rank"), h.rank}});
        ctx.printJson(array);
        return Ok;
    }
    for (const SearchHit &h : hits)
        ctx.out() << QStringLiteral("%1\t%2\n\t%3\n").arg(h.id).arg(h.title, h.snippet);
    if (hits.isEmpty())
        ctx.out() << Sift::tr("No matches.\n");
    return Ok;
}

int statsCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!ctx.parse(parser, Sift::tr("Count articles, claims, entities and incidents.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    const Store::Counts c = store.counts();
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("articles"), c.articles},
                                  {QStringLiteral("claims"), c.claims},
                                  {QStringLiteral("entities"), c.entities},
                                  {QStringLiteral("incidents"), c.incidents}});
        return Ok;
    }
    ctx.out() << Sift::tr("articles\t%1\nclaims\t%2\nentities\t%3\nincidents\t%4\n")
                     .arg(c.articles)
                     .arg(c.claims)
                     .arg(c.entities)
                     .arg(c.incidents);
    return Ok;
}

int checkCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, Sift::tr("Check the project file: integrity, foreign keys, full-text index.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (ctx.projectPath().isEmpty())
        return ctx.usageError(Sift::tr("no project given (use -p FILE.sift)"));
    // Another Sift process writing, or a read-only file, does not stop a check: it reads what it can.
    Store store;
    QString error = store.open(ctx.projectPath(), Store::OpenMode::ExistingOnly);
    if (!error.isEmpty() && store.writeRefused())
        error = store.open(ctx.projectPath(), Store::OpenMode::ReadOnly);
    if (!error.isEmpty())
        return ctx.projectError(error);
    const Store::CheckReport report = store.check();
    for (const QString &problem : report.problems)
        ctx.err() << problem << '\n';
    if (!report.problems.isEmpty())
        return InputFailed;
    ctx.out() << Sift::tr("ok: %1\n").arg(report.checks.join(QStringLiteral(", ")));
    return Ok;
}

} // namespace

QList<Command> projectCommands()
{
    return {
        {QStringLiteral("init"), Sift::tr("create an empty project"), initCommand},
        {QStringLiteral("import"), Sift::tr("import articles from files, folders or web addresses"), importCommand},
        {QStringLiteral("list"), Sift::tr("list articles"), listCommand},
        {QStringLiteral("show"), Sift::tr("show one article and its claims"), showCommand},
        {QStringLiteral("search"), Sift::tr("full-text search"), searchCommand},
        {QStringLiteral("stats"), Sift::tr("count what the project holds"), statsCommand},
        {QStringLiteral("check"), Sift::tr("check the project file"), checkCommand},
    };
}

} // namespace sift::cli
