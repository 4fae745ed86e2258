// Files that are not what they claim, and places that take no writes: each gives a clear message and an exit
// code that says so, and nothing on disk changes (the project's checksum and the folder's listing).
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using sift::test::CliRun;
using sift::test::CliRunner;

namespace {

QStringList readCommands()
{
    return {QStringLiteral("list"),  QStringLiteral("show 1"),     QStringLiteral("search the"),
            QStringLiteral("stats"), QStringLiteral("claim list"), QStringLiteral("incident list"),
            QStringLiteral("check")};
}

QStringList writeCommands()
{
    return {QStringLiteral("import extra.txt"),
            QStringLiteral("claim add --article 1 --quote the"),
            QStringLiteral("claim set 1 --statement changed"),
            QStringLiteral("article set 1 --notes changed"),
            QStringLiteral("incident add --date 2025-03-16 --type Battles"),
            QStringLiteral("init")};
}

/// Every name in a folder (hidden ones too) with its size, so a stray -wal, -shm or lock file shows.
QStringList listing(const QString &folder)
{
    QStringList names;
    for (const QFileInfo &info :
         QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
        names << QStringLiteral("%1 %2").arg(info.fileName()).arg(info.isDir() ? 0 : info.size());
    return names;
}

bool runs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// Fills the file system under folder until fewer than leaveBytes are free.
bool fillDisk(const QString &folder, qint64 leaveBytes)
{
    QFile filler(folder + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    if (leaveBytes > 0)
        filler.resize(qMax<qint64>(0, filler.size() - leaveBytes));
    return true;
}

} // namespace

class TestBadProjects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void damagedProjectRefused_data();
    void damagedProjectRefused();
    void unwritableProject_data();
    void unwritableProject();
    void nearlyFullDiskKeepsProject();

private:
    CliRun cli(const QString &command, bool unprivileged = false) const;
    bool mountSmallDisk(QString *why);
    void makeProject(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QString m_mount;
};

void TestBadProjects::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777)));
    m_project = m_dir->filePath(QStringLiteral("desk.sift"));
    QVERIFY(sift::test::writeBytes(m_dir->filePath(QStringLiteral("extra.txt")),
                                   "Extra Headline\n\nExtra body text about the harbour.\n"));
}

void TestBadProjects::cleanup()
{
    if (!m_mount.isEmpty()) {
        runs(QStringLiteral("umount"), {m_mount});
        m_mount.clear();
    }
    if (m_dir) {
        // Give the folder back to this user so QTemporaryDir can remove it.
        QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777));
        m_dir.reset();
    }
}

CliRun TestBadProjects::cli(const QString &command, bool unprivileged) const
{
    CliRunner runner(QStringLiteral(SIFT_CLI), m_dir->path());
    runner.setUnprivileged(unprivileged);
    return runner.run(QStringList{QStringLiteral("-p"), m_project} + command.split(QLatin1Char(' ')));
}

void TestBadProjects::makeProject(const QString &path)
{
    CliRunner runner(QStringLiteral(SIFT_CLI), m_dir->path());
    const CliRun init = runner.run({QStringLiteral("-p"), path, QStringLiteral("import"),
                                    sift::test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"))});
    QVERIFY2(init.exitedWith(0), init.diagnostic());
    const CliRun claim = runner.run({QStringLiteral("-p"), path, QStringLiteral("claim"), QStringLiteral("add"),
                                     QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--quote"),
                                     QStringLiteral("the")});
    QVERIFY2(claim.exitedWith(0), claim.diagnostic());
}

bool TestBadProjects::mountSmallDisk(QString *why)
{
    const QString mount = m_dir->filePath(QStringLiteral("disk"));
    QDir().mkpath(mount);
    if (!runs(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                        QStringLiteral("size=1m,mode=0777"), QStringLiteral("tmpfs"), mount})) {
        *why = QStringLiteral("mounting a 1 MB tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)");
        return false;
    }
    m_mount = mount;
    m_project = mount + QStringLiteral("/desk.sift");
    return true;
}

void TestBadProjects::damagedProjectRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");

    const QList<QPair<QString, QString>> damages{
        {QStringLiteral("truncated"), QStringLiteral("shorter than its own header says")},
        {QStringLiteral("header only"), QStringLiteral("shorter than its own header says")},
        {QStringLiteral("random bytes"), QStringLiteral("not a Sift project")},
        {QStringLiteral("text file"), QStringLiteral("not a Sift project")},
        {QStringLiteral("newer schema"), QStringLiteral("newer version")}};
    for (const auto &[damage, message] : damages) {
        for (const QString &command : readCommands() + writeCommands())
            QTest::addRow("%s: %s", qPrintable(damage), qPrintable(command)) << damage << command << message;
    }
}

