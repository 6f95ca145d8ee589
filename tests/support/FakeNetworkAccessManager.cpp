#include "FakeNetworkAccessManager.h"

#include <QTimer>

#include <cstring>

namespace PartnerDesk::Test {

namespace {
QByteArray methodName(QNetworkAccessManager::Operation operation, const QNetworkRequest& request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return "UNKNOWN";
}
} // namespace

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request, QObject* parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly);
}

void FakeReply::respond(int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QPointer<FakeReply> self(this);
    QTimer::singleShot(0, this, [self, status, body, headers] {
        if (!self || self->m_done)
            return;
        self->m_body = body;
        self->setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const auto& [name, value] : headers)
            self->setRawHeader(name, value);
        if (status >= 400) {
            // What QNetworkReplyHttpImpl reports for HTTP error statuses.
            const auto code = status == 404 ? QNetworkReply::ContentNotFoundError
                : status == 401             ? QNetworkReply::AuthenticationRequiredError
                : status == 403             ? QNetworkReply::ContentAccessDenied
                : status >= 500             ? QNetworkReply::InternalServerError
                                            : QNetworkReply::ProtocolInvalidOperationError;
            self->setError(code, QStringLiteral("HTTP %1").arg(status));
        }
        self->m_done = true;
        Q_EMIT self->metaDataChanged();
        Q_EMIT self->downloadProgress(body.size(), body.size());
        if (!body.isEmpty())
            Q_EMIT self->readyRead();
        if (self->error() != QNetworkReply::NoError)
            Q_EMIT self->errorOccurred(self->error());
        self->setFinished(true);
        Q_EMIT self->finished();
    });
}

void FakeReply::fail(QNetworkReply::NetworkError code, const QString& message)
{
    QPointer<FakeReply> self(this);
    QTimer::singleShot(0, this, [self, code, message] {
        if (!self || self->m_done)
            return;
        self->m_done = true;
        self->setError(code, message);
        Q_EMIT self->errorOccurred(code);
        self->setFinished(true);
        Q_EMIT self->finished();
    });
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{ }

void FakeNetworkAccessManager::setScript(QList<Handler> steps)
{
    m_script = std::move(steps);
    m_scriptPosition = 0;
    m_handler = [this](const Request& request, FakeReply* reply) {
        if (m_scriptPosition < m_script.size()) {
            m_script.at(m_scriptPosition++)(request, reply);
            return;
        }
        reply->respond(500, R"({"code":0,"description":"script exhausted"})");
    };
}

FakeNetworkAccessManager::Handler FakeNetworkAccessManager::json(
    int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return [status, body, headers](const Request&, FakeReply* reply) { reply->respond(status, body, headers); };
}

FakeNetworkAccessManager::Handler FakeNetworkAccessManager::error(QNetworkReply::NetworkError code)
{
    return [code](const Request&, FakeReply* reply) { reply->fail(code, QStringLiteral("fake network error")); };
}

FakeNetworkAccessManager::Handler FakeNetworkAccessManager::never()
{
    return [](const Request&, FakeReply* reply) { reply->hang(); };
}

QNetworkReply* FakeNetworkAccessManager::createRequest(
    Operation operation, const QNetworkRequest& request, QIODevice* outgoingData)
{
    Request recorded;
    recorded.method = methodName(operation, request);
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    auto* reply = new FakeReply(operation, request, this);
    m_replies.append(reply);
    if (m_handler)
        m_handler(recorded, reply);
    else
        reply->respond(404, R"({"code":1000,"description":"Not found"})");
    return reply;
}

} // namespace PartnerDesk::Test
