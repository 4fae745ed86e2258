#include "core/export/ReportBuilder.h"

#include "core/analysis/Timeline.h"
#include "core/domain/TextOffsets.h"
#include "core/domain/Translation.h"
#include "core/export/ExportData.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace sift {

namespace {

/// English needs no "(s)": the singular and plural sentences are separate strings for translators.
QString plural(qint64 n, const char *one, const char *many)
{
    return (n == 1 ? Sift::tr(one) : Sift::tr(many)).arg(n);
}

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("d MMM yyyy"));
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(double(part) * 100.0 / double(whole), 0, 'f', 0) : QString();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

bool isWebAddress(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

ReportBlock tableBlock(ReportTable table, const QString &caption = {})
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = std::move(table);
    b.caption = caption;
    return b;
}

/// How a link reads from the claim it points at: "contradicted by #2".
QString passiveRelation(ClaimRelation relation)
{
    switch (relation) {
    case ClaimRelation::Contradicts:
        return Sift::tr("contradicted by");
    case ClaimRelation::Supports:
        return Sift::tr("supported by");
    case ClaimRelation::Repeats:
        return Sift::tr("repeated by");
    }
    return {};
}

/// One claim's range in UTF-16 units of its article's body.
struct Range {
    qsizetype start = 0;
    qsizetype end = 0;
    int number = 0;
    QColor color;
};

} // namespace

ReportBuilder::ReportBuilder(const ExportData &data, const ReportOptions &options, const QImage &chart)
    : m_data(data)
    , m_options(options)
    , m_chart(chart)
{}

ReportDocument ReportBuilder::build(const ExportData &data, const ReportOptions &options, const QImage &chart)
{
    ReportBuilder builder(data, options, chart);
    builder.addTitle();
    for (ReportSection section : allReportSections()) {
        if (!options.has(section))
            continue;
        switch (section) {
        case ReportSection::Summary:
            builder.m_doc.sections << builder.summary();
            break;
        case ReportSection::Timeline:
            builder.m_doc.sections << builder.timeline();
            break;
        case ReportSection::Incidents:
            builder.m_doc.sections << builder.incidents();
            break;
        case ReportSection::Claims:
            builder.m_doc.sections << builder.claims();
            break;
        case ReportSection::AnnotatedText:
            builder.m_doc.sections << builder.annotatedText();
            break;
        case ReportSection::Sources:
            builder.m_doc.sections << builder.sources();
            break;
        case ReportSection::Legend:
            builder.m_doc.sections << builder.legend();
            break;
        }
        builder.m_doc.sections.last().kind = section;
        builder.m_doc.sections.last().title = reportSectionLabel(section);
        builder.m_doc.sections.last().anchor = QStringLiteral("section-") + reportSectionKey(section);
    }
    return builder.m_doc;
}

QString ReportBuilder::credibilityLabel(int grade)
{
    switch (grade) {
    case 1:
        return Sift::tr("1 — confirmed by other sources");
    case 2:
        return Sift::tr("2 — probably true");
    case 3:
        return Sift::tr("3 — possibly true");
    case 4:
        return Sift::tr("4 — doubtful");
    case 5:
        return Sift::tr("5 — improbable");
    case 6:
        return Sift::tr("6 — truth cannot be judged");
    default:
        return Sift::tr("not rated");
    }
}

QString ReportBuilder::reliabilityLabel(const QString &grade)
{
    const QString g = grade.trimmed().toUpper();
    if (g == QLatin1String("A"))
        return Sift::tr("A — completely reliable");
    if (g == QLatin1String("B"))
        return Sift::tr("B — usually reliable");
    if (g == QLatin1String("C"))
        return Sift::tr("C — fairly reliable");
    if (g == QLatin1String("D"))
        return Sift::tr("D — not usually reliable");
    if (g == QLatin1String("E"))
        return Sift::tr("E — unreliable");
    if (g == QLatin1String("F"))
        return Sift::tr("F — reliability cannot be judged");
    return Sift::tr("not rated");
}

