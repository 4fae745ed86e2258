#include "CliContext.h"

#include "core/domain/Translation.h"
#include "core/ingest/Importer.h"
#include "core/ingest/WebFetcher.h"
#include "core/store/ArticleStore.h"
#include "core/store/Database.h"
#include "core/store/WebStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace sift::cli {

namespace {

QJsonObject feedJson(const FeedSubscription &f)
{
    return {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("url"), f.url},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("interval_minutes"), f.intervalMinutes},
        {QStringLiteral("full_text"), f.fullText},
        {QStringLiteral("etag"), f.etag},
        {QStringLiteral("last_modified"), f.lastModified},
        {QStringLiteral("last_fetched"),
         f.lastFetched.isValid() ? QJsonValue(f.lastFetched.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_error"), f.lastError},
    };
}

/// A feed named by its id or its address.
std::optional<FeedSubscription> findFeed(WebStore &web, const QString &key)
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    return isId ? web.feed(id) : web.feedByUrl(key.trimmed());
}

int feedsAddCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), Sift::tr("A name for the feed."), QStringLiteral("TITLE"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      Sift::tr("Refresh every this many minutes while the project is open (60)."),
                                      QStringLiteral("MINUTES"), QStringLiteral("60"));
    const QCommandLineOption noFullText(QStringLiteral("no-full-text"),
                                        Sift::tr("Keep summaries; do not fetch the pages entries link to."));
    parser.addOption(title);
    parser.addOption(interval);
    parser.addOption(noFullText);
    parser.addPositionalArgument(QStringLiteral("URL"), Sift::tr("The feed's address."));
    if (!ctx.parse(parser, Sift::tr("Follow a feed (RSS, RDF or Atom).")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (parser.positionalArguments().size() != 1 || !WebFetcher::isWebAddress(parser.positionalArguments().first()))
        return ctx.usageError(Sift::tr("give one http or https address"));
    bool ok = false;
    const int minutes = parser.value(interval).toInt(&ok);
    if (!ok || minutes < 1)
        return ctx.usageError(Sift::tr("--interval takes a whole number of minutes, at least 1"));
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::CreateIfMissing))
        return UsageError;
    WebStore web(store.db());
    FeedSubscription feed;
    feed.url = parser.positionalArguments().first().trimmed();
    feed.title = parser.value(title);
    feed.intervalMinutes = minutes;
    feed.fullText = !parser.isSet(noFullText);
    if (web.feedByUrl(feed.url))
        return ctx.usageError(Sift::tr("the project already follows %1").arg(feed.url));
    Transaction tx(store.db());
    const qint64 id = web.addFeed(feed);
    tx.commit();
    ctx.out() << Sift::tr("Feed %1 added: %2\n").arg(id).arg(feed.url);
    return Ok;
}

int feedsListCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Sift::tr("Print JSON.")));
    if (!ctx.parse(parser, Sift::tr("List the feeds the project follows.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    const QList<FeedSubscription> feeds = WebStore(store.db()).feeds();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const FeedSubscription &f : feeds)
            array.append(feedJson(f));
        ctx.printJson(array);
        return Ok;
    }
    for (const FeedSubscription &f : feeds) {
        ctx.out() << QStringLiteral("%1\t%2\t%3\t%4 min\t%5%6\n")
                         .arg(f.id)
                         .arg(f.url, f.title.isEmpty() ? QStringLiteral("-") : f.title)
                         .arg(f.intervalMinutes)
                         .arg(f.lastFetched.isValid() ? f.lastFetched.toString(Qt::ISODate) : Sift::tr("never fetched"))
                         .arg(f.lastError.isEmpty() ? QString() : QStringLiteral("\t") + f.lastError);
    }
    return Ok;
}

int feedsRemoveCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FEED"), Sift::tr("The feed's id or address."));
    if (!ctx.parse(parser, Sift::tr("Stop following a feed (its articles stay).")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one feed id or address"));
    Store store;
    if (!ctx.openProject(store))
        return UsageError;
    WebStore web(store.db());
    const auto feed = findFeed(web, parser.positionalArguments().first());
    if (!feed)
        return ctx.usageError(Sift::tr("no feed %1").arg(parser.positionalArguments().first()));
    Transaction tx(store.db());
    web.removeFeed(feed->id);
    tx.commit();
    ctx.out() << Sift::tr("Feed %1 removed: %2\n").arg(feed->id).arg(feed->url);
    return Ok;
}

int feedsRefreshCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Sift::tr("Give up on a feed or page after this many seconds (default 30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    parser.addOption(timeout);
    parser.addPositionalArgument(QStringLiteral("FEED"), Sift::tr("Feed ids or addresses (default: all)."),
                                 QStringLiteral("[FEED...]"));
    if (!ctx.parse(parser, Sift::tr("Fetch the followed feeds and import their new entries.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0)
        return ctx.usageError(Sift::tr("--timeout takes a number of seconds"));
    QList<FeedSubscription> feeds;
    {
        Store store;
        if (!ctx.openProject(store))
            return UsageError;
        WebStore web(store.db());
        if (parser.positionalArguments().isEmpty())
            feeds = web.feeds();
        for (const QString &key : parser.positionalArguments()) {
            const auto feed = findFeed(web, key);
            if (!feed)
                return ctx.usageError(Sift::tr("no feed %1").arg(key));
            feeds << *feed;
        }
    }
    ImportOptions options;
    options.fetch.connectTimeoutMs = options.fetch.totalTimeoutMs = int(seconds * 1000);
    Importer importer(ctx.projectPath(), {}, options);
    importer.setFeeds(feeds);
    const ImportSummary summary = importer.run();
    if (!summary.projectError.isEmpty())
        return ctx.projectError(summary.projectError);
    for (const FileOutcome &f : summary.files) {
        if (f.error.isEmpty())
            ctx.out() << Sift::tr("%1: %2 new, %3 already in the project%4\n")
                             .arg(f.path)
                             .arg(f.imported)
                             .arg(f.duplicates)
                             .arg(f.notModified ? Sift::tr(" (not modified)") : QString());
    }
    ctx.out() << summary.text();
    return summary.failed() > 0 ? InputFailed : Ok;
}

int sourceCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption save(QStringLiteral("save"), Sift::tr("Write the original bytes to FILE."),
                                  QStringLiteral("FILE"));
    parser.addOption(save);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Sift::tr("Print JSON.")));
    parser.addPositionalArgument(QStringLiteral("ID"), Sift::tr("The article's id."));
    if (!ctx.parse(parser, Sift::tr("Show where a web article came from, and save the original.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one article id"));
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    const auto capture = WebStore(store.db()).captureForArticle(id, parser.isSet(save));
    if (!capture)
        return ctx.usageError(Sift::tr("article %1 was not imported from the web").arg(id));
    if (parser.isSet(save)) {
        QFile file(parser.value(save));
        if (!file.open(QIODevice::WriteOnly) || file.write(capture->raw) != capture->raw.size())
            return ctx.usageError(Sift::tr("cannot write %1: %2").arg(parser.value(save), file.errorString()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("requested_url"), capture->requestedUrl},
                                  {QStringLiteral("final_url"), capture->finalUrl},
                                  {QStringLiteral("fetched_at"), capture->fetchedAt.toString(Qt::ISODate)},
                                  {QStringLiteral("http_status"), capture->httpStatus},
                                  {QStringLiteral("content_type"), capture->contentType},
                                  {QStringLiteral("size"), capture->size},
                                  {QStringLiteral("sha256"), capture->sha256}});
        return Ok;
    }
    ctx.out() << Sift::tr("requested: %1\nfinal:     %2\nfetched:   %3\nstatus:    %4\ntype:      %5\nsize:      %6 "
                          "bytes\nSHA-256:   %7\n")
                     .arg(capture->requestedUrl, capture->finalUrl, capture->fetchedAt.toString(Qt::ISODate))
                     .arg(capture->httpStatus)
                     .arg(capture->contentType)
                     .arg(capture->size)
                     .arg(capture->sha256);
    return Ok;
}

} // namespace

QList<Command> webCommands()
{
    return {
        {QStringLiteral("feeds add"), Sift::tr("follow a feed"), feedsAddCommand},
        {QStringLiteral("feeds list"), Sift::tr("list the followed feeds"), feedsListCommand},
        {QStringLiteral("feeds remove"), Sift::tr("stop following a feed"), feedsRemoveCommand},
        {QStringLiteral("feeds refresh"), Sift::tr("import the new entries of followed feeds"), feedsRefreshCommand},
        {QStringLiteral("source"), Sift::tr("where a web article came from; save the original"), sourceCommand},
    };
}

} // namespace sift::cli
