#pragma once

#include "sandbox/CallerIdentity.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace PartnerDesk::Sandbox {

// What a route needs before its handler runs.
enum class RouteAccess {
    Open, // sign-in endpoints: no bearer, not throttled
    PartnerToken, // /v1/...: a bearer token this sandbox issued, counted by the throttle
    LoopbackHelper, // /sandbox/...: test helpers, loopback callers only, not throttled
};

// One call of a route: the request, the values of its {placeholders} and the caller.
struct RouteCall
{
    const SandboxRequest& request;
    QHash<QString, QString> parameters;
    CallerIdentity caller;
    QString requestId; // MS-RequestId as received, or the one the sandbox generated

    [[nodiscard]] QString parameter(const QString& name) const { return parameters.value(name); }
};

using RouteHandler = std::function<SandboxResponse(const RouteCall&)>;

// Path patterns such as "/v1/customers/{customerId}/agreements". When several patterns
// match, the one with more literal segments wins, so "/v1/customers/relationshiprequests"
// is never read as a customer id.
class Router
{
public:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteAccess access = RouteAccess::PartnerToken;
        RouteHandler handler;
    };

    struct Match
    {
        const Route* route = nullptr; // null: no route for this method
        QHash<QString, QString> parameters;
        QByteArrayList allowedMethods; // when the path exists with other methods only (405)
    };

    void add(const QByteArray& method, const QString& pattern, RouteAccess access, RouteHandler handler);
    [[nodiscard]] Match match(const QByteArray& method, const QString& path) const;

private:
    static bool matchSegments(
        const Route& route, const QStringList& pathSegments, QHash<QString, QString>* parameters, int* literalCount);

    QList<Route> m_routes;
};

} // namespace PartnerDesk::Sandbox
