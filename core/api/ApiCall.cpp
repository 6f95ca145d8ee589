#include "ApiCall.h"

#include "Json.h"
#include "auth/TokenSource.h"
#include "util/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace PartnerDesk {

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Errors where the connection was never established: nothing reached the server.
bool neverReachedServer(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

int retryAfterSeconds(const QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    // An HTTP date.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* network, TokenSource* tokens, const ClientSettings& settings, RequestSpec spec,
    QObject* context, Completion completion, QObject* parent)
    : ApiOperation(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_completion(std::move(completion))
{
    if (m_spec.requestId.isEmpty())
        m_spec.requestId = newGuid();
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::requestToken);
    if (context) {
        // The caller went away: stop quietly, nobody is left to tell.
        connect(context, &QObject::destroyed, this, [this] {
            m_completion = nullptr;
            cancel();
        });
    }
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    requestToken();
}

void ApiCall::failWithoutSending(const ApiError& error)
{
    // Queued, so the caller always gets its answer after the call returned, as for a reply.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(errorWithIds(error)); }, Qt::QueuedConnection);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(errorWithIds(ApiError::canceled()));
}

void ApiCall::requestToken()
{
    if (!m_tokens) {
        sendAttempt({});
        return;
    }
    m_tokens->fetchToken(this, [this](const Result<QString>& token) {
        if (m_finished)
            return;
        if (!token.ok()) {
            finish(errorWithIds(token.error()));
            return;
        }
        sendAttempt(token.value());
    });
}

void ApiCall::sendAttempt(const QString& token)
{
    ++m_attempt;
    m_token = token;
    m_timedOut = false;
    m_tooLarge = false;
    m_correlationId = newGuid(); // a fresh correlation id for every call on the wire

    QNetworkRequest request(m_spec.url);
    // Never follow a redirect: it could carry the token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("MS-RequestId", m_spec.requestId.toLatin1());
    request.setRawHeader("MS-CorrelationId", m_correlationId.toLatin1());
    // Partner Center expects language-REGION ("en-US"), which bcp47Name() shortens ("tr").
    request.setRawHeader("X-Locale", m_settings.locale.name().replace(QLatin1Char('_'), QLatin1Char('-')).toLatin1());
    if (!m_settings.applicationName.isEmpty())
        request.setRawHeader("MS-PartnerCenter-Application", m_settings.applicationName.toUtf8());
    if (!m_settings.userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.userAgent);
    if (!m_spec.body.isEmpty() || m_spec.method == "POST" || m_spec.method == "PUT")
        request.setRawHeader("Content-Type", "application/json");
    for (const auto& [name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);

    qCDebug(lcApi) << "->" << m_spec.method << m_spec.url.path() << "attempt" << m_attempt << "request"
                   << m_spec.requestId << "correlation" << m_correlationId;

    if (m_spec.method == "GET")
        m_reply = m_network->get(request);
    else if (m_spec.method == "HEAD")
        m_reply = m_network->head(request);
    else
        m_reply = m_network->sendCustomRequest(request, m_spec.method, m_spec.body);

    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_settings.maxResponseBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timeoutTimer.start(m_settings.retryPolicy.timeout);
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    m_timeoutTimer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    reply->disconnect(this);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString echoedCorrelation = QString::fromLatin1(reply->rawHeader("MS-CorrelationId"));
    if (!echoedCorrelation.isEmpty())
        m_correlationId = echoedCorrelation;

    qCDebug(lcApi) << "<-" << m_spec.method << m_spec.url.path() << "status" << status << "error" << networkError;

    if (m_tooLarge) {
        finish(errorWithIds(ApiError::invalidAnswer(
            tr("The answer was larger than %1 MB and was not read.").arg(m_settings.maxResponseBytes / (1024 * 1024)),
            status)));
        return;
    }

    if (status == 0) {
        // No HTTP answer at all.
        ApiError error;
        error.kind = m_timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.description = reply->errorString();
        if (isTlsError(networkError)) {
            error.errorName = QString(ApiError::TlsFailure);
            finish(errorWithIds(error)); // a TLS failure is never retried or ignored
            return;
        }
        const bool safeToRepeat = m_spec.isSafe() || neverReachedServer(networkError);
        if (!safeToRepeat) {
            // The request may have reached the server: its outcome is unknown.
            error.kind = ApiError::Kind::OutcomeUnknown;
            finish(errorWithIds(error));
            return;
        }
        if (!scheduleRetry(error))
            finish(errorWithIds(error));
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        RawResponse response;
        response.httpStatus = status;
        if (m_spec.expectsJsonObject) {
            QString parseError;
            const std::optional<QJsonValue> json = Json::parse(body, &parseError);
            if (!json || !json->isObject()) {
                const ApiError error = ApiError::invalidAnswer(
                    json ? tr("The answer is not a JSON object.") : tr("The answer is cut short or is not JSON."),
                    status);
                qCDebug(lcApi) << "unreadable answer to" << m_spec.method << m_spec.url.path() << parseError;
                if (!m_spec.isSafe() || !scheduleRetry(error))
                    finish(errorWithIds(error));
                return;
            }
            response.json = json->toObject();
        }
        response.body = body;
        response.requestId = m_spec.requestId;
        response.correlationId = m_correlationId;
        finish(response);
        return;
    }

    ApiError error = Json::errorFromResponse(status, body);
    error.retryAfterSeconds = retryAfterSeconds(reply);

    if (status == 401 && !m_tokenRejectedOnce && m_tokens && m_tokens->rejectToken(m_token)) {
        // The token expired under us: get a new one and try once more.
        m_tokenRejectedOnce = true;
        --m_attempt;
        requestToken();
        return;
    }

    // 429 means the request was refused unprocessed, so even a POST may be repeated.
    const bool repeatable = status == 429 || (m_spec.isSafe() && isRetryableStatus(status));
    if (repeatable && scheduleRetry(error))
        return;
    if (!m_spec.isSafe() && status >= 500)
        error.kind = ApiError::Kind::Service; // the caller decides; see mayHaveTakenEffect in the client
    finish(errorWithIds(error));
}

bool ApiCall::scheduleRetry(const ApiError& cause)
{
    const RetryPolicy& policy = m_settings.retryPolicy;
    if (m_attempt >= policy.maxAttempts || !policy.mayWaitFor(cause.retryAfterSeconds))
        return false;
    const auto delay = policy.delayBefore(m_attempt + 1, cause.retryAfterSeconds);
    qCDebug(lcApi) << "retrying" << m_spec.method << m_spec.url.path() << "in" << delay.count() << "ms";
    Q_EMIT retrying(m_attempt + 1, static_cast<int>(delay.count()), errorWithIds(cause));
    m_retryTimer.start(delay);
    return true;
}

ApiError ApiCall::errorWithIds(ApiError error) const
{
    error.requestId = m_spec.requestId;
    error.correlationId = m_correlationId;
    return error;
}

void ApiCall::finish(const Result<RawResponse>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    Completion completion = std::move(m_completion);
    m_completion = nullptr;
    const bool contextGone = m_hasContext && !m_context;
    if (completion && !contextGone)
        completion(result);
    Q_EMIT finished();
    deleteLater();
}

} // namespace PartnerDesk
