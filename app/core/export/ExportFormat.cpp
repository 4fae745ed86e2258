#include "core/export/ExportFormat.h"

#include "core/domain/Translation.h"

#include <QCoreApplication>

namespace sift {

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Pdf,      ExportFormat::Html,        ExportFormat::Odt,
            ExportFormat::Markdown, ExportFormat::ClaimsCsv,   ExportFormat::IncidentsCsv,
            ExportFormat::Json,     ExportFormat::ClaimReview, ExportFormat::WebAnnotation};
}

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::ClaimsCsv:
        return QStringLiteral("claims-csv");
    case ExportFormat::IncidentsCsv:
        return QStringLiteral("incidents-csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::ClaimReview:
        return QStringLiteral("claimreview");
    case ExportFormat::WebAnnotation:
        return QStringLiteral("webannotation");
    }
    return QStringLiteral("pdf");
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (ExportFormat f : allExportFormats()) {
        if (exportFormatKey(f) == k)
            return f;
    }
    if (k == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (k == QLatin1String("odf"))
        return ExportFormat::Odt;
    return std::nullopt;
}

QString exportFormatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return Sift::tr("PDF report");
    case ExportFormat::Html:
        return Sift::tr("HTML report (single file)");
    case ExportFormat::Odt:
        return Sift::tr("OpenDocument text report (LibreOffice, Word)");
    case ExportFormat::Markdown:
        return Sift::tr("Markdown report");
    case ExportFormat::ClaimsCsv:
        return Sift::tr("Claims as CSV");
    case ExportFormat::IncidentsCsv:
        return Sift::tr("Incidents as CSV (ACLED columns)");
    case ExportFormat::Json:
        return Sift::tr("Project data as JSON");
    case ExportFormat::ClaimReview:
        return Sift::tr("schema.org ClaimReview (JSON-LD)");
    case ExportFormat::WebAnnotation:
        return Sift::tr("W3C Web Annotations (JSON-LD)");
    }
    return {};
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::ClaimsCsv:
    case ExportFormat::IncidentsCsv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::ClaimReview:
    case ExportFormat::WebAnnotation:
        return QStringLiteral("jsonld");
    }
    return {};
}

QString exportFormatFilter(ExportFormat format)
{
    return Sift::tr("%1 (*.%2);;All files (*)").arg(exportFormatLabel(format), exportFormatSuffix(format));
}

bool isReportFormat(ExportFormat format)
{
    return format == ExportFormat::Pdf || format == ExportFormat::Html || format == ExportFormat::Odt ||
           format == ExportFormat::Markdown;
}

} // namespace sift
