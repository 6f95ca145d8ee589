#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace PartnerDesk {

// Where secrets (the refresh token) are kept between sessions: the system's secret store
// (KeychainSecretStore), or memory (MemorySecretStore: tests, and the session's fallback when
// the system has none). Never a file of PartnerDesk's own, never the settings.
// Calls are asynchronous (a secret store may ask the user); `context` guards the callback.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under this key (reading, removing)
        Unavailable, // there is no secret store on this system (or it cannot be reached)
        Denied, // the user or the system refused access
        Failed, // any other error; `reason` says which (for logs; never contains the secret)
    };

    struct Answer
    {
        Status status = Status::Failed;
        QString secret; // read() only
        QString reason;

        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Answer&)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    // Whether what is written here outlives the process.
    [[nodiscard]] virtual bool isPersistent() const = 0;
};

// Secrets in this process's memory only; answers on the next turn of the event loop, as a
// real store would.
class MemorySecretStore final : public SecretStore
{
public:
    // `persistent`: tests use it to stand for a system store.
    explicit MemorySecretStore(bool persistent = false)
        : m_persistent(persistent)
    { }

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    [[nodiscard]] bool isPersistent() const override { return m_persistent; }

    [[nodiscard]] qsizetype size() const { return m_secrets.size(); }
    [[nodiscard]] QString peek(const QString& key) const { return m_secrets.value(key); }
    // Tests: every later call fails with this status (Ok: works again).
    void setFailure(Status status) { m_failure = status; }

private:
    QHash<QString, QString> m_secrets;
    Status m_failure = Status::Ok;
    bool m_persistent = false;
};

// The system's secret store through QtKeychain (Secret Service / KWallet on Linux, the
// Keychain on macOS, the Credential Manager on Windows), under the service "PartnerDesk".
// QtKeychain's insecure plaintext fallback is off.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("PartnerDesk"));

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    [[nodiscard]] bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace PartnerDesk
