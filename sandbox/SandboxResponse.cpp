#include "sandbox/SandboxResponse.h"

#include <QJsonDocument>

namespace PartnerDesk::Sandbox {

SandboxResponse SandboxResponse::json(int status, const QJsonObject& object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.isJson = true;
    return response;
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray& array)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    response.isJson = true;
    return response;
}

SandboxResponse SandboxResponse::jsonText(int status, QByteArray body)
{
    SandboxResponse response;
    response.status = status;
    response.body = std::move(body);
    response.isJson = true;
    return response;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse response;
    response.status = status;
    return response;
}

SandboxResponse SandboxResponse::bytes(int status, const QByteArray& contentType, const QByteArray& body)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

SandboxResponse& SandboxResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray SandboxResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace PartnerDesk::Sandbox
