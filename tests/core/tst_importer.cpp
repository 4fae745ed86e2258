#include "core/ingest/Importer.h"
#include "core/store/ArticleStore.h"
#include "core/store/Database.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace sift;
using namespace Qt::StringLiterals;

namespace {

/// One article in the scraped format, ending with the blank lines that separate it from the next.
QString scrapedArticle(const QString &title)
{
    return title + u"\n\nA photo of the scene. (Reuters)\nTT\n20\n\n"_s + title + u"\n\nBody of "_s + title +
           u".\n\nSecond paragraph.\n\n\n"_s;
}

/// A scraped-format file of \a count articles whose titles are "<prefix> 1" … "<prefix> count".
QByteArray scrapedFile(const QString &prefix, int count)
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += scrapedArticle(prefix + u' ' + QString::number(i));
    return text.toUtf8();
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsFilesInOrderAndNamesEachFailure();
    void cancelAfterAFileKeepsThatFileOnly();
    void reportsAMissingProject();
    void manySmallFilesShareATransaction();
    void failingFileInsideABatchLeavesExactlyTheGoodOnes();
    void cancelMidBatchKeepsTheFilesBeforeIt();
    void skipsDuplicatesAcrossFilesOfOneBatch();
    void anotherConnectionSeesOnlyWholeFiles();
    void commitsABatchAtEitherLimit_data();
    void commitsABatchAtEitherLimit();

private:
    void write(const QString &name, const QByteArray &bytes);
    void writeNumberedFiles(int count);
    QStringList storedTitles();
    QStringList checkProject();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(u"p.sift"_s);
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::CreateIfMissing), QString());
    QVERIFY(QDir(m_dir->path()).mkpath(u"in"_s));
}

void TestImporter::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(u"in/"_s + name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// Files "0001.txt" … holding one article each, titled "File 1" ….
void TestImporter::writeNumberedFiles(int count)
{
    for (int i = 1; i <= count; ++i)
        write(QStringLiteral("%1.txt").arg(i, 4, 10, QLatin1Char('0')), scrapedArticle(u"File %1"_s.arg(i)).toUtf8());
}

QStringList TestImporter::checkProject()
{
    Store store;
    if (const QString error = store.open(m_project, Store::OpenMode::ExistingOnly); !error.isEmpty())
        return {error};
    return store.check().problems;
}

QStringList TestImporter::storedTitles()
{
    Store store;
    if (!store.open(m_project, Store::OpenMode::ReadOnly).isEmpty())
        return {u"(cannot open)"_s};
    QStringList titles;
    Statement st(store.db(), "SELECT title FROM article ORDER BY id");
    while (st.step())
        titles << st.text(0);
    return titles;
}

void TestImporter::importsFilesInOrderAndNamesEachFailure()
{
    // Files are read ahead of the one being written: the results must still come in file order.
    write(u"a.txt"_s, scrapedFile(u"Alpha"_s, 3));
    write(u"b.bin"_s, QByteArray::fromHex("000102fffe2062696e61727900"));
    write(u"c.txt"_s, scrapedFile(u"Gamma"_s, 250));
    write(u"d.json"_s, "[{\"title\": \"broken\"");
    write(u"e.txt"_s, scrapedFile(u"Alpha"_s, 2) + scrapedFile(u"Epsilon"_s, 1));
    write(u"f.txt"_s, QByteArray());

    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    QList<int> progressDone;
    connect(&importer, &Importer::progress, this,
            [&progressDone](int done, int total, const QString &) { progressDone << (total == 6 ? done : -1); });
    const ImportSummary summary = importer.run();

    QCOMPARE(summary.projectError, QString());
    QVERIFY(!summary.cancelled);
    QCOMPARE(progressDone, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    QCOMPARE(summary.files.size(), 6);
    QStringList names;
    for (const FileOutcome &file : summary.files)
        names << QFileInfo(file.path).fileName();
    QCOMPARE(names, (QStringList{u"a.txt"_s, u"b.bin"_s, u"c.txt"_s, u"d.json"_s, u"e.txt"_s, u"f.txt"_s}));
    QCOMPARE(summary.files[0].imported, 3);
    QVERIFY(!summary.files[1].error.isEmpty());
    QCOMPARE(summary.files[2].imported, 250);
    QVERIFY(!summary.files[3].error.isEmpty());
    QCOMPARE(summary.files[4].imported, 1);
    QCOMPARE(summary.files[4].duplicates, 2);
    QVERIFY(!summary.files[5].error.isEmpty());
    QCOMPARE(summary.imported(), 254);
    QCOMPARE(summary.failed(), 3);

    QStringList expected;
    for (int i = 1; i <= 3; ++i)
        expected << u"Alpha "_s + QString::number(i);
    for (int i = 1; i <= 250; ++i)
        expected << u"Gamma "_s + QString::number(i);
    expected << u"Epsilon 1"_s;
    QCOMPARE(storedTitles(), expected);
    QCOMPARE(summary.newArticleIds.size(), 254);
    QVERIFY(std::is_sorted(summary.newArticleIds.cbegin(), summary.newArticleIds.cend()));
}

void TestImporter::cancelAfterAFileKeepsThatFileOnly()
{
    write(u"1.txt"_s, scrapedFile(u"One"_s, 2));
    write(u"2.txt"_s, scrapedFile(u"Two"_s, 2));
    write(u"3.txt"_s, scrapedFile(u"Three"_s, 2));

    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    // Cancelled while file 2 is announced: file 2 may already be parsed, but nothing of it may be stored.
    connect(&importer, &Importer::progress, this, [&importer](int done, int, const QString &) {
        if (done == 1)
            importer.cancel();
    });
    const ImportSummary summary = importer.run();

    QVERIFY(summary.cancelled);
    QCOMPARE(summary.files.size(), 1);
    QCOMPARE(summary.imported(), 2);
    QCOMPARE(storedTitles(), (QStringList{u"One 1"_s, u"One 2"_s}));
}

void TestImporter::reportsAMissingProject()
{
    write(u"1.txt"_s, scrapedFile(u"One"_s, 1));
    Importer importer(m_dir->filePath(u"missing.sift"_s), {m_dir->filePath(u"in"_s)});
    const ImportSummary summary = importer.run();
    QVERIFY(!summary.projectError.isEmpty());
    QCOMPARE(summary.imported(), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"missing.sift"_s)));
}

