#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace PartnerDesk::Sandbox {

// One HTTP request as the sandbox sees it, independent of QtHttpServer so that routing and
// the endpoints can be read (and driven) without a socket.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // percent-decoded, e.g. "/v1/customers/<id>/agreements"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased: HTTP header names are case-insensitive
    QByteArray body;
    bool fromLoopback = true;

    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] QString headerText(const QByteArray& name) const;
    // Query parameter by name, compared case-insensitively, fully decoded ("%2A" -> "*");
    // a null QString when absent.
    [[nodiscard]] QString queryValue(QStringView name) const;
    [[nodiscard]] bool isHead() const { return method == "HEAD"; }
};

} // namespace PartnerDesk::Sandbox
