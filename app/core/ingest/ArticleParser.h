#pragma once

#include "core/domain/Article.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace sift {

enum class InputFormat { Auto, Scraped, Text, Json, Csv, Html, Feed };

/// More articles than this in one file fail the file: the parsers hold a file's articles in memory
/// until its transaction commits, so a file of millions of tiny records would take gigabytes.
inline constexpr qsizetype kMaxArticlesPerFile = 100000;
/// The sentence a parser fails a file with when it holds more than kMaxArticlesPerFile records.
QString tooManyArticlesError();

QString inputFormatKey(InputFormat format); ///< "auto", "scraped", "text", "json", "csv", "html", "feed"
std::optional<InputFormat> inputFormatFromKey(const QString &key);

/// Sift field -> the input's column/key name. Fields: title, body, url, published, outlet, author, language, captions.
using FieldMap = QHash<QString, QString>;

/// Parses "title=headline,body=text"; nullopt + *error (user-readable sentence) on a bad spec or unknown field.
std::optional<FieldMap> parseFieldMap(const QString &spec, QString *error);

struct ParseResult {
    QList<Article> articles;
    QStringList warnings; ///< per-file notes a user should see, e.g. "not valid UTF-8; read as Windows-1252"
    QString error;        ///< non-empty = the whole file failed; a sentence a user can read ("binary data, not text")
    /// A feed (RSS/RDF/Atom): its articles carry guid and categories; summaryOnly lists the indexes of those
    /// whose body is only the entry's summary (an importer may fetch the linked page for the full text).
    bool isFeed = false;
    QList<qsizetype> summaryOnly;
    bool ok() const { return error.isEmpty(); }
};

/// What the transport knew about a web page's bytes (an HTTP fetch); empty for a file on disk.
struct WebHints {
    QByteArray charset; ///< the charset an HTTP Content-Type declared, e.g. "iso-8859-1"
    QString url;        ///< where the page was fetched from: the base of relative links, the outlet's host
};

/// Reads the articles in one file. Never touches the disk: the importer reads the bytes and fills
/// id, uid, sourceFile and importedAt itself.
/// Web pages (InputFormat::Html, or Auto on an .html/.htm/.xhtml/.mhtml/.gz name or HTML content) are read
/// from the bytes, so their charset can come from `hints`, a BOM or a <meta> declaration.
ParseResult parseArticles(const QByteArray &bytes, const QString &fileName, InputFormat format = InputFormat::Auto,
                          const FieldMap &map = {}, const WebHints &hints = {});
/// The same for bytes fetched from the web: charset is the HTTP Content-Type's (which a feed's XML declaration
/// yields to, RFC 7303), url where they came from. Forwards to parseArticles with WebHints.
ParseResult parseWebArticles(const QByteArray &bytes, const QString &fileName, InputFormat format,
                             const QString &charset, const FieldMap &map = {}, const QString &url = {});

/// True when parseArticles would read a file as a feed, by its name or its first 4 KB (enough of `head`).
bool looksLikeFeedFile(const QByteArray &head, const QString &fileName);

/// A feed's articles as they are read, in order.
struct ArticleChunk {
    QList<Article> articles;
    bool restart = false; ///< the articles handed on before are void: this chunk starts again from the first
};

/// A feed file read as a stream (FeedParser::parse on a device), so that it never lies in memory whole: its
/// articles go to sink in chunks of at most chunkEntries, and what is returned is what parseArticles returns for
/// the same bytes, less the articles. An error voids every chunk handed on; false from the sink stops the reading.
/// The outlet is the feed's title as read before the chunk (an RSS channel's title precedes its items).
ParseResult parseFeedArticles(QIODevice &device, const std::function<bool(ArticleChunk &&chunk)> &sink,
                              int chunkEntries = 200);

} // namespace sift
