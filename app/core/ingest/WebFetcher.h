#pragma once

#include "core/store/WebStore.h"

#include <QString>
#include <QUrl>

#include <atomic>

namespace sift {

struct FetchOptions {
    int connectTimeoutMs = 30000; ///< until the response headers arrive
    int totalTimeoutMs = 30000;   ///< for the whole transfer
    qint64 maxBytes = 20 * 1024 * 1024;
    int maxRedirects = 5;
    /// Validators from the last fetch, for a conditional GET; a 304 answer sets FetchResult::notModified.
    QString etag;
    QString lastModified;
    /// Refuse what is neither text, HTML, XML nor a feed (images, PDFs, archives).
    bool requireText = true;
};

struct FetchResult {
    WebCapture capture; ///< requested and final URL, time, status, content type, bytes and their SHA-256
    QString charset;    ///< from Content-Type, lower-case; empty when the server named none
    QString etag;
    QString lastModified;
    bool notModified = false;
    QString error; ///< a sentence a user can read: DNS, TLS, HTTP status, too large, timed out, redirect loop, ...
    bool ok() const { return error.isEmpty(); }
};

/// Fetches one http(s) URL and waits for it, running its own event loop: call it on a worker thread (the importer
/// does), never on the GUI thread. Redirects are followed by hand so each hop is checked (scheme, count, loops);
/// the size limit is enforced while the body streams in.
class WebFetcher final
{
public:
    /// "Sift/<version> (+news analysis workbench)"
    static QString userAgent();
    /// An http:// or https:// address (what the importers take as a URL rather than a file path).
    static bool isWebAddress(const QString &text);
    /// cancel, when given, is polled while waiting: setting it aborts the transfer with an error.
    static FetchResult fetch(const QString &url, const FetchOptions &options = {},
                             const std::atomic_bool *cancel = nullptr);
};

} // namespace sift
