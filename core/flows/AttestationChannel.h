#pragma once

#include "api/ApiOperation.h"
#include "api/PartnerCenterClient.h"
#include "api/Result.h"
#include "model/Contact.h"

#include <QDate>
#include <QString>

namespace PartnerDesk {

// What the partner attests: who at the customer accepted, and on which day.
struct AttestationRequest
{
    QString customerId;
    Contact contact;
    QDate acceptanceDate;
};

// One way of recording a partner's attestation. Today: the documented v1 confirmation
// (POST /customers/{id}/agreements). Microsoft's newer "enhanced attestation" channel can be
// added as a second implementation without touching any screen.
class AttestationChannel
{
public:
    virtual ~AttestationChannel() = default;
    virtual ApiOperation* attest(
        const AttestationRequest& request, QObject* context, ResultCallback<AgreementConfirmation> done)
        = 0;
};

// The v1 channel: reads the current Microsoft Customer Agreement template id from the
// agreement metadata (never hard-coded), then posts the confirmation.
class PartnerConfirmationChannel final : public AttestationChannel
{
public:
    explicit PartnerConfirmationChannel(PartnerCenterClient* client)
        : m_client(client)
    { }

    ApiOperation* attest(
        const AttestationRequest& request, QObject* context, ResultCallback<AgreementConfirmation> done) override;

    // The template id used last (empty until the metadata was read).
    [[nodiscard]] QString templateId() const { return m_templateId; }

private:
    PartnerCenterClient* m_client;
    QString m_templateId;
    QString m_agreementLink;
};

} // namespace PartnerDesk
