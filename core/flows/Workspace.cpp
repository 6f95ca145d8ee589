#include "Workspace.h"

#include "api/PartnerCenterClient.h"
#include "auth/Jwt.h"
#include "auth/KeptSignIn.h"
#include "auth/OAuthTokenSource.h"
#include "auth/SecretStore.h"
#include "auth/TokenEndpoint.h"
#include "flows/AttestationChannel.h"
#include "flows/evidence/EvidenceStore.h"
#include "flows/evidence/RecordingAttestationChannel.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Settings.h"

#include <QLocale>

namespace PartnerDesk {

Workspace::Workspace(QNetworkAccessManager* network, Connection connection, const QUrl& apiBase, const QUrl& authority,
    const QString& tenant, const QString& clientId, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(connection)
    , m_apiBase(apiBase)
{
    AuthorityConfig config;
    config.authority = authority;
    config.tenant = tenant;
    config.clientId = clientId;
    m_endpoint = std::make_unique<TokenEndpoint>(network, config);
    m_tokens = std::make_unique<OAuthTokenSource>(m_endpoint.get());
    m_client = std::make_unique<PartnerCenterClient>(network, apiBase, m_tokens.get());
    m_client->setLocale(QLocale());
    m_attestation = std::make_unique<PartnerConfirmationChannel>(m_client.get());
    m_evidence = std::make_unique<EvidenceStore>();
    QString error;
    if (m_evidence->open(EvidenceStore::defaultPath(), &error)) {
        m_recordingAttestation = std::make_unique<RecordingAttestationChannel>(
            m_attestation.get(), m_evidence.get(), [this] { return m_session; }, QStringLiteral("desktop"),
            Clock::instance());
        m_recordingBulkAttestation = std::make_unique<RecordingAttestationChannel>(
            m_attestation.get(), m_evidence.get(), [this] { return m_session; }, QStringLiteral("bulk"),
            Clock::instance());
    } else {
        // Attesting must not depend on the local record; say so in the log and go on.
        qCWarning(lcFlows) << "evidence records are off: the store did not open:" << error;
        m_evidence.reset();
    }
    if (m_evidence) {
        // Open customer pages show a new record at once, from a form or a bulk run.
        for (AttestationChannel* channel : {m_recordingAttestation.get(), m_recordingBulkAttestation.get()}) {
            static_cast<RecordingAttestationChannel*>(channel)->setRecordedCallback(
                [this](const EvidenceRecord& record) { Q_EMIT evidenceRecorded(record.customerId); });
        }
        purgeExpiredEvidenceContacts();
    }
    connect(m_tokens.get(), &OAuthTokenSource::signInRequired, this, &Workspace::signInRequired);
    // Refreshing may hand out a new refresh token (Entra rotates them): keep the newest.
    connect(m_tokens.get(), &OAuthTokenSource::tokensChanged, this, &Workspace::keepRefreshToken);
}

Workspace::~Workspace() = default;

AttestationChannel* Workspace::attestation() const
{
    return m_recordingAttestation ? m_recordingAttestation.get() : m_attestation.get();
}

AttestationChannel* Workspace::bulkAttestation() const
{
    return m_recordingBulkAttestation ? m_recordingBulkAttestation.get() : m_attestation.get();
}

EvidenceStore* Workspace::evidence() const
{
    return m_evidence.get();
}

int Workspace::purgeExpiredEvidenceContacts()
{
    if (!m_evidence)
        return -1;
    const int changed
        = m_evidence->purgeContactData(Settings::integer(Settings::Key::EvidenceRetentionDays), Clock::instance());
    if (changed > 0)
        Q_EMIT evidenceChanged();
    return changed;
}

void Workspace::signInDemoUser(const QString& userPrincipalName, QObject* context, ResultCallback<Session> done)
{
    m_endpoint->signInDemoUser(userPrincipalName, context, [this, done](const Result<OAuthTokens>& tokens) {
        if (!tokens.ok()) {
            done(tokens.error());
            return;
        }
        Session fallback;
        fallback.partnerName = Settings::string(Settings::Key::PartnerName);
        adoptTokens(tokens.value(), fallback);
        done(m_session);
    });
}

void Workspace::adoptTokens(const OAuthTokens& tokens, const Session& fallback)
{
    m_tokens->setTokens(tokens);
    bool hasRole = false;
    bool hasType = false;
    const QString identity = tokens.idToken.isEmpty() ? tokens.accessToken : tokens.idToken;
    Session session = Jwt::sessionFromClaims(Jwt::claims(tokens.accessToken), &hasRole, &hasType);
    const Session fromIdToken = Jwt::sessionFromClaims(Jwt::claims(identity));
    if (session.userId.isEmpty())
        session.userId = fromIdToken.userId;
    if (session.displayName.isEmpty())
        session.displayName = fromIdToken.displayName;
    if (session.userPrincipalName.isEmpty())
        session.userPrincipalName = fromIdToken.userPrincipalName;
    if (session.tenantId.isEmpty())
        session.tenantId = fromIdToken.tenantId;
    if (!hasRole)
        session.role = fallback.role;
    if (!hasType)
        session.partnerType = fallback.partnerType;
    // Settings name the partner when the user set it; else the token's claim, if any.
    if (!fallback.partnerName.isEmpty())
        session.partnerName = fallback.partnerName;
    m_session = session;
    Q_EMIT sessionChanged(m_session);
}

void Workspace::signOut()
{
    ++m_signInGeneration;
    m_tokens->clear();
    m_session = Session{};
    if (m_secretStore) {
        m_storedRefreshToken.clear();
        m_secretStore->remove(secretKey(), this, [](const SecretStore::Answer& answer) {
            if (!answer.ok() && answer.status != SecretStore::Status::NotFound)
                qCWarning(lcAuth) << "the stored sign-in could not be removed:" << answer.reason;
        });
    }
    Q_EMIT sessionChanged(m_session);
}

void Workspace::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
    m_keepsSignIn = store != nullptr && store->isPersistent();
}

QString Workspace::secretKey() const
{
    return m_endpoint->config().secretKey();
}

Session Workspace::sessionFromSettings()
{
    Session session;
    Role role = Role::HelpdeskAgent;
    if (roleFromKey(Settings::string(Settings::Key::ManualRole), &role))
        session.role = role;
    PartnerType type = PartnerType::DirectBill;
    if (partnerTypeFromKey(Settings::string(Settings::Key::ManualPartnerType), &type))
        session.partnerType = type;
    session.partnerName = Settings::string(Settings::Key::PartnerName);
    return session;
}

void Workspace::keepRefreshToken()
{
    const QString refreshToken = m_tokens->tokens().refreshToken;
    if (!m_secretStore || refreshToken.isEmpty() || refreshToken == m_storedRefreshToken)
        return;
    if (!m_secretStore->isPersistent()) {
        m_storedRefreshToken = refreshToken;
        return;
    }
    const quint64 generation = m_signInGeneration;
    m_secretStore->write(
        secretKey(), refreshToken, this, [this, generation, refreshToken](const SecretStore::Answer& answer) {
            if (generation != m_signInGeneration)
                return; // signed out meanwhile
            if (answer.ok()) {
                m_storedRefreshToken = refreshToken;
                m_keepsSignIn = true;
                return;
            }
            m_keepsSignIn = false;
            qCWarning(lcAuth) << "the sign-in is kept in memory for this session only:" << answer.reason;
            Q_EMIT tokensKeptInMemory(answer.reason);
        });
}

void Workspace::restoreSignIn(QObject* context, ResultCallback<Session> done)
{
    if (!m_secretStore) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                ApiError error;
                error.kind = ApiError::Kind::SignInRequired;
                done(error);
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = ++m_signInGeneration;
    KeptSignIn::restore(m_secretStore, m_endpoint.get(), context,
        [this, generation, done](const Result<OAuthTokens>& tokens, const SecretStore::Answer& stored) {
            if (generation != m_signInGeneration)
                return;
            if (!stored.ok() && stored.status != SecretStore::Status::NotFound) {
                m_keepsSignIn = false;
                Q_EMIT tokensKeptInMemory(stored.reason);
            }
            if (!tokens.ok()) {
                if (tokens.error().kind == ApiError::Kind::SignInRequired)
                    m_storedRefreshToken.clear();
                done(tokens.error());
                return;
            }
            m_storedRefreshToken = stored.secret;
            adoptTokens(tokens.value(), sessionFromSettings());
            done(m_session);
        });
}

} // namespace PartnerDesk
