#include "core/ingest/WebFetcher.h"

#include "core/domain/Translation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

namespace sift {

namespace {

constexpr int kCancelPollMs = 50;

enum class Abort { None, TooLarge, ConnectTimeout, TotalTimeout, Cancelled };

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

bool isTextual(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.isEmpty() || type.startsWith(QLatin1String("text/")))
        return true;
    return type.endsWith(QLatin1String("+xml")) || type.endsWith(QLatin1String("/xml")) ||
           type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json")) ||
           type == QLatin1String("application/xhtml+xml") || type == QLatin1String("multipart/related") ||
           type == QLatin1String("message/rfc822");
}

QString charsetOf(const QString &contentType)
{
    for (const QString &part : contentType.split(QLatin1Char(';'))) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("charset"), Qt::CaseInsensitive) && p.contains(QLatin1Char('='))) {
            QString value = p.section(QLatin1Char('='), 1).trimmed().toLower();
            value.remove(QLatin1Char('"'));
            value.remove(QLatin1Char('\''));
            return value;
        }
    }
    return {};
}

QString networkError(QNetworkReply *reply, const QUrl &url)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return Sift::tr("the host %1 was not found (DNS)").arg(url.host());
    case QNetworkReply::ConnectionRefusedError:
        return Sift::tr("the server %1 refused the connection").arg(url.authority());
    case QNetworkReply::RemoteHostClosedError:
        return Sift::tr("the server closed the connection before answering");
    case QNetworkReply::SslHandshakeFailedError:
        return Sift::tr("the secure connection (TLS) failed: %1").arg(reply->errorString());
    case QNetworkReply::TimeoutError:
        return Sift::tr("the server did not answer in time");
    default:
        return reply->errorString();
    }
}

} // namespace

QString WebFetcher::userAgent()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral("0.1");
    return QStringLiteral("Sift/%1 (+news analysis workbench)").arg(version);
}

bool WebFetcher::isWebAddress(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

FetchResult WebFetcher::fetch(const QString &address, const FetchOptions &options, const std::atomic_bool *cancel)
{
    FetchResult result;
    result.capture.requestedUrl = address.trimmed();
    QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        result.error = Sift::tr("not a valid address");
        return result;
    }
    if (!isHttp(url)) {
        result.error = Sift::tr("only http and https addresses can be fetched, not %1").arg(url.scheme());
        return result;
    }

    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QSet<QUrl> visited;
    QElapsedTimer clock;
    clock.start();
    for (int hop = 0;; ++hop) {
        visited.insert(url.adjusted(QUrl::RemoveFragment));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                                       "application/rdf+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (!options.etag.isEmpty())
            request.setRawHeader("If-None-Match", options.etag.toLatin1());
        if (!options.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", options.lastModified.toLatin1());

        QEventLoop loop;
        QNetworkReply *reply = manager.get(request);
        QByteArray body;
        Abort abort = Abort::None;
        bool headersSeen = false;
        const auto stop = [&](Abort why) {
            if (abort == Abort::None)
                abort = why;
            reply->abort();
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
            headersSeen = true;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > options.maxBytes)
                stop(Abort::TooLarge);
        });
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            headersSeen = true;
            body += reply->read(options.maxBytes + 1 - body.size());
            if (body.size() > options.maxBytes)
                stop(Abort::TooLarge);
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel && cancel->load())
                stop(Abort::Cancelled);
            else if (!headersSeen && clock.elapsed() > options.connectTimeoutMs)
                stop(Abort::ConnectTimeout);
            else if (clock.elapsed() > options.totalTimeoutMs)
                stop(Abort::TotalTimeout);
        });
        poll.start(kCancelPollMs);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        poll.stop();
        if (abort == Abort::None && reply->bytesAvailable() > 0)
            body += reply->read(options.maxBytes + 1 - body.size());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.capture.httpStatus = status;
        result.capture.finalUrl = url.toString();

        switch (abort) {
        case Abort::TooLarge:
            result.error = Sift::tr("too large (the limit is %1 MB)").arg(megabytes(options.maxBytes));
            return result;
        case Abort::ConnectTimeout:
            result.error = Sift::tr("the server did not answer within %1 s").arg(options.connectTimeoutMs / 1000.0);
            return result;
        case Abort::TotalTimeout:
            result.error = Sift::tr("timed out after %1 s").arg(options.totalTimeoutMs / 1000.0);
            return result;
        case Abort::Cancelled:
            result.error = Sift::tr("cancelled");
            return result;
        case Abort::None:
            break;
        }
        if (body.size() > options.maxBytes) {
            result.error = Sift::tr("too large (the limit is %1 MB)").arg(megabytes(options.maxBytes));
            return result;
        }
        if (status == 0) {
            result.error = networkError(reply, url);
            return result;
        }
        if (status == 304) {
            result.notModified = true;
            result.etag = options.etag;
            result.lastModified = options.lastModified;
            return result;
        }
        if (status >= 300 && status < 400 && status != 304) {
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty()) {
                result.error = Sift::tr("HTTP %1 redirect without a Location").arg(status);
                return result;
            }
            const QUrl next = url.resolved(QUrl::fromEncoded(location));
            if (!isHttp(next)) {
                result.error = Sift::tr("redirected to %1, which is not an http or https address").arg(next.toString());
                return result;
            }
            if (visited.contains(next.adjusted(QUrl::RemoveFragment))) {
                result.error = Sift::tr("redirect loop (%1 leads back to %2)").arg(url.toString(), next.toString());
                return result;
            }
            if (hop + 1 > options.maxRedirects) {
                result.error = Sift::tr("more than %1 redirects").arg(options.maxRedirects);
                return result;
            }
            url = next;
            continue;
        }
        if (status >= 400) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            result.error =
                reason.isEmpty() ? Sift::tr("HTTP %1").arg(status) : Sift::tr("HTTP %1 %2").arg(status).arg(reason);
            return result;
        }
        if (reply->error() != QNetworkReply::NoError) {
            result.error = networkError(reply, url);
            return result;
        }
        result.capture.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        result.charset = charsetOf(result.capture.contentType);
        result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
        if (options.requireText && !isTextual(result.capture.contentType)) {
            result.error = Sift::tr("not a web page or feed (%1)").arg(result.capture.contentType);
            return result;
        }
        result.capture.fetchedAt = QDateTime::currentDateTimeUtc();
        result.capture.sha256 = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        result.capture.size = body.size();
        result.capture.raw = std::move(body);
        return result;
    }
}

} // namespace sift