QString ReportBuilder::dateText(const PartialDate &date)
{
    if (!date.isValid())
        return Sift::tr("date unknown");
    switch (date.precision) {
    case DatePrecision::Day:
        return shortDate(date.date);
    case DatePrecision::Week:
        return Sift::tr("week of %1").arg(shortDate(date.date));
    case DatePrecision::Month:
        return date.date.toString(QStringLiteral("MMMM yyyy"));
    case DatePrecision::Year:
        return QString::number(date.date.year());
    }
    return shortDate(date.date);
}

void ReportBuilder::addTitle()
{
    m_doc.title = m_options.effectiveTitle();
    m_doc.author = m_options.author.simplified();
    m_doc.generated = m_options.generated();
    m_doc.paper = m_options.paper;
    m_doc.articleCount = int(m_data.articles.size());
    m_doc.claimCount = int(m_data.claims.size());
    if (!m_doc.author.isEmpty())
        m_doc.meta << ReportField{Sift::tr("Prepared by"), m_doc.author};
    m_doc.meta << ReportField{Sift::tr("Date"), shortDate(m_doc.generated.date())};
    m_doc.scope = scopeSentence();
}

QString ReportBuilder::scopeSentence() const
{
    QSet<QString> outlets;
    const PartialDate *first = nullptr;
    const PartialDate *last = nullptr;
    int undated = 0;
    for (const Article &a : m_data.articles) {
        if (!a.outlet.isEmpty())
            outlets.insert(a.outlet);
        if (!a.published.isValid()) {
            ++undated;
            continue;
        }
        if (!first || a.published.date < first->date)
            first = &a.published;
        if (!last || a.published.date > last->date)
            last = &a.published;
    }
    QStringList parts;
    parts << plural(m_data.articles.size(), "This report covers %1 article", "This report covers %1 articles");
    if (!outlets.isEmpty())
        parts.last() += plural(outlets.size(), " from %1 outlet", " from %1 outlets");
    // Each end of the range reads as precisely as it is known; undated articles are counted, never dated.
    if (first) {
        const QString from = dateText(*first);
        const QString to = dateText(*last);
        parts.last() +=
            from == to ? Sift::tr(", published %1").arg(from) : Sift::tr(", published %1 to %2").arg(from, to);
        if (undated > 0)
            parts.last() += Sift::tr(" (%1 undated)").arg(undated);
    } else if (undated > 0) {
        parts.last() += Sift::tr(", undated");
    }
    parts.last() += plural(m_data.claims.size(), ", with %1 claim", ", with %1 claims");
    parts.last() += plural(m_data.incidents.size(), " and %1 incident.", " and %1 incidents.");
    if (!m_options.scopeLabel.isEmpty())
        parts << Sift::tr("Scope: %1.").arg(m_options.scopeLabel);
    if (m_options.from.isValid() || m_options.to.isValid()) {
        const QString from = m_options.from.isValid() ? shortDate(m_options.from) : Sift::tr("the start");
        const QString to = m_options.to.isValid() ? shortDate(m_options.to) : Sift::tr("today");
        parts << Sift::tr("Articles published from %1 to %2.").arg(from, to);
    }
    if (!m_options.statuses.isEmpty())
        parts << Sift::tr("Only claims with the status %1.").arg(m_options.statuses.join(Sift::tr(", ")));
    return parts.join(QLatin1Char(' '));
}

