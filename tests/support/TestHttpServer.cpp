#include "support/TestHttpServer.h"

#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace sift::test {

class Worker : public QObject
{
public:
    explicit Worker(TestHttpServer *owner)
        : m_owner(owner)
    {}

    quint16 start()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost, 0);
        return m_server->serverPort();
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            m_owner->recordRequest(path, headers);
            respond(socket, path, headers);
        });
    }

    void respond(QTcpSocket *socket, const QString &path, const QHash<QByteArray, QByteArray> &headers)
    {
        const std::optional<TestHttpServer::Route> found = m_owner->route(path);
        TestHttpServer::Route route;
        if (found) {
            route = *found;
        } else {
            route.status = 404;
            route.body = "not found";
        }
        if (route.delayMs < 0)
            return; // never answers; the socket stays open until the client gives up
        const QPointer<QTcpSocket> guarded(socket);
        auto send = [this, guarded, route, headers] {
            if (!guarded)
                return;
            TestHttpServer::Route r = route;
            if (!r.etag.isEmpty() && headers.value("if-none-match") == r.etag) {
                r.status = 304;
                r.body.clear();
                r.generatedBytes = 0;
            }
            QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " " + reason(r.status) + "\r\n";
            head += "Content-Type: " + r.contentType + "\r\nConnection: close\r\n";
            if (!r.etag.isEmpty())
                head += "ETag: " + r.etag + "\r\n";
            for (const auto &h : std::as_const(r.headers))
                head += h.first + ": " + h.second + "\r\n";
            const qint64 length = r.generatedBytes > 0 ? r.generatedBytes : r.body.size();
            if (r.declareLength && r.status != 304)
                head += "Content-Length: " + QByteArray::number(length) + "\r\n";
            head += "\r\n";
            guarded->write(head);
            if (r.generatedBytes > 0) {
                stream(guarded, r.generatedBytes);
                return;
            }
            guarded->write(r.body);
            guarded->disconnectFromHost();
        };
        if (route.delayMs > 0)
            QTimer::singleShot(route.delayMs, socket, send);
        else
            send();
    }

    /// Writes total bytes a megabyte at a time, each after the last has gone out, until the client hangs up.
    void stream(QPointer<QTcpSocket> socket, qint64 total)
    {
        auto left = std::make_shared<qint64>(total);
        static const QByteArray piece(1024 * 1024, 'x');
        auto more = [socket, left] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (*left <= 0) {
                socket->disconnectFromHost();
                return;
            }
            if (socket->bytesToWrite() > 2 * piece.size())
                return;
            const qint64 n = qMin<qint64>(*left, piece.size());
            *left -= n;
            socket->write(piece.constData(), n);
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 304:
            return "Not Modified";
        case 404:
            return "Not Found";
        case 500:
            return "Internal Server Error";
        default:
            return "Status";
        }
    }

    TestHttpServer *m_owner;
    QTcpServer *m_server = nullptr;
};

TestHttpServer::TestHttpServer()
    : m_thread(std::make_unique<QThread>())
{
    m_worker = new Worker(this);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QSemaphore ready;
    QMetaObject::invokeMethod(m_worker, [this, &ready] {
        m_port = m_worker->start();
        ready.release();
    });
    ready.acquire();
}

TestHttpServer::~TestHttpServer()
{
    m_thread->quit();
    m_thread->wait();
}

QString TestHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void TestHttpServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
}

void TestHttpServer::setText(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    Route route;
    route.body = body;
    route.contentType = contentType;
    setRoute(path, route);
}

void TestHttpServer::setRedirect(const QString &path, const QString &location, int status)
{
    Route route;
    route.status = status;
    route.headers << qMakePair(QByteArray("Location"), location.toUtf8());
    setRoute(path, route);
}

int TestHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_counts.value(path);
}

QHash<QByteArray, QByteArray> TestHttpServer::lastHeaders(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_headers.value(path);
}

std::optional<TestHttpServer::Route> TestHttpServer::route(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_routes.constFind(path);
    if (it == m_routes.constEnd())
        return std::nullopt;
    return *it;
}

void TestHttpServer::recordRequest(const QString &path, const QHash<QByteArray, QByteArray> &headers)
{
    QMutexLocker lock(&m_mutex);
    ++m_counts[path];
    m_headers.insert(path, headers);
}

} // namespace sift::test
