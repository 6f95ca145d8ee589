#include "OAuthTokenSource.h"

#include "TokenEndpoint.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace PartnerDesk {

OAuthTokenSource::OAuthTokenSource(TokenEndpoint* endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{ }

void OAuthTokenSource::setTokens(const OAuthTokens& tokens)
{
    m_tokens = tokens;
    Q_EMIT tokensChanged();
}

void OAuthTokenSource::clear()
{
    m_tokens = {};
    Q_EMIT tokensChanged();
}

void OAuthTokenSource::fetchToken(QObject* context, std::function<void(const Result<QString>&)> done)
{
    if (!m_tokens.needsRefresh(Clock::instance().nowUtc(), m_refreshMarginSeconds)) {
        done(m_tokens.accessToken);
        return;
    }
    if (m_tokens.refreshToken.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::SignInRequired;
        done(error);
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(done)});
    if (!m_refreshing)
        refreshNow();
}

bool OAuthTokenSource::rejectToken(const QString& token)
{
    if (token == m_tokens.accessToken)
        m_tokens.accessToken.clear();
    return !m_tokens.refreshToken.isEmpty();
}

void OAuthTokenSource::refreshNow()
{
    m_refreshing = true;
    qCDebug(lcAuth) << "refreshing the access token";
    m_endpoint->refresh(m_tokens.refreshToken, this, [this](const Result<OAuthTokens>& result) {
        m_refreshing = false;
        if (result.ok()) {
            OAuthTokens fresh = result.value();
            if (fresh.refreshToken.isEmpty())
                fresh.refreshToken = m_tokens.refreshToken; // the old one stays valid
            setTokens(fresh);
            release(fresh.accessToken);
            return;
        }
        ApiError error = result.error();
        const bool networkTrouble = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        if (!networkTrouble) {
            // The refresh token itself was refused: only a new sign-in helps.
            m_tokens = {};
            Q_EMIT tokensChanged();
            error.kind = ApiError::Kind::SignInRequired;
            Q_EMIT signInRequired(error);
        }
        release(error);
    });
}

void OAuthTokenSource::release(const Result<QString>& result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        waiter.done(result);
    }
}

} // namespace PartnerDesk
