#pragma once

#include "flows/newcustomer/NewCustomerDraft.h"
#include "model/Customer.h"

#include <QWizard>

namespace PartnerDesk {

class AccountInfoPage;
class AgreementPage;
class ConfirmationPage;
class Navigator;
class ReviewPage;
class Workspace;

// DESIGN flow 1, "New customer": Account info -> Microsoft agreement -> Review (Create
// customer) -> Confirmation (credentials shown once; with invite, the invitation opens).
// What may be done is the permission policy's decision; the wizard explains it.
class NewCustomerWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        AccountInfoPageId,
        AgreementPageId,
        ReviewPageId,
        ConfirmationPageId,
    };

    NewCustomerWizard(Workspace* workspace, Navigator* navigator, QWidget* parent = nullptr);
    ~NewCustomerWizard() override;

    // Whether the signed-in user may create customers at all (the main window disables its
    // action otherwise), and why not, in words.
    [[nodiscard]] static bool canOpen(const Workspace& workspace);
    [[nodiscard]] static QString explanation(const Workspace& workspace);

    // What has been entered so far.
    [[nodiscard]] NewCustomerDraft draft() const;
    // Something typed would be lost by closing now (and no customer was created yet).
    [[nodiscard]] bool hasUnsavedInput() const;
    [[nodiscard]] bool isCreating() const;

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    // The customer exists now (without its credentials: those stay on the confirmation page).
    void customerCreated(const PartnerDesk::Customer& customer);

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslateUi();
    void updateButtonHints();
    void updatePermission();
    void created(const NewCustomerResult& result, const NewCustomerRequest& request);
    void refused(const ApiError& error);

    Workspace* m_workspace;
    Navigator* m_navigator;
    AccountInfoPage* m_account;
    AgreementPage* m_agreement;
    ReviewPage* m_review;
    ConfirmationPage* m_confirmation;
    bool m_customerCreated = false;
};

} // namespace PartnerDesk