void TestImporter::manySmallFilesShareATransaction()
{
    // A transaction a file made 500 small files cost 500 commits (FTS5 segment flushes and WAL frames each).
    writeNumberedFiles(500);
    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    const qint64 commitsBefore = Database::commitsInProcess();
    const ImportSummary summary = importer.run();
    const qint64 commits = Database::commitsInProcess() - commitsBefore;

    QCOMPARE(summary.imported(), 500);
    QCOMPARE(summary.failed(), 0);
    QVERIFY2(commits >= 1 && commits <= 3, qPrintable(u"%1 commits for 500 files"_s.arg(commits)));
    QCOMPARE(storedTitles().size(), 500);
    QCOMPARE(checkProject(), QStringList());
}

void TestImporter::failingFileInsideABatchLeavesExactlyTheGoodOnes()
{
    // The database refuses one article of b.txt, in its second insert statement: the rows of its first
    // statement must go too, and nothing of the files around it.
    {
        Store store;
        QCOMPARE(store.open(m_project, Store::OpenMode::ExistingOnly), QString());
        store.db().exec("CREATE TRIGGER refuse_poison BEFORE INSERT ON article WHEN NEW.title LIKE 'Poison%' "
                        "BEGIN SELECT RAISE(ABORT, 'poisoned article'); END");
    }
    const int firstStatement = ArticleStore::kBatchRows;
    write(u"a.txt"_s, scrapedFile(u"Alpha"_s, 3));
    write(u"b.txt"_s,
          scrapedFile(u"Beta"_s, firstStatement + 10) + scrapedFile(u"Poison"_s, 1) + scrapedFile(u"Beta tail"_s, 5));
    write(u"c.txt"_s, scrapedFile(u"Gamma"_s, 3));
    write(u"d.txt"_s, scrapedFile(u"Beta"_s, 2)); // new: b.txt left nothing behind to be a duplicate of

    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    const ImportSummary summary = importer.run();

    QCOMPARE(summary.projectError, QString());
    QCOMPARE(summary.files.size(), 4);
    QCOMPARE(summary.failed(), 1);
    QVERIFY2(summary.files[1].error.contains(u"poisoned article"_s), qPrintable(summary.files[1].error));
    QCOMPARE(summary.files[1].imported, 0);
    QCOMPARE(summary.files[3].imported, 2);
    QCOMPARE(summary.files[3].duplicates, 0);
    QCOMPARE(summary.imported(), 8);
    QCOMPARE(storedTitles(), (QStringList{u"Alpha 1"_s, u"Alpha 2"_s, u"Alpha 3"_s, u"Gamma 1"_s, u"Gamma 2"_s,
                                          u"Gamma 3"_s, u"Beta 1"_s, u"Beta 2"_s}));
    QCOMPARE(summary.newArticleIds.size(), 8);
    QCOMPARE(checkProject(), QStringList());
}

void TestImporter::cancelMidBatchKeepsTheFilesBeforeIt()
{
    writeNumberedFiles(20);
    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    // Cancelled as file 8 is announced, well inside the first batch: files 1-7 stay, committed.
    connect(&importer, &Importer::progress, this, [&importer](int done, int, const QString &) {
        if (done == 7)
            importer.cancel();
    });
    const ImportSummary summary = importer.run();

    QVERIFY(summary.cancelled);
    QCOMPARE(summary.files.size(), 7);
    QCOMPARE(summary.imported(), 7);
    QStringList expected;
    for (int i = 1; i <= 7; ++i)
        expected << u"File "_s + QString::number(i);
    QCOMPARE(storedTitles(), expected);
    QCOMPARE(checkProject(), QStringList());

    // The import left no transaction open: the project takes the next import.
    Importer again(m_project, {m_dir->filePath(u"in"_s)});
    const ImportSummary rest = again.run();
    QCOMPARE(rest.imported(), 13);
    QCOMPARE(rest.duplicates(), 7);
}

