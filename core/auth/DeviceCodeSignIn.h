#pragma once

#include "OAuthTokens.h"
#include "api/ApiError.h"
#include "api/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace PartnerDesk {

class Clock;
class TokenEndpoint;

// What the person signing in needs: the code to type at the verification page.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message; // the service's own sentence (English); screens say it in their words
    QDateTime expiresAtUtc;
    int intervalSeconds = 5;
};

// A device authorization answer (RFC 8628 §3.2) as read: the prompt and the code to poll with.
struct DeviceCodeAnswer
{
    DeviceCodePrompt prompt;
    QString deviceCode; // never logged

    // Both codes and an http(s) page to enter the user code at: the answer can be used.
    [[nodiscard]] bool isComplete() const;
};

// The OAuth 2.0 device authorization grant (RFC 8628) on Microsoft Entra ID — the desktop
// equivalent of `Connect-PartnerCenter -UseDeviceAuthentication`: asks {authority}/{tenant}/
// oauth2/v2.0/devicecode for a code, then polls the token endpoint at the interval the service
// asks for until the person approved, denied, or the code expired.
//
// authorization_pending: keep polling. slow_down: the interval grows by 5 s (or to what the
// service names). A lost connection while polling is not the end: polling goes on (the person
// may still be signing in) and `connectionChanged(false)` lets the screen say so. The result
// comes once through `finished`: tokens, or an ApiError whose `code` is one of the
// DeviceCodeErrors below (or the service's own code).
class DeviceCodeSignIn : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        RequestingCode,
        WaitingForUser,
        Finished,
    };
    Q_ENUM(State)

    explicit DeviceCodeSignIn(TokenEndpoint* endpoint, QObject* parent = nullptr);
    ~DeviceCodeSignIn() override;

    // Starts (again, after a failure); ignored while running.
    void start();
    // Stops polling; finished() reports ApiError::Kind::Canceled.
    void cancel();
    // Polls at once instead of at the end of the interval (the person says they are done).
    void pollNow();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const DeviceCodePrompt& prompt() const { return m_prompt; }
    [[nodiscard]] int intervalSeconds() const { return m_interval; }
    [[nodiscard]] int pollCount() const { return m_polls; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    // Tests: the clock for the code's expiry (default Clock::instance()).
    void setClock(const Clock* clock) { m_clock = clock; }

    // Reads the devicecode endpoint's answer, whatever it holds (check isComplete()).
    [[nodiscard]] static DeviceCodeAnswer answerFromJson(const QJsonObject& json, const QDateTime& nowUtc);

Q_SIGNALS:
    void codeReady(const PartnerDesk::DeviceCodePrompt& prompt);
    // The service asked to poll more slowly (slow_down).
    void intervalChanged(int seconds);
    // False when a poll got no answer (network lost); true again on the next answer.
    void connectionChanged(bool connected);
    void finished(const PartnerDesk::Result<PartnerDesk::OAuthTokens>& result);

private:
    void requestCode();
    void poll();
    void schedulePoll();
    void finish(const Result<OAuthTokens>& result);
    void setConnected(bool connected);
    [[nodiscard]] QDateTime nowUtc() const;

    TokenEndpoint* m_endpoint;
    const Clock* m_clock = nullptr;
    State m_state = State::Idle;
    DeviceCodePrompt m_prompt;
    QString m_deviceCode; // never logged
    int m_interval = 5;
    int m_polls = 0;
    bool m_connected = true;
    QTimer m_timer;
    quint64 m_generation = 0; // answers to requests of an earlier attempt are dropped
};

// The codes of a device sign-in's failures (ApiError::code).
namespace DeviceCodeErrors {
inline constexpr QLatin1String Expired("expired_token"); // the code expired before it was used
inline constexpr QLatin1String Denied("access_denied"); // the person declined (RFC 8628)
inline constexpr QLatin1String Declined("authorization_declined"); // Entra's word for the same
inline constexpr QLatin1String BadCode("bad_verification_code"); // the service does not know the code
[[nodiscard]] bool isDenied(const ApiError& error);
[[nodiscard]] bool isExpired(const ApiError& error);
} // namespace DeviceCodeErrors

} // namespace PartnerDesk
