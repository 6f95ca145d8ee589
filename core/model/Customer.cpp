#include "Customer.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace PartnerDesk {

namespace {
constexpr std::array<std::pair<CustomerRelationship, const char*>, 6> relationshipNames{{
    {CustomerRelationship::Unknown, "unknown"},
    {CustomerRelationship::None, "none"},
    {CustomerRelationship::Reseller, "reseller"},
    {CustomerRelationship::Advisor, "advisor"},
    {CustomerRelationship::Syndication, "syndication"},
    {CustomerRelationship::MicrosoftSupport, "microsoft_support"},
}};
} // namespace

QString relationshipToWire(CustomerRelationship relationship)
{
    for (const auto& [value, name] : relationshipNames) {
        if (value == relationship)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

CustomerRelationship relationshipFromWire(const QString& value)
{
    // The SDK writes lower snake case; PascalCase ("MicrosoftSupport") is accepted too.
    QString normalized = value.trimmed().toLower();
    normalized.remove(QLatin1Char('_'));
    for (const auto& [relationship, name] : relationshipNames) {
        QString candidate = QString::fromLatin1(name);
        candidate.remove(QLatin1Char('_'));
        if (candidate == normalized)
            return relationship;
    }
    return CustomerRelationship::Unknown;
}

QString relationshipDisplayName(CustomerRelationship relationship)
{
    switch (relationship) {
    case CustomerRelationship::None:
        return QCoreApplication::translate("PartnerDesk::Customer", "None");
    case CustomerRelationship::Reseller:
        return QCoreApplication::translate("PartnerDesk::Customer", "Reseller");
    case CustomerRelationship::Advisor:
        return QCoreApplication::translate("PartnerDesk::Customer", "Advisor");
    case CustomerRelationship::Syndication:
        return QCoreApplication::translate("PartnerDesk::Customer", "Syndication");
    case CustomerRelationship::MicrosoftSupport:
        return QCoreApplication::translate("PartnerDesk::Customer", "Microsoft support");
    case CustomerRelationship::Unknown:
        break;
    }
    return QCoreApplication::translate("PartnerDesk::Customer", "Unknown");
}

QString Customer::country() const
{
    if (billingProfile && !billingProfile->defaultAddress.country.isEmpty())
        return billingProfile->defaultAddress.country;
    if (companyProfile.address)
        return companyProfile.address->country;
    return {};
}

} // namespace PartnerDesk
