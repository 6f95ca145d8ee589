#pragma once

#include "sandbox/CustomerRecord.h"
#include "sandbox/FieldProblem.h"

#include <QJsonObject>
#include <QString>

namespace PartnerDesk::Sandbox {

class CountryRulesCatalog;

// Reads customer input (any property case, nulls ignored) and checks it against the
// country's rules: required city/state/postal code, postal code and phone patterns, phone
// required in the reference's list of countries, supported cultures and languages.
// Problems name the field by its JSON path.
class CustomerInputValidator
{
public:
    enum class AddressUse {
        Billing, // a customer's default address: contact names required
        ValidationOnly, // POST /v1/validations/address: the postal parts only
    };

    explicit CustomerInputValidator(const CountryRulesCatalog& countryRules);

    // `path` is where the object sits: "billingProfile" on create, "" on the billing PUT.
    [[nodiscard]] BillingProfileRecord readBillingProfile(
        const QJsonObject& object, const QString& path, FieldProblems* problems) const;
    [[nodiscard]] AddressRecord readAddress(
        const QJsonObject& object, const QString& path, AddressUse use, FieldProblems* problems) const;

    // "EN-us" -> "en-US"; "zh-hans-cn" -> "zh-Hans-CN".
    [[nodiscard]] static QString normalizedCulture(const QString& culture);

private:
    const CountryRulesCatalog& m_countryRules;
};

} // namespace PartnerDesk::Sandbox
