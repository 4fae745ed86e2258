#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sift {

enum class ReportSection {
    Summary = 0x01,       ///< counts by status and stance
    Timeline = 0x02,      ///< the incident chart
    Incidents = 0x04,     ///< the incident table
    Claims = 0x08,        ///< the claims table
    AnnotatedText = 0x10, ///< each article with its claims marked and footnoted
    Sources = 0x20,       ///< claimants, reporters and outlets with their reliability
    Legend = 0x40,        ///< the status vocabulary and the grading scales
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

QList<ReportSection> allReportSections();        ///< in the order the report shows them
QString reportSectionKey(ReportSection section); ///< "summary", "timeline", "incidents", "claims", "text", …
std::optional<ReportSection> reportSectionFromKey(const QString &key);
QString reportSectionLabel(ReportSection section); ///< translated heading

enum class ClaimGrouping { ByArticle, ByStatus };
enum class PaperSize { A4, Letter };

/// What a report or data export covers and how it reads. The scope fields narrow the project;
/// the rest only shape the report.
struct ReportOptions {
    QList<qint64> articleIds; ///< empty = every article
    QDate from;               ///< inclusive, on the article's publication date (incidents: event date)
    QDate to;
    QStringList statuses;   ///< claim statuses; empty = every status
    QList<qint64> claimIds; ///< only these claims (and the articles that hold them); empty = every claim

    QString title;
    QString author;     ///< the analyst or organization; also the ClaimReview author
    QString scopeLabel; ///< how the caller names the scope ("selected articles"); optional
    ReportSections sections = ReportSections(0x7f);
    ClaimGrouping grouping = ClaimGrouping::ByArticle;
    PaperSize paper = PaperSize::A4;
    QDateTime generatedAt; ///< the date the report carries; invalid = now

    bool has(ReportSection section) const { return sections.testFlag(section); }
    QDateTime generated() const { return generatedAt.isValid() ? generatedAt : QDateTime::currentDateTimeUtc(); }
    QString effectiveTitle() const; ///< title, or a translated default
};

} // namespace sift