void TestImporter::skipsDuplicatesAcrossFilesOfOneBatch()
{
    write(u"1.txt"_s, scrapedFile(u"A"_s, 2));                          // A 1, A 2
    write(u"2.txt"_s, scrapedFile(u"A"_s, 2) + scrapedFile(u"B"_s, 1)); // A 1, A 2 again; B 1
    write(u"3.txt"_s, scrapedFile(u"B"_s, 1) + scrapedFile(u"C"_s, 1)); // B 1 again; C 1
    write(u"4.txt"_s, scrapedFile(u"C"_s, 1) + scrapedFile(u"A"_s, 1)); // all seen

    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    const ImportSummary summary = importer.run();

    QCOMPARE(summary.files.size(), 4);
    QList<QPair<int, int>> counts;
    for (const FileOutcome &f : summary.files)
        counts << qMakePair(f.imported, f.duplicates);
    QCOMPARE(counts, (QList<QPair<int, int>>{{2, 0}, {1, 2}, {1, 1}, {0, 2}}));
    QCOMPARE(storedTitles(), (QStringList{u"A 1"_s, u"A 2"_s, u"B 1"_s, u"C 1"_s}));
    QCOMPARE(summary.newArticleIds.size(), 4);
}

void TestImporter::anotherConnectionSeesOnlyWholeFiles()
{
    // What another connection sees while the import runs is what a crash at that moment would leave:
    // whole files, and never more than one batch behind.
    constexpr int files = 700;
    constexpr int articlesPerFile = 3;
    for (int i = 1; i <= files; ++i)
        write(QStringLiteral("%1.txt").arg(i, 4, 10, QLatin1Char('0')),
              scrapedFile(u"F%1 article"_s.arg(i), articlesPerFile));
    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    QList<qint64> visible;
    QString problem;
    connect(&importer, &Importer::progress, this, [this, &visible, &problem](int done, int total, const QString &) {
        if (done == total)
            return;
        Store reader;
        if (const QString error = reader.open(m_project, Store::OpenMode::ReadOnly); !error.isEmpty()) {
            problem = error;
            return;
        }
        const qint64 rows = reader.db().scalar("SELECT count(*) FROM article");
        if (rows % articlesPerFile != 0 || rows / articlesPerFile > done)
            problem = u"after %1 files another connection sees %2 articles"_s.arg(done).arg(rows);
        visible << rows / articlesPerFile;
    });
    const ImportSummary summary = importer.run();

    QCOMPARE(problem, QString());
    QCOMPARE(summary.imported(), files * articlesPerFile);
    QCOMPARE(visible.size(), files);
    // Committed at least every few hundred files: a crash loses at most that many.
    int maxLag = 0;
    for (int done = 0; done < files; ++done)
        maxLag = std::max(maxLag, done - int(visible.at(done)));
    QVERIFY2(maxLag <= 300, qPrintable(u"a crash could have lost %1 whole files"_s.arg(maxLag)));
    QCOMPARE(storedTitles().size(), files * articlesPerFile);
}

void TestImporter::commitsABatchAtEitherLimit_data()
{
    const qint64 oneFile = scrapedArticle(u"File 1"_s).toUtf8().size();
    QTest::addColumn<int>("everyFiles");
    QTest::addColumn<qint64>("everyBytes");
    QTest::addColumn<int>("commits");
    constexpr qint64 unlimited = qint64(1) << 40;
    QTest::newRow("every 3 files: 3+3+3+1") << 3 << unlimited << 4;
    QTest::newRow("every file") << 1 << unlimited << 10;
    QTest::newRow("every 2 files' bytes") << 100 << 2 * oneFile << 5;
    QTest::newRow("all in one") << 100 << unlimited << 1;
}

void TestImporter::commitsABatchAtEitherLimit()
{
    QFETCH(int, everyFiles);
    QFETCH(qint64, everyBytes);
    QFETCH(int, commits);
    writeNumberedFiles(10);
    ImportOptions options;
    options.commitEveryFiles = everyFiles;
    options.commitEveryBytes = everyBytes;
    Importer importer(m_project, {m_dir->filePath(u"in"_s)}, options);
    const qint64 commitsBefore = Database::commitsInProcess();
    const ImportSummary summary = importer.run();
    QCOMPARE(Database::commitsInProcess() - commitsBefore, qint64(commits));
    QCOMPARE(summary.imported(), 10);
    QCOMPARE(storedTitles().size(), 10);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
