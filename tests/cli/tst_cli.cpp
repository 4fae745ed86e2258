#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace {

using sift::test::CliRun;
using sift::test::CliRunner;

const QString kKremlinTitle = QStringLiteral("Kremlin Neither Confirms Nor Denies Trump-Putin Phone Call");
const QString kAzerbaijanTitle = QStringLiteral("Azerbaijan Says Armenia Fired on It, Yerevan Denies the Claim");

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(sift::test::readFile(path), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Seeded, so a failure reproduces; the NULs make sure the bytes can never pass for text.
QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i % 7 == 0 ? 0 : generator.bounded(256));
    return bytes;
}

/// Runs one statement on a project file behind sift's back, the way a newer version would have.
bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

/// The search snippet without its [match] markers, lower-cased, for a containment check.
QString plainSnippet(const QString &snippet)
{
    QString s = snippet;
    return s.remove(QLatin1Char('[')).remove(QLatin1Char(']')).toLower();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void sampleImportsAsTwoArticles();
    void sampleArticleIsClean_data();
    void sampleArticleIsClean();
    void reimportAddsOnlyDuplicates();

    void searchFindsMatches_data();
    void searchFindsMatches();
    void malformedSearchIsUsageError_data();
    void malformedSearchIsUsageError();

    void mixedFolderImportsGoodFiles();
    void mixedFolderNamesEachBadFile_data();
    void mixedFolderNamesEachBadFile();

    void refusesUnreadableProject_data();
    void refusesUnreadableProject();
    void missingProjectIsError_data();
    void missingProjectIsError();
    void checkPassesOnGoodProject_data();
    void checkPassesOnGoodProject();

    void initSampleCreatesDemoProject();
    void initSampleRefusesExistingFile_data();
    void initSampleRefusesExistingFile();

    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QStringList &arguments) const;
    CliRun onProject(const QStringList &arguments) const;
    QJsonDocument json(const CliRun &run) const;
    QString importSample() const;
    QString makeMixedFolder() const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(QStringLiteral("project.sift"));
}

CliRun TestCli::cli(const QStringList &arguments) const
{
    return CliRunner(QStringLiteral(SIFT_CLI), m_dir->path()).run(arguments, 60000);
}

CliRun TestCli::onProject(const QStringList &arguments) const
{
    return cli(QStringList{QStringLiteral("-p"), m_project} + arguments);
}

QJsonDocument TestCli::json(const CliRun &run) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.diagnostic().constData());
    return doc;
}

