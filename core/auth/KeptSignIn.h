#pragma once

#include "OAuthTokens.h"
#include "SecretStore.h"
#include "api/Result.h"

#include <functional>

class QObject;

namespace PartnerDesk {

class TokenEndpoint;

// The sign-in kept between sessions: the refresh token of one authority, tenant and
// application (AuthorityConfig::secretKey) in a secret store, as the desktop app and the
// command line both keep it.
namespace KeptSignIn {

// Reads the kept refresh token and redeems it at `endpoint`. Fails with
// ApiError::Kind::SignInRequired when none is kept (`stored` tells whether the store itself
// failed), or when the service refused it — it is removed then, and the error keeps the
// refusal's code and status. Any other failure (no answer) passes through; the token stays
// for the next try. `context` guards the callback.
void restore(SecretStore* store, TokenEndpoint* endpoint, QObject* context,
    std::function<void(const Result<OAuthTokens>& tokens, const SecretStore::Answer& stored)> done);

} // namespace KeptSignIn
} // namespace PartnerDesk
