#include "core/ingest/WebFetcher.h"
#include "support/TestHttpServer.h"

#include <QCryptographicHash>
#include <QTest>

using namespace sift;
using sift::test::TestHttpServer;

/// WebFetcher against a real HTTP server on 127.0.0.1: redirects, errors, limits, timeouts, conditional GET.
class TestWebFetcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;

    FetchOptions quick() const
    {
        FetchOptions options;
        options.connectTimeoutMs = 1500;
        options.totalTimeoutMs = 3000;
        return options;
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<TestHttpServer>(); }
    void cleanup() { m_server.reset(); }

    void fetchesWithProvenanceAndUserAgent()
    {
        m_server->setText(QStringLiteral("/a.txt"), "Headline\n\nBody.\n");
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/a.txt")), quick());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.capture.httpStatus, 200);
        QCOMPARE(r.capture.raw, QByteArray("Headline\n\nBody.\n"));
        QCOMPARE(r.capture.size, 16);
        QCOMPARE(
            r.capture.sha256,
            QString::fromLatin1(QCryptographicHash::hash("Headline\n\nBody.\n", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.capture.requestedUrl, m_server->url(QStringLiteral("/a.txt")));
        QCOMPARE(r.capture.finalUrl, m_server->url(QStringLiteral("/a.txt")));
        QCOMPARE(r.charset, QStringLiteral("utf-8"));
        QVERIFY(r.capture.fetchedAt.isValid());
        QVERIFY(qAbs(r.capture.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const QByteArray agent = m_server->lastHeaders(QStringLiteral("/a.txt")).value("user-agent");
        QVERIFY2(agent.startsWith("Sift/") && agent.endsWith("(+news analysis workbench)"), agent.constData());
    }

    void followsRedirects()
    {
        m_server->setText(QStringLiteral("/final"), "Title\n\nText.\n");
        m_server->setRedirect(QStringLiteral("/r1"), QStringLiteral("/r2"), 301);
        m_server->setRedirect(QStringLiteral("/r2"), m_server->url(QStringLiteral("/final")), 302);
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/r1")), quick());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.capture.requestedUrl, m_server->url(QStringLiteral("/r1")));
        QCOMPARE(r.capture.finalUrl, m_server->url(QStringLiteral("/final")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/final")), 1);
    }

    void refusesRedirectLoopsAndLongChains()
    {
        m_server->setRedirect(QStringLiteral("/loop1"), QStringLiteral("/loop2"));
        m_server->setRedirect(QStringLiteral("/loop2"), QStringLiteral("/loop1"));
        FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/loop1")), quick());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("redirect loop")), qPrintable(r.error));

        for (int i = 0; i < 7; ++i)
            m_server->setRedirect(QStringLiteral("/c%1").arg(i), QStringLiteral("/c%1").arg(i + 1));
        m_server->setText(QStringLiteral("/c7"), "end\n\nend.\n");
        r = WebFetcher::fetch(m_server->url(QStringLiteral("/c0")), quick());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("more than 5 redirects")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(QStringLiteral("/c6")), 0);
        // Five hops are allowed.
        r = WebFetcher::fetch(m_server->url(QStringLiteral("/c2")), quick());
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    void redirectToAnotherSchemeIsRefused()
    {
        m_server->setRedirect(QStringLiteral("/ftp"), QStringLiteral("ftp://127.0.0.1/x"));
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/ftp")), quick());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("not an http or https")), qPrintable(r.error));
    }

    void honestErrors_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << QStringLiteral("SERVER/missing") << QStringLiteral("HTTP 404 Not Found");
        QTest::newRow("file scheme") << QStringLiteral("file:///etc/passwd") << QStringLiteral("only http and https");
        QTest::newRow("not a URL") << QStringLiteral("no address") << QStringLiteral("not a valid address");
        QTest::newRow("DNS") << QStringLiteral("http://no-such-host.invalid/") << QStringLiteral("was not found (DNS)");
        QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:1/") << QStringLiteral("refused the connection");
        QTest::newRow("binary") << QStringLiteral("SERVER/image")
                                << QStringLiteral("not a web page or feed (image/png)");
    }

    void honestErrors()
    {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        m_server->setText(QStringLiteral("/image"), "\x89PNG\r\n", "image/png");
        address.replace(QLatin1String("SERVER"), m_server->url(QString()));
        const FetchResult r = WebFetcher::fetch(address, quick());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(r.capture.raw.isEmpty());
    }

    void serverThatNeverAnswersTimesOut()
    {
        TestHttpServer::Route silent;
        silent.delayMs = -1;
        m_server->setRoute(QStringLiteral("/silent"), silent);
        FetchOptions options = quick();
        options.connectTimeoutMs = 300;
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/silent")), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("did not answer within")), qPrintable(r.error));
    }

    void slowBodyHitsTheTotalTimeout()
    {
        TestHttpServer::Route slow;
        slow.delayMs = 2000;
        slow.body = "late";
        m_server->setRoute(QStringLiteral("/slow"), slow);
        FetchOptions options = quick();
        options.connectTimeoutMs = 5000;
        options.totalTimeoutMs = 400;
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/slow")), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("timed out")), qPrintable(r.error));
    }

    void sizeLimit_data()
    {
        QTest::addColumn<bool>("declareLength");
        QTest::newRow("Content-Length says 50 MB") << true;
        QTest::newRow("50 MB streamed without a length") << false;
    }

    void sizeLimit()
    {
        QFETCH(bool, declareLength);
        TestHttpServer::Route big;
        big.generatedBytes = 50LL * 1024 * 1024;
        big.declareLength = declareLength;
        m_server->setRoute(QStringLiteral("/big"), big);
        FetchOptions options;
        options.totalTimeoutMs = 60000;
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/big")), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("too large (the limit is 20 MB)")), qPrintable(r.error));
        QVERIFY(r.capture.raw.isEmpty());
    }

    void conditionalGet()
    {
        TestHttpServer::Route feed;
        feed.body = "<rss version=\"2.0\"><channel/></rss>";
        feed.contentType = "application/rss+xml";
        feed.etag = "\"v1\"";
        feed.headers << qMakePair(QByteArray("Last-Modified"), QByteArray("Sun, 16 Mar 2025 10:00:00 GMT"));
        m_server->setRoute(QStringLiteral("/feed"), feed);
        const FetchResult first = WebFetcher::fetch(m_server->url(QStringLiteral("/feed")), quick());
        QVERIFY(first.ok());
        QVERIFY(!first.notModified);
        QCOMPARE(first.etag, QStringLiteral("\"v1\""));
        QCOMPARE(first.lastModified, QStringLiteral("Sun, 16 Mar 2025 10:00:00 GMT"));

        FetchOptions again = quick();
        again.etag = first.etag;
        again.lastModified = first.lastModified;
        const FetchResult second = WebFetcher::fetch(m_server->url(QStringLiteral("/feed")), again);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.notModified);
        QCOMPARE(second.capture.httpStatus, 304);
        QVERIFY(second.capture.raw.isEmpty());
        const auto headers = m_server->lastHeaders(QStringLiteral("/feed"));
        QCOMPARE(headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(headers.value("if-modified-since"), QByteArray("Sun, 16 Mar 2025 10:00:00 GMT"));
    }

    void cancelStopsAWait()
    {
        TestHttpServer::Route silent;
        silent.delayMs = -1;
        m_server->setRoute(QStringLiteral("/silent"), silent);
        std::atomic_bool cancel = true;
        FetchOptions options;
        options.connectTimeoutMs = options.totalTimeoutMs = 60000;
        const FetchResult r = WebFetcher::fetch(m_server->url(QStringLiteral("/silent")), options, &cancel);
        QCOMPARE(r.error, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestWebFetcher)
#include "tst_webfetcher.moc"
