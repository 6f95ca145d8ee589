#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxRuntime.h"

namespace PartnerDesk::Sandbox {

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
{ }

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(
    const SandboxOptions& options, QString* errorMessage, const std::function<void(const QUrl&)>& listening)
{
    stop();
    auto runtime = std::make_unique<SandboxRuntime>();
    QString reason;
    if (!runtime->start(options, &reason, listening)) {
        qCWarning(lcSandboxServer).noquote() << "Sandbox did not start:" << reason;
        if (errorMessage)
            *errorMessage = reason;
        return false;
    }
    m_runtime = std::move(runtime);
    return true;
}

void SandboxServer::stop()
{
    m_runtime.reset();
}

bool SandboxServer::isRunning() const
{
    return m_runtime != nullptr;
}

quint16 SandboxServer::port() const
{
    return m_runtime ? m_runtime->port() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return m_runtime ? m_runtime->baseUrl() : QUrl();
}

QString SandboxServer::databasePath() const
{
    return m_runtime ? m_runtime->databasePath() : QString();
}

} // namespace PartnerDesk::Sandbox
