#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// "MS-RequestId ... used to ensure id-potency. If there's a timeout, the retry call should
// include the same value": a successful POST is remembered by (request id, route), and a
// repeat gets the same answer without doing the work again.
class IdempotencyStore
{
public:
    struct StoredResponse
    {
        int status = 0;
        QByteArray body;
    };

    explicit IdempotencyStore(SandboxDatabase& database);

    [[nodiscard]] std::optional<StoredResponse> find(const QString& requestId, const QString& route) const;
    void remember(const QString& requestId, const QString& route, int status, const QByteArray& body);

private:
    SandboxDatabase& m_database;
};

} // namespace PartnerDesk::Sandbox
