#include "SandboxAccounts.h"

#include "api/Json.h"
#include "api/PartnerCenterClient.h"
#include "api/PlainRequest.h"

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
    sendPlainRequest(m_network, request, "POST", QByteArray("{}"), context, [done](const Result<RawResponse>& result) {
        if (result.ok())
            done(Done{});
        else
            done(result.error());
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
    sendPlainRequest(m_network, request, "GET", {}, context, [done](const Result<RawResponse>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        const std::optional<QJsonValue> json = Json::parse(result.value().body);
        done(demoUsersFromJson(json ? json->toArray() : QJsonArray()));
    });
}

QList<DemoUser> SandboxAccounts::demoUsersFromJson(const QJsonArray& array)
{
    QList<DemoUser> users;
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
    return users;
}

} // namespace PartnerDesk
