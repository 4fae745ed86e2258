#include "core/ingest/Importer.h"
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

/// A scraped-format file of \a count articles whose titles are "<prefix> 1" … "<prefix> count".
QByteArray scrapedFile(const QString &prefix, int count)
{
    QString text;
    for (int i = 1; i <= count; ++i) {
        const QString title = prefix + u' ' + QString::number(i);
        text += title + u"\n\nA photo of the scene. (Reuters)\nTT\n20\n\n"_s + title + u"\n\nBody of "_s + title +
                u".\n\nSecond paragraph.\n\n\n"_s;
    }
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

private:
    void write(const QString &name, const QByteArray &bytes);
    QStringList storedTitles();

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

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
