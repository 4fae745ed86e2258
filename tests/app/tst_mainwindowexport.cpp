#include "app/MainWindow.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/LibraryView.h"
#include "widgets/ReportDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sift;

/// File ▸ Export… on the real main window: the action, the scopes it offers, and an export through the dialog.
class TestMainWindowExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionNeedsProject();
    void offersCurrentArticleAndFilter();
    void exportsPdfThroughDialog();

private:
    ReportDialog *openDialog(MainWindow &window);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestMainWindowExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestMainWindowExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("sample.sift"));
    QCOMPARE(SampleProject::create(m_project), QString());
}

void TestMainWindowExport::cleanup()
{
    m_dir.reset();
}

ReportDialog *TestMainWindowExport::openDialog(MainWindow &window)
{
    auto *action = SIFT_FIND_CHILD(QAction, &window, "actionExport");
    if (!action)
        return nullptr;
    action->trigger();
    return SIFT_FIND_CHILD(ReportDialog, &window, "reportDialog");
}

void TestMainWindowExport::actionNeedsProject()
{
    MainWindow window;
    SIFT_CHILD(QAction, action, &window, "actionExport");
    QVERIFY(!action->shortcut().isEmpty());
    QVERIFY(!action->isEnabled());
    QVERIFY(window.openProject(m_project));
    QVERIFY(action->isEnabled());
}

void TestMainWindowExport::offersCurrentArticleAndFilter()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project));
    QVERIFY(window.currentArticle() != 0);
    ReportDialog *dialog = openDialog(window);
    if (!dialog)
        return;
    SIFT_CHILD(QRadioButton, current, dialog, "scopeCurrentArticle");
    QVERIFY(current->isEnabled());
    dialog->setScope(ReportDialog::Scope::CurrentArticle);
    QCOMPARE(dialog->options().articleIds, QList<qint64>{window.currentArticle()});
    dialog->updatePreview();
    QVERIFY(!dialog->preview()->toPlainText().isEmpty());
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!window.findChild<ReportDialog *>());

    // A library search narrows the "library list" scope to what it finds.
    QLineEdit *search = window.library()->searchEdit();
    SIFT_CHILD(QTableView, table, window.library(), nullptr);
    const int all = table->model()->rowCount();
    QTest::keyClicks(search, QStringLiteral("drone"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(table->model()->rowCount() < all);
    dialog = openDialog(window);
    if (!dialog)
        return;
    SIFT_CHILD(QRadioButton, libraryFilter, dialog, "scopeLibraryFilter");
    QVERIFY2(libraryFilter->text().contains(QStringLiteral("drone")), qPrintable(libraryFilter->text()));
    dialog->setScope(ReportDialog::Scope::LibraryFilter);
    const QList<qint64> ids = dialog->options().articleIds;
    QVERIFY(!ids.isEmpty());
    QVERIFY(ids.size() < int(window.project()->articles().count()));
}

void TestMainWindowExport::exportsPdfThroughDialog()
{
    MainWindow window;
    QVERIFY(window.openProject(m_project));
    ReportDialog *dialog = openDialog(window);
    if (!dialog)
        return;
    SIFT_CHILD(QPushButton, exportButton, dialog, "exportButton");
    dialog->setScope(ReportDialog::Scope::Everything);
    dialog->setFormat(ExportFormat::Pdf);
    const QString path = m_dir->filePath(QStringLiteral("desk.pdf"));
    QSignalSpy finished(dialog, &ReportDialog::exportFinished);
    Dialogs::setNextFileNames({path});
    exportButton->click();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(test::readFile(path).startsWith("%PDF-"));
}

QTEST_MAIN(TestMainWindowExport)
#include "tst_mainwindowexport.moc"
