#include "core/export/Exporter.h"

#include "core/domain/Translation.h"
#include "core/export/DataExport.h"
#include "core/export/ExportData.h"
#include "core/export/HtmlReportWriter.h"
#include "core/export/MarkdownReportWriter.h"
#include "core/export/OdtReportWriter.h"
#include "core/export/PdfReportWriter.h"
#include "core/export/ReportBuilder.h"
#include "core/export/ReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace sift {

namespace {

std::unique_ptr<ReportWriter> writerFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return std::make_unique<PdfReportWriter>();
    case ExportFormat::Html:
        return std::make_unique<HtmlReportWriter>();
    case ExportFormat::Odt:
        return std::make_unique<OdtReportWriter>();
    case ExportFormat::Markdown:
        return std::make_unique<MarkdownReportWriter>();
    default:
        return nullptr;
    }
}

} // namespace

Exporter::Exporter(const ExportData &data, const ReportOptions &options)
    : m_data(data)
    , m_options(options)
{}

QString Exporter::write(ExportFormat format, QIODevice &out) const
{
    if (const std::unique_ptr<ReportWriter> writer = writerFor(format)) {
        const ReportDocument doc = ReportBuilder::build(m_data, m_options, m_chart);
        writer->setCancelFlag(m_cancel);
        return writer->write(doc, out);
    }
    QByteArray bytes;
    switch (format) {
    case ExportFormat::ClaimsCsv:
        bytes = DataExport::claimsCsv(m_data);
        break;
    case ExportFormat::IncidentsCsv:
        bytes = DataExport::incidentsCsv(m_data);
        break;
    case ExportFormat::Json:
        bytes = DataExport::json(m_data, m_options);
        break;
    case ExportFormat::ClaimReview:
        bytes = DataExport::claimReview(m_data, m_options);
        break;
    case ExportFormat::WebAnnotation:
        bytes = DataExport::webAnnotations(m_data, m_options);
        break;
    default:
        break;
    }
    return writeAll(out, bytes);
}

QString Exporter::writeFile(ExportFormat format, const QString &path) const
{
    if (path.isEmpty())
        return Sift::tr("no file name given");
    if (QFileInfo(path).isDir())
        return Sift::tr("cannot write %1: it is a folder").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Sift::tr("cannot write %1: %2").arg(path, file.errorString());
    if (const QString error = write(format, file); !error.isEmpty()) {
        file.cancelWriting();
        return Sift::tr("cannot write %1: %2").arg(path, error);
    }
    if (m_cancel && m_cancel->load()) {
        file.cancelWriting();
        return Sift::tr("export cancelled");
    }
    if (!file.commit())
        return Sift::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace sift
