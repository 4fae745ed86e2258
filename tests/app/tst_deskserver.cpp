#include "app/Application.h"
#include "app/MainWindow.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "core/store/ProjectCopy.h"
#include "core/store/Store.h"
#include "support/FindChild.h"
#include "support/PgServer.h"
#include "widgets/Dialogs.h"
#include "widgets/LibraryView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;
using namespace Qt::StringLiterals;

/// The real main window on a server project (a real PostgreSQL): the sample project pushed to the server opens
/// with its library and filters, two windows on it see each other's edits, and a server that refuses a read
/// while the window is being built leaves the window on the project it showed before, with a message.
class TestDeskServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void serverProjectOpensWithLibraryAndFilters();
    void libraryFiltersAndSearchMatchTheFile();
    void twoWindowsSeeEachOthersEdits();
    void refusedReadWhileOpeningKeepsTheOpenProject();
    void refusedReadOnAClickStopsOnlyThatAction();

private:
    /// A fresh server database holding a copy of the sample project; its URL, empty after a failed check.
    QString pushSample();
    static QStringList items(const QComboBox *combo);
    static int libraryRows(const MainWindow &window);
    /// The library's rows as "title | outlet", in the order shown.
    static QStringList libraryList(const MainWindow &window);

    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<MainWindow> m_ana;
    std::unique_ptr<MainWindow> m_rui;
};

void TestDeskServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Dialogs::setInteractive(false);
    QVERIFY(m_dir.isValid());
    test::PgServer &server = test::PgServer::shared();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    m_sample = m_dir.filePath(u"sample.sift"_s);
    const QString error = SampleProject::create(m_sample);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDeskServer::cleanup()
{
    m_ana.reset();
    m_rui.reset();
}

QString TestDeskServer::pushSample()
{
    const QString url = test::PgServer::shared().createDatabase();
    if (url.isEmpty())
        return {};
    Store from;
    Store to;
    if (!from.open(m_sample).isEmpty() || !to.open(url, Store::OpenMode::CreateIfMissing).isEmpty())
        return {};
    const ProjectCopy::Result copied = ProjectCopy::copy(from, to);
    if (!copied.error.isEmpty()) {
        qWarning("%s", qPrintable(copied.error));
        return {};
    }
    return url;
}

QStringList TestDeskServer::items(const QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i);
    return out;
}

int TestDeskServer::libraryRows(const MainWindow &window)
{
    auto *table = window.findChild<QTableView *>(u"libraryTable"_s);
    return table && table->model() ? table->model()->rowCount() : -1;
}

QStringList TestDeskServer::libraryList(const MainWindow &window)
{
    QStringList out;
    auto *table = window.findChild<QTableView *>(u"libraryTable"_s);
    if (!table || !table->model())
        return out;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 2; ++column)
            cells << model->index(row, column).data().toString();
        out << cells.join(u" | "_s);
    }
    return out;
}

void TestDeskServer::serverProjectOpensWithLibraryAndFilters()
{
    const QString url = pushSample();
    QVERIFY(!url.isEmpty());
    // The same project as a file, in another window: what the server window must show too.
    MainWindow file;
    QVERIFY(file.openProject(m_sample));
    SIFT_CHILD(QComboBox, fileOutlets, &file, "libraryOutletFilter");

    m_ana = std::make_unique<MainWindow>();
    m_ana->show();
    QVERIFY(m_ana->openProject(url));
    QCOMPARE(m_ana->project()->path(), url);
    SIFT_CHILD(QComboBox, outlets, m_ana.get(), "libraryOutletFilter");
    QVERIFY(outlets->count() > 2); // "any outlet", "unknown outlet", then the sample's outlets
    QCOMPARE(items(outlets), items(fileOutlets));
    QCOMPARE(libraryRows(*m_ana), int(file.project()->store().counts().articles));
    QVERIFY(libraryRows(*m_ana) > 0);
    QVERIFY(m_ana->currentArticle() > 0); // the first article is open in the reader
}

