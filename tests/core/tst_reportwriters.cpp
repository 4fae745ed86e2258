#include "core/export/ExportData.h"
#include "core/export/Exporter.h"
#include "core/export/HtmlReportWriter.h"
#include "core/export/MarkdownReportWriter.h"
#include "core/export/PdfReportWriter.h"
#include "core/export/ReportBuilder.h"
#include "core/export/ReportTextDocument.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "support/ExportFixture.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace sift;

namespace {

/// Runs a command-line tool; null when it is not installed.
std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString reversed(const QString &text)
{
    QString out;
    for (auto it = text.crbegin(); it != text.crend(); ++it)
        out += *it;
    return out;
}

/// pdftotext gives ligatures (ﬁ) and Arabic presentation forms; NFKC folds them back to the letters typed.
QString collapsed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).replace(QChar::Nbsp, QLatin1Char(' ')).simplified();
}

/// The text of one page of a PDF, without its footer ("Page n of m" and the title beside it).
QStringList pageLines(const QString &path, int page)
{
    const QString n = QString::number(page);
    const std::optional<QString> text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n, path, QStringLiteral("-")});
    QStringList lines;
    for (const QString &line : text.value_or(QString()).split(QLatin1Char('\n'))) {
        const QString l = line.simplified();
        if (!l.isEmpty() && !l.contains(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))))
            lines << l;
    }
    return lines;
}

int pdfPages(const QString &path)
{
    const std::optional<QString> info = run(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.value_or(QString())).captured(1).toInt();
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// Lines in the cells of doc's tables that start inside a word ("Unconfirme|d"), as "cell text: where".
QStringList wordsBrokenInTables(QTextDocument &doc)
{
    QStringList broken;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!qobject_cast<QTextTable *>(QTextCursor(b).currentTable()))
            continue;
        const QString text = b.text();
        const QTextLayout *layout = b.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int at = layout->lineAt(i).textStart();
            if (at > 0 && at < text.size() && isWordCharacter(text.at(at - 1)) && isWordCharacter(text.at(at)))
                broken << QStringLiteral("%1: %2|%3").arg(text, text.left(at), text.mid(at));
        }
    }
    return broken;
}

} // namespace

/// The report writers: golden HTML and Markdown, escaping, the embedded chart, and PDF/ODT read back by
/// the tools a client would open them with.
class TestReportWriters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void htmlMatchesGolden();
    void markdownMatchesGolden();
    void htmlEscapesUserText();
    void htmlLinksOnlyWebAddresses();
    void htmlIsSelfContained();
    void markdownEscapesUserText();
    void pdfHoldsEveryQuoteAndFootnote();
    void pdfHasPageNumbersAndPaper_data();
    void pdfHasPageNumbersAndPaper();
    void pdfEmbedsFontsForEveryScript();
    void pdfTextHasNoLigatures();
    void pdfNumbersEveryFootnote();
    void pdfHasNoPageOfAnEmptySection();
    void pdfOfOneArticleFitsThreePages();
    void tableColumnsNeverBreakAWord_data();
    void tableColumnsNeverBreakAWord();
    void odtIsOpenDocumentText();
    void failedWriteLeavesNoFile();

private:
    ReportDocument document(const QImage &chart = {}) const;
    QString writeFile(ExportFormat format, const ReportOptions &options, const QImage &chart = {}) const;

    std::unique_ptr<test::ExportFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestReportWriters::init()
{
    m_fixture = std::make_unique<test::ExportFixture>();
    QVERIFY(m_fixture->build());
    m_out = std::make_unique<QTemporaryDir>();
}

void TestReportWriters::cleanup()
{
    m_fixture.reset();
    m_out.reset();
}

ReportDocument TestReportWriters::document(const QImage &chart) const
{
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    return ReportBuilder::build(data, test::ExportFixture::options(), chart);
}

