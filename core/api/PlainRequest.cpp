#include "PlainRequest.h"

#include "Json.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace PartnerDesk {

void sendPlainRequest(QNetworkAccessManager* network, const QNetworkRequest& request, const QByteArray& method,
    const QByteArray& body, QObject* context, std::function<void(const Result<RawResponse>&)> done)
{
    QNetworkReply* reply = method == "GET" ? network->get(request) : network->sendCustomRequest(request, method, body);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, hasContext, done = std::move(done)] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->read(1024 * 1024);
        if (status == 0) {
            ApiError error;
            error.kind = ApiError::Kind::Network;
            error.description = reply->errorString();
            done(error);
            return;
        }
        if (status < 200 || status >= 300) {
            done(Json::errorFromResponse(status, answer));
            return;
        }
        RawResponse response;
        response.httpStatus = status;
        response.body = answer;
        done(response);
    });
}

} // namespace PartnerDesk
