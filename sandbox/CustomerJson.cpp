#include "sandbox/CustomerJson.h"

#include "sandbox/JsonText.h"
#include "sandbox/WireFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::CustomerJson {

namespace {

QString customerUri(const QString& customerId)
{
    return u"/customers/"_s + customerId;
}

QJsonObject companyProfile(const CustomerRecord& customer, bool withLinks)
{
    QJsonObject profile{
        {u"tenantId"_s, customer.id},
        {u"domain"_s, customer.domain},
        {u"companyName"_s, customer.companyName},
        {u"attributes"_s, WireFormat::attributes(u"CustomerCompanyProfile"_s)},
    };
    if (withLinks) {
        profile.insert(
            u"links"_s, QJsonObject{{u"self"_s, WireFormat::link(customerUri(customer.id) + u"/profiles/company"_s)}});
    }
    return profile;
}

} // namespace

QJsonObject address(const AddressRecord& address, AddressParts parts)
{
    QJsonObject object;
    const std::pair<QString, QString> postalParts[] = {{u"country"_s, address.country}, {u"region"_s, address.region},
        {u"city"_s, address.city}, {u"state"_s, address.state}, {u"addressLine1"_s, address.addressLine1},
        {u"addressLine2"_s, address.addressLine2}, {u"postalCode"_s, address.postalCode}};
    for (const auto& [name, value] : postalParts) {
        if (!value.isEmpty())
            object.insert(name, value);
    }
    if (parts == AddressParts::WithContact) {
        object.insert(u"firstName"_s, address.firstName);
        object.insert(u"lastName"_s, address.lastName);
        object.insert(u"phoneNumber"_s, address.phoneNumber);
    }
    return object;
}

QJsonObject billingProfile(const CustomerRecord& customer)
{
    const BillingProfileRecord& billing = customer.billingProfile;
    return {
        {u"id"_s, billing.id},
        {u"firstName"_s, billing.firstName},
        {u"lastName"_s, billing.lastName},
        {u"email"_s, billing.email},
        {u"culture"_s, billing.culture},
        {u"language"_s, billing.language},
        {u"companyName"_s, billing.companyName},
        {u"defaultAddress"_s, address(billing.defaultAddress, AddressParts::WithContact)},
        {u"links"_s, QJsonObject{{u"self"_s, WireFormat::link(customerUri(customer.id) + u"/profiles/billing"_s)}}},
        {u"attributes"_s, WireFormat::attributes(u"CustomerBillingProfile"_s, billing.etag)},
    };
}

QJsonObject listItem(const CustomerRecord& customer)
{
    return {
        {u"id"_s, customer.id},
        {u"companyProfile"_s, companyProfile(customer, false)},
        {u"relationshipToPartner"_s, customer.relationshipToPartner},
        {u"links"_s, QJsonObject{{u"self"_s, WireFormat::link(customerUri(customer.id))}}},
        {u"attributes"_s, WireFormat::attributes(u"Customer"_s)},
    };
}

void writeListItem(JsonText& json, const CustomerRecord& customer)
{
    // Members in QJsonObject's (sorted) order.
    json.beginObject();
    json.key("attributes").beginObject().key("objectType").string(u"Customer"_s).endObject();
    json.key("companyProfile").beginObject();
    json.key("attributes").beginObject().key("objectType").string(u"CustomerCompanyProfile"_s).endObject();
    json.key("companyName").string(customer.companyName);
    json.key("domain").string(customer.domain);
    json.key("tenantId").string(customer.id);
    json.endObject();
    json.key("id").string(customer.id);
    json.key("links").beginObject().key("self");
    WireFormat::writeLink(json, customerUri(customer.id));
    json.endObject();
    json.key("relationshipToPartner").string(customer.relationshipToPartner);
    json.endObject();
}

QJsonObject customer(const CustomerRecord& customer)
{
    QJsonObject object{
        {u"id"_s, customer.id},
        {u"commerceId"_s, customer.commerceId},
        {u"companyProfile"_s, companyProfile(customer, true)},
        {u"billingProfile"_s, billingProfile(customer)},
        {u"relationshipToPartner"_s, customer.relationshipToPartner},
        {u"allowDelegatedAccess"_s, customer.allowDelegatedAccess},
        {u"customDomains"_s, QJsonArray::fromStringList(customer.customDomains)},
        {u"links"_s, QJsonObject{{u"self"_s, WireFormat::link(customerUri(customer.id))}}},
        {u"attributes"_s, WireFormat::attributes(u"Customer"_s)},
    };
    if (!customer.associatedPartnerId.isEmpty())
        object.insert(u"associatedPartnerId"_s, customer.associatedPartnerId);
    return object;
}

} // namespace PartnerDesk::Sandbox::CustomerJson