ReportSectionBlock ReportBuilder::summary() const
{
    ReportSectionBlock s;
    if (m_data.claims.isEmpty()) {
        s.blocks << ReportBlock::paragraph(Sift::tr("No claims are recorded in this scope."));
        return s;
    }
    const qint64 total = m_data.claims.size();
    QMap<QString, int> byStatus;
    QMap<int, int> byStance;
    int orphaned = 0;
    for (const Claim &c : m_data.claims) {
        ++byStatus[c.status.toLower()];
        ++byStance[int(c.stance)];
        orphaned += c.orphaned ? 1 : 0;
    }
    ReportTable status;
    status.header = {Sift::tr("Status"), Sift::tr("Claims"), Sift::tr("Share")};
    status.widths = {60, 20, 20};
    for (const Status &st : m_data.statuses) {
        if (const int n = byStatus.value(st.name.toLower()))
            status.rows << QList<ReportCell>{statusCell(st.name), ReportCell::number(n),
                                             ReportCell{{ReportSpan::plain(percent(n, total))}, {}, true}};
    }
    status.rows << QList<ReportCell>{ReportCell{{ReportSpan::strong(Sift::tr("All claims"))}},
                                     ReportCell{{ReportSpan::strong(QString::number(total))}, {}, true},
                                     ReportCell{{ReportSpan::plain(QStringLiteral("100%"))}, {}, true}};
    s.blocks << ReportBlock::heading(Sift::tr("Claims by status")) << tableBlock(status);

    ReportTable stance;
    stance.header = {Sift::tr("Stance of the claimant"), Sift::tr("Claims"), Sift::tr("Share")};
    stance.widths = {60, 20, 20};
    for (Stance st : allStances()) {
        if (const int n = byStance.value(int(st)))
            stance.rows << QList<ReportCell>{ReportCell::text(stanceLabel(st)), ReportCell::number(n),
                                             ReportCell{{ReportSpan::plain(percent(n, total))}, {}, true}};
    }
    s.blocks << ReportBlock::heading(Sift::tr("Claims by stance")) << tableBlock(stance);
    if (orphaned > 0)
        s.blocks << ReportBlock::paragraph(
            {ReportSpan::muted(plural(orphaned,
                                      "%1 claim could not be located in the current article text; it is listed "
                                      "under its article without a highlight.",
                                      "%1 claims could not be located in the current article text; they are listed "
                                      "under their article without a highlight."))});
    return s;
}

ReportSectionBlock ReportBuilder::timeline() const
{
    ReportSectionBlock s;
    const TimelineData data = m_data.timeline();
    if (m_data.incidents.isEmpty()) {
        s.blocks << ReportBlock::paragraph(Sift::tr("No incidents are recorded in this scope."));
        return s;
    }
    QString caption;
    switch (data.bin) {
    case TimeBin::Day:
        caption = Sift::tr("Incidents per day, by event type.");
        break;
    case TimeBin::Week:
        caption = Sift::tr("Incidents per week, by event type.");
        break;
    case TimeBin::Month:
        caption = Sift::tr("Incidents per month, by event type.");
        break;
    case TimeBin::Year:
        caption = Sift::tr("Incidents per year, by event type.");
        break;
    }
    if (data.undated > 0)
        caption += QLatin1Char(' ') + plural(data.undated, "%1 incident without a date is not shown.",
                                             "%1 incidents without a date are not shown.");
    if (!m_chart.isNull()) {
        ReportBlock image;
        image.kind = ReportBlock::Kind::Image;
        image.image = m_chart;
        image.caption = caption;
        s.blocks << image;
        return s;
    }
    // Without a drawn chart the counts still tell the story.
    ReportTable table;
    table.header = {Sift::tr("Period"), Sift::tr("Incidents"), Sift::tr("By event type")};
    table.widths = {20, 15, 65};
    for (const TimelineBin &bin : data.bins) {
        if (bin.count == 0)
            continue;
        QStringList stacks;
        for (const QString &key : data.stackKeys) {
            if (const int n = bin.stacks.value(key))
                stacks << QStringLiteral("%1 %2").arg(key.isEmpty() ? Sift::tr("(no type)") : key).arg(n);
        }
        table.rows << QList<ReportCell>{ReportCell::text(bin.period), ReportCell::number(bin.count),
                                        ReportCell::text(stacks.join(QStringLiteral(", ")))};
    }
    s.blocks << tableBlock(table, caption);
    return s;
}

