#pragma once

#include "core/domain/Article.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sift {

enum class InputFormat { Auto, Scraped, Text, Json, Csv, Html };

/// More articles than this in one file fail the file: the parsers hold a file's articles in memory
/// until its transaction commits, so a file of millions of tiny records would take gigabytes.
inline constexpr qsizetype kMaxArticlesPerFile = 100000;
/// The sentence a parser fails a file with when it holds more than kMaxArticlesPerFile records.
QString tooManyArticlesError();

QString inputFormatKey(InputFormat format); ///< "auto", "scraped", "text", "json", "csv", "html"
std::optional<InputFormat> inputFormatFromKey(const QString &key);

/// Sift field -> the input's column/key name. Fields: title, body, url, published, outlet, author, language, captions.
using FieldMap = QHash<QString, QString>;

/// Parses "title=headline,body=text"; nullopt + *error (user-readable sentence) on a bad spec or unknown field.
std::optional<FieldMap> parseFieldMap(const QString &spec, QString *error);

struct ParseResult {
    QList<Article> articles;
    QStringList warnings; ///< per-file notes a user should see, e.g. "not valid UTF-8; read as Windows-1252"
    QString error;        ///< non-empty = the whole file failed; a sentence a user can read ("binary data, not text")
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

} // namespace sift
