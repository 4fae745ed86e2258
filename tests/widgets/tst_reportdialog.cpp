#include "core/project/Project.h"
#include "support/ExportFixture.h"
#include "support/FindChild.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ReportDialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace sift;

/// The report dialog: scope choices, the options it hands to core, a preview that shows user text as text and
/// loads nothing from outside, and an export that runs off the GUI thread.
class TestReportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offersOnlyAvailableScopes();
    void optionsFollowControls();
    void previewShowsUserTextAsText();
    void previewLoadsNothingRemote();
    void previewOfDataFormatIsText();
    void exportsToChosenFile();
    void writesSeveralFormatsInOneGo();
    void exportFailureIsReported();

private:
    std::unique_ptr<ReportDialog> dialog(const ReportScopeChoices &choices = {});

    std::unique_ptr<test::ExportFixture> m_fixture;
    std::unique_ptr<Project> m_project;
};

void TestReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInteractive(false);
}

void TestReportDialog::init()
{
    m_fixture = std::make_unique<test::ExportFixture>();
    QVERIFY(m_fixture->build());
    m_fixture->store.close();
    QString error;
    m_project = Project::open(m_fixture->path(), &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestReportDialog::cleanup()
{
    m_project.reset();
    m_fixture.reset();
}

std::unique_ptr<ReportDialog> TestReportDialog::dialog(const ReportScopeChoices &choices)
{
    auto d = std::make_unique<ReportDialog>(*m_project, choices);
    if (auto *title = SIFT_FIND_CHILD(QLineEdit, d.get(), "reportTitleEdit"))
        title->setText(QStringLiteral("Desk review"));
    if (auto *author = SIFT_FIND_CHILD(QLineEdit, d.get(), "reportAuthorEdit"))
        author->setText(QStringLiteral("Meridian <Unit>"));
    d->setFormat(ExportFormat::Html);
    return d;
}

void TestReportDialog::offersOnlyAvailableScopes()
{
    auto none = dialog();
    SIFT_CHILD(QRadioButton, noneCurrent, none.get(), "scopeCurrentArticle");
    SIFT_CHILD(QRadioButton, noneSelected, none.get(), "scopeSelected");
    QVERIFY(!noneCurrent->isEnabled());
    QVERIFY(!noneSelected->isEnabled());
    QCOMPARE(none->scope(), ReportDialog::Scope::Everything);
    QVERIFY(none->options().articleIds.isEmpty());

    ReportScopeChoices choices;
    choices.currentArticle = m_fixture->articleIds.at(1);
    choices.selectedArticles = {m_fixture->articleIds.at(0), m_fixture->articleIds.at(2)};
    choices.filteredArticles = {m_fixture->articleIds.at(2)};
    choices.libraryFiltered = true;
    auto some = dialog(choices);
    QCOMPARE(some->scope(), ReportDialog::Scope::Selected);
    QCOMPARE(some->options().articleIds, choices.selectedArticles);
    SIFT_CHILD(QRadioButton, current, some.get(), "scopeCurrentArticle");
    SIFT_CHILD(QRadioButton, libraryFilter, some.get(), "scopeLibraryFilter");
    current->click();
    QCOMPARE(some->options().articleIds, QList<qint64>{m_fixture->articleIds.at(1)});
    libraryFilter->click();
    QCOMPARE(some->options().articleIds, choices.filteredArticles);
}

void TestReportDialog::optionsFollowControls()
{
    auto d = dialog();
    SIFT_CHILD(QListWidget, statuses, d.get(), "statusList");
    SIFT_CHILD(QCheckBox, textSection, d.get(), "reportSection_text");
    SIFT_CHILD(QCheckBox, dateRange, d.get(), "dateRangeCheck");
    const QList<QListWidgetItem *> disputed = statuses->findItems(QStringLiteral("Disputed"), Qt::MatchExactly);
    QVERIFY2(!disputed.isEmpty(), "no status \"Disputed\" in statusList");
    disputed.first()->setCheckState(Qt::Checked);
    textSection->setChecked(false);
    dateRange->setChecked(true);
    const ReportOptions o = d->options();
    QCOMPARE(o.statuses, QStringList{QStringLiteral("Disputed")});
    QVERIFY(!o.has(ReportSection::AnnotatedText));
    QVERIFY(o.has(ReportSection::Summary));
    QVERIFY(o.from.isValid() && o.to.isValid());
    QCOMPARE(o.title, QStringLiteral("Desk review"));
    QCOMPARE(o.author, QStringLiteral("Meridian <Unit>"));
}

void TestReportDialog::previewShowsUserTextAsText()
{
    auto d = dialog();
    d->updatePreview();
    const QString shown = d->preview()->toPlainText();
    QVERIFY(shown.contains(test::kXssNote));
    QVERIFY(shown.contains(QStringLiteral("Meridian <Unit>")));
    QVERIFY(shown.contains(QStringLiteral("Кремль не подтвердил")));
    QVERIFY(!d->preview()->document()->toHtml().contains(QStringLiteral("<script")));
    SIFT_CHILD(QLabel, summary, d.get(), "scopeSummaryLabel");
    QVERIFY2(summary->text().contains(QStringLiteral("5 claims")), qPrintable(summary->text()));
}

void TestReportDialog::previewLoadsNothingRemote()
{
    auto d = dialog();
    QTextBrowser *preview = d->preview();
    QVERIFY(preview->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png")))
                .isNull());
    QVERIFY(preview->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_fixture->path())).isNull());
    QVERIFY(!preview->openLinks());
    // The report's own chart, embedded as a data: URI, does show.
    QImage dot(2, 2, QImage::Format_RGB32);
    dot.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    dot.save(&buffer, "PNG");
    const QUrl data(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    QVERIFY(!preview->loadResource(QTextDocument::ImageResource, data).isNull());
}

void TestReportDialog::previewOfDataFormatIsText()
{
    auto d = dialog();
    d->setFormat(ExportFormat::ClaimsCsv);
    SIFT_CHILD(QCheckBox, summarySection, d.get(), "reportSection_summary");
    QVERIFY(!summarySection->isEnabled());
    d->updatePreview();
    QVERIFY(d->preview()->toPlainText().startsWith(QStringLiteral("id,article_id,article_title")));
}

void TestReportDialog::exportsToChosenFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("desk.html"));
    auto d = dialog();
    QSignalSpy finished(d.get(), &ReportDialog::exportFinished);
    SIFT_CHILD(QPushButton, exportButton, d.get(), "exportButton");
    Dialogs::setNextFileNames({path});
    exportButton->click();
    QVERIFY(d->isExporting() || !finished.isEmpty());
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(finished.first().at(0).toString(), path);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!d->isExporting());
    const QString html = QString::fromUtf8(test::readFile(path));
    QVERIFY(html.contains(QStringLiteral("<h1>Desk review</h1>")));
    QVERIFY(html.contains(QStringLiteral("data:image/png;base64,"))); // the chart, drawn by the widgets layer
    // The dialog stays open and says what it wrote.
    QCOMPARE(d->result(), int(QDialog::Rejected));
    SIFT_CHILD(QLabel, status, d.get(), "exportStatusLabel");
    QCOMPARE(status->text(), QStringLiteral("Wrote desk.html"));
}

