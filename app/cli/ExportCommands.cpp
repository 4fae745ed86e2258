#include "CliContext.h"

#include "core/domain/Translation.h"
#include "core/export/ExportData.h"
#include "core/export/Exporter.h"
#include "core/store/ArticleStore.h"
#include "core/store/VocabularyStore.h"
#include "widgets/TimelineChart.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace sift::cli {

namespace {

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), Sift::tr(description), QString::fromLatin1(valueName));
}

/// Every value of a repeatable option, commas also separating ("--status False,Misleading").
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}

QStringList formatKeys()
{
    QStringList keys;
    for (ExportFormat f : allExportFormats())
        keys << exportFormatKey(f);
    return keys;
}

bool readArticles(CliContext &ctx, const QCommandLineParser &parser, Store &store, ReportOptions &options)
{
    const ArticleStore articles(store.db());
    for (const QString &value : listValues(parser, QStringLiteral("article"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || !articles.exists(id)) {
            ctx.usageError(Sift::tr("--article: no article with id %1").arg(value));
            return false;
        }
        if (!options.articleIds.contains(id))
            options.articleIds << id;
    }
    return true;
}

bool readStatuses(CliContext &ctx, const QCommandLineParser &parser, Store &store, ReportOptions &options)
{
    const VocabularyStore vocabulary(store.db());
    for (const QString &name : listValues(parser, QStringLiteral("status"))) {
        const std::optional<Status> status = vocabulary.statusByName(name);
        if (!status) {
            QStringList names;
            for (const Status &s : vocabulary.statuses())
                names << s.name;
            ctx.usageError(Sift::tr("--status: unknown status \u201c%1\u201d; the statuses are: %2")
                               .arg(name, names.join(QStringLiteral(", "))));
            return false;
        }
        options.statuses << status->name;
    }
    return true;
}

bool readPresentation(CliContext &ctx, const QCommandLineParser &parser, ReportOptions &options)
{
    options.title = parser.value(QStringLiteral("title"));
    options.author = parser.value(QStringLiteral("author"));
    if (parser.isSet(QStringLiteral("sections"))) {
        options.sections = {};
        for (const QString &key : listValues(parser, QStringLiteral("sections"))) {
            const std::optional<ReportSection> section = reportSectionFromKey(key);
            if (!section) {
                QStringList keys;
                for (ReportSection s : allReportSections())
                    keys << reportSectionKey(s);
                ctx.usageError(Sift::tr("--sections: unknown section \u201c%1\u201d; the sections are: %2")
                                   .arg(key, keys.join(QStringLiteral(", "))));
                return false;
            }
            options.sections |= *section;
        }
    }
    const QString group = parser.value(QStringLiteral("group-by")).toLower();
    if (group == QLatin1String("status"))
        options.grouping = ClaimGrouping::ByStatus;
    else if (!group.isEmpty() && group != QLatin1String("article")) {
        ctx.usageError(Sift::tr("--group-by takes article or status"));
        return false;
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("letter"))
        options.paper = PaperSize::Letter;
    else if (!paper.isEmpty() && paper != QLatin1String("a4")) {
        ctx.usageError(Sift::tr("--paper takes a4 or letter"));
        return false;
    }
    return true;
}

/// The timeline for a report, drawn by the widgets layer; null when the report shows no chart.
QImage chartFor(const ExportData &data, const ReportOptions &options, ExportFormat format, bool wanted)
{
    if (!wanted || !isReportFormat(format) || !options.has(ReportSection::Timeline) || data.incidents.isEmpty())
        return {};
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return TimelineChart::renderImage(data.timeline(), Exporter::chartSize());
}

int exportCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption("format", "pdf, html, odt, md, claims-csv, incidents-csv, json, claimreview or webannotation.",
                    "FORMAT"),
        valueOption("out", "The file to write (replaced only once the export has succeeded).", "FILE"),
        valueOption("article", "Only this article; repeat for more (default: every article).", "ID"),
        valueOption("from", "Only articles published on or after this date.", "DATE"),
        valueOption("to", "Only articles published on or before this date (2025-03 means to its end).", "DATE"),
        valueOption("status", "Only claims with this status; repeat for more.", "STATUS"),
        valueOption("title", "The report's title.", "TITLE"),
        valueOption("author", "The analyst or organization the report (and ClaimReview) names as author.", "NAME"),
        valueOption("sections",
                    "Report sections, comma-separated: summary, timeline, incidents, claims, text, sources, legend "
                    "(default: all).",
                    "LIST"),
        valueOption("group-by", "Claims table grouped by article (default) or status.", "GROUP"),
        valueOption("paper", "PDF paper size: a4 (default) or letter.", "SIZE"),
        QCommandLineOption(QStringLiteral("no-chart"),
                           Sift::tr("Show the timeline as a table of counts, not a chart.")),
    });
    if (!ctx.parse(parser, Sift::tr("Export a report (PDF, HTML, ODT, Markdown) or data (CSV, JSON, ClaimReview, "
                                    "Web Annotation) of the whole project or a part of it.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    const std::optional<ExportFormat> format = exportFormatFromKey(parser.value(QStringLiteral("format")));
    if (!parser.isSet(QStringLiteral("format")) || !format)
        return ctx.usageError(Sift::tr("--format takes one of: %1").arg(formatKeys().join(QStringLiteral(", "))));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(Sift::tr("give the file to write with --out FILE"));

    ReportOptions options;
    if (!dateOption(ctx, parser, QStringLiteral("from"), false, &options.from) ||
        !dateOption(ctx, parser, QStringLiteral("to"), true, &options.to) || !readPresentation(ctx, parser, options))
        return UsageError;
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return ctx.usageError(Sift::tr("--from is after --to"));
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    if (!readArticles(ctx, parser, store, options) || !readStatuses(ctx, parser, store, options))
        return UsageError;

    const ExportData data = ExportData::load(store.db(), options);
    Exporter exporter(data, options);
    exporter.setChart(chartFor(data, options, *format, !parser.isSet(QStringLiteral("no-chart"))));
    if (const QString error = exporter.writeFile(*format, out); !error.isEmpty())
        return ctx.usageError(error);
    ctx.out() << Sift::tr("Wrote %1 (%2): %3 article(s), %4 claim(s), %5 incident(s)\n")
                     .arg(out, exportFormatKey(*format))
                     .arg(data.articles.size())
                     .arg(data.claims.size())
                     .arg(data.incidents.size());
    return Ok;
}

} // namespace

QList<Command> exportCommands()
{
    return {
        {QStringLiteral("export"), Sift::tr("write a report or a data export of the project"), exportCommand},
    };
}

} // namespace sift::cli
