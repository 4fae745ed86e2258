#pragma once

#include "core/domain/Article.h"
#include "core/domain/Claim.h"
#include "core/export/ReportDocument.h"

#include <QImage>

namespace sift {

class ExportData;

/// Turns the data of a scope into a ReportDocument: the one place that decides what a report says;
/// the writers only decide how it looks in their format.
class ReportBuilder
{
public:
    /// chart is the timeline drawn by the widgets layer; a null image gets a table of counts instead.
    static ReportDocument build(const ExportData &data, const ReportOptions &options, const QImage &chart = {});

    static QString credibilityLabel(int grade);            ///< "2 — probably true"; "not rated" for 0
    static QString reliabilityLabel(const QString &grade); ///< "B — usually reliable"; "not rated" when empty
    static QString dateText(const PartialDate &date);      ///< "6 Jan 2025", "March 2025", "date unknown"

private:
    ReportBuilder(const ExportData &data, const ReportOptions &options, const QImage &chart);

    void addTitle();
    ReportSectionBlock summary() const;
    ReportSectionBlock timeline() const;
    ReportSectionBlock incidents() const;
    ReportSectionBlock claims() const;
    ReportSectionBlock annotatedText() const;
    ReportSectionBlock sources() const;
    ReportSectionBlock legend() const;

    QList<ReportBlock> annotatedArticle(const Article &article) const;
    QList<ReportBlock> annotatedBody(const Article &article) const;
    ReportFootnote footnote(const Claim &claim) const;
    ReportParagraph articleMeta(const Article &article) const;
    ReportCell claimCell(const Claim &claim) const;
    ReportCell statusCell(const QString &status) const;
    QString scopeSentence() const;

    const ExportData &m_data;
    const ReportOptions &m_options;
    QImage m_chart;
    ReportDocument m_doc;
};

} // namespace sift