ReportSectionBlock ReportBuilder::incidents() const
{
    ReportSectionBlock s;
    if (m_data.incidents.isEmpty()) {
        s.blocks << ReportBlock::paragraph(Sift::tr("No incidents are recorded in this scope."));
        return s;
    }
    ReportTable table;
    table.header = {Sift::tr("Date"),       Sift::tr("Event"),  Sift::tr("Actors"), Sift::tr("Location"),
                    Sift::tr("Fatalities"), Sift::tr("Status"), Sift::tr("Claims")};
    table.widths = {11, 29, 16, 14, 9, 13, 8};
    for (const Incident &i : m_data.incidents) {
        ReportCell event{{ReportSpan::strong(i.eventType.isEmpty() ? Sift::tr("(no type)") : i.eventType)}};
        if (!i.subEventType.isEmpty())
            event.spans << ReportSpan::plain(QStringLiteral("\n") + i.subEventType);
        if (!i.notes.isEmpty())
            event.spans << ReportSpan::muted(QStringLiteral("\n") + i.notes);
        QStringList actors;
        for (const QString &a : {i.actor1, i.actor2}) {
            if (!a.isEmpty())
                actors << a;
        }
        QStringList place;
        for (const QString &p : {i.location, i.admin2, i.admin1, i.country}) {
            if (!p.isEmpty() && !place.contains(p))
                place << p;
        }
        QStringList claims;
        for (qint64 id : i.claimIds) {
            if (const int n = m_data.claimNumber(id))
                claims << QStringLiteral("#%1").arg(n);
        }
        table.rows << QList<ReportCell>{
            ReportCell::text(dateText(i.eventDate)),
            event,
            ReportCell::text(orDash(actors.join(QStringLiteral(" / ")))),
            ReportCell::text(orDash(place.join(QStringLiteral(", ")))),
            i.fatalities ? ReportCell::number(*i.fatalities) : ReportCell{{ReportSpan::plain(QStringLiteral("—"))}},
            statusCell(i.status),
            ReportCell::text(orDash(claims.join(QStringLiteral(", ")))),
        };
    }
    s.blocks << tableBlock(table);
    return s;
}

ReportCell ReportBuilder::claimCell(const Claim &c) const
{
    ReportCell cell{{ReportSpan::emphasis(QStringLiteral("“%1”").arg(c.anchor.quote))}};
    if (!c.statement.isEmpty())
        cell.spans << ReportSpan::plain(QStringLiteral("\n") + c.statement);
    return cell;
}

ReportCell ReportBuilder::statusCell(const QString &status) const
{
    if (status.isEmpty())
        return ReportCell::text(QStringLiteral("—"));
    return ReportCell{{ReportSpan::plain(status)}, m_data.statusColor(status)};
}

ReportSectionBlock ReportBuilder::claims() const
{
    ReportSectionBlock s;
    if (m_data.claims.isEmpty()) {
        s.blocks << ReportBlock::paragraph(Sift::tr("No claims are recorded in this scope."));
        return s;
    }
    auto numberCell = [this](const Claim &c) { return ReportCell::number(m_data.claimNumber(c.id)); };
    if (m_options.grouping == ClaimGrouping::ByArticle) {
        s.blocks << ReportBlock::paragraph({ReportSpan::muted(
            Sift::tr("Grouped by article. Numbers are the claims' numbers in Sift, as in the footnotes of "
                     "the annotated articles."))});
        for (const Article &a : m_data.articles) {
            const QList<int> indexes = m_data.claimsOf(a.id);
            if (indexes.isEmpty())
                continue;
            ReportTable table;
            table.header = {Sift::tr("#"),      Sift::tr("Claim"),  Sift::tr("Claimant"), Sift::tr("Reported by"),
                            Sift::tr("Stance"), Sift::tr("Status"), Sift::tr("Cred.")};
            table.widths = {5, 39, 14, 12, 11, 13, 6};
            for (int index : indexes) {
                const Claim &c = m_data.claims.at(index);
                table.rows << QList<ReportCell>{numberCell(c),
                                                claimCell(c),
                                                ReportCell::text(orDash(c.claimant)),
                                                ReportCell::text(orDash(c.reportedBy)),
                                                ReportCell::text(stanceLabel(c.stance)),
                                                statusCell(c.status),
                                                c.credibility > 0
                                                    ? ReportCell::number(c.credibility)
                                                    : ReportCell{{ReportSpan::plain(QStringLiteral("—"))}}};
            }
            s.blocks << ReportBlock::heading(a.title.isEmpty() ? Sift::tr("(untitled article)") : a.title, 3)
                     << ReportBlock::paragraph(articleMeta(a)) << tableBlock(table);
        }
        return s;
    }
    s.blocks << ReportBlock::paragraph(
        {ReportSpan::muted(Sift::tr("Grouped by status. Numbers are the claims' numbers in "
                                    "Sift, as in the footnotes of the annotated articles."))});
    for (const Status &st : m_data.statuses) {
        ReportTable table;
        table.header = {Sift::tr("#"),        Sift::tr("Claim"),  Sift::tr("Article"),
                        Sift::tr("Claimant"), Sift::tr("Stance"), Sift::tr("Cred.")};
        table.widths = {5, 43, 22, 14, 10, 6};
        for (const Claim &c : m_data.claims) {
            if (c.status.compare(st.name, Qt::CaseInsensitive) != 0)
                continue;
            const Article *a = m_data.article(c.articleId);
            table.rows << QList<ReportCell>{numberCell(c),
                                            claimCell(c),
                                            ReportCell::text(a ? a->title : QString()),
                                            ReportCell::text(orDash(c.claimant)),
                                            ReportCell::text(stanceLabel(c.stance)),
                                            c.credibility > 0 ? ReportCell::number(c.credibility)
                                                              : ReportCell{{ReportSpan::plain(QStringLiteral("—"))}}};
        }
        if (table.rows.isEmpty())
            continue;
        ReportBlock heading = ReportBlock::heading(QStringLiteral("%1 (%2)").arg(st.name).arg(table.rows.size()), 3);
        heading.spans.first().highlight = st.color;
        s.blocks << heading << tableBlock(table);
    }
    return s;
}

