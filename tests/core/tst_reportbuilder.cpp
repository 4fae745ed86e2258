#include "core/domain/TextOffsets.h"
#include "core/export/ExportData.h"
#include "core/export/ReportBuilder.h"
#include "core/store/ClaimStore.h"
#include "support/ExportFixture.h"

#include <QTest>

using namespace sift;

namespace {

const ReportSectionBlock *sectionOf(const ReportDocument &doc, ReportSection kind)
{
    for (const ReportSectionBlock &s : doc.sections) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

QString plainText(const ReportParagraph &spans)
{
    QString out;
    for (const ReportSpan &s : spans)
        out += s.footnote > 0 ? QStringLiteral("[%1]").arg(s.footnote) : s.text;
    return out;
}

} // namespace

/// The report document: what a scope reads from the project and what each section says about it.
class TestReportBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsWholeProject();
    void narrowsByArticle();
    void narrowsByDate();
    void narrowsByStatus();
    void numbersClaimsInReadingOrder();
    void marksClaimsInText();
    void marksOverlappingClaims();
    void footnoteCarriesAssessment();
    void orphanedClaimKeepsFootnote();
    void leavesOutUnchosenSections();
    void timelineWithoutChartIsATable();
    void timelineWithChartIsAnImage();
    void groupsClaimsByStatus();

private:
    std::unique_ptr<test::ExportFixture> m_fixture;
};

void TestReportBuilder::init()
{
    m_fixture = std::make_unique<test::ExportFixture>();
    QVERIFY(m_fixture->build());
}

void TestReportBuilder::cleanup()
{
    m_fixture.reset();
}

void TestReportBuilder::loadsWholeProject()
{
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    QCOMPARE(data.articles.size(), 4);
    QCOMPARE(data.claims.size(), 5);
    QCOMPARE(data.incidents.size(), 3);
    QCOMPARE(data.links.size(), 1);
    QCOMPARE(data.statuses.size(), 8);
    // Published first, by date; the undated article last.
    QCOMPARE(data.articles.last().title, QStringLiteral("Undated wire round-up"));
    QVERIFY(data.entityNamed(QStringLiteral("meridian wire")));
    QCOMPARE(data.entityNamed(QStringLiteral("Meridian Wire"))->reliability, QStringLiteral("B"));
}

void TestReportBuilder::narrowsByArticle()
{
    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {m_fixture->articleIds.at(1)};
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    QCOMPARE(data.articles.size(), 1);
    QCOMPARE(data.claims.size(), 1);
    QCOMPARE(data.incidents.size(), 1);
    QCOMPARE(data.incidents.first().location, QStringLiteral("Kessen"));
    QCOMPARE(data.links.size(), 0);
}

void TestReportBuilder::narrowsByDate()
{
    ReportOptions options = test::ExportFixture::options();
    options.from = QDate(2025, 1, 1);
    options.to = QDate(2025, 1, 31);
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    QCOMPARE(data.articles.size(), 2); // the Russian article is dated February, the round-up not at all
    QCOMPARE(data.claims.size(), 4);
    QCOMPARE(data.incidents.size(), 2); // the undated incident falls outside a date range
}

void TestReportBuilder::narrowsByStatus()
{
    ReportOptions options = test::ExportFixture::options();
    options.statuses = {QStringLiteral("disputed")};
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    QCOMPARE(data.articles.size(), 1);
    QCOMPARE(data.claims.size(), 2);
    QCOMPARE(data.links.size(), 1);
    QCOMPARE(data.incidents.size(), 1);
}

void TestReportBuilder::numbersClaimsInReadingOrder()
{
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    for (int i = 0; i < data.claims.size(); ++i)
        QCOMPARE(data.claimNumber(data.claims.at(i).id), i + 1);
    QCOMPARE(data.claims.at(0).anchor.quote.left(8), QStringLiteral("Ostreli "));
    QCOMPARE(data.claimNumber(999), 0);
}

