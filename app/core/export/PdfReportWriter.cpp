#include "core/export/PdfReportWriter.h"

#include "core/domain/Translation.h"
#include "core/export/ReportDocument.h"
#include "core/export/ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace sift {

namespace {

/// Layout units are 96 per inch, the units QTextDocument sizes fonts and images in on screen.
constexpr int kResolution = 96;
constexpr qreal kFooterHeight = 30;
constexpr int kKeepWithNextPages = 600;

QPageLayout pageLayout(PaperSize paper)
{
    const QPageSize size(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(17, 16, 17, 12), QPageLayout::Millimeter);
}

void drawFooter(QPainter &painter, const QRectF &area, const QString &title, int page, int pages)
{
    painter.save();
    painter.setPen(QPen(QColor(0xc9, 0xd0, 0xd8), 0.75));
    painter.drawLine(QPointF(area.left(), area.top() + 8), QPointF(area.right(), area.top() + 8));
    QFont font = ReportTextDocument::baseFont();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x5b, 0x65, 0x73));
    const QRectF text = area.adjusted(0, 12, 0, 0);
    const QString number = Sift::tr("Page %1 of %2").arg(page).arg(pages);
    const qreal numberWidth = painter.fontMetrics().horizontalAdvance(number) + 12;
    const QString elided =
        painter.fontMetrics().elidedText(title, Qt::ElideRight, int(text.width() - numberWidth - 12));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, elided);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, number);
    painter.restore();
}

} // namespace

QString PdfReportWriter::write(const ReportDocument &doc, QIODevice &out)
{
    QPdfWriter writer(&out);
    writer.setResolution(kResolution);
    writer.setCreator(QStringLiteral("Sift"));
    writer.setTitle(doc.title);
    if (!writer.setPageLayout(pageLayout(doc.paper)))
        return Sift::tr("the page layout is not possible");
    const QRectF paint = writer.pageLayout().paintRectPixels(kResolution);
    const QSizeF page(paint.width(), paint.height() - kFooterHeight);

    // Laid out once, for this device and page: QTextDocument, like QFont, stays on the thread that writes.
    const std::unique_ptr<QTextDocument> text = ReportTextDocument::build(doc, page.width(), &writer, page);
    m_pages = text->pageCount();
    // Keeping headings with what follows costs a second layout of everything after the first move; a report of
    // many hundred pages (an archive more than a read) is written without it so it stays quick.
    if (m_pages <= kKeepWithNextPages) {
        ReportTextDocument::keepWithNext(*text);
        m_pages = text->pageCount();
    }
    if (cancelled())
        return Sift::tr("cancelled");

    QPainter painter;
    if (!painter.begin(&writer))
        return Sift::tr("cannot start the PDF");
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x2b));
    for (int i = 0; i < m_pages; ++i) {
        if (cancelled()) {
            painter.end();
            return Sift::tr("cancelled");
        }
        if (i > 0 && !writer.newPage()) {
            painter.end();
            return Sift::tr("cannot add a page to the PDF");
        }
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        text->documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, QRectF(0, page.height(), page.width(), kFooterHeight), doc.title, i + 1, m_pages);
    }
    if (!painter.end())
        return Sift::tr("cannot finish the PDF");
    return {};
}

} // namespace sift
