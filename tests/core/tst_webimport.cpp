#include "core/export/JsonCodec.h"
#include "core/ingest/Importer.h"
#include "core/store/ArticleStore.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"
#include "core/store/Store.h"
#include "core/store/WebStore.h"
#include "support/TestHttpServer.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace sift;
using sift::test::TestHttpServer;

namespace {

QByteArray rssFeed(const QList<int> &items, bool summaryOnly)
{
    QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title>";
    for (const int i : items) {
        const QByteArray n = QByteArray::number(i);
        feed += "<item><title>Story " + n + "</title><link>LINK/story" + n + "</link><guid>urn:story:" + n +
                "</guid><category>Wire</category>";
        if (summaryOnly)
            feed += "<description>Summary of story " + n + ".</description>";
        else
            feed += "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;Full text of "
                    "story " +
                    n + ".&lt;/p&gt;</content:encoded>";
        feed += "</item>";
    }
    return feed + "</channel></rss>";
}

} // namespace

/// Importing from the web through Importer against a local server: provenance, all-or-nothing, feeds, refresh.
class TestWebImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    QString m_project;

    ImportOptions quick() const
    {
        ImportOptions options;
        options.fetch.connectTimeoutMs = 2000;
        options.fetch.totalTimeoutMs = 5000;
        return options;
    }

    ImportSummary import(const QStringList &inputs, const ImportOptions &options)
    {
        Importer importer(m_project, inputs, options);
        return importer.run();
    }

    ImportSummary refresh()
    {
        Store store;
        store.open(m_project);
        const QList<FeedSubscription> feeds = WebStore(store.db()).feeds();
        store.close();
        Importer importer(m_project, {}, quick());
        importer.setFeeds(feeds);
        return importer.run();
    }

    qint64 count(const char *sql)
    {
        Store store;
        store.open(m_project);
        return store.db().scalar(sql);
    }

    QString writeFeed(const QString &name, const QByteArray &feed)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(feed).replace("LINK", "http://example.invalid"));
        return path;
    }

    void serveFeed(const QByteArray &feed, const QByteArray &etag = {})
    {
        TestHttpServer::Route route;
        route.body = QByteArray(feed).replace("LINK", m_server->url(QString()).toUtf8());
        route.contentType = "application/rss+xml";
        route.etag = etag;
        m_server->setRoute(QStringLiteral("/feed.xml"), route);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_project = m_dir->filePath(QStringLiteral("p.sift"));
        Store store;
        QCOMPARE(store.open(m_project, Store::OpenMode::CreateIfMissing), QString());
        m_server = std::make_unique<TestHttpServer>();
    }

    void cleanup() { m_server.reset(); }

    void pageKeepsItsProvenance()
    {
        const QByteArray page = "Ceasefire talks resume\n\nNegotiators met on Sunday in Geneva.\n";
        m_server->setText(QStringLiteral("/news/1.txt"), page);
        m_server->setRedirect(QStringLiteral("/short"), QStringLiteral("/news/1.txt"), 301);
        const ImportSummary summary = import({m_server->url(QStringLiteral("/short"))}, quick());
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(summary.imported(), 1);

        Store store;
        store.open(m_project);
        const std::optional<Article> article = ArticleStore(store.db()).article(summary.newArticleIds.value(0));
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Ceasefire talks resume"));
        QCOMPARE(article->url, m_server->url(QStringLiteral("/news/1.txt")));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(page, QCryptographicHash::Sha256).toHex());
        QCOMPARE(article->sha256, sha);
        QVERIFY(article->fetchedAt.isValid());
        const std::optional<WebCapture> capture = WebStore(store.db()).captureForArticle(article->id);
        QVERIFY(capture);
        QCOMPARE(capture->raw, page);
        QCOMPARE(capture->requestedUrl, m_server->url(QStringLiteral("/short")));
        QCOMPARE(capture->finalUrl, m_server->url(QStringLiteral("/news/1.txt")));
        QCOMPARE(capture->httpStatus, 200);
        QCOMPARE(capture->contentType, QStringLiteral("text/plain; charset=utf-8"));
        QCOMPARE(capture->sha256, sha);

        const QJsonObject json = JsonCodec::article(*article);
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(json.value(QStringLiteral("url")).toString(), m_server->url(QStringLiteral("/news/1.txt")));
        QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("fetched_at")).toString(), Qt::ISODate),
                 article->fetchedAt.toUTC().addMSecs(-article->fetchedAt.time().msec()));
    }

    void failuresLeaveTheProjectAsItWas()
    {
        TestHttpServer::Route big;
        big.generatedBytes = 50LL * 1024 * 1024;
        big.declareLength = false;
        m_server->setRoute(QStringLiteral("/big"), big);
        TestHttpServer::Route silent;
        silent.delayMs = -1;
        m_server->setRoute(QStringLiteral("/silent"), silent);
        m_server->setRedirect(QStringLiteral("/loop"), QStringLiteral("/loop"));
        ImportOptions options = quick();
        options.fetch.connectTimeoutMs = 500;
        const ImportSummary summary =
            import({m_server->url(QStringLiteral("/missing")), m_server->url(QStringLiteral("/big")),
                    m_server->url(QStringLiteral("/silent")), m_server->url(QStringLiteral("/loop"))},
                   options);
        QCOMPARE(summary.imported(), 0);
        QCOMPARE(summary.failed(), 4);
        QVERIFY(summary.files.at(0).error.contains(QLatin1String("HTTP 404")));
        QVERIFY(summary.files.at(1).error.contains(QLatin1String("too large")));
        QVERIFY(summary.files.at(2).error.contains(QLatin1String("did not answer")));
        QVERIFY(summary.files.at(3).error.contains(QLatin1String("redirect loop")));
        QCOMPARE(count("SELECT count(*) FROM article"), 0);
        QCOMPARE(count("SELECT count(*) FROM web_capture"), 0);
    }

    void wrongCharsetHeader()
    {
        // The header says Latin-1, the bytes are UTF-8: the bytes win. A right header for non-UTF-8 bytes is used.
        m_server->setText(QStringLiteral("/utf8.txt"), "Caf\xc3\xa9 opens\n\nA caf\xc3\xa9 in Yerevan.\n",
                          "text/plain; charset=iso-8859-1");
        m_server->setText(QStringLiteral("/cp1251.txt"), "\xcf\xf0\xe8\xe2\xe5\xf2\n\n\xcc\xe8\xf0.\n",
                          "text/plain; charset=windows-1251");
        const ImportSummary summary =
            import({m_server->url(QStringLiteral("/utf8.txt")), m_server->url(QStringLiteral("/cp1251.txt"))}, quick());
        QCOMPARE(summary.imported(), 2);
        Store store;
        store.open(m_project);
        ArticleStore articles(store.db());
        QCOMPARE(articles.article(summary.newArticleIds.at(0))->title, QStringLiteral("Caf\u00e9 opens"));
        QCOMPARE(articles.article(summary.newArticleIds.at(1))->title,
                 QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442"));
    }

    void summaryOnlyFeedFetchesTheLinkedPages()
    {
        serveFeed(rssFeed({1, 2}, true));
        m_server->setText(QStringLiteral("/story1"),
                          "Story 1\n\nThe whole first story, much longer than its summary.\n");
        // The second page is gone: its entry keeps the summary and the summary says why.
        const ImportSummary summary = import({m_server->url(QStringLiteral("/feed.xml"))}, quick());
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(summary.imported(), 2);
        QVERIFY(summary.text().contains(
            QLatin1String("full text of %1/story2 was not fetched: HTTP 404").arg(m_server->url(QString()))));
        Store store;
        store.open(m_project);
        ArticleStore articles(store.db());
        WebStore web(store.db());
        const Article one = *articles.article(summary.newArticleIds.at(0));
        QCOMPARE(one.title, QStringLiteral("Story 1"));
        QCOMPARE(one.body, QStringLiteral("The whole first story, much longer than its summary."));
        QCOMPARE(one.guid, QStringLiteral("urn:story:1"));
        QCOMPARE(one.outlet, QStringLiteral("Test Wire"));
        QCOMPARE(web.captureForArticle(one.id)->finalUrl, m_server->url(QStringLiteral("/story1")));
        QCOMPARE(web.articleTags(one.id), QStringList{QStringLiteral("Wire")});
        const Article two = *articles.article(summary.newArticleIds.at(1));
        QCOMPARE(two.body, QStringLiteral("Summary of story 2."));
        QCOMPARE(web.captureForArticle(two.id)->finalUrl, m_server->url(QStringLiteral("/feed.xml")));

        // Without the option, nothing is fetched but the feed.
        m_server->setText(QStringLiteral("/story3"), "Story 3\n\nLong text of story three, fetched or not.\n");
        serveFeed(rssFeed({3}, true));
        ImportOptions keep = quick();
        keep.fetchFullText = false;
        const ImportSummary second = import({m_server->url(QStringLiteral("/feed.xml"))}, keep);
        QCOMPARE(second.imported(), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/story3")), 0);
    }

    void subscriptionRefreshImportsOnlyNewEntries()
    {
        {
            Store store;
            store.open(m_project);
            FeedSubscription feed;
            feed.url = m_server->url(QStringLiteral("/feed.xml"));
            feed.title = QStringLiteral("Wire");
            WebStore(store.db()).addFeed(feed);
        }
        m_server->setText(QStringLiteral("/story1"),
                          "Story 1\n\nThe whole first story, much longer than its summary.\n");
        m_server->setText(QStringLiteral("/story2"),
                          "Story 2\n\nThe whole second story, much longer than its summary.\n");
        m_server->setText(QStringLiteral("/story3"),
                          "Story 3\n\nThe whole third story, much longer than its summary.\n");
        serveFeed(rssFeed({1, 2}, true), "\"v1\"");

        ImportSummary summary = refresh();
        QCOMPARE(summary.imported(), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("/feed.xml")), 1);
        QCOMPARE(count("SELECT count(*) FROM article_web WHERE feed_id IS NOT NULL"), 2);
        {
            Store store;
            store.open(m_project);
            const FeedSubscription feed = WebStore(store.db()).feeds().value(0);
            QCOMPARE(feed.etag, QStringLiteral("\"v1\""));
            QVERIFY(feed.lastFetched.isValid());
            QVERIFY(feed.lastError.isEmpty());
        }

        // Unchanged: the server answers 304 and nothing is imported or fetched again.
        summary = refresh();
        QCOMPARE(summary.imported(), 0);
        QCOMPARE(summary.failed(), 0);
        QVERIFY(summary.files.value(0).notModified);
        QCOMPARE(m_server->lastHeaders(QStringLiteral("/feed.xml")).value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(m_server->requestCount(QStringLiteral("/story1")), 1);

        // One new entry (and an old one whose guid is known): only the new one is imported and fetched.
        serveFeed(rssFeed({3, 2}, true), "\"v2\"");
        summary = refresh();
        QCOMPARE(summary.imported(), 1);
        QCOMPARE(summary.duplicates(), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/story2")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/story3")), 1);
        QCOMPARE(count("SELECT count(*) FROM article"), 3);

        // A failed refresh is remembered on the subscription and changes nothing else.
        m_server->setRoute(QStringLiteral("/feed.xml"),
                           TestHttpServer::Route{500, "down", "text/plain", {}, {}, 0, 0, true});
        summary = refresh();
        QCOMPARE(summary.failed(), 1);
        QCOMPARE(count("SELECT count(*) FROM article"), 3);
        Store store;
        store.open(m_project);
        const FeedSubscription feed = WebStore(store.db()).feeds().value(0);
        QVERIFY2(feed.lastError.contains(QLatin1String("HTTP 500")), qPrintable(feed.lastError));
        QCOMPARE(feed.etag, QStringLiteral("\"v2\""));
    }

    void feedFromAFileKeepsGuidsAndSkipsKnownEntries()
    {
        const QString path = m_dir->filePath(QStringLiteral("wire.rss"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rssFeed({1, 2, 3}, false).replace("LINK", "http://example.invalid"));
        file.close();
        ImportSummary summary = import({path}, quick());
        QCOMPARE(summary.imported(), 3);
        QCOMPARE(count("SELECT count(*) FROM web_capture"), 0);
        QCOMPARE(count("SELECT count(*) FROM article_web WHERE guid = 'urn:story:2'"), 1);
        summary = import({path}, quick());
        QCOMPARE(summary.imported(), 0);
        QCOMPARE(summary.duplicates(), 3);
    }

    /// A feed file is stored a chunk at a time as it is read: every entry arrives, with progress per chunk.
    void largeFeedFileIsStoredInChunks()
    {
        QList<int> items;
        for (int i = 1; i <= 5000; ++i)
            items << i;
        const QString path = writeFeed(QStringLiteral("big.rss"), rssFeed(items, false));
        Importer importer(m_project, {path}, quick());
        QList<int> progress;
        connect(&importer, &Importer::feedProgress, this,
                [&progress](int entries, const QString &) { progress << entries; });
        const ImportSummary summary = importer.run();
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(summary.imported(), 5000);
        QCOMPARE(summary.duplicates(), 0);
        QCOMPARE(count("SELECT count(*) FROM article"), 5000);
        QCOMPARE(count("SELECT count(*) FROM article_web WHERE guid LIKE 'urn:story:%'"), 5000);
        QCOMPARE(count("SELECT count(*) FROM article_tag"), 5000);
        QCOMPARE(count("SELECT count(*) FROM article WHERE title = 'Story 4321' AND outlet = 'Test Wire'"), 1);
        QCOMPARE(progress.size(), 25); // chunks of ArticleStore::kBatchRows
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 5000);
    }

    /// A repaired reading that replaces entries already stored from the first one stores each entry once.
    void illFormedFeedFileStoresEachEntryOnce()
    {
        QList<int> items;
        for (int i = 1; i <= 1000; ++i)
            items << i;
        QByteArray feed = rssFeed(items, false);
        feed.replace("<title>Story 700</title>", "<title>Story 700 & more</title>");
        const ImportSummary summary = import({writeFeed(QStringLiteral("broken.rss"), feed)}, quick());
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(summary.imported(), 1000);
        QCOMPARE(summary.duplicates(), 0);
        QVERIFY(summary.files.value(0).warnings.value(0).contains(QLatin1String("not well-formed")));
        QCOMPARE(count("SELECT count(*) FROM article"), 1000);
        QCOMPARE(count("SELECT count(*) FROM article_web"), 1000);
        QCOMPARE(count("SELECT count(*) FROM article WHERE title = 'Story 700 & more'"), 1);
    }

    /// Cut in the middle of an entry: the entries that can be read are stored, with a warning.
    void truncatedFeedFileKeepsTheReadableEntries()
    {
        QList<int> items;
        for (int i = 1; i <= 1000; ++i)
            items << i;
        QByteArray feed = rssFeed(items, false);
        feed.truncate(feed.indexOf("<item><title>Story 601</title>") + 10);
        const ImportSummary summary = import({writeFeed(QStringLiteral("cut.rss"), feed)}, quick());
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(summary.imported(), 600);
        QVERIFY(summary.files.value(0).warnings.value(0).contains(QLatin1String("not well-formed")));
        QCOMPARE(count("SELECT count(*) FROM article"), 600);
    }

    /// A later entry with the guid of an earlier one in the same file is not "known": as when the whole file was
    /// checked before any of it was stored, it is stored when its text differs.
    void repeatedGuidInOneFeedFileIsNotKnown()
    {
        QList<int> items;
        for (int i = 1; i <= 500; ++i)
            items << i;
        QByteArray feed = rssFeed(items, false);
        feed.replace("<guid>urn:story:450</guid>", "<guid>urn:story:3</guid>");
        const ImportSummary summary = import({writeFeed(QStringLiteral("repeat.rss"), feed)}, quick());
        QCOMPARE(summary.imported(), 500);
        QCOMPARE(count("SELECT count(*) FROM article_web WHERE guid = 'urn:story:3'"), 2);
    }

    void cancelDuringAFeedFileLeavesTheProjectAsItWas()
    {
        QList<int> items;
        for (int i = 1; i <= 5000; ++i)
            items << i;
        const QString path = writeFeed(QStringLiteral("big.rss"), rssFeed(items, false));
        Importer importer(m_project, {path}, quick());
        connect(&importer, &Importer::feedProgress, this, [&importer](int entries, const QString &) {
            if (entries >= 1000)
                importer.cancel();
        });
        const ImportSummary summary = importer.run();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported(), 0);
        QCOMPARE(count("SELECT count(*) FROM article"), 0);
        QCOMPARE(count("SELECT count(*) FROM article_web"), 0);
        QCOMPARE(count("SELECT count(*) FROM article_tag"), 0);
    }

    /// A feed file that turns out not to be one fails alone and stores nothing.
    void feedFileThatIsNotAFeedFails()
    {
        const ImportSummary summary =
            import({writeFeed(QStringLiteral("page.rss"), "<html><body><p>Not a feed</p></body></html>")}, quick());
        QCOMPARE(summary.failed(), 1);
        QVERIFY(summary.files.value(0).error.contains(QLatin1String("not an RSS, RDF or Atom feed")));
        QCOMPARE(count("SELECT count(*) FROM article"), 0);
    }

    void schemaVersionIsCurrent() { QCOMPARE(count("PRAGMA user_version"), Schema::kVersion); }
};

QTEST_GUILESS_MAIN(TestWebImport)
#include "tst_webimport.moc"
