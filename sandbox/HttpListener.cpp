#include "sandbox/HttpListener.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace PartnerDesk::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// The whole answer as bytes, for one written later than handleRequest returns (the responder
// only lives as long as that call may rely on its request).
QByteArray rawAnswer(const SandboxResponse& response, bool withBody)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + " Delayed\r\n";
    for (const auto& [name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    if (!response.contentType.isEmpty())
        bytes += "Content-Type: " + response.contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(withBody ? response.body.size() : 0) + "\r\n";
    bytes += "Connection: close\r\n\r\n";
    if (withBody)
        bytes += response.body;
    return bytes;
}

} // namespace

HttpListener::HttpListener(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool HttpListener::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxRequest sandboxRequest;
    sandboxRequest.method = methodName(request.method());
    sandboxRequest.path = request.url().path(QUrl::FullyDecoded);
    sandboxRequest.query = request.query();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers)
        sandboxRequest.headers.insert(name.toLower(), value);
    sandboxRequest.body = request.body();
    sandboxRequest.fromLoopback = request.remoteAddress().isLoopback();

    const SandboxResponse response = m_handler(sandboxRequest);
    const bool withBody = !sandboxRequest.isHead();

    if (response.dropConnection) {
        // A reset, not a polite close: the client gets no status line, as when a connection
        // breaks. The socket is deleted later by QtHttpServer (on its disconnected signal).
        socket->abort();
        return true;
    }
    if (response.delayMilliseconds > 0) {
        // Held back without blocking the server: the answer is written when the timer fires,
        // if the client is still waiting by then (a client that timed out has closed).
        const QPointer<QTcpSocket> target(socket);
        QTimer::singleShot(response.delayMilliseconds, this, [target, bytes = rawAnswer(response, withBody)] {
            if (!target || target->state() != QAbstractSocket::ConnectedState)
                return;
            target->write(bytes);
            target->disconnectFromHost();
        });
        return true;
    }

    // Written by hand: QHttpServerResponder 6.4 takes headers only as an initializer_list.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(withBody ? response.body.size() : 0));
    responder.writeBody(withBody ? response.body : QByteArray());
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers everything; this only satisfies the interface.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace PartnerDesk::Sandbox
