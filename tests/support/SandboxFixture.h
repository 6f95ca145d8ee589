#pragma once

#include "api/PartnerCenterClient.h"
#include "auth/OAuthTokenSource.h"
#include "auth/SandboxAccounts.h"
#include "auth/TokenEndpoint.h"
#include "model/Session.h"
#include "sandbox/FaultOptions.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace PartnerDesk {
class Workspace;
}

namespace PartnerDesk::Sandbox {
class EmbeddedSandbox;
}

namespace PartnerDesk::Test {

// A sandbox on 127.0.0.1 in its own thread with a fresh database, and a client signed in
// through the sandbox's token endpoint exactly as the app signs in.
class SandboxFixture
{
public:
    struct Options
    {
        int seedCustomers = 60;
        int throttlePerMinute = 0;
        bool byteOrderMark = false;
        int tokenLifetimeSeconds = 3600;
        int deviceCodeLifetimeSeconds = 900;
        int deviceCodeIntervalSeconds = 1; // tests poll every second, not every five
        Sandbox::FaultOptions faults; // none unless set
    };

    SandboxFixture();
    explicit SandboxFixture(const Options& options);
    ~SandboxFixture();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString startError() const { return m_error; }
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString databasePath() const;

    // Signs in as the first demo user with this role and partner type; false on failure.
    bool signIn(Role role, PartnerType partnerType);
    [[nodiscard]] QString accessToken() const { return m_tokens ? m_tokens->tokens().accessToken : QString(); }
    [[nodiscard]] const QList<DemoUser>& demoUsers() const { return m_users; }
    [[nodiscard]] QString userPrincipalName(Role role, PartnerType partnerType) const;

    [[nodiscard]] PartnerCenterClient* client() const { return m_client.get(); }
    // A workspace (what the GUI's screens get) connected to this sandbox and signed in as the
    // demo user with this role; null when the sign-in failed.
    [[nodiscard]] std::unique_ptr<Workspace> createWorkspace(Role role, PartnerType partnerType);
    [[nodiscard]] QNetworkAccessManager* network() { return &m_network; }

    // The person at the device sign-in page: approve the code as this demo user, or deny it
    // (empty user). False when the sandbox refused (unknown or expired code).
    bool decideDeviceCode(const QString& userCode, const QString& userPrincipalName);
    // A number of GET /sandbox/stats ("agreements", "duplicateAgreements", ...); -1 when absent.
    [[nodiscard]] int stat(const QString& key);
    // Raw GET of a /sandbox/... helper endpoint (stats, requests): parsed JSON, or null.
    [[nodiscard]] QJsonValue sandboxJson(const QString& path);
    // New fault shares and seed for the running sandbox (PUT /sandbox/faults; its counters
    // start again from 0); false when the sandbox refused them.
    bool setFaults(const Sandbox::FaultOptions& faults);
    // GET /sandbox/faults: {"requests","injected":{kind:n},"total",...}.
    [[nodiscard]] QJsonObject faultCounts() { return sandboxJson(QStringLiteral("/sandbox/faults")).toObject(); }
    // A customer id picked from the seeded data by a SQL condition on the sandbox database
    // ("" when none); see sandbox/README.md for the schema.
    [[nodiscard]] QStringList customerIds(int limit = 1000);

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<TokenEndpoint> m_endpoint;
    std::unique_ptr<OAuthTokenSource> m_tokens;
    std::unique_ptr<PartnerCenterClient> m_client;
    QList<DemoUser> m_users;
    QString m_error;
    bool m_running = false;
};

} // namespace PartnerDesk::Test
