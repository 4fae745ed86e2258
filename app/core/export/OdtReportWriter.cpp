#include "core/export/OdtReportWriter.h"

#include "core/export/ReportDocument.h"
#include "core/export/ReportTextDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace sift {

namespace {

/// The text width of an A4 page with 2 cm margins, in the 96-per-inch units the document is laid out in.
constexpr qreal kTextWidth = 170 / 25.4 * 96;

} // namespace

QString OdtReportWriter::write(const ReportDocument &doc, QIODevice &out)
{
    const std::unique_ptr<QTextDocument> text = ReportTextDocument::build(doc, kTextWidth);
    // The ODF writer closes its device when done, which a QSaveFile must not be: write to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(text.get()))
        return QCoreApplication::translate("sift", "cannot lay out the document");
    return writeAll(out, buffer.data());
}

} // namespace sift
