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
    void numbersClaimsByTheirIds();
    void scopeSentenceCountsAndDates_data();
    void scopeSentenceCountsAndDates();
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

void TestReportBuilder::numbersClaimsByTheirIds()
{
    // Recorded last, but first in the text: its id (6) is not its place in reading order (1).
    Claim early;
    early.articleId = m_fixture->articleIds.at(0);
    early.anchor = *TextOffsets::anchorForQuote(test::ExportFixture::body1(), QStringLiteral("defence ministry said"));
    early.statusId = VocabularyStore(m_fixture->store.db()).defaultStatus().id;
    const qint64 earlyId = ClaimStore(m_fixture->store.db()).insert(early);
    const ExportData data = ExportData::load(m_fixture->store.db(), test::ExportFixture::options());
    QCOMPARE(data.claims.first().id, earlyId);
    QCOMPARE(data.claimNumber(earlyId), int(earlyId));
    for (const Claim &c : data.claims)
        QCOMPARE(data.claimNumber(c.id), int(c.id));
    QCOMPARE(data.claimNumber(999), 0);

    const ReportDocument doc = ReportBuilder::build(data, test::ExportFixture::options());
    QSet<int> markers;
    QSet<int> notes;
    for (const ReportBlock &b : sectionOf(doc, ReportSection::AnnotatedText)->blocks) {
        for (const ReportSpan &s : b.spans) {
            if (s.footnote > 0)
                markers << s.footnote;
        }
        for (const ReportFootnote &n : b.footnotes)
            notes << n.number;
    }
    QSet<int> ids;
    for (const Claim &c : data.claims)
        ids << int(c.id);
    QCOMPARE(markers, ids);
    QCOMPARE(notes, ids);

    // The claims table's first column, and the incident table's claims, by the same ids.
    QStringList numbers;
    for (const ReportBlock &b : sectionOf(doc, ReportSection::Claims)->blocks) {
        if (b.kind == ReportBlock::Kind::Table) {
            for (const QList<ReportCell> &row : b.table.rows)
                numbers << plainText(row.first().spans);
        }
    }
    QCOMPARE(numbers.first(), QString::number(earlyId));
    QCOMPARE(numbers.size(), data.claims.size());
    const ReportTable &incidents = sectionOf(doc, ReportSection::Incidents)->blocks.first().table;
    QCOMPARE(incidents.header.last(), QStringLiteral("Claims"));
    QCOMPARE(plainText(incidents.rows.first().last().spans),
             QStringLiteral("#%1, #%2").arg(m_fixture->claimIds.at(0)).arg(m_fixture->claimIds.at(1)));
}

void TestReportBuilder::scopeSentenceCountsAndDates_data()
{
    QTest::addColumn<QList<int>>("articles");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("one of each") << QList<int>{1}
                                 << QStringLiteral("This report covers 1 article from 1 outlet, published 23 Jan 2025, "
                                                   "with 1 claim and 1 incident.");
    QTest::newRow("undated article") << QList<int>{0, 3}
                                     << QStringLiteral("This report covers 2 articles from 1 outlet, published 6 Jan "
                                                       "2025 (1 undated), with 3 claims and 1 incident.");
    QTest::newRow("only undated") << QList<int>{3}
                                  << QStringLiteral("This report covers 1 article from 1 outlet, undated, with 0 "
                                                    "claims and 0 incidents.");
    QTest::newRow("month precision")
        << QList<int>{0, 2}
        << QStringLiteral("This report covers 2 articles from 2 outlets, published 6 Jan 2025 to February 2025, with "
                          "4 claims and 2 incidents.");
}

void TestReportBuilder::scopeSentenceCountsAndDates()
{
    QFETCH(QList<int>, articles);
    QFETCH(QString, sentence);
    ReportOptions options = test::ExportFixture::options();
    for (int i : articles)
        options.articleIds << m_fixture->articleIds.at(i);
    const ExportData data = ExportData::load(m_fixture->store.db(), options);
    QCOMPARE(ReportBuilder::build(data, options).scope, sentence);
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
        QStringLiteral("Varenia's defence ministry said on Sunday that Ostreli[%1] artillery had shelled the border "
                       "village of Halden \U0001F525[%2], killing two civilians.")
            .arg(data.claims.first().id)
            .arg(m_fixture->claimIds.at(0)));
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