QString TestReportWriters::writeFile(ExportFormat format, const ReportOptions &options, const QImage &chart) const
{
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    Exporter exporter(data, options);
    exporter.setChart(chart);
    const QString path = m_out->filePath(QStringLiteral("report.") + exportFormatSuffix(format));
    const QString error = exporter.writeFile(format, path);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

void TestReportWriters::htmlMatchesGolden()
{
    QString message;
    QVERIFY2(test::matchesGolden(QStringLiteral("report.html"),
                                 test::ExportFixture::normalized(HtmlReportWriter::toHtml(document())), &message),
             qPrintable(message));
}

void TestReportWriters::markdownMatchesGolden()
{
    QString message;
    QVERIFY2(test::matchesGolden(QStringLiteral("report.md"),
                                 test::ExportFixture::normalized(MarkdownReportWriter::toMarkdown(document())),
                                 &message),
             qPrintable(message));
}

void TestReportWriters::htmlEscapesUserText()
{
    const QString html = HtmlReportWriter::toHtml(document());
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<img src=x")));
    QVERIFY(!html.contains(QStringLiteral("onerror=alert(1)>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x "
                                         "onerror=alert(1)&gt;")));
    QVERIFY(html.contains(QStringLiteral("<title>Border incidents review</title>")));
    QVERIFY(html.contains(QStringLiteral("Desk &lt;Ostrel &amp; Varenia&gt;")));
    // Shown as text in a browser: the note reads exactly as the analyst typed it.
    QTextDocument shown;
    shown.setHtml(html);
    QVERIFY(shown.toPlainText().contains(test::kXssNote));
}

void TestReportWriters::htmlLinksOnlyWebAddresses()
{
    ArticleStore(m_fixture->store.db())
        .setField(m_fixture->articleIds.at(0), ArticleStore::Field::Url, QStringLiteral("javascript:alert(1)"));
    ClaimStore(m_fixture->store.db())
        .setField(m_fixture->claimIds.at(0), ClaimStore::Field::Evidence,
                  QStringList{QStringLiteral("javascript:alert(2)"), QStringLiteral("https://example.org/ok")});
    const QString html = HtmlReportWriter::toHtml(document());
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
    QVERIFY(html.contains(QStringLiteral("javascript:alert(1)"))); // still shown, as text
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/ok\"")));
}

void TestReportWriters::htmlIsSelfContained()
{
    QImage chart(400, 160, QImage::Format_RGB32);
    chart.fill(QColor(0x33, 0x66, 0x99));
    const QString html = HtmlReportWriter::toHtml(document(chart));
    const qsizetype at = html.indexOf(QStringLiteral("src=\"data:image/png;base64,"));
    QVERIFY(at > 0);
    const qsizetype start = at + 26;
    const QByteArray png =
        QByteArray::fromBase64(html.mid(start, html.indexOf(QLatin1Char('"'), start) - start).toLatin1());
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "PNG"));
    QCOMPARE(decoded.size(), chart.size());
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestReportWriters::markdownEscapesUserText()
{
    const QString md = MarkdownReportWriter::toMarkdown(document());
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral(R"((?<!\\)<(script|img))"))));
    QVERIFY(md.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\>\"\\>\\<img src=x onerror=alert(1)\\>")));
    QVERIFY(
        md.contains(QStringLiteral("**Ostreli artillery had shelled the border village of Halden \U0001F525**[^1]")));
    QVERIFY(md.contains(QStringLiteral("[^1]: *“Ostreli artillery")));
    QCOMPARE(MarkdownReportWriter::escape(QStringLiteral("a *b* [c](d) | e_f")),
             QStringLiteral("a \\*b\\* \\[c\\](d) \\| e\\_f"));
}

void TestReportWriters::pdfHoldsEveryQuoteAndFootnote()
{
    const QString path = writeFile(ExportFormat::Pdf, test::ExportFixture::options());
    QVERIFY(!path.isEmpty());
    const std::optional<QString> text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text)
        QFAIL("pdftotext is missing: poppler-utils is declared in scripts/deps.sh");
    const QString all = collapsed(*text);
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    for (const Claim &c : data.claims) {
        // Emoji have no glyph in the installed fonts; the words around them must all be there.
        QString quote = c.anchor.quote;
        quote.remove(QRegularExpression(QStringLiteral("[\\x{1F300}-\\x{1FAFF}]")));
        for (const QString &word : quote.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (c.anchor.quote.isRightToLeft())
                QVERIFY2(all.contains(collapsed(word)) || all.contains(reversed(collapsed(word))),
                         qPrintable(QStringLiteral("Arabic word %1 missing").arg(word)));
        }
        if (!c.anchor.quote.isRightToLeft())
            QVERIFY2(all.contains(collapsed(quote)), qPrintable(QStringLiteral("quote missing: ") + quote));
        QVERIFY2(all.contains(c.claimant), qPrintable(c.claimant));
        if (!c.rationale.isEmpty())
            QVERIFY2(all.contains(c.rationale), qPrintable(c.rationale));
        if (!c.note.isEmpty())
            QVERIFY2(all.contains(collapsed(c.note)), qPrintable(c.note));
        QVERIFY(all.contains(ReportBuilder::credibilityLabel(c.credibility)));
    }
    QVERIFY(all.contains(QStringLiteral("https://example.org/evidence/halden-imagery")));
    QVERIFY(all.contains(QStringLiteral("Кремль не подтвердил")));
}