void TestDeskServer::libraryFiltersAndSearchMatchTheFile()
{
    const QString url = pushSample();
    QVERIFY(!url.isEmpty());
    MainWindow file;
    QVERIFY(file.openProject(m_sample));
    m_ana = std::make_unique<MainWindow>();
    QVERIFY(m_ana->openProject(url));
    const QStringList all = libraryList(file);
    QVERIFY(all.size() > 2);
    QCOMPARE(libraryList(*m_ana), all);

    // Every entry of every filter box, on both engines: the same articles in the same order.
    int narrowed = 0;
    for (const char *name : {"libraryStateFilter", "libraryOutletFilter", "libraryStatusFilter", "libraryTagFilter"}) {
        SIFT_CHILD(QComboBox, fileBox, &file, name);
        SIFT_CHILD(QComboBox, serverBox, m_ana.get(), name);
        QCOMPARE(items(serverBox), items(fileBox));
        for (int i = 0; i < fileBox->count(); ++i) {
            for (QComboBox *box : {fileBox, serverBox}) {
                box->setCurrentIndex(i);
                Q_EMIT box->activated(i);
            }
            const QStringList expected = libraryList(file);
            QCOMPARE(libraryList(*m_ana), expected);
            narrowed += expected.size() < all.size() ? 1 : 0;
        }
        for (QComboBox *box : {fileBox, serverBox}) {
            box->setCurrentIndex(0);
            Q_EMIT box->activated(0);
        }
    }
    QVERIFY(narrowed > 4);

    // The search box: words, a phrase, a prefix, an operator.
    SIFT_CHILD(QLineEdit, fileSearch, &file, "librarySearchEdit");
    SIFT_CHILD(QLineEdit, serverSearch, m_ana.get(), "librarySearchEdit");
    for (const QString &query : {u"drone"_s, u"\"residential street\""_s, u"cease*"_s, u"drone NOT ceasefire"_s}) {
        for (QLineEdit *edit : {fileSearch, serverSearch}) {
            edit->setText(query);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        const QStringList expected = libraryList(file);
        QVERIFY2(!expected.isEmpty() && expected.size() < all.size(), qPrintable(query));
        QCOMPARE(libraryList(*m_ana), expected);
    }
}

void TestDeskServer::twoWindowsSeeEachOthersEdits()
{
    const QString url = pushSample();
    QVERIFY(!url.isEmpty());
    m_ana = std::make_unique<MainWindow>();
    m_rui = std::make_unique<MainWindow>();
    m_ana->show();
    m_rui->show();
    QVERIFY(m_ana->openProject(url));
    QVERIFY(m_rui->openProject(url));

    qint64 claimId = 0;
    for (const Claim &c : m_ana->project()->claims().claims()) {
        if (c.status != u"Verified"_s) {
            claimId = c.id;
            break;
        }
    }
    QVERIFY(claimId > 0);
    m_ana->openClaim(claimId);
    m_rui->openClaim(claimId);
    SIFT_CHILD(QComboBox, anaStatus, m_ana.get(), "claimStatusCombo");
    SIFT_CHILD(QComboBox, ruiStatus, m_rui.get(), "claimStatusCombo");
    QVERIFY(ruiStatus->currentText() != u"Verified"_s);

    const int verified = anaStatus->findText(u"Verified"_s);
    QVERIFY(verified >= 0);
    anaStatus->setCurrentIndex(verified);
    Q_EMIT anaStatus->activated(verified);
    QCOMPARE(m_ana->project()->claims().claim(claimId)->status, u"Verified"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ruiStatus->currentText(), u"Verified"_s, 5000);

    // And back the other way: Rui's edit reaches Ana's window.
    const int disputed = ruiStatus->findText(u"Disputed"_s);
    QVERIFY(disputed >= 0);
    ruiStatus->setCurrentIndex(disputed);
    Q_EMIT ruiStatus->activated(disputed);
    QTRY_COMPARE_WITH_TIMEOUT(anaStatus->currentText(), u"Disputed"_s, 5000);
    QCOMPARE(m_rui->project()->claims().claim(claimId)->status, u"Disputed"_s);
}

void TestDeskServer::refusedReadWhileOpeningKeepsTheOpenProject()
{
    const QString url = pushSample();
    QVERIFY(!url.isEmpty());
    // A server database the library cannot read: its outlet column is gone (the schema version still matches,
    // so the store opens; the failure comes while the window builds its views).
    const QString database = url.section(u'/', -1);
    const QString error =
        test::PgServer::shared().adminExec(database, u"ALTER TABLE article RENAME COLUMN outlet TO outlet_gone"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_ana = std::make_unique<MainWindow>();
    m_ana->show();
    QVERIFY(m_ana->openProject(m_sample));
    const int rows = libraryRows(*m_ana);
    QVERIFY(rows > 0);

    QVERIFY(!m_ana->openProject(url));
    QVERIFY2(Dialogs::lastMessage().startsWith(u"Could not open %1: "_s.arg(url)), qPrintable(Dialogs::lastMessage()));
    QVERIFY2(Dialogs::lastMessage().contains(u"outlet"_s), qPrintable(Dialogs::lastMessage()));
    // The window is back on the file it showed, whole.
    QVERIFY(m_ana->project());
    QCOMPARE(m_ana->project()->path(), m_sample);
    QCOMPARE(libraryRows(*m_ana), rows);
    QVERIFY(m_ana->currentArticle() > 0);
}

void TestDeskServer::refusedReadOnAClickStopsOnlyThatAction()
{
    const QString url = pushSample();
    QVERIFY(!url.isEmpty());
    m_ana = std::make_unique<MainWindow>();
    m_ana->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ana.get()));
    QVERIFY(m_ana->openProject(url));
    const qint64 reading = m_ana->currentArticle();
    QVERIFY(reading > 0);
    // The server stops answering what the reader needs (as when it goes away); the library still lists.
    const QString error = test::PgServer::shared().adminExec(url.section(u'/', -1),
                                                             u"ALTER TABLE article RENAME COLUMN body TO body_gone"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    SIFT_CHILD(QTableView, table, m_ana.get(), "libraryTable");
    const QModelIndex other = table->model()->index(2, 0);
    QVERIFY(other.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QVERIFY2(Dialogs::lastMessage().startsWith(u"Could not read the article: "_s), qPrintable(Dialogs::lastMessage()));
    QVERIFY2(Dialogs::lastMessage().contains(u"body"_s), qPrintable(Dialogs::lastMessage()));
    // The window goes on: the project is open and the reader still shows the article it showed.
    QCOMPARE(m_ana->project()->path(), url);
    QCOMPARE(m_ana->currentArticle(), reading);
    QVERIFY(m_ana->isVisible());
}

// The program's own QApplication, as in main.cpp: what catches an error no handler caught.
int main(int argc, char **argv)
{
    sift::Application app(argc, argv);
    TestDeskServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_deskserver.moc"
