#pragma once

#include "NewCustomerPage.h"
#include "flows/CreateCustomerFlow.h"
#include "flows/newcustomer/NewCustomerDraft.h"
#include "model/CountryRules.h"

class QLabel;
class QGroupBox;
class QProgressBar;
class QPushButton;

namespace PartnerDesk {

class FieldMessage;
class Workspace;

// Step 3, "Review": everything entered, read-only and grouped, and the Create customer
// button (the wizard's commit button). Creating runs CreateCustomerFlow with a progress
// line and a Cancel button; the wizard moves on when it is done.
class ReviewPage : public NewCustomerPage
{
    Q_OBJECT

public:
    explicit ReviewPage(Workspace* workspace, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void setDraft(const NewCustomerDraft& draft, const CountryRules& rules, const QString& countryName);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    void cancelCreation();
    // The permission policy may have changed (another sign-in).
    void updatePermission();

    void initializePage() override;
    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString incompleteReason() const override;
    void revealProblems() override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // The customer exists (the attestation may still have failed: see the result).
    void created(const PartnerDesk::NewCustomerResult& result, const PartnerDesk::NewCustomerRequest& request);
    // Nothing was created.
    void refused(const PartnerDesk::ApiError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Item
    {
        QLabel* name = nullptr;
        QLabel* value = nullptr;
    };

    void retranslateUi();
    void showDraft();
    void startCreation();
    void setBusy(bool busy);
    QLabel* addItem(QGroupBox* group, const QString& objectName);

    Workspace* m_workspace;
    CreateCustomerFlow* m_flow;
    NewCustomerDraft m_draft;
    NewCustomerRequest m_request;
    CountryRules m_rules;
    QString m_countryName;
    bool m_busy = false;
    bool m_created = false;

    QGroupBox* m_companyGroup = nullptr;
    QGroupBox* m_addressGroup = nullptr;
    QGroupBox* m_contactGroup = nullptr;
    QGroupBox* m_languageGroup = nullptr;
    QGroupBox* m_agreementGroup = nullptr;
    QList<Item> m_items;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    FieldMessage* m_error = nullptr;
};

} // namespace PartnerDesk