void TestReportDialog::writesSeveralFormatsInOneGo()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("desk.html"));
    auto d = dialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    d->setAlsoFormats({ExportFormat::Markdown, ExportFormat::ClaimsCsv, ExportFormat::ClaimReview});
    QCOMPARE(d->alsoFormats().size(), 3);
    QSignalSpy finished(d.get(), &ReportDialog::exportFinished);
    QVERIFY(d->startExport(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 60000);
    QTRY_VERIFY(!d->isExporting());
    for (const QList<QVariant> &row : std::as_const(finished))
        QCOMPARE(row.at(1).toString(), QString());
    QVERIFY(QString::fromUtf8(test::readFile(path)).contains(QStringLiteral("<h1>Desk review</h1>")));
    QVERIFY(QString::fromUtf8(test::readFile(out.filePath(QStringLiteral("desk.md"))))
                .startsWith(QStringLiteral("# Desk review")));
    QVERIFY(test::readFile(out.filePath(QStringLiteral("desk claims.csv"))).startsWith("id,article_id,article_title"));
    QVERIFY(!QJsonDocument::fromJson(test::readFile(out.filePath(QStringLiteral("desk claimreview.jsonld")))).isNull());
    QVERIFY(d->isVisible()); // still open for the next export
    SIFT_CHILD(QLabel, status, d.get(), "exportStatusLabel");
    QCOMPARE(status->text(), QStringLiteral("Wrote desk.html, desk.md, desk claims.csv, desk claimreview.jsonld"));
    // The paths of further formats sit next to the first file.
    QCOMPARE(ReportDialog::siblingPath(QStringLiteral("/x/r claims.csv"), ExportFormat::IncidentsCsv),
             QStringLiteral("/x/r incidents.csv"));
    QCOMPARE(ReportDialog::siblingPath(QStringLiteral("/x/r.pdf"), ExportFormat::Odt), QStringLiteral("/x/r.odt"));
}

void TestReportDialog::exportFailureIsReported()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("missing/desk.pdf"));
    auto d = dialog();
    d->setFormat(ExportFormat::Pdf);
    QSignalSpy finished(d.get(), &ReportDialog::exportFinished);
    QVERIFY(d->startExport(path));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cannot write")));
    QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("cannot write")));
    QVERIFY(!QFileInfo::exists(path));
    SIFT_CHILD(QPushButton, exportButton, d.get(), "exportButton");
    QVERIFY(exportButton->isEnabled());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
