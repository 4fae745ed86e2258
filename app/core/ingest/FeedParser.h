#pragma once

#include "core/ingest/ArticleParser.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace sift {

/// One item of an RSS feed or entry of an Atom feed, its text already plain.
struct FeedEntry {
    QString title;
    QString link;
    QString guid;      ///< RSS guid, RDF rdf:about, Atom id
    QString published; ///< as written (pubDate, dc:date, published, updated, issued, modified)
    QString author;
    QStringList categories;
    QString summary;      ///< description / summary, as plain text
    QString content;      ///< content:encoded / Atom content, as plain text
    QStringList captions; ///< media:description/title/credit, enclosure addresses
    QString language;
    bool hasContent() const { return !content.isEmpty(); }
};

/// A feed's own fields and how its reading went: everything but the entries.
struct FeedHead {
    enum class Kind { None, Rss, Rdf, Atom };
    Kind kind = Kind::None;
    QString version; ///< "2.0", "0.91", "1.0", "atom10", ...
    QString title;
    QString link;
    QString language;
    QStringList warnings;
    QString error; ///< non-empty: not a feed at all (no rss, rdf:RDF or feed root could be read)
    bool wellFormed = true;
    bool ok() const { return error.isEmpty(); }
};

/// What a feed file holds. A feed that is not well-formed keeps what could be read and says so in warnings.
struct FeedDocument : FeedHead {
    QList<FeedEntry> entries;
};

/// Entries of a feed read as a stream, in the feed's order.
struct FeedChunk {
    QList<FeedEntry> entries;
    /// The entries handed on before this chunk came from ill-formed XML that a repaired reading reads better: they
    /// are void, and this chunk starts again from the feed's first entry.
    bool restart = false;
    FeedHead head; ///< the feed's fields as far as read (an RSS channel's title comes before its items)
};
/// Takes each chunk as it is read; false stops the reading.
using FeedSink = std::function<bool(FeedChunk &&chunk)>;

/// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 (and 0.3), read with QXmlStreamReader. Ill-formed input (bad encoding
/// declarations, undeclared namespace prefixes, HTML entities, bare ampersands, broken CDATA, truncation) is read
/// again after repairs, and the best reading is kept with a warning. Never throws, bounded by kMaxArticlesPerFile.
class FeedParser final
{
public:
    /// An entry whose body is only a summary of at most this many characters counts as summary-only.
    static constexpr qsizetype kSummaryOnlyMaxChars = 1500;

    /// httpCharset: the charset of an HTTP Content-Type header, which overrides the XML declaration.
    static FeedDocument parse(const QByteArray &bytes, const QString &httpCharset = {});
    /// The same read from a device as a stream, so that a feed of any size takes memory for chunkEntries entries:
    /// entries go to sink at most chunkEntries at a time, the head is returned at the end. An ill-formed feed is
    /// read again from the device's start (which must then be seekable) after repairs, as parse() does; when that
    /// reading is the better one, its entries follow with FeedChunk::restart. A head that is not ok() voids every
    /// entry handed on. A non-empty httpCharset reads the whole device first.
    static FeedHead parse(QIODevice &device, const FeedSink &sink, int chunkEntries = 200,
                          const QString &httpCharset = {});
    /// True when the text starts (after a BOM, the XML prolog, comments and a doctype) with a feed's root element.
    static bool looksLikeFeed(QStringView text);
    /// The entries as articles (outlet = feed title); summaryOnly gets the indexes of entries with only a summary.
    static ParseResult toArticles(const FeedDocument &feed, QList<qsizetype> *summaryOnly = nullptr);
    /// One entry as an article (outlet: the feed's title); false when it has no title, link or text to name it by.
    static bool toArticle(const FeedEntry &entry, const QString &outlet, Article *article);
    /// An entry's date as an instant when it names one (RFC 822 or ISO 8601); invalid otherwise.
    static QDateTime parseDateTime(const QString &text);
};

} // namespace sift
