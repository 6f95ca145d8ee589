#pragma once

#include "Agreement.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace PartnerDesk {

// The verdict PartnerDesk shows for a customer's Microsoft Customer Agreement.
enum class McaStatus {
    Unknown, // not looked up yet, or the lookup failed
    NotConfirmed, // neither a partner confirmation nor direct acceptance
    ConfirmedByPartner, // at least one MicrosoftCustomerAgreement confirmation exists
    AcceptedDirectly, // the customer accepted in the Microsoft 365 admin center
};

// What is known about one customer's acceptance, and the verdict derived from it.
struct AgreementStatus
{
    QList<Agreement> agreements; // every confirmation, any type
    std::optional<bool> directlySigned; // empty when the status could not be read
    bool agreementsKnown = false; // the confirmations were read successfully

    // Microsoft Customer Agreement confirmations only, newest first.
    [[nodiscard]] QList<Agreement> customerAgreementsNewestFirst() const;
    [[nodiscard]] std::optional<Agreement> latestConfirmation() const;
    [[nodiscard]] bool partnerConfirmed() const;
    [[nodiscard]] bool directSigned() const { return directlySigned.value_or(false); }
    // The customer may buy: a partner confirmation or a direct acceptance exists.
    [[nodiscard]] bool canTransact() const { return partnerConfirmed() || directSigned(); }
    [[nodiscard]] McaStatus verdict() const;
};

[[nodiscard]] QString mcaStatusToKey(McaStatus status);
[[nodiscard]] McaStatus mcaStatusFromKey(const QString& key);

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::McaStatus)
