#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sift {

/// What an export writes: a report (built as a ReportDocument) or a data file for a neighbouring tool.
enum class ExportFormat { Pdf, Html, Odt, Markdown, ClaimsCsv, IncidentsCsv, Json, ClaimReview, WebAnnotation };

QList<ExportFormat> allExportFormats();
QString exportFormatKey(ExportFormat format); ///< "pdf", "claims-csv", … as the CLI spells them
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
QString exportFormatLabel(ExportFormat format);  ///< translated, for the report dialog
QString exportFormatSuffix(ExportFormat format); ///< file suffix without the dot
QString exportFormatFilter(ExportFormat format); ///< a file dialog filter, translated
bool isReportFormat(ExportFormat format);        ///< PDF, HTML, ODT, Markdown: the ones built from a ReportDocument

} // namespace sift
