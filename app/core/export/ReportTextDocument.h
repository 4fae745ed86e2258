#pragma once

#include <QFont>
#include <QList>
#include <QSizeF>

#include <memory>

class QPaintDevice;
class QTextCharFormat;
class QTextCursor;
class QTextDocument;

namespace sift {

struct ReportBlock;
struct ReportDocument;
struct ReportSpan;
struct ReportTable;

/// Lays a ReportDocument out as a QTextDocument: the common ground of the PDF and ODT writers.
class ReportTextDocument
{
public:
    /// textWidth: the width the text runs in, in layout units (96 per inch); images are sized to it. For print,
    /// pass the paint device and the page size so the document is laid out once, for that device.
    static std::unique_ptr<QTextDocument> build(const ReportDocument &doc, qreal textWidth,
                                                QPaintDevice *device = nullptr, const QSizeF &pageSize = {});

    /// Once the page size is set: moves headings, captions and introductory lines that would end a page onto the
    /// next one, with what they introduce.
    static void keepWithNext(QTextDocument &doc);

    /// The body font: Noto Sans first, then fonts that cover Arabic and Cyrillic, so every script finds glyphs.
    static QFont baseFont();

private:
    ReportTextDocument(QTextDocument &document, qreal textWidth, QPaintDevice *device);

    void title(const ReportDocument &doc);
    void block(const ReportBlock &block);
    void heading(const QString &text, int level, const QColor &swatch, bool pageBreak);
    void paragraph(const QList<ReportSpan> &spans, bool rightToLeft);
    void spans(QTextCursor &cursor, const QList<ReportSpan> &spans, const QTextCharFormat &base, bool breakIntoBlocks);
    void table(const ReportTable &table, const QString &caption);
    /// The table's relative widths, widened where a column's longest word would otherwise break (percent).
    QList<qreal> columnWidths(const ReportTable &table) const;
    void footnotes(const ReportBlock &block);
    void image(const ReportBlock &block);
    void fields(const ReportBlock &block);

    QTextDocument &m_doc;
    qreal m_textWidth = 0;
    int m_images = 0;
    QPaintDevice *m_device = nullptr; ///< what the document is laid out for; null = the screen
};

} // namespace sift