void TestReportWriters::pdfHasPageNumbersAndPaper_data()
{
    QTest::addColumn<bool>("letter");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << false << QStringLiteral("(A4)");
    QTest::newRow("Letter") << true << QStringLiteral("(letter)");
}

void TestReportWriters::pdfHasPageNumbersAndPaper()
{
    QFETCH(bool, letter);
    QFETCH(QString, size);
    ReportOptions options = test::ExportFixture::options();
    options.paper = letter ? PaperSize::Letter : PaperSize::A4;
    const QString path = writeFile(ExportFormat::Pdf, options);
    QVERIFY(!path.isEmpty());
    const std::optional<QString> info = run(QStringLiteral("pdfinfo"), {path});
    if (!info)
        QFAIL("pdfinfo is missing: poppler-utils is declared in scripts/deps.sh");
    QVERIFY2(info->contains(size), qPrintable(*info));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(*info);
    QVERIFY(pages.hasMatch());
    const int n = pages.captured(1).toInt();
    QVERIFY(n >= 3);
    const QString text = *run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (int page = 1; page <= n; ++page)
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(n)));
    QVERIFY(info->contains(QStringLiteral("Border incidents review")));
}

void TestReportWriters::pdfEmbedsFontsForEveryScript()
{
    const QString path = writeFile(ExportFormat::Pdf, test::ExportFixture::options());
    const std::optional<QString> fonts = run(QStringLiteral("pdffonts"), {path});
    if (!fonts)
        QFAIL("pdffonts is missing: poppler-utils is declared in scripts/deps.sh");
    QVERIFY2(fonts->contains(QStringLiteral("NotoSans-")) || fonts->contains(QStringLiteral("DejaVuSans")),
             qPrintable(*fonts));
    QVERIFY2(fonts->contains(QStringLiteral("Arabic")), qPrintable(*fonts));
}

void TestReportWriters::pdfTextHasNoLigatures()
{
    const QString path = writeFile(ExportFormat::Pdf, test::ExportFixture::options());
    QVERIFY(!path.isEmpty());
    const std::optional<QString> text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text)
        QFAIL("pdftotext is missing: poppler-utils is declared in scripts/deps.sh");
    // A search for "confirm" in a PDF viewer, or a copied quote, must find the letters typed, not U+FB01 "ﬁ".
    for (const QChar c : *text)
        QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06,
                 qPrintable(QStringLiteral("ligature U+%1 in the text layer").arg(c.unicode(), 4, 16)));
    const QString all = text->simplified();
    QVERIFY(all.contains(QStringLiteral("confirmed by other sources")));
    QVERIFY(all.contains(QStringLiteral("Unverified")));
    QVERIFY(all.contains(QStringLiteral("Only one side's account")));
    QVERIFY(all.contains(QStringLiteral("Кремль не подтвердил и не опроверг")));
    // Arabic is still shaped: its letters come out in their joined (presentation) forms, and fold back to the
    // words of the quote.
    QVERIFY(std::any_of(text->cbegin(), text->cend(),
                        [](QChar c) { return c.unicode() >= 0xFE70 && c.unicode() <= 0xFEFF; }));
    const QString folded = collapsed(*text);
    for (const QString &word : QStringLiteral("إن الاتهامات لا أساس لها من الصحة").split(QLatin1Char(' ')))
        QVERIFY2(folded.contains(collapsed(word)) || folded.contains(reversed(collapsed(word))), qPrintable(word));
}

void TestReportWriters::pdfNumbersEveryFootnote()
{
    const QString path = writeFile(ExportFormat::Pdf, test::ExportFixture::options());
    QVERIFY(!path.isEmpty());
    const std::optional<QString> text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text)
        QFAIL("pdftotext is missing: poppler-utils is declared in scripts/deps.sh");
    // A note on an Arabic quote still reads left to right from its number, as the notes around it do.
    for (qint64 id : m_fixture->claimIds) {
        const QRegularExpression number(QStringLiteral("^%1\\.(\\s|$)").arg(id), QRegularExpression::MultilineOption);
        QVERIFY2(text->contains(number), qPrintable(QStringLiteral("no footnote number %1.").arg(id)));
    }
}

