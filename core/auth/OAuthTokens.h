#pragma once

#include <QDateTime>
#include <QString>

namespace PartnerDesk {

// What a token endpoint returned. Lives in memory; the refresh token alone may be kept in
// the system's secret store. Never logged, never written to settings.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QDateTime expiresAt; // UTC

    [[nodiscard]] bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // True when the access token is gone, or expires within `margin` seconds.
    [[nodiscard]] bool needsRefresh(const QDateTime& nowUtc, int marginSeconds = 300) const
    {
        return accessToken.isEmpty() || !expiresAt.isValid() || nowUtc.addSecs(marginSeconds) >= expiresAt;
    }
};

} // namespace PartnerDesk
