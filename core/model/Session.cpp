#include "Session.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace PartnerDesk {

namespace {
constexpr std::array<std::pair<Role, const char*>, 5> roleKeys{{
    {Role::AdminAgent, "adminAgent"},
    {Role::SalesAgent, "salesAgent"},
    {Role::HelpdeskAgent, "helpdeskAgent"},
    {Role::GlobalAdmin, "globalAdmin"},
    {Role::BillingAdmin, "billingAdmin"},
}};
constexpr std::array<std::pair<PartnerType, const char*>, 3> partnerTypeKeys{{
    {PartnerType::DirectBill, "directBill"},
    {PartnerType::IndirectProvider, "indirectProvider"},
    {PartnerType::IndirectReseller, "indirectReseller"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& key, Enum* value)
{
    for (const auto& [candidate, name] : table) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *value = candidate;
            return true;
        }
    }
    return false;
}
} // namespace

QString roleToKey(Role role)
{
    return keyOf(roleKeys, role);
}
bool roleFromKey(const QString& key, Role* role)
{
    return valueOf(roleKeys, key, role);
}
QString partnerTypeToKey(PartnerType type)
{
    return keyOf(partnerTypeKeys, type);
}
bool partnerTypeFromKey(const QString& key, PartnerType* type)
{
    return valueOf(partnerTypeKeys, key, type);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::AdminAgent:
        return QCoreApplication::translate("PartnerDesk::Session", "Admin agent");
    case Role::SalesAgent:
        return QCoreApplication::translate("PartnerDesk::Session", "Sales agent");
    case Role::HelpdeskAgent:
        return QCoreApplication::translate("PartnerDesk::Session", "Helpdesk agent");
    case Role::GlobalAdmin:
        return QCoreApplication::translate("PartnerDesk::Session", "Global admin");
    case Role::BillingAdmin:
        return QCoreApplication::translate("PartnerDesk::Session", "Billing admin");
    }
    return {};
}

QString partnerTypeDisplayName(PartnerType type)
{
    switch (type) {
    case PartnerType::DirectBill:
        return QCoreApplication::translate("PartnerDesk::Session", "Direct bill partner");
    case PartnerType::IndirectProvider:
        return QCoreApplication::translate("PartnerDesk::Session", "Indirect provider");
    case PartnerType::IndirectReseller:
        return QCoreApplication::translate("PartnerDesk::Session", "Indirect reseller");
    }
    return {};
}

} // namespace PartnerDesk
