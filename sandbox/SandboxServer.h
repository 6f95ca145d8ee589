#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace PartnerDesk::Sandbox {

class SandboxRuntime;

// A Partner Center look-alike over HTTP on 127.0.0.1 (see sandbox/README.md). It lives in
// one thread and owns that thread's SQLite connection: call every method from the thread
// the object lives in. EmbeddedSandbox runs one in a thread of its own.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Opens (and, when new, seeds) the database and listens on 127.0.0.1 only. Returns once
    // listening; false with a reason otherwise. A running server is stopped first.
    // `listening`, when given, is called with the address as soon as the socket listens,
    // before the database is opened: requests sent there are answered once start() returns.
    bool start(const SandboxOptions& options, QString* errorMessage = nullptr,
        const std::function<void(const QUrl&)>& listening = {});
    // Stops listening and closes the database (a temporary one is deleted).
    void stop();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:PORT
    [[nodiscard]] QString databasePath() const;

private:
    std::unique_ptr<SandboxRuntime> m_runtime;
};

} // namespace PartnerDesk::Sandbox
