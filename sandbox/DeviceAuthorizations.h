#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

// The device authorization grant (RFC 8628) as Entra ID runs it: a device code the app polls
// with, a short user code the person types at the verification page, where they sign in as a
// demo user and approve or deny. Kept in memory: a restarted sandbox forgets pending sign-ins.
class DeviceAuthorizations
{
public:
    struct Started
    {
        QString deviceCode;
        QString userCode; // "ABCD-EFGH"
        int expiresIn = 0;
        int interval = 0;
    };

    enum class PollAnswer {
        Pending, // authorization_pending
        SlowDown, // slow_down: polled sooner than the interval; the interval grows by 5 s
        Expired, // expired_token
        Denied, // access_denied
        Approved, // tokens for `userPrincipalName`; the device code is used up
        Unknown, // invalid_grant: no such device code, another client's, or already redeemed
    };

    struct Poll
    {
        PollAnswer answer = PollAnswer::Unknown;
        QString userPrincipalName;
        int interval = 0;
    };

    enum class Decision {
        Approve,
        Deny,
    };

    enum class DecideResult {
        Done,
        UnknownCode, // no pending sign-in has this user code (or it expired)
    };

    DeviceAuthorizations(int lifetimeSeconds, int intervalSeconds);

    Started start(const QString& clientId, const QString& scope, const QDateTime& nowUtc);
    Poll poll(const QString& deviceCode, const QString& clientId, const QDateTime& nowUtc);
    // The person at the verification page: approve as a demo user, or deny.
    DecideResult decide(
        const QString& userCode, Decision decision, const QString& userPrincipalName, const QDateTime& nowUtc);

    // A user code as typed: case, spaces and the dash do not matter.
    [[nodiscard]] static QString normalizeUserCode(const QString& typed);

private:
    enum class State {
        Pending,
        Approved,
        Denied,
    };

    struct Grant
    {
        QString clientId;
        QString userCode; // normalised
        QDateTime expiresAt;
        QDateTime lastPoll;
        int interval = 0;
        State state = State::Pending;
        QString userPrincipalName;
    };

    void dropExpired(const QDateTime& nowUtc);

    int m_lifetimeSeconds;
    int m_intervalSeconds;
    QHash<QString, Grant> m_byDeviceCode;
    QHash<QString, QString> m_deviceCodeByUserCode;
};

} // namespace PartnerDesk::Sandbox
