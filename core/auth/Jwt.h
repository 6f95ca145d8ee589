#pragma once

#include "model/Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace PartnerDesk::Jwt {

// The claims of a JWT, read without verifying its signature: PartnerDesk only reads its own
// tokens' claims for display (who is signed in); the service verifies them.
[[nodiscard]] QJsonObject claims(const QString& token);
[[nodiscard]] QDateTime expiry(const QString& token);

// The session described by an access or id token: oid, upn/preferred_username, name, tid,
// and where present the partner role and partner type (the sandbox puts them in its tokens).
// `hasRole` tells whether the token named a role; otherwise the caller decides (Settings).
[[nodiscard]] Session sessionFromClaims(
    const QJsonObject& claims, bool* hasRole = nullptr, bool* hasPartnerType = nullptr);

} // namespace PartnerDesk::Jwt
