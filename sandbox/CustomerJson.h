#pragma once

#include "sandbox/CustomerRecord.h"

#include <QJsonObject>

namespace PartnerDesk::Sandbox {
class JsonText;
}

// A stored customer in Partner Center's JSON (reference/api-customers.md sections 2-4).
namespace PartnerDesk::Sandbox::CustomerJson {

enum class AddressParts {
    WithContact, // a billing address: names and phone number too
    PostalOnly, // address validation: what the postal check looks at
};

// Empty optional parts are left out, as Partner Center leaves out nulls; phoneNumber is
// always present on a billing address ("" when none).
[[nodiscard]] QJsonObject address(const AddressRecord& address, AddressParts parts);
[[nodiscard]] QJsonObject billingProfile(const CustomerRecord& customer);
// List items carry no billing profile and no allowDelegatedAccess (customer-resources.md).
[[nodiscard]] QJsonObject listItem(const CustomerRecord& customer);
// listItem() written as text, byte for byte what QJsonDocument::Compact makes of it.
void writeListItem(JsonText& json, const CustomerRecord& customer);
[[nodiscard]] QJsonObject customer(const CustomerRecord& customer);

} // namespace PartnerDesk::Sandbox::CustomerJson
