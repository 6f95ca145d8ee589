#include "sandbox/ReferenceDataEndpoints.h"

#include "sandbox/CountryRulesCatalog.h"
#include "sandbox/CustomerJson.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/JsonInput.h"
#include "sandbox/PartnerErrors.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

// "billingProfile.defaultAddress.postalCode" -> "PostalCode", the docs' spelling in
// validationMessage.
QString propertyName(const QString& field)
{
    const QString last = field.section(u'.', -1);
    return last.left(1).toUpper() + last.mid(1);
}

} // namespace

ReferenceDataEndpoints::ReferenceDataEndpoints(SandboxContext& context)
    : m_context(context)
    , m_validator(*context.countryRules)
{ }

void ReferenceDataEndpoints::registerRoutes(Router& router)
{
    router.add("GET", u"/v1/countryvalidationrules/{country}"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return countryRules(call); });
    router.add("POST", u"/v1/validations/address"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return validateAddress(call); });
    router.add("HEAD", u"/v1/domains/{domain}"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return domainAvailability(call); });
}

SandboxResponse ReferenceDataEndpoints::countryRules(const RouteCall& call)
{
    const QString country = call.parameter(u"country"_s);
    const CountryRule* rule = m_context.countryRules->find(country);
    if (!rule) {
        return PartnerErrors::notFound(u"No validation rules were found for the country/region "_s + country.toUpper());
    }
    return SandboxResponse::json(200, rule->wire);
}

// Deterministic rules, not a postal database: every country rule checked (postal code
// pattern, required city and state) -> VerifiedShippable with the address normalised as the
// one suggestion; rules pass but the street has no house number -> StreetPartial; a rule
// broken or the country unknown -> None.
SandboxResponse ReferenceDataEndpoints::validateAddress(const RouteCall& call)
{
    QString parseError;
    const std::optional<QJsonObject> body = JsonInput::parseObject(call.request.body, &parseError);
    if (!body)
        return PartnerErrors::bodyNotJson(parseError);

    FieldProblems problems;
    const AddressRecord address
        = m_validator.readAddress(*body, QString(), CustomerInputValidator::AddressUse::ValidationOnly, &problems);
    QJsonObject answer{{u"originalAddress"_s, CustomerJson::address(address, CustomerJson::AddressParts::PostalOnly)}};

    if (!problems.isEmpty()) {
        QStringList properties;
        for (const FieldProblem& problem : std::as_const(problems)) {
            const QString property = u"'"_s + propertyName(problem.field) + u"'"_s;
            if (!properties.contains(property))
                properties.append(property);
        }
        answer.insert(u"suggestedAddresses"_s, QJsonArray());
        answer.insert(u"status"_s, u"None"_s);
        answer.insert(
            u"validationMessage"_s, QString(u"Address field invalid for property: "_s + properties.join(u", "_s)));
        return SandboxResponse::json(200, answer);
    }

    AddressRecord suggestion = address;
    suggestion.postalCode = suggestion.postalCode.toUpper();
    static const QRegularExpression houseNumber(u"\\d"_s);
    if (!houseNumber.match(address.addressLine1).hasMatch()) {
        suggestion.addressLine1 = u"1 "_s + address.addressLine1;
        answer.insert(u"suggestedAddresses"_s,
            QJsonArray{CustomerJson::address(suggestion, CustomerJson::AddressParts::PostalOnly)});
        answer.insert(u"status"_s, u"StreetPartial"_s);
        answer.insert(u"validationMessage"_s, u"Address field invalid for property: 'AddressLine1'"_s);
        return SandboxResponse::json(200, answer);
    }
    answer.insert(
        u"suggestedAddresses"_s, QJsonArray{CustomerJson::address(suggestion, CustomerJson::AddressParts::PostalOnly)});
    answer.insert(u"status"_s, u"VerifiedShippable"_s);
    return SandboxResponse::json(200, answer);
}

SandboxResponse ReferenceDataEndpoints::domainAvailability(const RouteCall& call)
{
    // 200: a customer already uses the domain (not available); 404: free.
    return SandboxResponse::empty(m_context.customers->isDomainTaken(call.parameter(u"domain"_s)) ? 200 : 404);
}

} // namespace PartnerDesk::Sandbox