ReportParagraph ReportBuilder::articleMeta(const Article &a) const
{
    QStringList parts;
    if (!a.outlet.isEmpty())
        parts << a.outlet;
    parts << dateText(a.published);
    if (!a.author.isEmpty())
        parts << a.author;
    ReportParagraph meta{ReportSpan::muted(parts.join(QStringLiteral(" · ")))};
    if (!a.url.isEmpty()) {
        meta << ReportSpan::muted(QStringLiteral("\n"));
        ReportSpan url = ReportSpan::muted(a.url);
        if (isWebAddress(a.url))
            url.link = a.url;
        meta << url;
    }
    if (a.fetchedAt.isValid()) {
        // Web evidence a reader of the report can check: when the page was fetched and the hash of its bytes.
        meta << ReportSpan::muted(QStringLiteral("\n"))
             << ReportSpan::muted(Sift::tr("Fetched %1 UTC · SHA-256 %2")
                                      .arg(a.fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.sha256));
    }
    return meta;
}

ReportSectionBlock ReportBuilder::annotatedText() const
{
    ReportSectionBlock s;
    if (m_data.articles.isEmpty()) {
        s.blocks << ReportBlock::paragraph(Sift::tr("No articles in this scope."));
        return s;
    }
    s.blocks << ReportBlock::paragraph({ReportSpan::muted(
        Sift::tr("Each claim is highlighted in the colour of its status; its number leads to a footnote "
                 "with the assessment."))});
    for (const Article &a : m_data.articles)
        s.blocks << annotatedArticle(a);
    return s;
}

QList<ReportBlock> ReportBuilder::annotatedArticle(const Article &a) const
{
    QList<ReportBlock> blocks;
    blocks << ReportBlock::heading(a.title.isEmpty() ? Sift::tr("(untitled article)") : a.title, 3,
                                   QStringLiteral("article-%1").arg(a.id));
    blocks << ReportBlock::paragraph(articleMeta(a));
    blocks << annotatedBody(a);
    ReportBlock notes;
    notes.kind = ReportBlock::Kind::Footnotes;
    for (int index : m_data.claimsOf(a.id))
        notes.footnotes << footnote(m_data.claims.at(index));
    if (!notes.footnotes.isEmpty())
        blocks << notes;
    return blocks;
}