/// Imports the shared aawsat sample into the fixture's project; returns the import's stdout.
QString TestCli::importSample() const
{
    const CliRun run =
        onProject({QStringLiteral("import"), sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    if (!run.exitedWith(0))
        qWarning("%s", run.diagnostic().constData());
    return run.out;
}

/// Three good files (one in a subfolder) next to a binary file, an empty file and truncated JSON.
QString TestCli::makeMixedFolder() const
{
    const QString folder = path(QStringLiteral("incoming"));
    const bool ok =
        writeFile(folder + QStringLiteral("/good.txt"),
                  "Harbour Cranes Idle After Storm\n\nCranes at the port stood idle on Tuesday.\n\nWork resumes "
                  "next week.\n") &&
        writeFile(folder + QStringLiteral("/good.json"),
                  R"([{"title": "Ferry Service Restored", "body": "Ferries sailed again on Friday."},)"
                  R"( {"title": "Bridge Reopens To Traffic", "body": "The bridge reopened after repairs."}])") &&
        writeFile(folder + QStringLiteral("/nested/deeper/good.csv"),
                  "title,body\nRail Strike Called Off,Unions and the operator reached a deal.\n"
                  "Airport Expands Terminal,Work on the new terminal began.\n") &&
        writeFile(folder + QStringLiteral("/junk.bin"), randomBytes(2048, 42)) &&
        writeFile(folder + QStringLiteral("/empty.txt"), QByteArray()) &&
        writeFile(folder + QStringLiteral("/bad.json"), R"([{"title": "x",)");
    if (!ok)
        qWarning("could not write the mixed folder under %s", qPrintable(folder));
    return folder;
}

void TestCli::sampleImportsAsTwoArticles()
{
    QVERIFY(importSample().contains(QStringLiteral("Imported 2 article")));

    const CliRun list = onProject({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitedWith(0), list.diagnostic());
    const QJsonArray articles = json(list).array();
    QCOMPARE(articles.size(), 2);
    QStringList titles;
    for (const QJsonValue &value : articles) {
        const QJsonObject article = value.toObject();
        for (const char *key : {"id", "title", "outlet", "published", "review_state", "claims"})
            QVERIFY2(article.contains(QLatin1String(key)), key);
        QVERIFY(article.value(QStringLiteral("published")).isNull());
        QCOMPARE(article.value(QStringLiteral("claims")).toInt(), 0);
        titles << article.value(QStringLiteral("title")).toString();
    }
    QCOMPARE(titles, (QStringList{kKremlinTitle, kAzerbaijanTitle}));
}

void TestCli::sampleArticleIsClean_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("captionStart");
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<QString>("lede");

    QTest::newRow("kremlin") << kKremlinTitle << QStringLiteral("FILE - Russian President Vladimir Putin speaks") << 6
                             << QStringLiteral("The Kremlin said on Monday");
    QTest::newRow("azerbaijan") << kAzerbaijanTitle << QStringLiteral("A view through a car window shows") << 5
                                << QStringLiteral("Azerbaijan on Sunday accused");
}

void TestCli::sampleArticleIsClean()
{
    QFETCH(QString, title);
    QFETCH(QString, captionStart);
    QFETCH(int, paragraphs);
    QFETCH(QString, lede);

    importSample();
    const CliRun list = onProject({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitedWith(0), list.diagnostic());
    qint64 id = -1;
    for (const QJsonValue &value : json(list).array()) {
        if (value[QStringLiteral("title")].toString() == title)
            id = value[QStringLiteral("id")].toInteger();
    }
    QVERIFY2(id > 0, qPrintable(list.out));

    const CliRun show = onProject({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    QVERIFY2(show.exitedWith(0), show.diagnostic());
    const QJsonObject article = json(show).object();
    QCOMPARE(article.value(QStringLiteral("title")).toString(), title);
    QVERIFY(article.value(QStringLiteral("published")).isNull());

    const QJsonArray captions = article.value(QStringLiteral("captions")).toArray();
    QCOMPARE(captions.size(), 1);
    const QString caption = captions.first().toString();
    QVERIFY2(caption.startsWith(captionStart), qPrintable(caption));

    const QString body = article.value(QStringLiteral("body")).toString();
    const QStringList bodyParagraphs = body.split(QStringLiteral("\n\n"));
    QCOMPARE(bodyParagraphs.size(), paragraphs);
    QVERIFY2(bodyParagraphs.first().startsWith(lede), qPrintable(bodyParagraphs.first()));
    QVERIFY2(!body.contains(title), qPrintable(body));
    QVERIFY2(!body.contains(caption), qPrintable(body));
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        QVERIFY2(trimmed != QLatin1String("TT") && trimmed != QLatin1String("20"), qPrintable(body));
    }
}

void TestCli::reimportAddsOnlyDuplicates()
{
    importSample();
    const QString second = importSample();
    QVERIFY2(second.contains(QStringLiteral("Imported 0 article")), qPrintable(second));
    QVERIFY2(second.contains(QRegularExpression(QStringLiteral("\\b2 duplicate"))), qPrintable(second));

    const CliRun again =
        onProject({QStringLiteral("import"), sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    QVERIFY2(again.exitedWith(0), again.diagnostic());
    const CliRun stats = onProject({QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(stats.exitedWith(0), stats.diagnostic());
    QCOMPARE(json(stats).object().value(QStringLiteral("articles")).toInt(), 2);
}

void TestCli::searchFindsMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("snippetWords"); ///< one per title, found in that hit's snippet

    QTest::newRow("phrase") << QStringLiteral("\"neither confirm\"") << QStringList{kKremlinTitle}
                            << QStringList{QStringLiteral("neither confirm")};
    QTest::newRow("prefix") << QStringLiteral("Kreml*") << QStringList{kKremlinTitle}
                            << QStringList{QStringLiteral("kremlin")};
    QTest::newRow("NOT keeps the other article")
        << QStringLiteral("Putin NOT Azerbaijan") << QStringList{kKremlinTitle} << QStringList{QStringLiteral("putin")};
    QTest::newRow("NOT drops the matching article")
        << QStringLiteral("peace NOT Kremlin") << QStringList{kAzerbaijanTitle} << QStringList{QStringLiteral("peace")};
    QTest::newRow("OR") << QStringLiteral("Peskov OR Syunik") << QStringList{kKremlinTitle, kAzerbaijanTitle}
                        << QStringList{QStringLiteral("peskov"), QStringLiteral("syunik")};
    QTest::newRow("no match") << QStringLiteral("zeppelin") << QStringList() << QStringList();
}

void TestCli::searchFindsMatches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, snippetWords);

    importSample();
    const CliRun asJson = onProject({QStringLiteral("search"), query, QStringLiteral("--json")});
    QVERIFY2(asJson.exitedWith(0), asJson.diagnostic());
    QHash<QString, QString> snippets;
    for (const QJsonValue &hit : json(asJson).array())
        snippets.insert(hit[QStringLiteral("title")].toString(), hit[QStringLiteral("snippet")].toString());
    QCOMPARE(QSet<QString>(snippets.keyBegin(), snippets.keyEnd()), QSet<QString>(titles.begin(), titles.end()));
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(plainSnippet(snippets.value(titles.at(i))).contains(snippetWords.at(i)), asJson.diagnostic());

    const CliRun asText = onProject({QStringLiteral("search"), query});
    QVERIFY2(asText.exitedWith(0), asText.diagnostic());
    for (const QString &title : titles) {
        QVERIFY2(asText.out.contains(title), asText.diagnostic());
        QVERIFY2(asText.out.contains(snippets.value(title)), asText.diagnostic());
    }
}

void TestCli::malformedSearchIsUsageError_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("unterminated phrase") << QStringLiteral("\"unterminated");
    QTest::newRow("bare operators") << QStringLiteral("AND OR");
    QTest::newRow("lone NOT") << QStringLiteral("NOT");
    QTest::newRow("open parenthesis") << QStringLiteral("(peace");
    QTest::newRow("unknown column") << QStringLiteral("nosuchcolumn: peace");
}

void TestCli::malformedSearchIsUsageError()
{
    QFETCH(QString, query);

    importSample();
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const CliRun run = onProject(QStringList{QStringLiteral("search"), query} + extra);
        QVERIFY2(run.exitedWith(2), run.diagnostic());
        QVERIFY2(run.err.contains(query), run.diagnostic());
        QVERIFY2(run.out.isEmpty(), run.diagnostic());
    }
}

void TestCli::mixedFolderImportsGoodFiles()
{
    const CliRun run = onProject({QStringLiteral("import"), makeMixedFolder()});
    QVERIFY2(run.exitedWith(1), run.diagnostic());
    QVERIFY2(run.out.contains(QStringLiteral("Imported 5 article")), run.diagnostic());
    for (const QString &good : {QStringLiteral("good.txt"), QStringLiteral("good.json"), QStringLiteral("good.csv")}) {
        for (const QString &line : run.out.split(QLatin1Char('\n')))
            QVERIFY2(!(line.contains(good) && line.contains(QStringLiteral("failed"))), run.diagnostic());
    }

    const CliRun stats = onProject({QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(stats.exitedWith(0), stats.diagnostic());
    const QJsonObject counts = json(stats).object();
    QCOMPARE(counts.value(QStringLiteral("articles")).toInt(), 5);
    QCOMPARE(counts.value(QStringLiteral("claims")).toInt(), 0);

    const CliRun list = onProject({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitedWith(0), list.diagnostic());
    QSet<QString> titles;
    for (const QJsonValue &article : json(list).array())
        titles.insert(article[QStringLiteral("title")].toString());
    QCOMPARE(titles,
             (QSet<QString>{QStringLiteral("Harbour Cranes Idle After Storm"), QStringLiteral("Ferry Service Restored"),
                            QStringLiteral("Bridge Reopens To Traffic"), QStringLiteral("Rail Strike Called Off"),
                            QStringLiteral("Airport Expands Terminal")}));
}

void TestCli::mixedFolderNamesEachBadFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");

    QTest::newRow("binary") << QStringLiteral("junk.bin") << QStringLiteral("binary");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringLiteral("empty");
    QTest::newRow("malformed json") << QStringLiteral("bad.json") << QStringLiteral("json");
}

void TestCli::mixedFolderNamesEachBadFile()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);

    const CliRun run = onProject({QStringLiteral("import"), makeMixedFolder()});
    QVERIFY2(run.exitedWith(1), run.diagnostic());
    const QString output = run.out + run.err;
    QStringList lines;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.contains(file))
            lines << line;
    }
    QVERIFY2(lines.size() == 1, run.diagnostic());
    QVERIFY2(lines.first().contains(reason, Qt::CaseInsensitive), run.diagnostic());
}

void TestCli::refusesUnreadableProject_data()
{
    QTest::addColumn<bool>("newerFormat");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("message");

    const QString notSift = QStringLiteral("not a Sift project");
    const QString newer = QStringLiteral("newer version");
    const QList<QStringList> commands{
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("search"), QStringLiteral("peace")},
        {QStringLiteral("stats"), QStringLiteral("--json")},
        {QStringLiteral("check")},
        {QStringLiteral("init")},
        {QStringLiteral("import"), QStringLiteral("extra.txt")},
    };
    for (const QStringList &command : commands) {
        const QString name = command.join(QLatin1Char(' '));
        QTest::addRow("random bytes: %s", qPrintable(name)) << false << command << notSift;
        QTest::addRow("format 99: %s", qPrintable(name)) << true << command << newer;
    }
}

