#include "sandbox/DeviceAuthorizations.h"

#include "sandbox/Randomness.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

// Letters that cannot be mistaken for one another or for digits when read aloud or typed.
constexpr char16_t userCodeAlphabet[] = u"BCDFGHJKLMNPQRSTVWXZ";
// A poll this much sooner than the interval is still on time (timers are not exact).
constexpr qint64 pollToleranceMilliseconds = 250;
// Polls of a denied or expired code are answered for a while, then the code is forgotten.
constexpr int forgetAfterSeconds = 600;

QString newUserCode()
{
    QString code;
    constexpr int alphabetSize = static_cast<int>(std::size(userCodeAlphabet)) - 1;
    for (int i = 0; i < 8; ++i)
        code.append(QChar(userCodeAlphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    return code;
}

} // namespace

DeviceAuthorizations::DeviceAuthorizations(int lifetimeSeconds, int intervalSeconds)
    : m_lifetimeSeconds(std::max(1, lifetimeSeconds))
    , m_intervalSeconds(std::max(0, intervalSeconds))
{ }

QString DeviceAuthorizations::normalizeUserCode(const QString& typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            code.append(c.toUpper());
    }
    return code;
}

DeviceAuthorizations::Started DeviceAuthorizations::start(
    const QString& clientId, const QString&, const QDateTime& nowUtc)
{
    dropExpired(nowUtc);
    QString userCode = newUserCode();
    while (m_deviceCodeByUserCode.contains(userCode))
        userCode = newUserCode();
    const QString deviceCode = Randomness::urlSafeToken(48);

    Grant grant;
    grant.clientId = clientId;
    grant.userCode = userCode;
    grant.expiresAt = nowUtc.addSecs(m_lifetimeSeconds);
    grant.interval = m_intervalSeconds;
    m_byDeviceCode.insert(deviceCode, grant);
    m_deviceCodeByUserCode.insert(userCode, deviceCode);

    return Started{deviceCode, userCode.left(4) + u'-' + userCode.mid(4), m_lifetimeSeconds, m_intervalSeconds};
}

DeviceAuthorizations::Poll DeviceAuthorizations::poll(
    const QString& deviceCode, const QString& clientId, const QDateTime& nowUtc)
{
    auto it = m_byDeviceCode.find(deviceCode);
    if (it == m_byDeviceCode.end() || it->clientId != clientId)
        return Poll{PollAnswer::Unknown, {}, 0};
    Grant& grant = *it;
    if (nowUtc >= grant.expiresAt)
        return Poll{PollAnswer::Expired, {}, grant.interval};
    if (grant.state == State::Denied)
        return Poll{PollAnswer::Denied, {}, grant.interval};
    if (grant.state == State::Approved) {
        Poll result{PollAnswer::Approved, grant.userPrincipalName, grant.interval};
        m_deviceCodeByUserCode.remove(grant.userCode);
        m_byDeviceCode.erase(it);
        return result;
    }

    const bool tooSoon = grant.lastPoll.isValid()
        && grant.lastPoll.msecsTo(nowUtc) + pollToleranceMilliseconds < qint64(grant.interval) * 1000;
    grant.lastPoll = nowUtc;
    if (tooSoon) {
        grant.interval += 5; // RFC 8628 §3.5
        return Poll{PollAnswer::SlowDown, {}, grant.interval};
    }
    return Poll{PollAnswer::Pending, {}, grant.interval};
}

DeviceAuthorizations::DecideResult DeviceAuthorizations::decide(
    const QString& userCode, Decision decision, const QString& userPrincipalName, const QDateTime& nowUtc)
{
    dropExpired(nowUtc);
    const QString deviceCode = m_deviceCodeByUserCode.value(normalizeUserCode(userCode));
    auto it = m_byDeviceCode.find(deviceCode);
    if (deviceCode.isEmpty() || it == m_byDeviceCode.end() || it->state != State::Pending || nowUtc >= it->expiresAt) {
        return DecideResult::UnknownCode;
    }
    it->state = decision == Decision::Approve ? State::Approved : State::Denied;
    it->userPrincipalName = decision == Decision::Approve ? userPrincipalName : QString();
    return DecideResult::Done;
}

void DeviceAuthorizations::dropExpired(const QDateTime& nowUtc)
{
    for (auto it = m_byDeviceCode.begin(); it != m_byDeviceCode.end();) {
        if (it->expiresAt.addSecs(forgetAfterSeconds) <= nowUtc) {
            m_deviceCodeByUserCode.remove(it->userCode);
            it = m_byDeviceCode.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace PartnerDesk::Sandbox
