#pragma once

#include "Contact.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace PartnerDesk {

// Wire values of "agreementType" / "type" (api-agreements.md §1.7). Kept as strings:
// Microsoft may introduce new agreement types at any time.
namespace AgreementTypes {
inline constexpr QLatin1String MicrosoftCustomerAgreement("MicrosoftCustomerAgreement");
inline constexpr QLatin1String MicrosoftCloudAgreement("MicrosoftCloudAgreement");
inline constexpr QLatin1String All("*");
} // namespace AgreementTypes

// A partner confirmation of customer acceptance (Partner Center "Agreement").
struct Agreement
{
    QString userId; // derived by the service from the App+User token
    Contact primaryContact;
    QString templateId;
    QDateTime dateAgreed; // UTC; the date part is what the customer accepted on
    QString type;
    QString agreementLink;

    [[nodiscard]] QDate acceptanceDate() const { return dateAgreed.toUTC().date(); }
    // The acceptance date is a calendar date, kept as midnight UTC.
    void setAcceptanceDate(const QDate& date) { dateAgreed = QDateTime(date, QTime(0, 0), Qt::UTC); }
    [[nodiscard]] bool isCustomerAgreement() const { return type == AgreementTypes::MicrosoftCustomerAgreement; }
    friend bool operator==(const Agreement&, const Agreement&) = default;
};

// Partner Center "AgreementMetaData" (note: "agreementType" here, "type" on Agreement).
struct AgreementMetadata
{
    QString templateId;
    QString agreementType;
    QString agreementLink;
    int versionRank = 0;

    friend bool operator==(const AgreementMetadata&, const AgreementMetadata&) = default;
};

// Partner Center "AgreementDocument". The links expire after five minutes, so a document
// is fetched fresh for every use and never cached.
struct AgreementDocument
{
    QString country;
    QString language;
    QString displayUri;
    QString downloadUri;

    friend bool operator==(const AgreementDocument&, const AgreementDocument&) = default;
};

// "directSignedMicrosoftCustomerAgreementStatus": did the customer accept in the
// Microsoft 365 admin center themselves?
struct DirectSignStatus
{
    bool isSigned = false;

    friend bool operator==(const DirectSignStatus&, const DirectSignStatus&) = default;
};

} // namespace PartnerDesk