void TestReportBuilder::marksClaimsInText()
{
    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {m_fixture->articleIds.at(0)};
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    const ReportDocument doc = ReportBuilder::build(data, options);
    const ReportSectionBlock *text = sectionOf(doc, ReportSection::AnnotatedText);
    QVERIFY(text);
    QList<ReportParagraph> paragraphs;
    for (const ReportBlock &b : text->blocks) {
        if (b.kind == ReportBlock::Kind::Paragraph && !b.spans.isEmpty() &&
            b.spans.first().style == ReportSpan::Style::Plain)
            paragraphs << b.spans;
    }
    QCOMPARE(paragraphs.size(), 3);
    QCOMPARE(plainText(paragraphs.at(0)),
             QStringLiteral("Varenia's defence ministry said on Sunday that Ostreli artillery had shelled the border "
                            "village of Halden \U0001F525[1], killing two civilians."));
    // The highlighted span is exactly the quote, in the status colour.
    const ReportSpan &marked = paragraphs.at(0).at(1);
    QCOMPARE(marked.text, data.claims.at(0).anchor.quote);
    QCOMPARE(marked.highlight, data.statusColor(QStringLiteral("Disputed")));
    QVERIFY(!paragraphs.at(0).at(0).highlight.isValid());
    QVERIFY(plainText(paragraphs.at(1)).contains(QStringLiteral("\"a fabrication\" \U0001F44E[2]")));
    QVERIFY(plainText(paragraphs.at(2))
                .startsWith(QStringLiteral("Reuters could not independently verify either "
                                           "account[3]")));
}

void TestReportBuilder::marksOverlappingClaims()
{
    const QString body = test::ExportFixture::body1();
    const qint64 articleId = m_fixture->articleIds.at(0);
    Claim outer;
    outer.articleId = articleId;
    outer.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("defence ministry said on Sunday that Ostreli"));
    outer.statusId = VocabularyStore(m_fixture->store.db()).statusByName(QStringLiteral("Verified"))->id;
    ClaimStore(m_fixture->store.db()).insert(outer);

    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {articleId};
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    const ReportDocument doc = ReportBuilder::build(data, options);
    const ReportSectionBlock *text = sectionOf(doc, ReportSection::AnnotatedText);
    const ReportBlock *first = nullptr;
    for (const ReportBlock &b : text->blocks) {
        if (b.kind == ReportBlock::Kind::Paragraph && b.spans.first().style == ReportSpan::Style::Plain) {
            first = &b;
            break;
        }
    }
    QVERIFY(first);
    // "Ostreli" belongs to both claims: the later-starting one colours it; each claim gets its marker at its end.
    QCOMPARE(
        plainText(first->spans),
        QStringLiteral("Varenia's defence ministry said on Sunday that Ostreli[1] artillery had shelled the border "
                       "village of Halden \U0001F525[2], killing two civilians."));
    QCOMPARE(first->spans.at(1).text, QStringLiteral("defence ministry said on Sunday that "));
    QCOMPARE(first->spans.at(1).highlight, data.statusColor(QStringLiteral("Verified")));
    QCOMPARE(first->spans.at(2).text, QStringLiteral("Ostreli"));
    QCOMPARE(first->spans.at(2).highlight, data.statusColor(QStringLiteral("Disputed")));
}

void TestReportBuilder::footnoteCarriesAssessment()
{
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    const ReportDocument doc = ReportBuilder::build(data, test::ExportFixture::options());
    const ReportSectionBlock *text = sectionOf(doc, ReportSection::AnnotatedText);
    const ReportFootnote *note = nullptr;
    for (const ReportBlock &b : text->blocks) {
        if (b.kind == ReportBlock::Kind::Footnotes && !note)
            note = &b.footnotes.first();
    }
    QVERIFY(note);
    QCOMPARE(note->number, 1);
    QMap<QString, QString> fields;
    for (const ReportField &f : note->fields)
        fields[f.label] += f.value + QLatin1Char('|');
    QCOMPARE(fields.value(QStringLiteral("Claimant")), QStringLiteral("Varenia defence ministry|"));
    QCOMPARE(fields.value(QStringLiteral("Reported by")), QStringLiteral("Meridian Wire|"));
    QCOMPARE(fields.value(QStringLiteral("Stance")), stanceLabel(Stance::Asserts) + QLatin1Char('|'));
    QCOMPARE(fields.value(QStringLiteral("Status")), QStringLiteral("Disputed|"));
    QCOMPARE(fields.value(QStringLiteral("Credibility")), QStringLiteral("3 — possibly true|"));
    QCOMPARE(fields.value(QStringLiteral("Rationale")), QStringLiteral("Only one side's account; no imagery yet.|"));
    QCOMPARE(fields.value(QStringLiteral("Evidence")),
             QStringLiteral("https://example.org/evidence/halden-imagery|Satellite pass, 7 Jan|"));
    QCOMPARE(fields.value(QStringLiteral("Note")), test::kXssNote + QLatin1Char('|'));
    QVERIFY(fields.value(QStringLiteral("Related claims")).contains(QStringLiteral("#2")));
}