void TestReportWriters::pdfHasNoPageOfAnEmptySection()
{
    // The undated round-up has no claims and no incidents: every section but the text and sources is empty.
    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {m_fixture->articleIds.at(3)};
    const QString path = writeFile(ExportFormat::Pdf, options);
    QVERIFY(!path.isEmpty());
    const int pages = pdfPages(path);
    if (pages == 0)
        QFAIL("pdfinfo is missing: poppler-utils is declared in scripts/deps.sh");
    const QRegularExpression emptyNote(QStringLiteral("^No .* in this scope\\.$"));
    for (int page = 1; page <= pages; ++page) {
        QStringList lines = pageLines(path, page);
        lines.removeAll(options.title);
        const bool onlyEmptySection = lines.size() <= 2 && !lines.filter(emptyNote).isEmpty();
        QVERIFY2(!onlyEmptySection, qPrintable(QStringLiteral("page %1 of %2 holds only: %3")
                                                   .arg(page)
                                                   .arg(pages)
                                                   .arg(lines.join(QStringLiteral(" / ")))));
    }
    // The empty sections are one line each and follow one another on the first page.
    const QStringList first = pageLines(path, 1);
    for (const char *heading : {"Summary", "Timeline of incidents", "Incidents", "Claims"})
        QVERIFY2(first.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(first.contains(QStringLiteral("No claims are recorded in this scope.")));
    QVERIFY(first.contains(QStringLiteral("No incidents are recorded in this scope.")));
    QVERIFY2(pages <= 2, qPrintable(QString::number(pages)));
}

void TestReportWriters::pdfOfOneArticleFitsThreePages()
{
    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {m_fixture->articleIds.at(0)};
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    QCOMPARE(data.claims.size(), 3);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PdfReportWriter writer;
    QCOMPARE(writer.write(ReportBuilder::build(data, options), buffer), QString());
    QVERIFY2(writer.pageCount() <= 3, qPrintable(QStringLiteral("%1 pages").arg(writer.pageCount())));
    QVERIFY(writer.pageCount() >= 2); // the annotated article starts a page of its own
}

void TestReportWriters::tableColumnsNeverBreakAWord_data()
{
    QTest::addColumn<bool>("letter");
    QTest::newRow("A4") << false;
    QTest::newRow("Letter") << true;
}

void TestReportWriters::tableColumnsNeverBreakAWord()
{
    QFETCH(bool, letter);
    // Laid out as the PDF writer lays it out: the same device, page and margins.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter device(&buffer);
    device.setResolution(96);
    QVERIFY(
        device.setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(17, 16, 17, 12), QPageLayout::Millimeter)));
    const QRectF paint = device.pageLayout().paintRectPixels(96);
    const std::unique_ptr<QTextDocument> doc =
        ReportTextDocument::build(document(), paint.width(), &device, QSizeF(paint.width(), paint.height() - 30));
    const QStringList broken = wordsBrokenInTables(*doc);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral("\n"))));
}

void TestReportWriters::odtIsOpenDocumentText()
{
    const QString path = writeFile(ExportFormat::Odt, test::ExportFixture::options());
    QVERIFY(!path.isEmpty());
    const std::optional<QString> mimetype =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")});
    if (!mimetype)
        QFAIL("unzip is missing: it is declared in scripts/deps.sh");
    QCOMPARE(*mimetype, QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = *run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QVERIFY(content.contains(QStringLiteral("«комментировать эти сообщения пока нечего»")));
    QVERIFY(content.contains(QStringLiteral("إن الاتهامات لا أساس لها من الصحة")));
    QVERIFY(content.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!content.contains(QStringLiteral("<script")));
}

void TestReportWriters::failedWriteLeavesNoFile()
{
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    Exporter exporter(data, test::ExportFixture::options());
    const QString missingFolder = m_out->filePath(QStringLiteral("no/such/folder/report.pdf"));
    QVERIFY(!exporter.writeFile(ExportFormat::Pdf, missingFolder).isEmpty());
    QVERIFY(!QFileInfo::exists(missingFolder));
    QVERIFY(!exporter.writeFile(ExportFormat::Html, m_out->path()).isEmpty());

    std::atomic_bool cancel = true;
    exporter.setCancelFlag(&cancel);
    const QString cancelled = m_out->filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(!exporter.writeFile(ExportFormat::Pdf, cancelled).isEmpty());
    QVERIFY(!QFileInfo::exists(cancelled));
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files), QStringList());
}

QTEST_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