void TestBadProjects::damagedProjectRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, command);
    QFETCH(QString, message);

    if (damage == QLatin1String("random bytes")) {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator generator(7);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        QVERIFY(sift::test::writeBytes(m_project, bytes));
    } else if (damage == QLatin1String("text file")) {
        QVERIFY(sift::test::writeBytes(m_project, "Just some notes, named like a project.\n"));
    } else {
        makeProject(m_project);
        if (QTest::currentTestFailed())
            return;
        if (damage == QLatin1String("newer schema")) {
            sift::Database db;
            QCOMPARE(db.open(m_project), QString());
            db.exec("PRAGMA user_version = 99");
        } else {
            // Cut a real project: half of it, or only its first page's header.
            QFile file(m_project);
            QVERIFY(file.size() > 8192);
            QVERIFY(file.resize(damage == QLatin1String("truncated") ? file.size() / 2 : 100));
        }
    }
    const QByteArray before = sift::test::sha256Of(m_project);
    const QStringList filesBefore = listing(m_dir->path());

    const CliRun run = cli(command);
    qInfo("exit %d: %s", run.exitCode, qPrintable(run.err.trimmed()));
    QVERIFY2(run.exitedWith(2), run.diagnostic());
    QVERIFY2(run.err.contains(message), run.diagnostic());
    QVERIFY2(run.err.contains(QFileInfo(m_project).fileName()), run.diagnostic());
    QVERIFY2(run.out.isEmpty(), run.diagnostic());
    QCOMPARE(sift::test::sha256Of(m_project), before);
    QCOMPARE(listing(m_dir->path()), filesBefore);
}

void TestBadProjects::unwritableProject_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("writes");
    QTest::addColumn<QString>("message");

    const QList<QPair<QString, QString>> places{{QStringLiteral("read-only file"), QStringLiteral("read-only")},
                                                {QStringLiteral("read-only folder"), QStringLiteral("read-only")},
                                                {QStringLiteral("full disk"), QStringLiteral("disk is full")}};
    for (const auto &[place, message] : places) {
        for (const QString &command : readCommands())
            QTest::addRow("%s: %s", qPrintable(place), qPrintable(command)) << place << command << false << message;
        for (const QString &command : writeCommands())
            QTest::addRow("%s: %s", qPrintable(place), qPrintable(command)) << place << command << true << message;
    }
}

void TestBadProjects::unwritableProject()
{
    QFETCH(QString, place);
    QFETCH(QString, command);
    QFETCH(bool, writes);
    QFETCH(QString, message);

    const bool fullDisk = place == QLatin1String("full disk");
    if (fullDisk) {
        QString why;
        if (!mountSmallDisk(&why))
            QSKIP(qPrintable(why));
    }
    makeProject(m_project);
    if (QTest::currentTestFailed())
        return;
    const QString folder = QFileInfo(m_project).absolutePath();
    if (place == QLatin1String("read-only file")) {
        QVERIFY(
            QFile::setPermissions(m_project, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    } else if (place == QLatin1String("read-only folder")) {
        QVERIFY(QFile::setPermissions(m_project, QFileDevice::Permissions(0x6666)));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
    } else {
        QVERIFY(fillDisk(folder, 0));
    }
    const QByteArray before = sift::test::sha256Of(m_project);
    const QStringList filesBefore = listing(folder);

    const CliRun run = cli(command, !fullDisk);
    qInfo("exit %d: %s", run.exitCode, qPrintable(run.err.trimmed().left(300)));
    if (writes) {
        QVERIFY2(run.exitedWith(2), run.diagnostic());
        QVERIFY2(run.err.contains(message), run.diagnostic());
        QVERIFY2(run.err.contains(QFileInfo(m_project).fileName()), run.diagnostic());
    } else {
        QVERIFY2(run.exitedWith(0), run.diagnostic());
        QVERIFY2(!run.out.isEmpty(), run.diagnostic());
    }
    QCOMPARE(sift::test::sha256Of(m_project), before);
    QCOMPARE(listing(folder), filesBefore);
}

void TestBadProjects::nearlyFullDiskKeepsProject()
{
    // Room for the lock file and a little more, not for the import: SQLite runs out in the middle of the
    // transaction. The import must fail as a whole, say why, and leave the project as it was.
    QString why;
    if (!mountSmallDisk(&why))
        QSKIP(qPrintable(why));
    makeProject(m_project);
    if (QTest::currentTestFailed())
        return;
    QString big;
    for (int i = 0; i < 400; ++i)
        big += QStringLiteral("Headline number %1 about the port\n\nBody paragraph %1 with enough words to take "
                              "room in the database and its full-text index, again and again.\n\n\n")
                   .arg(i);
    QVERIFY(sift::test::writeBytes(m_dir->filePath(QStringLiteral("big.txt")), big.toUtf8()));
    QVERIFY(fillDisk(m_mount, 48 * 1024));
    const QByteArray before = sift::test::sha256Of(m_project);
    const QStringList filesBefore = listing(m_mount);

    const CliRun run = cli(QStringLiteral("import big.txt"));
    qInfo("exit %d: %s", run.exitCode, qPrintable(run.err.trimmed()));
    QVERIFY2(run.exitedWith(2), run.diagnostic());
    QVERIFY2(run.err.contains(QStringLiteral("full")), run.diagnostic());
    QCOMPARE(sift::test::sha256Of(m_project), before);
    QCOMPARE(listing(m_mount), filesBefore);

    QFile::remove(m_mount + QStringLiteral("/filler"));
    const CliRun check = cli(QStringLiteral("check"));
    QVERIFY2(check.exitedWith(0), check.diagnostic());
    const CliRun stats = cli(QStringLiteral("stats"));
    QVERIFY2(stats.out.contains(QStringLiteral("articles\t2")), stats.diagnostic());
}

QTEST_GUILESS_MAIN(TestBadProjects)
#include "tst_badprojects.moc"
