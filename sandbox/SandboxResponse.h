#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace PartnerDesk::Sandbox {

// One HTTP answer. The dispatcher adds the common headers (request and correlation ids,
// Content-Type, Date) and the optional byte-order mark; endpoints only fill these fields.
struct SandboxResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType; // empty: no body type (HEAD, 204)
    QByteArray body;
    bool isJson = false;
    // Injected faults (sandbox/README.md): close the connection instead of answering, or
    // answer only after this many milliseconds.
    bool dropConnection = false;
    int delayMilliseconds = 0;

    [[nodiscard]] static SandboxResponse json(int status, const QJsonObject& object);
    [[nodiscard]] static SandboxResponse json(int status, const QJsonArray& array);
    // A JSON body already written as text (JsonText).
    [[nodiscard]] static SandboxResponse jsonText(int status, QByteArray body);
    [[nodiscard]] static SandboxResponse empty(int status);
    [[nodiscard]] static SandboxResponse bytes(int status, const QByteArray& contentType, const QByteArray& body);

    SandboxResponse& withHeader(const QByteArray& name, const QByteArray& value);
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

} // namespace PartnerDesk::Sandbox
