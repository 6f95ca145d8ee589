#pragma once

#include "model/Contact.h"
#include "model/Session.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace PartnerDesk {

// The local record one confirmation made through PartnerDesk leaves behind: who confirmed,
// when, for which customer, with which contact and date, and what the service answered.
struct EvidenceRecord
{
    enum class Outcome {
        Confirmed, // the service recorded the confirmation
        AlreadyConfirmed, // 600061: the same confirmation existed already
        Failed, // an error answer (or none); see httpStatus / errorCode / errorDescription
    };

    qint64 id = 0; // assigned by the store; 0 until stored
    QDateTime recordedAtUtc;
    QString userId;
    QString userPrincipalName;
    Role role = Role::HelpdeskAgent;
    PartnerType partnerType = PartnerType::DirectBill;
    QString customerId;
    Contact contact; // blanked once the retention period has passed
    QDate acceptanceDate;
    QString templateId;
    QString requestId;
    QString correlationId;
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0; // 0 when unknown (no answer, or a success whose status is not passed on)
    QString errorCode;
    QString errorDescription;
    QString channel; // where it was made: "form", "wizard", "order", "bulk", ...
    QDateTime contactRemovedAtUtc; // invalid while the contact data is still there

    [[nodiscard]] bool contactRemoved() const { return contactRemovedAtUtc.isValid(); }
    friend bool operator==(const EvidenceRecord&, const EvidenceRecord&) = default;
};

} // namespace PartnerDesk
