#include "support/TestHttpServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sift::test::TestHttpServer;

/// `sift-cli import URL`, `source`, `feeds add|list|refresh|remove` and the exports' provenance, through the real
/// binary against a local HTTP server.
class TestCliUrl final : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(SIFT_CLI), QStringList{QStringLiteral("-p"), m_project} + args);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonObject showJson(int id)
    {
        const Run run = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QByteArray summaryFeed(const QByteArray &base, const QList<int> &items)
    {
        QByteArray feed = "<rss version=\"2.0\"><channel><title>Wire</title>";
        for (const int i : items) {
            const QByteArray n = QByteArray::number(i);
            feed += "<item><title>Story " + n + "</title><link>" + base + "/story" + n + "</link><guid>s" + n +
                    "</guid><description>Short " + n + ".</description></item>";
        }
        return feed + "</channel></rss>";
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    QString m_project;
    const QByteArray m_page = "Ceasefire holds\n\nThe ceasefire held overnight, both sides said.\n";

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_project = m_dir->filePath(QStringLiteral("web.sift"));
        m_server = std::make_unique<TestHttpServer>();
        m_server->setText(QStringLiteral("/page.txt"), m_page);
    }

    void cleanup() { m_server.reset(); }

    void importUrlShowAndSource()
    {
        const Run run = cli({QStringLiteral("import"), m_server->url(QStringLiteral("/page.txt")),
                             m_server->url(QStringLiteral("/gone"))});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QLatin1String("Imported 1 article(s)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("failed: %1: HTTP 404").arg(m_server->url(QStringLiteral("/gone")))),
                 qPrintable(run.out));

        const QJsonObject article = showJson(1);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(m_page, QCryptographicHash::Sha256).toHex());
        QCOMPARE(article.value(QStringLiteral("title")).toString(), QStringLiteral("Ceasefire holds"));
        QCOMPARE(article.value(QStringLiteral("url")).toString(), m_server->url(QStringLiteral("/page.txt")));
        QCOMPARE(article.value(QStringLiteral("sha256")).toString(), sha);
        QVERIFY(QDateTime::fromString(article.value(QStringLiteral("fetched_at")).toString(), Qt::ISODate).isValid());

        const QString saved = m_dir->filePath(QStringLiteral("original.bin"));
        const Run source = cli({QStringLiteral("source"), QStringLiteral("1"), QStringLiteral("--save"), saved});
        QCOMPARE(source.code, 0);
        QVERIFY(source.out.contains(sha));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_page);

        // Reports and the JSON export carry the evidence.
        const QString report = m_dir->filePath(QStringLiteral("report.md"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                      QStringLiteral("--out"), report})
                     .code,
                 0);
        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY2(text.contains(QStringLiteral("SHA-256 %1").arg(sha)), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("Fetched ")));
        const QString data = m_dir->filePath(QStringLiteral("data.json"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--out"), data})
                     .code,
                 0);
        QFile json(data);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(json.readAll())
                                         .object()
                                         .value(QStringLiteral("articles"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        QCOMPARE(exported.value(QStringLiteral("sha256")).toString(), sha);
        QVERIFY(!exported.value(QStringLiteral("fetched_at")).toString().isEmpty());
    }

    void feedsAddRefreshNotModifiedRemove()
    {
        const QByteArray base = m_server->url(QString()).toUtf8();
        TestHttpServer::Route feed;
        feed.body = summaryFeed(base, {1, 2});
        feed.contentType = "application/rss+xml";
        feed.etag = "\"a\"";
        m_server->setRoute(QStringLiteral("/feed.xml"), feed);
        m_server->setText(QStringLiteral("/story1"), "Story 1\n\nThe full first story, with every paragraph of it.\n");
        m_server->setText(QStringLiteral("/story2"), "Story 2\n\nThe full second story, with every paragraph of it.\n");

        QCOMPARE(
            cli({QStringLiteral("feeds"), QStringLiteral("add"), m_server->url(QStringLiteral("/feed.xml")),
                 QStringLiteral("--title"), QStringLiteral("Wire"), QStringLiteral("--interval"), QStringLiteral("15")})
                .code,
            0);
        Run run = cli({QStringLiteral("feeds"), QStringLiteral("refresh")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String(": 2 new, 0 already in the project")), qPrintable(run.out));
        QCOMPARE(showJson(1).value(QStringLiteral("body")).toString(),
                 QStringLiteral("The full first story, with every paragraph of it."));

        run = cli({QStringLiteral("feeds"), QStringLiteral("refresh")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String(": 0 new, 0 already in the project (not modified)")),
                 qPrintable(run.out));
        QCOMPARE(m_server->lastHeaders(QStringLiteral("/feed.xml")).value("if-none-match"), QByteArray("\"a\""));

        feed.body = summaryFeed(base, {1, 2, 3});
        feed.etag = "\"b\"";
        m_server->setRoute(QStringLiteral("/feed.xml"), feed);
        run = cli({QStringLiteral("feeds"), QStringLiteral("refresh"), QStringLiteral("1")});
        QVERIFY2(run.out.contains(QLatin1String(": 1 new, 2 already in the project")), qPrintable(run.out));
        QCOMPARE(m_server->requestCount(QStringLiteral("/story1")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/story3")), 1); // 404: the summary stays, with a warning
        QVERIFY(run.out.contains(QLatin1String("was not fetched: HTTP 404")));

        run = cli({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject listed = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("title")).toString(), QStringLiteral("Wire"));
        QCOMPARE(listed.value(QStringLiteral("interval_minutes")).toInt(), 15);
        QCOMPARE(listed.value(QStringLiteral("etag")).toString(), QStringLiteral("\"b\""));

        QCOMPARE(cli({QStringLiteral("feeds"), QStringLiteral("add"), m_server->url(QStringLiteral("/feed.xml"))}).code,
                 2);
        QCOMPARE(
            cli({QStringLiteral("feeds"), QStringLiteral("remove"), m_server->url(QStringLiteral("/feed.xml"))}).code,
            0);
        run = cli({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        QCOMPARE(cli({QStringLiteral("list")}).out.count(QLatin1Char('\n')), 3); // the articles stay
    }
};

QTEST_GUILESS_MAIN(TestCliUrl)
#include "tst_cliurl.moc"
