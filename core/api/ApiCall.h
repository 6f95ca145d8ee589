#pragma once

#include "ApiOperation.h"
#include "Result.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace PartnerDesk {

class TokenSource;

// One HTTP request as the client wants it sent.
struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON; empty for GET/HEAD
    QList<QPair<QByteArray, QByteArray>> headers;
    QString requestId; // empty: a fresh one; set it to repeat an earlier logical call
    bool repeatable = false; // a POST that changes nothing (a validation): retried like a GET
    // The 2xx answer must be a JSON object, parsed into RawResponse::json; a safe request whose
    // answer is cut or unreadable is sent again like one that failed.
    bool expectsJsonObject = false;

    [[nodiscard]] bool isSafe() const { return repeatable || method == "GET" || method == "HEAD"; }
};

// An answer with a 2xx status.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; // when the request expected a JSON object
    QString requestId;
    QString correlationId;
};

// What every request carries besides its own headers.
struct ClientSettings
{
    QString applicationName; // MS-PartnerCenter-Application
    QString userAgent;
    QLocale locale; // X-Locale
    RetryPolicy retryPolicy;
    qint64 maxResponseBytes = 32 * 1024 * 1024; // a larger answer is refused, not read
};

// One logical call: the first attempt and its retries, with one MS-RequestId throughout.
// Retries GET/HEAD on network errors, timeouts, 408, 429 and 5xx; an unsafe method only on
// 429 and when the connection was never made, since a POST is never re-sent blindly.
// Deletes itself after calling back. Valid until finished() is emitted.
class ApiCall : public ApiOperation
{
    Q_OBJECT

public:
    using Completion = std::function<void(const Result<RawResponse>&)>;

    ApiCall(QNetworkAccessManager* network, TokenSource* tokens, const ClientSettings& settings, RequestSpec spec,
        QObject* context, Completion completion, QObject* parent = nullptr);
    ~ApiCall() override;

    void start();
    // Ends the call without sending anything (for example an insecure address).
    void failWithoutSending(const ApiError& error);
    // Stops the call; the completion is called with a Canceled error.
    void cancel() override;

    [[nodiscard]] QString requestId() const { return m_spec.requestId; }
    [[nodiscard]] int attempts() const { return m_attempt; }

private:
    void requestToken();
    void sendAttempt(const QString& token);
    void onReplyFinished();
    void onTimeout();
    bool scheduleRetry(const ApiError& cause);
    void finish(const Result<RawResponse>& result);
    [[nodiscard]] ApiError errorWithIds(ApiError error) const;

    QNetworkAccessManager* m_network;
    TokenSource* m_tokens;
    ClientSettings m_settings;
    RequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Completion m_completion;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QString m_token;
    QString m_correlationId;
    int m_attempt = 0;
    bool m_tokenRejectedOnce = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace PartnerDesk
