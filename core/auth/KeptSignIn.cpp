#include "KeptSignIn.h"

#include "TokenEndpoint.h"

namespace PartnerDesk::KeptSignIn {

namespace {

ApiError signInRequired()
{
    ApiError error;
    error.kind = ApiError::Kind::SignInRequired;
    return error;
}

} // namespace

void restore(SecretStore* store, TokenEndpoint* endpoint, QObject* context,
    std::function<void(const Result<OAuthTokens>& tokens, const SecretStore::Answer& stored)> done)
{
    const QString key = endpoint->config().secretKey();
    store->read(key, context, [store, endpoint, context, key, done](const SecretStore::Answer& stored) {
        if (!stored.ok()) {
            done(signInRequired(), stored);
            return;
        }
        endpoint->refresh(stored.secret, context, [store, key, stored, done](const Result<OAuthTokens>& tokens) {
            if (tokens.ok()) {
                done(tokens, stored);
                return;
            }
            const ApiError& error = tokens.error();
            if (error.kind != ApiError::Kind::Service || error.httpStatus < 400 || error.httpStatus >= 500) {
                done(error, stored); // no answer: the token stays for the next try
                return;
            }
            // The service no longer takes it (expired, revoked): forget it.
            store->remove(key, nullptr, [](const SecretStore::Answer&) {});
            ApiError refused = signInRequired();
            refused.code = error.code;
            refused.httpStatus = error.httpStatus;
            refused.description = error.displayDescription();
            done(refused, stored);
        });
    });
}

} // namespace PartnerDesk::KeptSignIn
