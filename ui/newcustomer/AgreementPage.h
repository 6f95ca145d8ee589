#pragma once

#include "NewCustomerPage.h"
#include "flows/CreateCustomerFlow.h"
#include "model/Contact.h"
#include "model/CountryRules.h"

#include <QDate>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace PartnerDesk {

class ContactForm;
class FieldMessage;
class Navigator;
class Workspace;
struct NewCustomerDraft;

// Step 2, "Microsoft agreement": either the partner attests now (the box, the acceptance
// date, and the contact who accepted — the primary contact unless the user selects Update),
// or the customer is asked to accept in the Microsoft 365 admin center.
class AgreementPage : public NewCustomerPage
{
    Q_OBJECT

public:
    AgreementPage(Workspace* workspace, Navigator* navigator, QWidget* parent = nullptr);
    ~AgreementPage() override;

    // What the account page holds: the contact pre-fills "accepted by" until Update is
    // selected; the rules decide the phone format; the country picks the agreement template.
    void setPrimaryContact(const Contact& contact);
    void setCountry(const QString& isoCode, const CountryRules& rules);

    [[nodiscard]] AgreementChoice choice() const;
    [[nodiscard]] bool isContactUpdated() const { return m_contactUpdated; }
    void fillDraft(NewCustomerDraft& draft) const;
    [[nodiscard]] bool hasInput() const { return m_contactUpdated; }
    // The permission policy may have changed (another sign-in).
    void updatePermission();

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString incompleteReason() const override;
    void revealProblems() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateChoice();
    void updateContact();
    void setContactEditable(bool editable);
    void changed();

    Workspace* m_workspace;
    Navigator* m_navigator;
    Contact m_primaryContact;
    QString m_country;
    bool m_contactUpdated = false;

    QLabel* m_intro = nullptr;
    QButtonGroup* m_choices = nullptr;
    QRadioButton* m_attest = nullptr;
    QWidget* m_attestDetails = nullptr;
    FieldMessage* m_attestPermissionMessage = nullptr;
    QCheckBox* m_customerAccepted = nullptr;
    QLabel* m_contactHint = nullptr;
    ContactForm* m_acceptedBy = nullptr;
    QPushButton* m_update = nullptr;
    QPushButton* m_usePrimary = nullptr;
    QRadioButton* m_invite = nullptr;
    QWidget* m_inviteDetails = nullptr;
    QLabel* m_inviteExplanation = nullptr;
    QPushButton* m_template = nullptr;
};

} // namespace PartnerDesk
