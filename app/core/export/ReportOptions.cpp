#include "core/export/ReportOptions.h"

#include <QCoreApplication>

namespace sift {

QList<ReportSection> allReportSections()
{
    return {ReportSection::Summary,       ReportSection::Timeline, ReportSection::Incidents, ReportSection::Claims,
            ReportSection::AnnotatedText, ReportSection::Sources,  ReportSection::Legend};
}

QString reportSectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return QStringLiteral("summary");
    case ReportSection::Timeline:
        return QStringLiteral("timeline");
    case ReportSection::Incidents:
        return QStringLiteral("incidents");
    case ReportSection::Claims:
        return QStringLiteral("claims");
    case ReportSection::AnnotatedText:
        return QStringLiteral("text");
    case ReportSection::Sources:
        return QStringLiteral("sources");
    case ReportSection::Legend:
        return QStringLiteral("legend");
    }
    return {};
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (ReportSection s : allReportSections()) {
        if (reportSectionKey(s) == k)
            return s;
    }
    if (k == QLatin1String("chart"))
        return ReportSection::Timeline;
    if (k == QLatin1String("annotated") || k == QLatin1String("articles"))
        return ReportSection::AnnotatedText;
    return std::nullopt;
}

QString reportSectionLabel(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return QCoreApplication::translate("sift", "Summary");
    case ReportSection::Timeline:
        return QCoreApplication::translate("sift", "Timeline of incidents");
    case ReportSection::Incidents:
        return QCoreApplication::translate("sift", "Incidents");
    case ReportSection::Claims:
        return QCoreApplication::translate("sift", "Claims");
    case ReportSection::AnnotatedText:
        return QCoreApplication::translate("sift", "Annotated articles");
    case ReportSection::Sources:
        return QCoreApplication::translate("sift", "Sources and their reliability");
    case ReportSection::Legend:
        return QCoreApplication::translate("sift", "Legend");
    }
    return {};
}

QString ReportOptions::effectiveTitle() const
{
    const QString t = title.simplified();
    return t.isEmpty() ? QCoreApplication::translate("sift", "Claims and incidents report") : t;
}

} // namespace sift
