#pragma once

#include "api/ApiError.h"
#include "flows/OrderFlow.h"
#include "model/Order.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace PartnerDesk {

class ConfirmAgreementDialog;
class FieldMessage;
class Navigator;
class Workspace;

// A small order: an offer from a short catalogue, a quantity and a billing cycle. Placing it
// never bypasses the Microsoft Customer Agreement: the order flow reads the customer's status
// first and, without a confirmation or a direct acceptance (or when Partner Center answers
// 13605), this dialog opens the confirmation prompt — the same form as Update — and the order
// is placed once the confirmation is recorded.
class NewOrderDialog : public QDialog
{
    Q_OBJECT

public:
    NewOrderDialog(Workspace* workspace, Navigator* navigator, const QString& customerId, QWidget* parent = nullptr);
    ~NewOrderDialog() override;

    [[nodiscard]] QString customerId() const { return m_customerId; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] std::optional<Order> placedOrder() const { return m_placedOrder; }
    // The confirmation prompt while it is open (else null).
    [[nodiscard]] ConfirmAgreementDialog* confirmationPrompt() const;

Q_SIGNALS:
    void orderPlaced(const PartnerDesk::Order& order);

public Q_SLOTS:
    void done(int result) override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Stage {
        Idle,
        Ordering, // reading the status, then ordering
        ConfirmingAndOrdering,
    };

    void retranslateUi();
    void updateState();
    void placeOrder();
    void openConfirmationPrompt(OrderFlow::Reason reason);
    void onOrderPlaced(const Order& order);
    void onFailed(const ApiError& error);
    void showMessage(const QString& text, bool error);

    Workspace* m_workspace;
    Navigator* m_navigator;
    QString m_customerId;
    QString m_companyName;
    OrderFlow* m_flow;
    Stage m_stage = Stage::Idle;
    std::optional<Order> m_placedOrder;
    std::optional<ApiError> m_lastError;
    bool m_promptDeclined = false;
    bool m_geometryRestored = false;
    QPointer<ConfirmAgreementDialog> m_prompt;

    QLabel* m_headingLabel;
    QLabel* m_noteLabel;
    QLabel* m_offerLabel;
    QComboBox* m_offerComboBox;
    QLabel* m_quantityLabel;
    QSpinBox* m_quantitySpinBox;
    QLabel* m_billingCycleLabel;
    QComboBox* m_billingCycleComboBox;
    FieldMessage* m_permissionMessage;
    FieldMessage* m_orderMessage;
    QProgressBar* m_progressBar;
    QLabel* m_statusLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_placeOrderButton;
    QPushButton* m_cancelButton;
};

} // namespace PartnerDesk
