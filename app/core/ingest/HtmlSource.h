#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace sift {

/// Turns the bytes of a saved web page into UTF-8 an HTML5 parser can take: unwraps gzip and MHTML
/// ("web page, single file"), picks the charset (byte-order mark, then the transport's hint, then
/// <meta charset>/http-equiv, then detection) and bounds what the parser is given (nesting depth,
/// element count), so hostile pages cost bounded time and memory.
class HtmlSource final
{
public:
    /// Deeper elements are dropped before parsing (their text stays): HTML5 tree building costs
    /// O(depth) per element, so a page nested 100,000 deep would take minutes.
    static constexpr int kMaxDepth = 400;
    /// A page is cut at this many elements (with a warning); real articles have a few thousand.
    static constexpr qsizetype kMaxElements = 300000;
    /// A gzip page may unpack to no more than a file may hold (Importer::kMaxFileBytes).
    static constexpr qsizetype kMaxInflatedBytes = 64 * 1024 * 1024;

    struct Result {
        QByteArray utf8;  ///< the page as UTF-8, ready for the parser
        QString encoding; ///< the charset it was read as
        QString location; ///< MHTML: the page's Content-Location
        QStringList warnings;
        QString error; ///< a sentence a user can read; empty = ok
        bool ok() const { return error.isEmpty(); }
    };

    /// True when the name (.html .htm .xhtml .shtml .mhtml .mht, also .gz of them) or the content says web page.
    static bool looksLikeHtml(QByteArrayView bytes, const QString &fileName);
    static bool hasHtmlName(const QString &fileName);
    /// charsetHint: a charset the transport declared (an HTTP Content-Type), empty when unknown.
    static Result read(const QByteArray &bytes, const QByteArray &charsetHint = {});

    /// gzip -> bytes; nullopt-like empty + *error when the stream is broken or inflates past maxBytes.
    static QByteArray gunzip(QByteArrayView bytes, qsizetype maxBytes, QString *error);
    /// The text/html part of an MHTML file, decoded from quoted-printable or base64. Empty + *error when none.
    static QByteArray mhtmlHtmlPart(QByteArrayView bytes, QByteArray *charset, QString *location, QString *error);
    /// The charset a <meta charset> or <meta http-equiv="Content-Type"> near the top declares, lower case.
    static QByteArray metaCharset(QByteArrayView bytes);
    /// Drops start tags nested deeper than kMaxDepth (and their end tags) and cuts the page after kMaxElements.
    static QByteArray boundMarkup(const QByteArray &utf8, QStringList *warnings);
};

} // namespace sift