void TestReportBuilder::orphanedClaimKeepsFootnote()
{
    Claim lost;
    lost.articleId = m_fixture->articleIds.at(0);
    lost.anchor = TextAnchor{5, 12, QStringLiteral("words that were edited away"), {}, {}};
    lost.statusId = VocabularyStore(m_fixture->store.db()).defaultStatus().id;
    ClaimStore(m_fixture->store.db()).insert(lost);
    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {m_fixture->articleIds.at(0)};
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    QCOMPARE(data.claims.size(), 4);
    const auto orphan =
        std::find_if(data.claims.cbegin(), data.claims.cend(), [](const Claim &c) { return c.orphaned; });
    QVERIFY(orphan != data.claims.cend());
    QCOMPARE(orphan->anchor.quote, QStringLiteral("words that were edited away"));
    const ReportDocument doc = ReportBuilder::build(data, options);
    const ReportSectionBlock *text = sectionOf(doc, ReportSection::AnnotatedText);
    int markers = 0;
    QList<ReportFootnote> notes;
    for (const ReportBlock &b : text->blocks) {
        for (const ReportSpan &s : b.spans)
            markers += s.footnote > 0 ? 1 : 0;
        notes << b.footnotes;
    }
    QCOMPARE(markers, 3);
    QCOMPARE(notes.size(), 4);
    const int orphanNumber = data.claimNumber(orphan->id);
    for (const ReportFootnote &n : notes)
        QCOMPARE(n.location.isEmpty(), n.number != orphanNumber);
}

void TestReportBuilder::leavesOutUnchosenSections()
{
    ReportOptions options = test::ExportFixture::options();
    options.sections = ReportSection::Summary | ReportSection::Legend;
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    const ReportDocument doc = ReportBuilder::build(data, options);
    QCOMPARE(doc.sections.size(), 2);
    QCOMPARE(doc.sections.at(0).kind, ReportSection::Summary);
    QCOMPARE(doc.sections.at(1).kind, ReportSection::Legend);
    QCOMPARE(doc.title, QStringLiteral("Border incidents review"));
    QVERIFY(doc.scope.contains(QStringLiteral("4 articles")));
    QVERIFY(doc.scope.contains(QStringLiteral("5 claims")));
}

void TestReportBuilder::timelineWithoutChartIsATable()
{
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    const ReportDocument doc = ReportBuilder::build(data, test::ExportFixture::options());
    const ReportSectionBlock *timeline = sectionOf(doc, ReportSection::Timeline);
    QVERIFY(timeline);
    QCOMPARE(timeline->blocks.size(), 1);
    QCOMPARE(timeline->blocks.first().kind, ReportBlock::Kind::Table);
    QVERIFY(timeline->blocks.first().caption.contains(QStringLiteral("1 incident without a date is not shown")));
}

void TestReportBuilder::timelineWithChartIsAnImage()
{
    QImage chart(300, 120, QImage::Format_RGB32);
    chart.fill(Qt::white);
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    const ReportDocument doc = ReportBuilder::build(data, test::ExportFixture::options(), chart);
    const ReportSectionBlock *timeline = sectionOf(doc, ReportSection::Timeline);
    QCOMPARE(timeline->blocks.first().kind, ReportBlock::Kind::Image);
    QCOMPARE(timeline->blocks.first().image.size(), QSize(300, 120));
}

void TestReportBuilder::groupsClaimsByStatus()
{
    ReportOptions options = test::ExportFixture::options();
    options.grouping = ClaimGrouping::ByStatus;
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    const ReportDocument doc = ReportBuilder::build(data, options);
    const ReportSectionBlock *claims = sectionOf(doc, ReportSection::Claims);
    QStringList headings;
    for (const ReportBlock &b : claims->blocks) {
        if (b.kind == ReportBlock::Kind::Heading)
            headings << b.spans.first().text;
    }
    // Vocabulary order, only statuses that occur.
    QCOMPARE(headings, (QStringList{QStringLiteral("Unverified (1)"), QStringLiteral("Disputed (2)"),
                                    QStringLiteral("Unconfirmed (1)"), QStringLiteral("Cannot be verified (1)")}));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
