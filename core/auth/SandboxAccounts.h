#pragma once

#include "api/Result.h"
#include "model/Session.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace PartnerDesk {

// A demo user of the sandbox, with the role it signs in with.
struct DemoUser
{
    QString userPrincipalName;
    QString displayName;
    Role role = Role::AdminAgent;
    PartnerType partnerType = PartnerType::DirectBill;
};

// Lists the sandbox's demo users (GET /sandbox/users). Sandbox only: loopback addresses.
class SandboxAccounts : public QObject
{
    Q_OBJECT

public:
    SandboxAccounts(QNetworkAccessManager* network, const QUrl& sandboxUrl, QObject* parent = nullptr);
    void demoUsers(QObject* context, ResultCallback<QList<DemoUser>> done);
    // Puts the sandbox's data back to its freshly seeded state (POST /sandbox/reset).
    void resetData(QObject* context, ResultCallback<Done> done);

    // The users of GET /sandbox/users' answer; entries without a known role or partner type are left out.
    [[nodiscard]] static QList<DemoUser> demoUsersFromJson(const QJsonArray& array);

private:
    [[nodiscard]] QUrl helperUrl(const QString& path, QString* refusal) const;

    QNetworkAccessManager* m_network;
    QUrl m_sandboxUrl;
};

} // namespace PartnerDesk