void TestCli::refusesUnreadableProject()
{
    QFETCH(bool, newerFormat);
    QFETCH(QStringList, command);
    QFETCH(QString, message);

    QVERIFY(writeFile(path(QStringLiteral("extra.txt")), "Extra Headline\n\nExtra body text.\n"));
    if (newerFormat) {
        const CliRun init = onProject({QStringLiteral("init")});
        QVERIFY2(init.exitedWith(0), init.diagnostic());
        QVERIFY(execSql(m_project, "PRAGMA user_version = 99"));
    } else {
        m_project = path(QStringLiteral("x.sift"));
        QVERIFY(writeFile(m_project, randomBytes(8192, 7)));
    }
    const QByteArray before = sha256(m_project);

    const CliRun run = onProject(command);
    QVERIFY2(run.exitedWith(2), run.diagnostic());
    QVERIFY2(run.err.contains(message), run.diagnostic());
    QVERIFY2(run.err.contains(QFileInfo(m_project).fileName()), run.diagnostic());
    QVERIFY2(run.out.isEmpty(), run.diagnostic());
    QCOMPARE(sha256(m_project), before);
}

void TestCli::missingProjectIsError_data()
{
    QTest::addColumn<QStringList>("command");

    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("list --json") << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("peace")};
    QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
}

