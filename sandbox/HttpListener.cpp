#include "sandbox/HttpListener.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

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

    // Written by hand: QHttpServerResponder 6.4 takes headers only as an initializer_list.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    const bool withBody = !sandboxRequest.isHead();
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
