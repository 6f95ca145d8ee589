#include "sandbox/DemoUsers.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::DemoUsers {

QString partnerTenantId()
{
    return u"3b33e682-00c3-41ee-9dd2-a548adf56438"_s;
}

QString partnerName()
{
    return u"Contoso Cloud Partners (Sandbox)"_s;
}

const QList<DemoUser>& all()
{
    static const QList<DemoUser> users{
        {u"6f1c2a5e-7d4b-4c1a-9e0f-1a2b3c4d5e01"_s, u"admin.agent@contosocloudsandbox.onmicrosoft.com"_s,
            u"Avery Admin"_s, u"adminAgent"_s, u"directBill"_s},
        {u"6f1c2a5e-7d4b-4c1a-9e0f-1a2b3c4d5e02"_s, u"sales.agent@contosocloudsandbox.onmicrosoft.com"_s,
            u"Sam Sales"_s, u"salesAgent"_s, u"directBill"_s},
        {u"6f1c2a5e-7d4b-4c1a-9e0f-1a2b3c4d5e03"_s, u"helpdesk.agent@contosocloudsandbox.onmicrosoft.com"_s,
            u"Harper Helpdesk"_s, u"helpdeskAgent"_s, u"directBill"_s},
        {u"6f1c2a5e-7d4b-4c1a-9e0f-1a2b3c4d5e04"_s, u"reseller.admin@contosocloudsandbox.onmicrosoft.com"_s,
            u"Riley Reseller"_s, u"adminAgent"_s, u"indirectReseller"_s},
        {u"6f1c2a5e-7d4b-4c1a-9e0f-1a2b3c4d5e05"_s, u"provider.admin@contosocloudsandbox.onmicrosoft.com"_s,
            u"Parker Provider"_s, u"adminAgent"_s, u"indirectProvider"_s},
    };
    return users;
}

std::optional<DemoUser> findByPrincipalName(const QString& userPrincipalName)
{
    for (const DemoUser& user : all()) {
        if (user.userPrincipalName.compare(userPrincipalName.trimmed(), Qt::CaseInsensitive) == 0)
            return user;
    }
    return std::nullopt;
}

std::optional<DemoUser> findById(const QString& userId)
{
    for (const DemoUser& user : all()) {
        if (user.userId == userId)
            return user;
    }
    return std::nullopt;
}

} // namespace PartnerDesk::Sandbox::DemoUsers
