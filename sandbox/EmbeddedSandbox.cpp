#include "sandbox/EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

EmbeddedSandbox::EmbeddedSandbox() = default;

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

bool EmbeddedSandbox::start(const SandboxOptions& options, QString* errorMessage)
{
    startThread();

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

bool EmbeddedSandbox::startInBackground(const SandboxOptions& options, QObject* context,
    std::function<void(const QString& failure)> ready, QString* errorMessage)
{
    startThread();

    // What the sandbox's thread tells this one while start() is still running there.
    struct Listening
    {
        QMutex mutex;
        QWaitCondition told;
        bool done = false;
        QUrl baseUrl;
        QString failure;
    };
    auto listening = std::make_shared<Listening>();
    const auto tell = [listening](const QUrl& baseUrl, const QString& failure) {
        const QMutexLocker locker(&listening->mutex);
        if (listening->done)
            return;
        listening->done = true;
        listening->baseUrl = baseUrl;
        listening->failure = failure;
        listening->told.wakeAll();
    };
    SandboxServer* server = m_server.get();
    QMetaObject::invokeMethod(
        server,
        [server, options, tell, context, ready = std::move(ready)] {
            QString reason;
            bool announced = false;
            const bool started = server->start(options, &reason, [&tell, &announced](const QUrl& url) {
                announced = true;
                tell(url, {});
            });
            if (!announced) {
                tell({}, reason); // start() returns false: the socket did not listen
                return;
            }
            // Posted before stop() can return (it waits for this function), so to a living
            // context; dropped if the context goes before it is delivered.
            QMetaObject::invokeMethod(
                context, [ready, failure = started ? QString() : reason] { ready(failure); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);

    QMutexLocker locker(&listening->mutex);
    while (!listening->done)
        listening->told.wait(&listening->mutex);
    if (listening->baseUrl.isEmpty()) {
        const QString failure = listening->failure;
        locker.unlock();
        stop();
        if (errorMessage)
            *errorMessage = failure;
        return false;
    }
    m_baseUrl = listening->baseUrl;
    m_databasePath = options.databasePath;
    return true;
}

void EmbeddedSandbox::startThread()
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"PartnerDesk sandbox"_s);
    m_thread->start();
    m_server = std::make_unique<SandboxServer>();
    m_server->moveToThread(m_thread.get());
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
