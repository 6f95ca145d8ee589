#pragma once

#include "ApiError.h"
#include "model/Address.h"
#include "model/Agreement.h"
#include "model/CountryRules.h"
#include "model/Customer.h"
#include "model/Order.h"
#include "model/Relationship.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace PartnerDesk {

// A Partner Center "Link": {uri, method, headers[{key, value}]}.
struct Link
{
    QString uri;
    QString method;
    QList<QPair<QString, QString>> headers;
    // Items on the pages before the one this link reads (set by the client, never from JSON).
    qint64 itemsBefore = 0;

    [[nodiscard]] bool isEmpty() const { return uri.isEmpty(); }
    [[nodiscard]] bool leadsToSamePageAs(const Link& other) const
    {
        return uri == other.uri && method == other.method && headers == other.headers;
    }
    friend bool operator==(const Link&, const Link&) = default;
};

// One page of a Partner Center collection.
template<typename T> struct Page
{
    QList<T> items;
    int totalCount = 0;
    std::optional<Link> next; // absent on the last page
    QString continuationToken;
};

// JSON <-> model. Tolerant reading (any property-name case, missing links/attributes, numbers
// as strings, every date form the service uses); strict, camelCase writing.
namespace Json {

// Parses a response body: strips a leading UTF-8 BOM; refuses non-JSON.
[[nodiscard]] std::optional<QJsonValue> parse(const QByteArray& body, QString* errorMessage = nullptr);

// Reads an ISO-8601 date-time with or without fraction or offset; no offset means UTC.
[[nodiscard]] QDateTime parseDateTime(const QString& text);
// What PartnerDesk sends for an acceptance date: "YYYY-MM-DDT00:00:00Z".
[[nodiscard]] QString formatAcceptanceDate(const QDate& date);

// Case-insensitive property lookup (the exact name first).
[[nodiscard]] QJsonValue field(const QJsonObject& object, QLatin1String name);
[[nodiscard]] QString string(const QJsonObject& object, QLatin1String name);
[[nodiscard]] bool boolean(const QJsonObject& object, QLatin1String name, bool fallback = false);
[[nodiscard]] int integer(const QJsonObject& object, QLatin1String name, int fallback = 0);
[[nodiscard]] QStringList stringList(const QJsonObject& object, QLatin1String name);

// The error in an error answer, whatever its shape: {code, description, data, source},
// the richer 600061 shape, the 429 {statusCode, message} shape, Entra's OAuth
// {error, error_description}, or no JSON at all.
[[nodiscard]] ApiError errorFromResponse(int httpStatus, const QByteArray& body);

[[nodiscard]] Contact contactFromJson(const QJsonObject& object);
[[nodiscard]] Address addressFromJson(const QJsonObject& object);
[[nodiscard]] Agreement agreementFromJson(const QJsonObject& object);
[[nodiscard]] AgreementMetadata agreementMetadataFromJson(const QJsonObject& object);
[[nodiscard]] AgreementDocument agreementDocumentFromJson(const QJsonObject& object);
[[nodiscard]] DirectSignStatus directSignStatusFromJson(const QJsonObject& object);
[[nodiscard]] CompanyProfile companyProfileFromJson(const QJsonObject& object);
[[nodiscard]] BillingProfile billingProfileFromJson(const QJsonObject& object);
[[nodiscard]] Customer customerFromJson(const QJsonObject& object);
[[nodiscard]] CountryRules countryRulesFromJson(const QJsonObject& object);
[[nodiscard]] AddressValidation addressValidationFromJson(const QJsonObject& object);
[[nodiscard]] RelationshipRequest relationshipRequestFromJson(const QJsonObject& object);
[[nodiscard]] Subscription subscriptionFromJson(const QJsonObject& object);
[[nodiscard]] Order orderFromJson(const QJsonObject& object);
[[nodiscard]] Link linkFromJson(const QJsonObject& object);

// A collection envelope: items decoded with `decode`; links.next and continuationToken read.
template<typename T> Page<T> pageFromJson(const QJsonObject& object, T (*decode)(const QJsonObject&))
{
    Page<T> page;
    const QJsonArray items = field(object, QLatin1String("items")).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue& item : items)
        page.items.append(decode(item.toObject()));
    page.totalCount = integer(object, QLatin1String("totalCount"), static_cast<int>(page.items.size()));
    const QJsonObject links = field(object, QLatin1String("links")).toObject();
    const QJsonObject next = field(links, QLatin1String("next")).toObject();
    if (!next.isEmpty()) {
        page.next = linkFromJson(next);
        if (page.next->isEmpty())
            page.next.reset();
    }
    page.continuationToken = string(object, QLatin1String("continuationToken"));
    return page;
}

[[nodiscard]] QJsonObject toJson(const Contact& contact);
[[nodiscard]] QJsonObject toJson(const Address& address);
// The body of POST /customers/{id}/agreements: primaryContact, templateId, dateAgreed, type.
[[nodiscard]] QJsonObject toJson(const Agreement& agreement);
[[nodiscard]] QJsonObject toJson(const BillingProfile& profile);
// The body of POST /customers: companyProfile, billingProfile (and associatedPartnerId).
[[nodiscard]] QJsonObject toJson(const Customer& customer);
[[nodiscard]] QJsonObject toJson(const Order& order);

} // namespace Json
} // namespace PartnerDesk
