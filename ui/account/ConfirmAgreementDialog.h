#pragma once

#include "api/ApiError.h"
#include "api/PartnerCenterClient.h"
#include "flows/account/AttestationPrefill.h"
#include "model/Contact.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace PartnerDesk {

class ApiOperation;
class ContactForm;
class CustomerAccountLoader;
class FieldMessage;
class Workspace;

// "Microsoft Customer Agreement → Update": who at the customer accepted the agreement and
// when (First name, Last name, Email address, Phone number (optional), Agreement acceptance
// date) → Save and continue. The form starts with the latest confirmation's contact, or the
// billing profile's primary contact, and says which; the customer's country rules check the
// phone number. A refusal keeps everything typed and shows the service's words beside the
// field they concern.
//
// By default the dialog records the confirmation itself (the workspace's attestation
// channel). With setExternalSubmit(true) it hands the contact and date to its caller instead
// (submitted()) and waits: the order flow records the confirmation and then orders, and
// answers with showRefusal() or accept().
class ConfirmAgreementDialog : public QDialog
{
    Q_OBJECT

public:
    // Why the dialog is shown; it decides the sentence at the top.
    enum class Purpose {
        Update, // the customer page's Update
        OrderNotConfirmed, // before an order: neither a confirmation nor a direct acceptance exists
        OrderRefusedByService, // before an order: Partner Center refused it (13605)
    };
    Q_ENUM(Purpose)

    ConfirmAgreementDialog(Workspace* workspace, const QString& customerId, QWidget* parent = nullptr);
    ~ConfirmAgreementDialog() override;

    [[nodiscard]] QString customerId() const { return m_customerId; }
    void setPurpose(Purpose purpose);
    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    void setExternalSubmit(bool external);
    [[nodiscard]] bool isExternalSubmit() const { return m_externalSubmit; }

    [[nodiscard]] ContactForm* contactForm() const { return m_form; }
    [[nodiscard]] AttestationPrefill::Source prefillSource() const { return m_prefill.source; }
    [[nodiscard]] bool isBusy() const { return m_saving; }
    // The customer's details (for the pre-filled contact and the phone rules) are being read.
    [[nodiscard]] bool isLoading() const { return m_loadingContext; }
    // What the service answered (set when the dialog recorded the confirmation itself).
    [[nodiscard]] std::optional<AgreementConfirmation> confirmation() const { return m_confirmation; }

    // External submit: the caller could not record it. Leaves the busy state and shows the
    // message beside the field it concerns (or above the form); nothing typed is lost.
    void showRefusal(const ApiError& error);

Q_SIGNALS:
    void confirmed(const PartnerDesk::AgreementConfirmation& confirmation);
    // External submit: record this confirmation (the dialog waits for showRefusal or accept).
    void submitted(const PartnerDesk::Contact& contact, const QDate& acceptanceDate);
    // External submit: the user canceled while the caller was working.
    void submissionCanceled();

public Q_SLOTS:
    void done(int result) override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void loadContext();
    void applyPrefill();
    void updateContextMessage();
    void updateSaveButton();
    void save();
    void setSaving(bool saving, const QString& status = {});
    void finishWith(const AgreementConfirmation& confirmation);

    Workspace* m_workspace;
    QString m_customerId;
    Purpose m_purpose = Purpose::Update;
    bool m_externalSubmit = false;

    CustomerAccountLoader* m_loader;
    std::optional<Customer> m_customer;
    std::optional<AgreementStatus> m_status;
    AttestationPrefill m_prefill;
    std::optional<ApiError> m_contextError; // the customer's details could not be read
    std::optional<ApiError> m_rulesError; // the country rules could not be read
    bool m_loadingContext = false;
    bool m_wasCanceled = false;
    bool m_saving = false;
    bool m_geometryRestored = false;
    std::optional<AgreementConfirmation> m_confirmation;
    QPointer<ApiOperation> m_operation;

    QLabel* m_headingLabel;
    FieldMessage* m_purposeMessage;
    QLabel* m_instructionsLabel;
    FieldMessage* m_prefillMessage;
    ContactForm* m_form;
    QProgressBar* m_progressBar;
    QLabel* m_statusLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace PartnerDesk