QList<ReportBlock> ReportBuilder::annotatedBody(const Article &a) const
{
    const QString &body = a.body;
    QList<Range> ranges;
    for (int index : m_data.claimsOf(a.id)) {
        const Claim &c = m_data.claims.at(index);
        if (c.orphaned || !ExportData::anchorHolds(c, body))
            continue;
        ranges << Range{TextOffsets::toUtf16(body, c.anchor.start), TextOffsets::toUtf16(body, c.anchor.end),
                        m_data.claimNumber(c.id), m_data.statusColor(c.status)};
    }
    QList<ReportBlock> blocks;
    qsizetype paragraphStart = 0;
    while (paragraphStart < body.size()) {
        qsizetype paragraphEnd = body.indexOf(QLatin1String("\n\n"), paragraphStart);
        if (paragraphEnd < 0)
            paragraphEnd = body.size();
        QList<qsizetype> cuts{paragraphStart, paragraphEnd};
        for (const Range &r : ranges) {
            for (qsizetype p : {r.start, r.end}) {
                if (p > paragraphStart && p < paragraphEnd)
                    cuts << p;
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        ReportParagraph spans;
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const qsizetype from = cuts.at(i);
            const qsizetype to = cuts.at(i + 1);
            // The innermost claim (latest start) colours a stretch several claims cover.
            const Range *cover = nullptr;
            for (const Range &r : ranges) {
                if (r.start <= from && r.end >= to && (!cover || r.start >= cover->start))
                    cover = &r;
            }
            ReportSpan span = ReportSpan::plain(body.mid(from, to - from));
            if (cover)
                span.highlight = cover->color;
            spans << span;
            for (const Range &r : ranges) {
                if (r.end == to)
                    spans << ReportSpan::marker(r.number);
            }
        }
        if (!spans.isEmpty()) {
            ReportBlock p = ReportBlock::paragraph(spans);
            p.rightToLeft = body.mid(paragraphStart, paragraphEnd - paragraphStart).isRightToLeft();
            blocks << p;
        }
        paragraphStart = paragraphEnd;
        while (paragraphStart < body.size() && body.at(paragraphStart) == QLatin1Char('\n'))
            ++paragraphStart;
    }
    return blocks;
}

ReportFootnote ReportBuilder::footnote(const Claim &c) const
{
    ReportFootnote n;
    n.number = m_data.claimNumber(c.id);
    n.color = m_data.statusColor(c.status);
    n.quote = c.anchor.quote;
    if (c.orphaned)
        n.location = Sift::tr("not found in the current text of the article");
    if (!c.statement.isEmpty())
        n.fields << ReportField{Sift::tr("Statement"), c.statement};
    n.fields << ReportField{
        Sift::tr("Claimant"), c.claimant.isEmpty() ? Sift::tr("not attributed") : c.claimant, {}, {}, true};
    n.fields << ReportField{Sift::tr("Reported by"), orDash(c.reportedBy), {}, {}, true};
    n.fields << ReportField{Sift::tr("Stance"), stanceLabel(c.stance), {}, {}, true};
    n.fields << ReportField{Sift::tr("Status"), c.status, m_data.statusColor(c.status), {}, true};
    n.fields << ReportField{Sift::tr("Credibility"), credibilityLabel(c.credibility), {}, {}, true};
    if (!c.rationale.isEmpty())
        n.fields << ReportField{Sift::tr("Rationale"), c.rationale};
    for (const QString &e : c.evidence) {
        if (!e.trimmed().isEmpty())
            n.fields << ReportField{Sift::tr("Evidence"), e, {}, isWebAddress(e) ? e : QString()};
    }
    if (!c.tags.isEmpty())
        n.fields << ReportField{Sift::tr("Tags"), c.tags.join(QStringLiteral(", "))};
    if (!c.note.isEmpty())
        n.fields << ReportField{Sift::tr("Note"), c.note};
    QStringList related;
    for (const ClaimLink &l : m_data.links) {
        if (l.fromClaim == c.id)
            related << Sift::tr("%1 #%2").arg(claimRelationLabel(l.relation)).arg(m_data.claimNumber(l.toClaim));
        else if (l.toClaim == c.id)
            related << Sift::tr("%1 #%2").arg(passiveRelation(l.relation)).arg(m_data.claimNumber(l.fromClaim));
    }
    if (!related.isEmpty())
        n.fields << ReportField{Sift::tr("Related claims"), related.join(QStringLiteral("; "))};
    return n;
}

ReportSectionBlock ReportBuilder::sources() const
{
    ReportSectionBlock s;
    struct Row {
        QString name;
        QString kind;
        QString reliability;
        int claimant = 0;
        int reporter = 0;
        int articles = 0;
    };
    QMap<QString, Row> rows; // by lower-case name, so the table reads alphabetically
    auto rowFor = [&](const QString &name) -> Row & {
        const Entity *e = m_data.entityNamed(name);
        const QString key = (e ? e->name : name).toLower();
        Row &row = rows[key];
        if (row.name.isEmpty()) {
            row.name = e ? e->name : name;
            row.kind = e ? e->kind : QString();
            row.reliability = e ? e->reliability : QString();
        }
        return row;
    };
    for (const Claim &c : m_data.claims) {
        if (!c.claimant.isEmpty())
            ++rowFor(c.claimant).claimant;
        if (!c.reportedBy.isEmpty())
            ++rowFor(c.reportedBy).reporter;
    }
    for (const Article &a : m_data.articles) {
        if (!a.outlet.isEmpty())
            ++rowFor(a.outlet).articles;
    }
    if (rows.isEmpty()) {
        s.blocks << ReportBlock::paragraph(Sift::tr("No sources are named in this scope."));
        return s;
    }
    ReportTable table;
    table.header = {Sift::tr("Source"),      Sift::tr("Kind"),           Sift::tr("Reliability"),
                    Sift::tr("Claims made"), Sift::tr("Claims relayed"), Sift::tr("Articles")};
    table.widths = {30, 16, 24, 10, 10, 10};
    for (const Row &r : rows) {
        table.rows << QList<ReportCell>{ReportCell::text(r.name),
                                        ReportCell::text(orDash(r.kind)),
                                        ReportCell::text(reliabilityLabel(r.reliability)),
                                        ReportCell::number(r.claimant),
                                        ReportCell::number(r.reporter),
                                        ReportCell::number(r.articles)};
    }
    s.blocks << ReportBlock::paragraph({ReportSpan::muted(
        Sift::tr("Reliability is graded on the Admiralty scale, A (completely reliable) to "
                 "F (cannot be judged); outlets count the articles they published in this scope."))});
    s.blocks << tableBlock(table);
    return s;
}

ReportSectionBlock ReportBuilder::legend() const
{
    ReportSectionBlock s;
    QMap<QString, int> counts;
    for (const Claim &c : m_data.claims)
        ++counts[c.status.toLower()];
    ReportTable table;
    table.header = {Sift::tr("Status"), Sift::tr("Meaning"), Sift::tr("ClaimReview rating"), Sift::tr("Claims")};
    table.widths = {22, 46, 20, 12};
    for (const Status &st : m_data.statuses) {
        table.rows << QList<ReportCell>{
            ReportCell{{ReportSpan::plain(st.name)}, st.color}, ReportCell::text(st.description),
            ReportCell::text(Sift::tr("%1 (%2 of 5)")
                                 .arg(st.alternateName.isEmpty() ? st.name : st.alternateName)
                                 .arg(st.ratingValue)),
            ReportCell::number(counts.value(st.name.toLower()))};
    }
    s.blocks << ReportBlock::heading(Sift::tr("Verification statuses")) << tableBlock(table);

    QStringList credibility;
    for (int grade = 1; grade <= 6; ++grade)
        credibility << credibilityLabel(grade);
    QStringList reliability;
    for (char grade = 'A'; grade <= 'F'; ++grade)
        reliability << reliabilityLabel(QString(QLatin1Char(grade)));
    QStringList stances;
    for (Stance st : allStances())
        stances << stanceLabel(st);
    s.blocks << ReportBlock::heading(Sift::tr("Grading scales"));
    ReportBlock scales;
    scales.kind = ReportBlock::Kind::Fields;
    scales.fields << ReportField{Sift::tr("Credibility of a claim"), credibility.join(QStringLiteral("; "))}
                  << ReportField{Sift::tr("Reliability of a source"), reliability.join(QStringLiteral("; "))}
                  << ReportField{Sift::tr("Stance of the claimant"), stances.join(QStringLiteral("; "))};
    s.blocks << scales;
    return s;
}

} // namespace sift
