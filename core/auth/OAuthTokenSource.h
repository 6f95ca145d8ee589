#pragma once

#include "OAuthTokens.h"
#include "TokenSource.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace PartnerDesk {

class TokenEndpoint;

// Hands out the access token and refreshes it shortly before it expires. Concurrent callers
// share one refresh. A failed refresh asks for a new sign-in (signInRequired) and leaves
// everything else — the user's unsaved forms above all — as it was.
class OAuthTokenSource : public QObject, public TokenSource
{
    Q_OBJECT

public:
    explicit OAuthTokenSource(TokenEndpoint* endpoint, QObject* parent = nullptr);

    void setTokens(const OAuthTokens& tokens);
    [[nodiscard]] const OAuthTokens& tokens() const { return m_tokens; }
    void clear();

    void fetchToken(QObject* context, std::function<void(const Result<QString>&)> done) override;
    bool rejectToken(const QString& token) override;

    // Seconds before expiry at which the token is refreshed.
    void setRefreshMargin(int seconds) { m_refreshMarginSeconds = seconds; }

Q_SIGNALS:
    void tokensChanged();
    void signInRequired(const PartnerDesk::ApiError& reason);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(const Result<QString>&)> done;
    };
    void refreshNow();
    void release(const Result<QString>& result);

    TokenEndpoint* m_endpoint;
    OAuthTokens m_tokens;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
    int m_refreshMarginSeconds = 300;
};

} // namespace PartnerDesk
