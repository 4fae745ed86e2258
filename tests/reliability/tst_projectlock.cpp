// A second writer: another Sift process that has a project open for writing is detected, write commands
// refuse, reads go on, and a lock left by a killed process is cleared.
#include "support/CliRunner.h"

#include "core/project/Project.h"
#include "core/store/ProjectLock.h"
#include "core/store/Store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sift;
using sift::test::CliRun;
using sift::test::CliRunner;
using sift::test::ProjectHolder;

class TestProjectLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void writeCommandsRefusedWhileHeld_data();
    void writeCommandsRefusedWhileHeld();
    void readCommandsWorkWhileHeld_data();
    void readCommandsWorkWhileHeld();
    void lockIsGoneAfterEachWriter();
    void staleLockOfKilledProcessIsCleared();
    void unnamedLockOfKilledProcessIsCleared();
    void concurrentWritersNeverOverlap();
    void connectionsInOneProcessShareTheLock();
    void windowOpensReadOnlyWhileHeld();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return m_cli->run(QStringList{QStringLiteral("-p"), m_project} + arguments);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString lockFile() const { return ProjectLock::lockPathFor(m_project); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_project;
};

void TestProjectLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(SIFT_CLI), m_dir->path());
    m_project = path(QStringLiteral("desk.sift"));
    const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--sample")});
    QVERIFY2(init.exitedWith(0), init.diagnostic());
    QVERIFY(sift::test::writeBytes(path(QStringLiteral("extra.txt")), "Extra Headline\n\nExtra body text.\n"));
}

void TestProjectLock::writeCommandsRefusedWhileHeld_data()
{
    QTest::addColumn<QStringList>("command");

    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("extra.txt")};
    QTest::newRow("claim add") << QStringList{QStringLiteral("claim"),     QStringLiteral("add"),
                                              QStringLiteral("--article"), QStringLiteral("1"),
                                              QStringLiteral("--quote"),   QStringLiteral("the")};
    QTest::newRow("claim set") << QStringList{QStringLiteral("claim"), QStringLiteral("set"), QStringLiteral("1"),
                                              QStringLiteral("--statement"), QStringLiteral("changed")};
    QTest::newRow("claim delete") << QStringList{QStringLiteral("claim"), QStringLiteral("delete"),
                                                 QStringLiteral("1")};
    QTest::newRow("article set") << QStringList{QStringLiteral("article"), QStringLiteral("set"), QStringLiteral("1"),
                                                QStringLiteral("--notes"), QStringLiteral("changed")};
    QTest::newRow("incident add") << QStringList{QStringLiteral("incident"), QStringLiteral("add"),
                                                 QStringLiteral("--date"),   QStringLiteral("2025-03-16"),
                                                 QStringLiteral("--type"),   QStringLiteral("Battles")};
    QTest::newRow("init") << QStringList{QStringLiteral("init")};
}

void TestProjectLock::writeCommandsRefusedWhileHeld()
{
    QFETCH(QStringList, command);

    ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QString error;
    QVERIFY2(holder.waitUntilReady(&error), qPrintable(error));
    const QByteArray before = sift::test::sha256Of(m_project);

    const CliRun run = cli(command);
    QVERIFY2(run.exitedWith(2), run.diagnostic());
    QVERIFY2(run.err.contains(QStringLiteral("another Sift program")), run.diagnostic());
    QVERIFY2(run.err.contains(QStringLiteral("process %1").arg(holder.pid())), run.diagnostic());
    QVERIFY2(run.err.contains(QStringLiteral("sift-hold-project")), run.diagnostic());
    QCOMPARE(sift::test::sha256Of(m_project), before);
    QVERIFY(QFileInfo::exists(lockFile())); // still the holder's
}

void TestProjectLock::readCommandsWorkWhileHeld_data()
{
    QTest::addColumn<QStringList>("command");

    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("the")};
    QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
    QTest::newRow("claim list") << QStringList{QStringLiteral("claim"), QStringLiteral("list")};
    QTest::newRow("incident list") << QStringList{QStringLiteral("incident"), QStringLiteral("list")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
}

void TestProjectLock::readCommandsWorkWhileHeld()
{
    QFETCH(QStringList, command);

    ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QString error;
    QVERIFY2(holder.waitUntilReady(&error), qPrintable(error));
    const CliRun run = cli(command);
    QVERIFY2(run.exitedWith(0), run.diagnostic());
    QVERIFY2(!run.out.isEmpty(), run.diagnostic());
}

void TestProjectLock::lockIsGoneAfterEachWriter()
{
    const CliRun run = cli({QStringLiteral("article"), QStringLiteral("set"), QStringLiteral("1"),
                            QStringLiteral("--notes"), QStringLiteral("seen")});
    QVERIFY2(run.exitedWith(0), run.diagnostic());
    QVERIFY(!QFileInfo::exists(lockFile()));

    ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QVERIFY(holder.waitUntilReady());
    QVERIFY(QFileInfo::exists(lockFile()));
    holder.closeNormally();
    QVERIFY(!QFileInfo::exists(lockFile()));
}

