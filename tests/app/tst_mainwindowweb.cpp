#include "app/MainWindow.h"
#include "core/project/Project.h"
#include "core/store/WebStore.h"
#include "support/FindChild.h"
#include "support/TestHttpServer.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;
using sift::test::TestHttpServer;

/// Import from URL, Article ▸ Source and Feeds ▸ Manage through the real MainWindow, against a local server.
class TestMainWindowWeb : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    const QByteArray m_page = "Border talks resume\n\nNegotiators met on Sunday, officials said.\n";

    /// Opens File ▸ Import from URL…, types the addresses and presses Import.
    void importThroughDialog(MainWindow &window, const QStringList &urls)
    {
        SIFT_CHILD(QAction, action, &window, "actionImportUrl");
        action->trigger();
        SIFT_CHILD(QDialog, dialog, &window, "importUrlDialog");
        QVERIFY(dialog->isVisible());
        SIFT_CHILD(QPlainTextEdit, edit, dialog, "urlEdit");
        edit->setFocus();
        for (const QString &url : urls) {
            QTest::keyClicks(edit, url);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        SIFT_CHILD(QDialogButtonBox, buttons, dialog, "importUrlButtons");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setInteractive(false);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestHttpServer>();
        m_server->setText(QStringLiteral("/talks.txt"), m_page);
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void importUrlThenShowAndSaveTheSource()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir->filePath(QStringLiteral("desk.sift")), true));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        importThroughDialog(window, {m_server->url(QStringLiteral("/talks.txt"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.imported(), 1);
        const qint64 id = summary.newArticleIds.value(0);
        window.showArticle(id);
        QCOMPARE(window.currentArticle(), id);

        SIFT_CHILD(QAction, source, &window, "actionArticleSource");
        source->trigger();
        SIFT_CHILD(QDialog, dialog, &window, "articleSourceDialog");
        SIFT_CHILD(QLabel, sha, dialog, "sha256Label");
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(m_page, QCryptographicHash::Sha256).toHex());
        QCOMPARE(sha->text(), expected);
        SIFT_CHILD(QLabel, finalUrl, dialog, "finalUrlLabel");
        QCOMPARE(finalUrl->text(), m_server->url(QStringLiteral("/talks.txt")));
        SIFT_CHILD(QLabel, status, dialog, "statusLabel");
        QCOMPARE(status->text(), QStringLiteral("200"));

        const QString saved = m_dir->filePath(QStringLiteral("original.txt"));
        Dialogs::setNextFileNames({saved});
        SIFT_CHILD(QPushButton, save, dialog, "saveOriginalButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_page);
        dialog->close();
    }

    void progressAndCancel()
    {
        TestHttpServer::Route silent;
        silent.delayMs = -1;
        m_server->setRoute(QStringLiteral("/silent"), silent);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir->filePath(QStringLiteral("desk.sift")), true));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        importThroughDialog(window,
                            {m_server->url(QStringLiteral("/talks.txt")), m_server->url(QStringLiteral("/silent"))});
        // The window stays responsive while the second address hangs: the progress dialog shows and can cancel.
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"))) &&
                                     progress->isVisible(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(progress->labelText().contains(QLatin1String("silent")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/silent")), 1, 10000);
        QVERIFY(window.isImporting());
        SIFT_CHILD(QPushButton, cancel, progress, nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QVERIFY(summary.cancelled || summary.failed() == 1);
        QCOMPARE(summary.imported(), 1);
        QCOMPARE(window.project()->articles().count(), 1);
        QVERIFY(!window.isImporting());
    }

    void manageFeedsIsUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_dir->filePath(QStringLiteral("desk.sift")), true));
        SIFT_CHILD(QAction, manage, &window, "actionManageFeeds");
        manage->trigger();
        SIFT_CHILD(QDialog, dialog, &window, "feedsDialog");
        SIFT_CHILD(QLineEdit, url, dialog, "feedUrlEdit");
        SIFT_CHILD(QTableWidget, table, dialog, "feedTable");
        url->setText(m_server->url(QStringLiteral("/feed.xml")));
        SIFT_CHILD(QPushButton, add, dialog, "addFeedButton");
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 0)->setText(QStringLiteral("Desk wire"));
        QTRY_COMPARE(WebStore(window.project()->db()).feeds().value(0).title, QStringLiteral("Desk wire"));
        window.project()->undoStack()->undo();
        QCOMPARE(WebStore(window.project()->db()).feeds().value(0).title, QString());
        window.project()->undoStack()->undo();
        QVERIFY(WebStore(window.project()->db()).feeds().isEmpty());
        window.project()->undoStack()->redo();
        QCOMPARE(WebStore(window.project()->db()).feeds().value(0).url, m_server->url(QStringLiteral("/feed.xml")));

        // Refresh Now imports the feed's entries in the background.
        TestHttpServer::Route feed;
        feed.body =
            "<rss version=\"2.0\"><channel><title>W</title><item><title>One</title><guid>1</guid>"
            "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">Full text.</content:encoded>"
            "</item></channel></rss>";
        feed.contentType = "application/rss+xml";
        m_server->setRoute(QStringLiteral("/feed.xml"), feed);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        SIFT_CHILD(QPushButton, refresh, dialog, "refreshFeedsButton");
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).value<ImportSummary>().imported(), 1);
        QTRY_VERIFY(table->item(0, 3) && table->item(0, 3)->text() != QLatin1String("never"));
        dialog->close();
    }
};

QTEST_MAIN(TestMainWindowWeb)
#include "tst_mainwindowweb.moc"
