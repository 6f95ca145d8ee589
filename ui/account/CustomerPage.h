#pragma once

#include "api/ApiError.h"
#include "api/PartnerCenterClient.h"
#include "flows/account/AgreementGuidance.h"
#include "model/AgreementStatus.h"
#include "model/Customer.h"
#include "model/Order.h"

#include <QWidget>

#include <optional>

class QFrame;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace PartnerDesk {

class AgreementHistoryModel;
class CustomerEvidenceWidget;
class CustomerAccountLoader;
class FieldMessage;
class Navigator;
class Workspace;

// A customer's page, "Account info": the company and its billing profile, and the Microsoft
// Customer Agreement section — the verdict, who confirmed and when, with which template, the
// direct acceptance in the Microsoft 365 admin center, the whole confirmation history, and
// what the partner must do (the two scenarios where the customer cannot accept directly,
// orders blocked, an indirect reseller's path through its provider). Update opens the
// confirmation form; the other actions go through the Navigator.
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    CustomerPage(Workspace* workspace, Navigator* navigator, const QString& customerId, QWidget* parent = nullptr);
    ~CustomerPage() override;

    [[nodiscard]] QString customerId() const { return m_customerId; }
    [[nodiscard]] bool isLoading() const;
    // Reads everything again: the customer, the agreement status and the subscriptions.
    void reload();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void load(bool everything);
    void showCustomer();
    void showAgreement();
    void showGuidance();
    void showNotice();
    void showEvidenceCount();
    void showLoadState();
    void updateActions();
    void openUpdateForm();
    void openInvitation();
    void openAgreementTemplate();
    void openNewOrder();
    void openBulkAttestation();
    void onConfirmed(const AgreementConfirmation& confirmation);

    Workspace* m_workspace;
    Navigator* m_navigator;
    QString m_customerId;
    CustomerAccountLoader* m_loader;
    AgreementHistoryModel* m_historyModel;

    std::optional<Customer> m_customer;
    std::optional<AgreementStatus> m_status;
    std::optional<QList<Subscription>> m_subscriptions;
    AgreementGuidance m_guidance;
    std::optional<ApiError> m_loadError; // the first part that could not be read
    std::optional<AgreementConfirmation> m_lastConfirmation; // from Update, for the notice
    bool m_subscriptionsFailed = false;
    bool m_statusFailed = false;
    bool m_geometryRestored = false;

    QLabel* m_companyNameLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QWidget* m_loadBar = nullptr;
    QProgressBar* m_loadingProgressBar = nullptr;
    QLabel* m_loadStatusLabel = nullptr;
    QPushButton* m_cancelLoadButton = nullptr;
    FieldMessage* m_loadErrorMessage = nullptr;
    QPushButton* m_retryButton = nullptr;

    QGroupBox* m_accountInfoGroupBox = nullptr;
    QLabel* m_companyCaption = nullptr;
    QLabel* m_companyValue = nullptr;
    QLabel* m_domainCaption = nullptr;
    QLabel* m_domainValue = nullptr;
    QLabel* m_relationshipCaption = nullptr;
    QLabel* m_relationshipValue = nullptr;
    QLabel* m_subscriptionsCaption = nullptr;
    QLabel* m_subscriptionsValue = nullptr;
    QLabel* m_contactCaption = nullptr;
    QLabel* m_contactValue = nullptr;
    QLabel* m_emailCaption = nullptr;
    QLabel* m_emailValue = nullptr;
    QLabel* m_addressCaption = nullptr;
    QLabel* m_addressValue = nullptr;
    QLabel* m_languageCaption = nullptr;
    QLabel* m_languageValue = nullptr;

    QGroupBox* m_agreementGroupBox = nullptr;
    QLabel* m_statusIconLabel = nullptr;
    QLabel* m_agreementStatusLabel = nullptr;
    QLabel* m_agreementExplanationLabel = nullptr;
    QLabel* m_latestCaption = nullptr;
    QLabel* m_latestConfirmationLabel = nullptr;
    QLabel* m_directCaption = nullptr;
    QLabel* m_directAcceptanceLabel = nullptr;
    QFrame* m_guidanceFrame = nullptr;
    QLabel* m_guidanceLabel = nullptr;
    QPushButton* m_handOffButton = nullptr; // an indirect reseller's way to its provider
    FieldMessage* m_noticeMessage = nullptr;
    QPushButton* m_updateButton = nullptr;
    QPushButton* m_inviteButton = nullptr;
    QPushButton* m_templateButton = nullptr;
    QPushButton* m_newOrderButton = nullptr;
    QTabWidget* m_recordsTabWidget = nullptr; // Partner Center's history, PartnerDesk's evidence
    QTableView* m_historyView = nullptr;
    CustomerEvidenceWidget* m_evidenceWidget = nullptr;
};

} // namespace PartnerDesk
