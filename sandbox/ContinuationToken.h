#pragma once

#include "sandbox/CustomerStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

// Where the next page of GET /v1/customers starts, and the search it belongs to.
struct CustomerCursor
{
    qint64 afterRowId = 0;
    CustomerStore::SearchField field = CustomerStore::SearchField::None;
    QString prefix;
    int page = 1;
};

// The MS-ContinuationToken value: opaque, signed with the database secret so a client
// cannot forge a position, and spelled with ',', '/', '+' and '=' on purpose (real tokens
// contain them) so a client that URL-encodes or parses it fails here, not in production.
namespace ContinuationToken {

[[nodiscard]] QString encode(const CustomerCursor& cursor, const QByteArray& secret);
[[nodiscard]] std::optional<CustomerCursor> decode(const QString& token, const QByteArray& secret);

} // namespace ContinuationToken

} // namespace PartnerDesk::Sandbox
