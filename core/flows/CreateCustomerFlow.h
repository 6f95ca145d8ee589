#pragma once

#include "api/ApiError.h"
#include "api/PartnerCenterClient.h"
#include "model/Customer.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <optional>

namespace PartnerDesk {

class Workspace;

// How the new customer's acceptance of the Microsoft Customer Agreement is handled.
enum class AgreementChoice {
    Attest, // the partner attests now: contact and date
    Invite, // the customer accepts in the Microsoft 365 admin center later
};

struct NewCustomerRequest
{
    Customer customer; // company profile (domain) and billing profile
    AgreementChoice choice = AgreementChoice::Attest;
    Contact acceptedBy;
    QDate acceptanceDate;
};

struct NewCustomerResult
{
    Customer customer; // as created, with its credentials (shown once)
    std::optional<AgreementConfirmation> confirmation;
    std::optional<ApiError> attestationError; // the customer exists, but the attestation failed
};

// Creates the customer, then (with Attest) records the confirmation. When the second step
// fails the customer still exists: the result says so, and the confirmation can be retried
// from the customer's page without creating the customer again.
class CreateCustomerFlow : public QObject
{
    Q_OBJECT

public:
    explicit CreateCustomerFlow(Workspace* workspace, QObject* parent = nullptr);

    void start(const NewCustomerRequest& request);
    void cancel();
    [[nodiscard]] bool isBusy() const { return !m_current.isNull(); }

Q_SIGNALS:
    void progress(const QString& step);
    void finished(const PartnerDesk::NewCustomerResult& result);
    void failed(const PartnerDesk::ApiError& error); // nothing was created

private:
    Workspace* m_workspace;
    QPointer<ApiOperation> m_current;
};

} // namespace PartnerDesk
