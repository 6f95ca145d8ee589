#pragma once

#include "api/Result.h"
#include "auth/OAuthTokens.h"
#include "model/Session.h"
#include "validation/PermissionPolicy.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace PartnerDesk {

class AttestationChannel;
class EvidenceStore;
class OAuthTokenSource;
class PartnerCenterClient;
class SecretStore;
class TokenEndpoint;

// What the app is connected to and as whom: the client, the tokens, the session and the
// permission policy derived from it. Screens receive a Workspace; they never build clients.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Connection {
        Sandbox,
        PartnerCenter,
    };

    // `apiBase` is the Partner Center (or sandbox) address; the token endpoints live at
    // `authority` (for the sandbox: the same address).
    Workspace(QNetworkAccessManager* network, Connection connection, const QUrl& apiBase, const QUrl& authority,
        const QString& tenant, const QString& clientId, QObject* parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] Connection connection() const { return m_connection; }
    [[nodiscard]] QUrl apiBase() const { return m_apiBase; }
    [[nodiscard]] QNetworkAccessManager* network() const { return m_network; }
    [[nodiscard]] PartnerCenterClient* client() const { return m_client.get(); }
    // Every attestation goes through here, and each result leaves an evidence record.
    [[nodiscard]] AttestationChannel* attestation() const;
    // The same channel for bulk runs: their evidence records say channel "bulk".
    [[nodiscard]] AttestationChannel* bulkAttestation() const;
    // The local evidence records; null when the store could not be opened.
    [[nodiscard]] EvidenceStore* evidence() const;
    // Removes contact data from records older than Settings' EvidenceRetentionDays (0 keeps
    // them). Done when the store opens; call it again when the setting changes. Returns the
    // number of records changed (-1 on an error or without a store); emits evidenceChanged()
    // when there were any.
    int purgeExpiredEvidenceContacts();
    [[nodiscard]] TokenEndpoint* tokenEndpoint() const { return m_endpoint.get(); }
    [[nodiscard]] OAuthTokenSource* tokens() const { return m_tokens.get(); }

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] PermissionPolicy policy() const { return PermissionPolicy(m_session); }
    [[nodiscard]] bool isSignedIn() const { return m_session.isSignedIn(); }

    // Signs in as a sandbox demo user (Connection::Sandbox only).
    void signInDemoUser(const QString& userPrincipalName, QObject* context, ResultCallback<Session> done);
    // Uses tokens obtained elsewhere (the device code sign-in). The role comes from the
    // token when it names one, otherwise from `fallback` (Settings in Partner Center mode).
    void adoptTokens(const OAuthTokens& tokens, const Session& fallback);
    // Signs out; the refresh token kept in the secret store is removed too.
    void signOut();

    // Where the refresh token is kept between sessions (Partner Center mode; the store must
    // outlive the workspace). Without a store, or when it fails, the token stays in memory for
    // this session only, and tokensKeptInMemory() says why. Never a file, never the settings.
    void setSecretStore(SecretStore* store);
    // Whether the sign-in will outlive this session (the secret store holds the token).
    [[nodiscard]] bool keepsSignIn() const { return m_secretStore && m_keepsSignIn; }
    // Signs in with the refresh token kept in the secret store. ApiError::Kind::SignInRequired
    // when there is none, or when the service no longer accepts it (it is removed then).
    void restoreSignIn(QObject* context, ResultCallback<Session> done);
    // The role, partner type and partner name Settings give for Partner Center mode, used
    // where the token names none.
    [[nodiscard]] static Session sessionFromSettings();
    // Under which key the refresh token is kept: one per authority, tenant and application.
    [[nodiscard]] QString secretKey() const;

Q_SIGNALS:
    void sessionChanged(const PartnerDesk::Session& session);
    // The refresh token was refused: the user must sign in again (forms stay as they are).
    void signInRequired(const PartnerDesk::ApiError& reason);
    // An attestation through attestation() or bulkAttestation() left a record for this customer.
    void evidenceRecorded(const QString& customerId);
    // Records changed in other ways (contact data removed after the retention period).
    void evidenceChanged();
    // The refresh token could not go to the system's secret store: it is kept in memory, and
    // the next start asks for a new sign-in. `reason` is for logs (no secret in it).
    void tokensKeptInMemory(const QString& reason);

private:
    void keepRefreshToken();

    QNetworkAccessManager* m_network;
    Connection m_connection;
    QUrl m_apiBase;
    std::unique_ptr<TokenEndpoint> m_endpoint;
    std::unique_ptr<OAuthTokenSource> m_tokens;
    std::unique_ptr<PartnerCenterClient> m_client;
    std::unique_ptr<AttestationChannel> m_attestation; // the v1 partner confirmation
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<AttestationChannel> m_recordingAttestation; // m_attestation, recorded
    std::unique_ptr<AttestationChannel> m_recordingBulkAttestation; // the same, channel "bulk"
    Session m_session;
    SecretStore* m_secretStore = nullptr;
    QString m_storedRefreshToken; // what the secret store holds (never logged)
    bool m_keepsSignIn = true;
    quint64 m_signInGeneration = 0; // a store answer for an earlier sign-in is dropped
};

} // namespace PartnerDesk
