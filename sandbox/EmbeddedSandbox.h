#pragma once

#include "sandbox/SandboxOptions.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace PartnerDesk::Sandbox {

class SandboxServer;

// A SandboxServer in a thread of its own, for the GUI's built-in demo and for tests that
// want the server off their own thread. Not a QObject: it only starts, reports and stops.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox(); // stops
    EmbeddedSandbox(const EmbeddedSandbox&) = delete;
    EmbeddedSandbox& operator=(const EmbeddedSandbox&) = delete;

    // Blocks until the server listens (or failed); seeding a new database happens inside.
    bool start(const SandboxOptions& options, QString* errorMessage = nullptr);
    // Returns as soon as the socket listens, with baseUrl() known, while the database opens
    // (or is seeded) in the sandbox's thread: requests sent meanwhile wait and are answered
    // once the server is ready. `ready` is then called on `context`'s thread, with an empty
    // string, or with the reason the server could not start. False (and `ready` never called)
    // when not even the socket could listen. `context` must outlive this object's stop().
    bool startInBackground(const SandboxOptions& options, QObject* context,
        std::function<void(const QString& failure)> ready, QString* errorMessage = nullptr);
    // Blocks until the server has stopped and its thread has finished.
    void stop();

    [[nodiscard]] bool isRunning() const { return m_server != nullptr; }
    [[nodiscard]] quint16 port() const { return quint16(m_baseUrl.port(0)); }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }

private:
    // A new thread with a server living in it (what ran before is stopped).
    void startThread();

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<SandboxServer> m_server;
    QUrl m_baseUrl;
    QString m_databasePath;
};

} // namespace PartnerDesk::Sandbox
