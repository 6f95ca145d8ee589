#include "sandbox/EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

EmbeddedSandbox::EmbeddedSandbox() = default;

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

bool EmbeddedSandbox::start(const SandboxOptions& options, QString* errorMessage)
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"PartnerDesk sandbox"_s);
    m_thread->start();
    m_server = std::make_unique<SandboxServer>();
    m_server->moveToThread(m_thread.get());

    // The server, its sockets and its SQLite connection are all made in the new thread.
    bool started = false;
    QString reason;
    SandboxServer* server = m_server.get();
    QMetaObject::invokeMethod(
        server,
        [&] {
            started = server->start(options, &reason);
            m_baseUrl = server->baseUrl();
            m_databasePath = server->databasePath();
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        stop();
        if (errorMessage)
            *errorMessage = reason;
        return false;
    }
    return true;
}

void EmbeddedSandbox::stop()
{
    if (m_server) {
        // Stop in the server's thread, then hand the empty object back to this thread so it
        // is deleted where it now lives.
        QThread* home = QThread::currentThread();
        SandboxServer* server = m_server.get();
        QMetaObject::invokeMethod(
            server,
            [server, home] {
                server->stop();
                server->moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    m_server.reset();
    m_thread.reset();
    m_baseUrl.clear();
    m_databasePath.clear();
}

} // namespace PartnerDesk::Sandbox
