#include "DeviceCodeSignIn.h"

#include "TokenEndpoint.h"
#include "api/Json.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace PartnerDesk {

namespace {

constexpr int defaultIntervalSeconds = 5; // RFC 8628 §3.2: when the service names none
constexpr int slowDownStepSeconds = 5; // RFC 8628 §3.5
constexpr int longestIntervalSeconds = 60;
const QLatin1String deviceCodeGrant("urn:ietf:params:oauth:grant-type:device_code");

} // namespace

bool DeviceCodeErrors::isDenied(const ApiError& error)
{
    return error.code == Denied || error.code == Declined;
}

bool DeviceCodeErrors::isExpired(const ApiError& error)
{
    return error.code == Expired || error.code == BadCode;
}

bool DeviceCodeAnswer::isComplete() const
{
    const QString scheme = prompt.verificationUri.scheme();
    return !deviceCode.isEmpty() && !prompt.userCode.isEmpty() && prompt.verificationUri.isValid()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

DeviceCodeAnswer DeviceCodeSignIn::answerFromJson(const QJsonObject& json, const QDateTime& nowUtc)
{
    DeviceCodeAnswer answer;
    answer.deviceCode = Json::string(json, QLatin1String("device_code"));
    answer.prompt.userCode = Json::string(json, QLatin1String("user_code"));
    // Entra v2 says verification_uri; the v1 endpoint and some servers verification_url.
    QString uri = Json::string(json, QLatin1String("verification_uri"));
    if (uri.isEmpty())
        uri = Json::string(json, QLatin1String("verification_url"));
    answer.prompt.verificationUri = QUrl(uri, QUrl::StrictMode);
    answer.prompt.message = Json::string(json, QLatin1String("message"));
    answer.prompt.expiresAtUtc = nowUtc.addSecs(Json::integer(json, QLatin1String("expires_in"), 900));
    answer.prompt.intervalSeconds
        = std::clamp(Json::integer(json, QLatin1String("interval"), defaultIntervalSeconds), 0, longestIntervalSeconds);
    return answer;
}

DeviceCodeSignIn::DeviceCodeSignIn(TokenEndpoint* endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

DeviceCodeSignIn::~DeviceCodeSignIn() = default;

QDateTime DeviceCodeSignIn::nowUtc() const
{
    return (m_clock ? *m_clock : Clock::instance()).nowUtc();
}

void DeviceCodeSignIn::start()
{
    if (m_state == State::RequestingCode || m_state == State::WaitingForUser)
        return;
    ++m_generation;
    m_prompt = {};
    m_deviceCode.clear();
    m_polls = 0;
    m_state = State::RequestingCode;
    setConnected(true);
    requestCode();
}

void DeviceCodeSignIn::cancel()
{
    if (m_state != State::RequestingCode && m_state != State::WaitingForUser)
        return;
    finish(ApiError::canceled());
}

void DeviceCodeSignIn::pollNow()
{
    if (m_state != State::WaitingForUser || !m_timer.isActive())
        return; // not waiting, or a poll is on the wire already
    m_timer.stop();
    poll();
}

void DeviceCodeSignIn::requestCode()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_endpoint->config().clientId);
    form.addQueryItem(QStringLiteral("scope"), m_endpoint->config().scope);
    const quint64 generation = m_generation;
    m_endpoint->post(
        m_endpoint->config().deviceCodeUrl(), form, this, [this, generation](const Result<QJsonObject>& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                finish(result.error());
                return;
            }
            const DeviceCodeAnswer answer = answerFromJson(result.value(), nowUtc());
            m_deviceCode = answer.deviceCode;
            m_prompt = answer.prompt;
            m_interval = answer.prompt.intervalSeconds;
            if (!answer.isComplete()) {
                finish(ApiError::invalidAnswer(QCoreApplication::translate("PartnerDesk::DeviceCodeSignIn",
                    "The sign-in service did not answer with a code and a page to enter it.")));
                return;
            }
            m_state = State::WaitingForUser;
            Q_EMIT codeReady(m_prompt);
            schedulePoll();
        });
}

void DeviceCodeSignIn::schedulePoll()
{
    if (m_state != State::WaitingForUser)
        return;
    if (nowUtc() >= m_prompt.expiresAtUtc) {
        ApiError error;
        error.kind = ApiError::Kind::Service;
        error.code = DeviceCodeErrors::Expired;
        finish(error);
        return;
    }
    m_timer.start(m_interval * 1000);
}

void DeviceCodeSignIn::poll()
{
    if (m_state != State::WaitingForUser)
        return;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), deviceCodeGrant);
    form.addQueryItem(QStringLiteral("client_id"), m_endpoint->config().clientId);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    ++m_polls;
    const quint64 generation = m_generation;
    m_endpoint->post(
        m_endpoint->config().tokenUrl(), form, this, [this, generation](const Result<QJsonObject>& result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                setConnected(true);
                const OAuthTokens tokens = TokenEndpoint::tokensFromJson(result.value(), nowUtc());
                if (tokens.accessToken.isEmpty()) {
                    finish(ApiError::invalidAnswer(QCoreApplication::translate(
                        "PartnerDesk::DeviceCodeSignIn", "The sign-in service answered without a token.")));
                    return;
                }
                finish(tokens);
                return;
            }

            const ApiError& error = result.error();
            if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
                || (error.kind == ApiError::Kind::Service && error.httpStatus >= 500)) {
                // The person may still be signing in on another device: keep waiting.
                qCDebug(lcAuth) << "device sign-in: no answer while polling, still waiting";
                setConnected(false);
                schedulePoll();
                return;
            }
            setConnected(true);
            if (error.code == QLatin1String("authorization_pending")) {
                schedulePoll();
                return;
            }
            if (error.code == QLatin1String("slow_down")) {
                m_interval = std::min(longestIntervalSeconds, std::max(m_interval, 1) + slowDownStepSeconds);
                qCDebug(lcAuth) << "device sign-in: asked to slow down, polling every" << m_interval << "s";
                Q_EMIT intervalChanged(m_interval);
                schedulePoll();
                return;
            }
            finish(error);
        });
}

void DeviceCodeSignIn::finish(const Result<OAuthTokens>& result)
{
    ++m_generation;
    m_timer.stop();
    m_deviceCode.clear();
    m_state = State::Finished;
    if (!result.ok())
        qCDebug(lcAuth) << "device sign-in ended:" << result.error().code << result.error().httpStatus;
    Q_EMIT finished(result);
}

void DeviceCodeSignIn::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected);
}

} // namespace PartnerDesk
