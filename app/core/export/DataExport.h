#pragma once

#include <QByteArray>
#include <QStringList>

namespace sift {

class ExportData;
struct ReportOptions;

/// The data files a scope exports to for neighbouring tools: spreadsheets, ACLED-minded pipelines,
/// fact-check aggregators (ClaimReview) and annotation tools (W3C Web Annotation).
namespace DataExport {

QStringList claimsCsvHeader();
QStringList incidentsCsvHeader(); ///< ACLED codebook names first, then Sift's own columns

QByteArray claimsCsv(const ExportData &data);
QByteArray incidentsCsv(const ExportData &data);
/// Articles (with their text), claims, entities, incidents and claim links, in JsonCodec's shapes.
QByteArray json(const ExportData &data, const ReportOptions &options);
/// A JSON-LD array of schema.org ClaimReview objects, one per claim.
QByteArray claimReview(const ExportData &data, const ReportOptions &options);
/// A JSON-LD array of W3C Web Annotations, one per claim.
QByteArray webAnnotations(const ExportData &data, const ReportOptions &options);

/// "urn:sift:article:12": what a target names when the article has no web address.
QString articleUrn(qint64 articleId);

} // namespace DataExport
} // namespace sift