void TestCli::missingProjectIsError()
{
    QFETCH(QStringList, command);

    const CliRun run = onProject(command);
    QVERIFY2(run.exitedWith(2), run.diagnostic());
    QVERIFY2(run.err.contains(QFileInfo(m_project).fileName()), run.diagnostic());
    QVERIFY2(!QFileInfo::exists(m_project), "a read command created the project");
}

void TestCli::checkPassesOnGoodProject_data()
{
    QTest::addColumn<QStringList>("setup");

    QTest::newRow("empty project") << QStringList{QStringLiteral("init")};
    QTest::newRow("after import") << QStringList{QStringLiteral("import"),
                                                 sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))};
    QTest::newRow("sample project") << QStringList{QStringLiteral("init"), QStringLiteral("--sample")};
}

void TestCli::checkPassesOnGoodProject()
{
    QFETCH(QStringList, setup);

    const CliRun prepared = onProject(setup);
    QVERIFY2(prepared.exitedWith(0), prepared.diagnostic());
    const CliRun check = onProject({QStringLiteral("check")});
    QVERIFY2(check.exitedWith(0), check.diagnostic());
    QVERIFY2(check.out.startsWith(QStringLiteral("ok")), check.diagnostic());
    QVERIFY2(check.err.isEmpty(), check.diagnostic());
}

