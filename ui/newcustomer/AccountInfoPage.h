#pragma once

#include "NewCustomerPage.h"
#include "flows/newcustomer/AddressVerification.h"
#include "flows/newcustomer/CountryRulesLoader.h"
#include "flows/newcustomer/DomainAvailabilityCheck.h"
#include "model/Contact.h"
#include "model/CountryRules.h"
#include "validation/Validation.h"

#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PartnerDesk {

class ContactForm;
class CountryComboBox;
class FieldMessage;
class NewCustomerRefusal;
class Workspace;
struct NewCustomerDraft;

// Step 1, "Account info": the company, its domain (checked live), the billing address with
// the country's own rules, the primary contact, and the language and culture.
class AccountInfoPage : public NewCustomerPage
{
    Q_OBJECT

public:
    explicit AccountInfoPage(Workspace* workspace, QWidget* parent = nullptr);
    ~AccountInfoPage() override;

    void fillDraft(NewCustomerDraft& draft) const;
    // The rules in force: Partner Center's for the country, or the permissive fallback.
    [[nodiscard]] const CountryRules& countryRules() const;
    [[nodiscard]] QString countryCode() const;
    [[nodiscard]] QString countryName() const;
    [[nodiscard]] Contact primaryContact() const;
    // Something was typed that closing the wizard would lose.
    [[nodiscard]] bool hasInput() const;
    [[nodiscard]] DomainAvailabilityCheck* domainCheck() const { return m_domainCheck; }

    // The service refused the customer: its message goes beside each field it names (all of
    // which are on this page); what was typed stays. The focus goes to the first field.
    void showRefusal(const NewCustomerRefusal& refusal);
    // The permission policy may have changed (another sign-in).
    void updatePermission();

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString incompleteReason() const override;
    void revealProblems() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        Field field = Field::CompanyName;
        QLabel* label = nullptr;
        QWidget* editor = nullptr; // what gets the focus
        FieldMessage* message = nullptr;
        bool touched = false;
        QString serverMessage; // shown until the user edits the field
    };

    void buildUi();
    void retranslateUi();
    void updateRequiredLabels();
    void alignLabels();
    [[nodiscard]] Row* row(Field field);
    [[nodiscard]] const Row* row(Field field) const;
    [[nodiscard]] QString valueOf(Field field) const;
    [[nodiscard]] FieldResult resultFor(Field field) const;
    [[nodiscard]] ValidationContext context() const;
    void check(Field field, bool show);
    void fieldEdited(Field field);
    void fieldLeft(Field field);
    void applyRules(const CountryRulesAnswer& answer);
    void showRulesStatus();
    void fillLanguages();
    void updateDomainStatus();
    void updateAddressVerification();
    void showAddressVerification();
    void useSuggestedAddress();
    [[nodiscard]] bool usesStateList() const;
    [[nodiscard]] Address typedAddress() const;
    void changed();

    Workspace* m_workspace;
    CountryRulesLoader* m_rulesLoader;
    DomainAvailabilityCheck* m_domainCheck;
    AddressVerification* m_addressCheck;
    CountryRules m_rules;
    bool m_rulesFromService = false;
    bool m_languageChosen = false; // the user picked a language: keep it where the country allows
    bool m_cultureChosen = false;
    QString m_chosenState; // the last state picked from a list

    FieldMessage* m_permissionMessage = nullptr;
    QWidget* m_form = nullptr;
    QGroupBox* m_companyGroup = nullptr;
    QGroupBox* m_addressGroup = nullptr;
    QGroupBox* m_contactGroup = nullptr;
    QGroupBox* m_languageGroup = nullptr;
    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_domainPrefix = nullptr;
    QLabel* m_domainSuffix = nullptr;
    CountryComboBox* m_country = nullptr;
    QLineEdit* m_addressLine1 = nullptr;
    QLineEdit* m_addressLine2 = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_stateList = nullptr;
    QLineEdit* m_stateEdit = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_companyPhone = nullptr;
    FieldMessage* m_addressVerificationMessage = nullptr;
    QPushButton* m_useSuggestedAddress = nullptr;
    ContactForm* m_contactForm = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_culture = nullptr;
    QList<Row> m_rows;
};

} // namespace PartnerDesk
