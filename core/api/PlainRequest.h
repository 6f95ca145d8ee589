#pragma once

#include "ApiCall.h"
#include "Result.h"

#include <QByteArray>
#include <QNetworkRequest>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace PartnerDesk {

// One HTTP exchange outside Partner Center's REST API — the sign-in service's token endpoint,
// the sandbox's helper endpoints: no bearer, no retries. Calls back once with the 2xx answer,
// or an ApiError read from the answer (every error shape Json knows), or a network error.
// `context` guards the callback; the answer is read up to 1 MiB.
void sendPlainRequest(QNetworkAccessManager* network, const QNetworkRequest& request, const QByteArray& method,
    const QByteArray& body, QObject* context, std::function<void(const Result<RawResponse>&)> done);

} // namespace PartnerDesk
