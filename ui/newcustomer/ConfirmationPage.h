#pragma once

#include "NewCustomerPage.h"
#include "flows/CreateCustomerFlow.h"

#include <QPointer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PartnerDesk {

class ApiOperation;
class FieldMessage;
class Navigator;
class Workspace;

// Step 4, "Confirmation": the new customer's administrator credentials, shown this once,
// with Copy buttons and a warning; the outcome of the attestation (or, with invite, the
// invitation, which opens by itself once).
class ConfirmationPage : public NewCustomerPage
{
    Q_OBJECT

public:
    ConfirmationPage(Workspace* workspace, Navigator* navigator, QWidget* parent = nullptr);
    ~ConfirmationPage() override;

    void setResult(const NewCustomerResult& result, const NewCustomerRequest& request);
    // Forgets the credentials (the wizard closes): they are never stored anywhere.
    void clearCredentials();
    [[nodiscard]] const Customer& customer() const { return m_result.customer; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString incompleteReason() const override;
    void revealProblems() override { }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showResult();
    void showOutcome();
    void copy(const QString& text, bool secret);
    void openInvitation();
    void retryConfirmation();

    Workspace* m_workspace;
    Navigator* m_navigator;
    NewCustomerResult m_result;
    NewCustomerRequest m_request;
    bool m_invitationOpened = false;
    QPointer<ApiOperation> m_retry;

    QLabel* m_summary = nullptr;
    QGroupBox* m_credentialsGroup = nullptr;
    QLabel* m_userNameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_copyUserName = nullptr;
    QPushButton* m_copyPassword = nullptr;
    FieldMessage* m_credentialsWarning = nullptr;
    FieldMessage* m_copyStatus = nullptr;
    QGroupBox* m_agreementGroup = nullptr;
    FieldMessage* m_outcome = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_openCustomer = nullptr;
    QPushButton* m_sendInvitation = nullptr;
};

} // namespace PartnerDesk
