#include "AgreementStatus.h"

#include <algorithm>

namespace PartnerDesk {

QList<Agreement> AgreementStatus::customerAgreementsNewestFirst() const
{
    QList<Agreement> result;
    for (const Agreement& agreement : agreements) {
        if (agreement.isCustomerAgreement())
            result.append(agreement);
    }
    std::stable_sort(result.begin(), result.end(),
        [](const Agreement& a, const Agreement& b) { return a.dateAgreed > b.dateAgreed; });
    return result;
}

std::optional<Agreement> AgreementStatus::latestConfirmation() const
{
    const QList<Agreement> sorted = customerAgreementsNewestFirst();
    if (sorted.isEmpty())
        return std::nullopt;
    return sorted.constFirst();
}

bool AgreementStatus::partnerConfirmed() const
{
    return std::any_of(
        agreements.cbegin(), agreements.cend(), [](const Agreement& a) { return a.isCustomerAgreement(); });
}

McaStatus AgreementStatus::verdict() const
{
    // Partner confirmation is reported first: it is the record the partner is answerable for.
    if (partnerConfirmed())
        return McaStatus::ConfirmedByPartner;
    if (directSigned())
        return McaStatus::AcceptedDirectly;
    if (agreementsKnown && directlySigned.has_value())
        return McaStatus::NotConfirmed;
    return McaStatus::Unknown;
}

QString mcaStatusToKey(McaStatus status)
{
    switch (status) {
    case McaStatus::NotConfirmed:
        return QStringLiteral("notConfirmed");
    case McaStatus::ConfirmedByPartner:
        return QStringLiteral("confirmedByPartner");
    case McaStatus::AcceptedDirectly:
        return QStringLiteral("acceptedDirectly");
    case McaStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

McaStatus mcaStatusFromKey(const QString& key)
{
    for (McaStatus status : {McaStatus::NotConfirmed, McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly}) {
        if (key.compare(mcaStatusToKey(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return McaStatus::Unknown;
}

} // namespace PartnerDesk
