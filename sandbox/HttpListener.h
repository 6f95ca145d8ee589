#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QAbstractHttpServer>

#include <functional>

namespace PartnerDesk::Sandbox {

// The QtHttpServer 6.4 front: turns each request into a SandboxRequest, asks the handler,
// and writes the answer with Content-Length (and no body for HEAD).
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;

    explicit HttpListener(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace PartnerDesk::Sandbox