void TestProjectLock::staleLockOfKilledProcessIsCleared()
{
    ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QVERIFY(holder.waitUntilReady());
    holder.sigkill();
    QVERIFY2(QFileInfo::exists(lockFile()), "a SIGKILLed process leaves its lock file behind");

    const CliRun run = cli({QStringLiteral("article"), QStringLiteral("set"), QStringLiteral("1"),
                            QStringLiteral("--notes"), QStringLiteral("after the crash")});
    QVERIFY2(run.exitedWith(0), run.diagnostic());
    QVERIFY(!QFileInfo::exists(lockFile()));
    const CliRun show = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(show.out.contains(QStringLiteral("after the crash")), show.diagnostic());

    // The same for a process of this one's own kind (the stale check compares program names).
    ProjectHolder second(QStringLiteral(SIFT_HOLD), m_project);
    QVERIFY(second.waitUntilReady());
    second.sigkill();
    Store store;
    QCOMPARE(store.open(m_project), QString());
    QVERIFY(QFileInfo::exists(lockFile()));
    store.close();
    QVERIFY(!QFileInfo::exists(lockFile()));
}

void TestProjectLock::unnamedLockOfKilledProcessIsCleared()
{
    // What a process killed between creating the lock file and writing its name leaves (the crash harness
    // found it): an empty lock file that nobody holds.
    QVERIFY(sift::test::writeBytes(lockFile(), QByteArray()));
    const CliRun run = cli({QStringLiteral("article"), QStringLiteral("set"), QStringLiteral("1"),
                            QStringLiteral("--notes"), QStringLiteral("after the crash")});
    QVERIFY2(run.exitedWith(0), run.diagnostic());
    QVERIFY(!QFileInfo::exists(lockFile()));
}

void TestProjectLock::concurrentWritersNeverOverlap()
{
    // Many writers at once: each either writes or is told another program writes; none fails otherwise.
    constexpr int kWriters = 12;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kWriters; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SIFT_CLI),
                       {QStringLiteral("-p"), m_project, QStringLiteral("article"), QStringLiteral("set"),
                        QString::number(1 + i % 3), QStringLiteral("--notes"), QStringLiteral("writer %1").arg(i)});
        processes.push_back(std::move(process));
    }
    int wrote = 0;
    int refused = 0;
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        if (process->exitCode() == 0) {
            ++wrote;
        } else {
            QCOMPARE(process->exitCode(), 2);
            QVERIFY2(err.contains(QStringLiteral("another Sift program")), qPrintable(err));
            ++refused;
        }
    }
    qInfo("%d writers at once: %d wrote, %d were told another program writes", kWriters, wrote, refused);
    QVERIFY(wrote >= 1);
    QCOMPARE(wrote + refused, kWriters);
    const CliRun check = cli({QStringLiteral("check")});
    QVERIFY2(check.exitedWith(0), check.diagnostic());
    QVERIFY(!QFileInfo::exists(lockFile()));
}

void TestProjectLock::connectionsInOneProcessShareTheLock()
{
    // The GUI's import thread opens its own connection next to the window's: one process, one lock.
    Store window;
    QCOMPARE(window.open(m_project), QString());
    Store importer;
    QCOMPARE(importer.open(m_project), QString());
    window.close();
    QVERIFY(QFileInfo::exists(lockFile()));
    const CliRun refused = cli({QStringLiteral("article"), QStringLiteral("set"), QStringLiteral("1"),
                                QStringLiteral("--notes"), QStringLiteral("x")});
    QVERIFY2(refused.exitedWith(2), refused.diagnostic());
    QVERIFY2(refused.err.contains(QString::number(QCoreApplication::applicationPid())), refused.diagnostic());
    importer.close();
    QVERIFY(!QFileInfo::exists(lockFile()));
}

void TestProjectLock::windowOpensReadOnlyWhileHeld()
{
    ProjectHolder holder(QStringLiteral(SIFT_HOLD), m_project);
    QVERIFY(holder.waitUntilReady());
    QString error;
    QString reason;
    auto project = Project::openOrRead(m_project, &error, &reason);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->isReadOnly());
    QVERIFY2(reason.contains(QStringLiteral("process %1").arg(holder.pid())), qPrintable(reason));
    QVERIFY(!project->setArticleField(1, ArticleStore::Field::Notes, QStringLiteral("blocked")));
    project.reset();

    holder.closeNormally();
    reason.clear();
    project = Project::openOrRead(m_project, &error, &reason);
    QVERIFY(project);
    QVERIFY(!project->isReadOnly());
    QVERIFY(reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
