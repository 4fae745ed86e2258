// Saved web pages through the real sift-cli binary: import, then show --json carries the page's metadata.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using sift::test::CliRun;
using sift::test::CliRunner;

QString page(const QString &name)
{
    return sift::test::sharedPath(QStringLiteral("corpora/html/readability/%1/source.html").arg(name));
}

} // namespace

class TestCliWeb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importedPageShowsItsMetadata();
    void badPagesFailOneByOneAndLeaveTheProjectAsItWas();
    void formatHtmlReadsAnyName();

private:
    CliRun run(const QStringList &arguments) const;
    QJsonObject show(qint64 id) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliWeb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(QStringLiteral("p.sift"));
    const CliRun created = run({QStringLiteral("init")});
    QVERIFY2(!created.crashed && created.exitCode == 0, created.diagnostic().constData());
}

CliRun TestCliWeb::run(const QStringList &arguments) const
{
    return CliRunner(QStringLiteral(SIFT_CLI)).run(QStringList{QStringLiteral("-p"), m_project} + arguments);
}

QJsonObject TestCliWeb::show(qint64 id) const
{
    const CliRun shown = run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    if (shown.crashed || shown.exitCode != 0)
        qWarning("%s", shown.diagnostic().constData());
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

void TestCliWeb::importedPageShowsItsMetadata()
{
    const CliRun imported = run({QStringLiteral("import"), page(QStringLiteral("bbc-1"))});
    QVERIFY2(!imported.crashed && imported.exitCode == 0, imported.diagnostic().constData());
    const QJsonObject a = show(1);
    QCOMPARE(a.value(QLatin1String("title")).toString(),
             QStringLiteral("Obama admits US gun laws are his 'biggest frustration'"));
    QCOMPARE(a.value(QLatin1String("url")).toString(),
             QStringLiteral("http://www.bbc.com/news/world-us-canada-33646704"));
    QCOMPARE(a.value(QLatin1String("author")).toString(), QStringLiteral("BBC News"));
    QCOMPARE(a.value(QLatin1String("published")).toString(), QStringLiteral("2015-07-24"));
    QCOMPARE(a.value(QLatin1String("language")).toString(), QStringLiteral("en"));
    QCOMPARE(a.value(QLatin1String("outlet")).toString(), QStringLiteral("BBC News"));
    const QString body = a.value(QLatin1String("body")).toString();
    QVERIFY2(body.startsWith(QStringLiteral("President Barack Obama has admitted that his failure")),
             qPrintable(body.left(200)));
    QVERIFY(!body.contains(QLatin1Char('<')));
    QVERIFY(!a.value(QLatin1String("captions")).toArray().isEmpty());
}

void TestCliWeb::badPagesFailOneByOneAndLeaveTheProjectAsItWas()
{
    QFile binary(path(QStringLiteral("photo.html")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    QByteArray bytes(2048, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) % 256);
    binary.write(bytes);
    binary.close();
    QFile app(path(QStringLiteral("app.html")));
    QVERIFY(app.open(QIODevice::WriteOnly));
    app.write("<html><head><title>App</title></head><body><div id=root></div><script>render()</script></body></html>");
    app.close();

    const CliRun imported =
        run({QStringLiteral("import"), path(QStringLiteral("photo.html")), path(QStringLiteral("app.html"))});
    QVERIFY2(!imported.crashed && imported.exitCode == 1, imported.diagnostic().constData());
    const QString all = imported.out + imported.err;
    QVERIFY2(all.contains(QStringLiteral("photo.html: binary data, not a web page")),
             imported.diagnostic().constData());
    QVERIFY2(all.contains(QStringLiteral("app.html: no article text was found on the page")),
             imported.diagnostic().constData());
    const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void TestCliWeb::formatHtmlReadsAnyName()
{
    QFile saved(path(QStringLiteral("saved-page.dat")));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.write("<title>Talks stall</title><p>Delegates left Geneva without a deal on Sunday, officials said, and "
                "will meet again next week in the same hall.</p>");
    saved.close();
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("html"),
                                 path(QStringLiteral("saved-page.dat"))});
    QVERIFY2(!imported.crashed && imported.exitCode == 0, imported.diagnostic().constData());
    const QJsonObject a = show(1);
    QCOMPARE(a.value(QLatin1String("title")).toString(), QStringLiteral("Talks stall"));
    QVERIFY(a.value(QLatin1String("body")).toString().startsWith(QStringLiteral("Delegates left Geneva")));
}

QTEST_GUILESS_MAIN(TestCliWeb)
#include "tst_cliweb.moc"
