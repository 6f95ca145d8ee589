#include "SandboxAccounts.h"

#include "api/Json.h"
#include "api/PartnerCenterClient.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace PartnerDesk {

SandboxAccounts::SandboxAccounts(QNetworkAccessManager* network, const QUrl& sandboxUrl, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_sandboxUrl(sandboxUrl)
{ }

QUrl SandboxAccounts::helperUrl(const QString& path, QString* refusal) const
{
    QUrl url = m_sandboxUrl;
    url.setPath(path);
    const QHostAddress host(url.host());
    if (host.isNull() || !host.isLoopback()) {
        *refusal = tr("The sandbox runs on this computer (127.0.0.1) only.");
        return {};
    }
    return url;
}

void SandboxAccounts::resetData(QObject* context, ResultCallback<Done> done)
{
    QString refusal;
    const QUrl url = helperUrl(QStringLiteral("/sandbox/reset"), &refusal);
    if (url.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, refusal] { done(ApiError::refused(refusal)); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(120000);
    QNetworkReply* reply = m_network->post(request, QByteArray("{}"));
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [reply, guard, hasContext, done] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            done(Done{});
            return;
        }
        ApiError error = Json::errorFromResponse(status, reply->readAll());
        if (status == 0) {
            error.kind = ApiError::Kind::Network;
            error.description = reply->errorString();
        }
        done(error);
    });
}

void SandboxAccounts::demoUsers(QObject* context, ResultCallback<QList<DemoUser>> done)
{
    QString refusal;
    const QUrl url = helperUrl(QStringLiteral("/sandbox/users"), &refusal);
    if (url.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, refusal] { done(ApiError::refused(refusal)); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network->get(request);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [reply, guard, hasContext, done] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            ApiError error = Json::errorFromResponse(status, reply->readAll());
            if (status == 0) {
                error.kind = ApiError::Kind::Network;
                error.description = reply->errorString();
            }
            done(error);
            return;
        }
        const std::optional<QJsonValue> json = Json::parse(reply->readAll());
        QList<DemoUser> users;
        const QJsonArray array = json ? json->toArray() : QJsonArray();
        for (const QJsonValue& value : array) {
            const QJsonObject object = value.toObject();
            DemoUser user;
            user.userPrincipalName = Json::string(object, QLatin1String("userPrincipalName"));
            user.displayName = Json::string(object, QLatin1String("displayName"));
            if (!roleFromKey(Json::string(object, QLatin1String("role")), &user.role))
                continue;
            if (!partnerTypeFromKey(Json::string(object, QLatin1String("partnerType")), &user.partnerType))
                continue;
            users.append(user);
        }
        done(users);
    });
}

} // namespace PartnerDesk