void TestCli::initSampleCreatesDemoProject()
{
    const CliRun init = onProject({QStringLiteral("init"), QStringLiteral("--sample")});
    QVERIFY2(init.exitedWith(0), init.diagnostic());

    const CliRun stats = onProject({QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(stats.exitedWith(0), stats.diagnostic());
    const QJsonObject counts = json(stats).object();
    QCOMPARE(counts.value(QStringLiteral("articles")).toInt(), 24);
    QCOMPARE(counts.value(QStringLiteral("claims")).toInt(), 50);
    QCOMPARE(counts.value(QStringLiteral("entities")).toInt(), 29);
    QCOMPARE(counts.value(QStringLiteral("incidents")).toInt(), 37);

    const CliRun check = onProject({QStringLiteral("check")});
    QVERIFY2(check.exitedWith(0), check.diagnostic());
}

void TestCli::initSampleRefusesExistingFile_data()
{
    QTest::addColumn<QString>("existing");

    QTest::newRow("sample project") << QStringLiteral("sample");
    QTest::newRow("empty project") << QStringLiteral("empty");
    QTest::newRow("random bytes") << QStringLiteral("random");
}

void TestCli::initSampleRefusesExistingFile()
{
    QFETCH(QString, existing);

    if (existing == QLatin1String("random")) {
        QVERIFY(writeFile(m_project, randomBytes(4096, 11)));
    } else {
        QStringList init{QStringLiteral("init")};
        if (existing == QLatin1String("sample"))
            init << QStringLiteral("--sample");
        const CliRun first = onProject(init);
        QVERIFY2(first.exitedWith(0), first.diagnostic());
    }
    const QByteArray before = sha256(m_project);

    const CliRun again = onProject({QStringLiteral("init"), QStringLiteral("--sample")});
    QVERIFY2(again.exitedWith(2), again.diagnostic());
    QVERIFY2(!again.err.isEmpty(), again.diagnostic());
    QCOMPARE(sha256(m_project), before);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    // None of these arguments holds a space, so each row reads as the command line it stands for.
    const auto words = [](const QString &line) { return line.split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("unknown command") << words(QStringLiteral("-p project.sift frobnicate"));
    QTest::newRow("import without paths") << words(QStringLiteral("-p project.sift import"));
    QTest::newRow("import --format nonsense")
        << words(QStringLiteral("-p project.sift import --format nonsense extra.txt"));
    QTest::newRow("import --map without =") << words(QStringLiteral("-p project.sift import --map nonsense extra.txt"));
    QTest::newRow("unknown option") << words(QStringLiteral("-p project.sift list --bogus"));
    QTest::newRow("show without id") << words(QStringLiteral("-p project.sift show"));
    QTest::newRow("show with a word for id") << words(QStringLiteral("-p project.sift show first"));
    QTest::newRow("search without query") << words(QStringLiteral("-p project.sift search"));
    QTest::newRow("search --limit 0") << words(QStringLiteral("-p project.sift search x --limit 0"));
    QTest::newRow("list without project") << words(QStringLiteral("list"));
    QTest::newRow("import without project") << words(QStringLiteral("import extra.txt"));
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);

    QVERIFY(writeFile(path(QStringLiteral("extra.txt")), "Extra Headline\n\nExtra body text.\n"));
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitedWith(2), run.diagnostic());
    QVERIFY2(!run.err.isEmpty(), run.diagnostic());
    QVERIFY2(!QFileInfo::exists(m_project), "a usage error created the project");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
