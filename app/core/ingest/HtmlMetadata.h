#pragma once

#include "core/domain/Article.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace sift {

/// What a web page says about itself, each field taken from the most trusted source that states it:
/// JSON-LD (schema.org NewsArticle and kin), then OpenGraph and article:* meta, then other <meta> names,
/// then the <title>. Also the schema.org ClaimReviews the page publishes.
struct HtmlMetadata {
    QString title;
    QString author;
    QString published; ///< as written: "2015-07-24T05:36:09+01:00"
    QString modified;
    QString outlet;
    QString url;
    QString language;
    QString titleTag;     ///< the <title> as written, before the site name is taken off
    QString timeDatetime; ///< the first <time datetime> (one marked as the publication time preferred)
    QList<ReviewedClaim> reviews;

    /// baseUrl: where the page came from (a fetch, an MHTML Content-Location), for relative links and the outlet.
    static HtmlMetadata read(const GumboInternalNode *document, const QString &baseUrl, QStringList *warnings);

    /// "Headline | Site" -> "Headline" when the last or first part names the site (or the host).
    static QString stripSiteName(const QString &title, const QStringList &siteNames);
    /// "By Jane Doe" -> "Jane Doe"; also "Par", "Por", "Von", "Door", "Di".
    static QString stripByPrefix(const QString &byline);

    /// The ClaimReviews and the first article object in JSON-LD text (one <script> block); false when unreadable.
    static bool readJsonLd(const QString &json, QList<QJsonObject> *articles, QList<ReviewedClaim> *reviews);
};

} // namespace sift
