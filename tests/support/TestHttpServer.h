#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace sift::test {

class Worker;

/// A real HTTP/1.1 server on 127.0.0.1 and a free port, on its own thread (the code under test may block the
/// test's thread while it fetches). Each path answers as its Route says; every request is counted and its
/// headers kept, so a test can check what the client sent.
class TestHttpServer
{
public:
    struct Route {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "text/plain; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers; ///< extra response headers (Location, Last-Modified...)
        QByteArray etag;           ///< when set: sent as ETag, and a request with If-None-Match: etag gets a 304
        int delayMs = 0;           ///< wait before answering; -1 = never answer
        qint64 generatedBytes = 0; ///< instead of body: this many bytes of text, streamed in 1 MB pieces
        bool declareLength = true; ///< send Content-Length (for generated bodies too)
    };

    TestHttpServer();
    ~TestHttpServer();

    quint16 port() const { return m_port; }
    QString url(const QString &path) const;

    void setRoute(const QString &path, const Route &route);
    void setText(const QString &path, const QByteArray &body,
                 const QByteArray &contentType = "text/plain; charset=utf-8");
    void setRedirect(const QString &path, const QString &location, int status = 302);

    int requestCount(const QString &path) const;
    /// The headers of the last request for path, names lower-case.
    QHash<QByteArray, QByteArray> lastHeaders(const QString &path) const;

    // Used by the server thread.
    std::optional<Route> route(const QString &path) const;
    void recordRequest(const QString &path, const QHash<QByteArray, QByteArray> &headers);

private:
    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_counts;
    QHash<QString, QHash<QByteArray, QByteArray>> m_headers;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace sift::test
