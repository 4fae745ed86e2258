#pragma once

#include "core/export/ExportFormat.h"
#include "core/export/ReportOptions.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <atomic>

class QIODevice;

namespace sift {

class ExportData;

/// Writes one export of a scope in any format, to a device or to a file. A file is written all or nothing
/// (through a QSaveFile): a failed or cancelled export leaves no partial file and an existing one untouched.
class Exporter final
{
public:
    /// Keeps a reference to data (it can be large), which must outlive the exporter, and a copy of the options.
    Exporter(const ExportData &data, const ReportOptions &options);
    Exporter(ExportData &&, const ReportOptions &) = delete; // would dangle

    /// The timeline drawn by the widgets layer, for reports; without one the report shows a table of counts.
    void setChart(const QImage &chart) { m_chart = chart; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Returns an error sentence a user can read, empty on success.
    QString writeFile(ExportFormat format, const QString &path) const;
    QString write(ExportFormat format, QIODevice &out) const;

    /// The size the chart is best drawn at for a report: its labels stay legible at the width of a page.
    static QSize chartSize() { return {1000, 400}; }

private:
    const ExportData &m_data;
    ReportOptions m_options;
    QImage m_chart;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace sift
