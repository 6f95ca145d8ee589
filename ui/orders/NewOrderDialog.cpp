#include "NewOrderDialog.h"

#include "account/ConfirmAgreementDialog.h"
#include "api/PartnerCenterClient.h"
#include "flows/Workspace.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/Navigator.h"
#include "widgets/WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace PartnerDesk {

namespace {

struct Offer
{
    const char* id;
    const char* name;
};

// A few common offers; the full catalogue (and its prices) is Partner Center's.
constexpr std::array<Offer, 6> offers{{
    {"CFQ7TTC0LH18:0001", QT_TRANSLATE_NOOP("PartnerDesk::NewOrderDialog", "Microsoft 365 Business Basic")},
    {"CFQ7TTC0LDPB:0001", QT_TRANSLATE_NOOP("PartnerDesk::NewOrderDialog", "Microsoft 365 Business Standard")},
    {"CFQ7TTC0LCHC:0002", QT_TRANSLATE_NOOP("PartnerDesk::NewOrderDialog", "Microsoft 365 Business Premium")},
    {"CFQ7TTC0LFLX:0001", QT_TRANSLATE_NOOP("PartnerDesk::NewOrderDialog", "Microsoft 365 E3")},
    {"CFQ7TTC0LH16:0001", QT_TRANSLATE_NOOP("PartnerDesk::NewOrderDialog", "Exchange Online (Plan 1)")},
    {"CFQ7TTC0LHSF:0001", QT_TRANSLATE_NOOP("PartnerDesk::NewOrderDialog", "Microsoft Teams Essentials")},
}};

constexpr int maximumQuantity = 10000;

} // namespace

NewOrderDialog::NewOrderDialog(Workspace* workspace, Navigator* navigator, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
    , m_customerId(customerId)
    , m_flow(new OrderFlow(workspace, customerId, this))
    , m_headingLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_offerLabel(new QLabel(this))
    , m_offerComboBox(new QComboBox(this))
    , m_quantityLabel(new QLabel(this))
    , m_quantitySpinBox(new QSpinBox(this))
    , m_billingCycleLabel(new QLabel(this))
    , m_billingCycleComboBox(new QComboBox(this))
    , m_permissionMessage(new FieldMessage(this))
    , m_orderMessage(new FieldMessage(this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_placeOrderButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancelButton(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("newOrderDialog"));
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    m_noteLabel->setObjectName(QStringLiteral("agreementCheckNoteLabel"));
    m_offerComboBox->setObjectName(QStringLiteral("offerComboBox"));
    m_quantitySpinBox->setObjectName(QStringLiteral("quantitySpinBox"));
    m_billingCycleComboBox->setObjectName(QStringLiteral("billingCycleComboBox"));
    m_permissionMessage->setObjectName(QStringLiteral("permissionMessage"));
    m_orderMessage->setObjectName(QStringLiteral("orderMessage"));
    m_progressBar->setObjectName(QStringLiteral("orderProgressBar"));
    m_statusLabel->setObjectName(QStringLiteral("orderStatusLabel"));
    m_placeOrderButton->setObjectName(QStringLiteral("placeOrderButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setWordWrap(true);
    m_noteLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);

    for (const Offer& offer : offers)
        m_offerComboBox->addItem(QString(), QString::fromLatin1(offer.id));
    m_quantitySpinBox->setRange(1, maximumQuantity);
    m_quantitySpinBox->setValue(1);
    m_quantitySpinBox->setAccelerated(true);
    m_billingCycleComboBox->addItem(QString(), QStringLiteral("monthly"));
    m_billingCycleComboBox->addItem(QString(), QStringLiteral("annual"));
    m_offerLabel->setBuddy(m_offerComboBox);
    m_quantityLabel->setBuddy(m_quantitySpinBox);
    m_billingCycleLabel->setBuddy(m_billingCycleComboBox);

    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progressBar->fontMetrics().height());
    m_placeOrderButton->setDefault(true);
    m_cancelButton->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_offerLabel, m_offerComboBox);
    form->addRow(m_quantityLabel, m_quantitySpinBox);
    form->addRow(m_billingCycleLabel, m_billingCycleComboBox);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_statusLabel, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_permissionMessage);
    layout->addWidget(m_orderMessage);
    layout->addStretch(1);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);

    setTabOrder(m_offerComboBox, m_quantitySpinBox);
    setTabOrder(m_quantitySpinBox, m_billingCycleComboBox);
    setTabOrder(m_billingCycleComboBox, m_placeOrderButton);
    setTabOrder(m_placeOrderButton, m_cancelButton);

    connect(m_placeOrderButton, &QPushButton::clicked, this, &NewOrderDialog::placeOrder);
    connect(m_cancelButton, &QPushButton::clicked, this, &NewOrderDialog::reject);
    connect(m_flow, &OrderFlow::busyChanged, this, [this](bool busy) {
        // Between the status check and the confirmation prompt the flow rests; the stage stays.
        if (!busy && !m_prompt)
            m_stage = Stage::Idle;
        updateState();
    });
    connect(m_flow, &OrderFlow::confirmationNeeded, this, &NewOrderDialog::openConfirmationPrompt);
    connect(m_flow, &OrderFlow::orderPlaced, this, &NewOrderDialog::onOrderPlaced);
    connect(m_flow, &OrderFlow::confirmationFailed, this, [this](const ApiError& error) {
        if (m_prompt)
            m_prompt->showRefusal(error); // the form stays open, filled, with the message
        else
            onFailed(error);
        updateState();
    });
    connect(m_flow, &OrderFlow::failed, this, &NewOrderDialog::onFailed);

    // The company's name for the heading; the dialog works without it.
    workspace->client()->customer(customerId, this, [this](const Result<Customer>& customer) {
        if (customer.ok()) {
            m_companyName = customer.value().companyProfile.companyName;
            retranslateUi();
        }
    });

    resize(520, 340);
    retranslateUi();
}

NewOrderDialog::~NewOrderDialog() = default;

ConfirmAgreementDialog* NewOrderDialog::confirmationPrompt() const
{
    return m_prompt;
}

bool NewOrderDialog::isBusy() const
{
    return m_flow->isBusy();
}

void NewOrderDialog::retranslateUi()
{
    setWindowTitle(tr("New order"));
    m_headingLabel->setText(m_companyName.isEmpty() ? tr("New order") : tr("New order for %1").arg(m_companyName));
    m_noteLabel->setText(tr("Before ordering, PartnerDesk checks that the customer accepted the Microsoft Customer "
                            "Agreement. If nobody has confirmed it and the customer has not accepted it in the "
                            "Microsoft 365 admin center, you are asked to confirm their acceptance first."));
    m_offerLabel->setText(tr("&Offer:"));
    m_quantityLabel->setText(tr("&Quantity (licenses):"));
    m_billingCycleLabel->setText(tr("&Billing cycle:"));
    for (int i = 0; i < m_offerComboBox->count() && i < static_cast<int>(offers.size()); ++i) {
        const Offer& offer = offers.at(static_cast<std::size_t>(i));
        m_offerComboBox->setItemText(i, tr("%1 (%2)").arg(tr(offer.name), QString::fromLatin1(offer.id)));
    }
    m_billingCycleComboBox->setItemText(0, tr("Monthly"));
    m_billingCycleComboBox->setItemText(1, tr("Annual"));
    m_offerComboBox->setAccessibleName(tr("Offer"));
    m_quantitySpinBox->setAccessibleName(tr("Quantity"));
    m_billingCycleComboBox->setAccessibleName(tr("Billing cycle"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_placeOrderButton->setText(tr("&Place order"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_lastError)
        onFailed(*m_lastError);
    else if (m_promptDeclined)
        showMessage(tr("The order was not placed: the customer's acceptance of the Microsoft Customer Agreement "
                       "is not confirmed."),
            true);
    updateState();
}

void NewOrderDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewOrderDialog::showEvent(QShowEvent* event)
{
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        WindowGeometry::restore(this);
    }
    QDialog::showEvent(event);
}

void NewOrderDialog::done(int result)
{
    WindowGeometry::save(this);
    QDialog::done(result);
}

void NewOrderDialog::reject()
{
    // While working, Cancel and Escape stop the call; the choices stay.
    if (m_flow->isBusy()) {
        m_flow->cancel();
        return;
    }
    QDialog::reject();
}

void NewOrderDialog::updateState()
{
    const PermissionDecision decision = m_workspace->policy().decide(Action::PlaceOrder);
    const bool busy = m_flow->isBusy() || m_prompt;
    QString why;
    if (!decision.isAllowed())
        why = decision.explanation();
    else if (m_placedOrder)
        why = tr("The order was placed.");
    else if (m_prompt)
        why = tr("Confirm the customer's acceptance first.");
    else if (busy)
        why = tr("Placing the order…");
    m_placeOrderButton->setEnabled(why.isEmpty());
    m_placeOrderButton->setToolTip(
        why.isEmpty() ? tr("Check the customer's acceptance and place the order (Enter)") : why);
    if (decision.isAllowed())
        m_permissionMessage->clearMessage();
    else
        m_permissionMessage->showMessage(decision.explanation(), FieldMessage::Kind::Warning);

    for (QWidget* input : std::initializer_list<QWidget*>{m_offerComboBox, m_quantitySpinBox, m_billingCycleComboBox})
        input->setEnabled(decision.isAllowed() && !busy && !m_placedOrder);

    m_progressBar->setVisible(m_flow->isBusy());
    switch (m_stage) {
    case Stage::Ordering:
        m_statusLabel->setText(tr("Checking the customer's acceptance and placing the order…"));
        break;
    case Stage::ConfirmingAndOrdering:
        m_statusLabel->setText(m_prompt && !m_flow->isBusy()
                ? tr("Waiting for the confirmation of the customer's acceptance…")
                : tr("Recording the confirmation, then placing the order…"));
        break;
    case Stage::Idle:
        m_statusLabel->clear();
        break;
    }
    m_statusLabel->setVisible(m_stage != Stage::Idle);
    m_cancelButton->setToolTip(m_flow->isBusy() ? tr("Stop; nothing you chose is lost (Esc)") : tr("Close (Esc)"));
}

void NewOrderDialog::showMessage(const QString& text, bool error)
{
    if (text.isEmpty())
        m_orderMessage->clearMessage();
    else
        m_orderMessage->showMessage(text, error ? FieldMessage::Kind::Error : FieldMessage::Kind::Information);
}

void NewOrderDialog::placeOrder()
{
    if (m_flow->isBusy() || m_prompt || m_placedOrder || !m_workspace->policy().allows(Action::PlaceOrder))
        return;
    m_lastError.reset();
    m_promptDeclined = false;
    showMessage({}, false);

    Order order;
    order.billingCycle = m_billingCycleComboBox->currentData().toString();
    OrderLineItem item;
    item.offerId = m_offerComboBox->currentData().toString();
    item.quantity = m_quantitySpinBox->value();
    const int offerIndex = m_offerComboBox->currentIndex();
    if (offerIndex >= 0 && offerIndex < static_cast<int>(offers.size()))
        item.friendlyName = QString::fromLatin1(offers.at(static_cast<std::size_t>(offerIndex)).name);
    order.lineItems = {item};

    m_stage = Stage::Ordering;
    m_flow->start(order);
    updateState();
}

void NewOrderDialog::openConfirmationPrompt(OrderFlow::Reason reason)
{
    m_stage = Stage::ConfirmingAndOrdering;
    auto* prompt = new ConfirmAgreementDialog(m_workspace, m_customerId, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setPurpose(reason == OrderFlow::Reason::ServiceRefused
            ? ConfirmAgreementDialog::Purpose::OrderRefusedByService
            : ConfirmAgreementDialog::Purpose::OrderNotConfirmed);
    prompt->setExternalSubmit(true);
    connect(prompt, &ConfirmAgreementDialog::submitted, this, [this](const Contact& contact, const QDate& date) {
        m_flow->confirmAndPlace(contact, date);
        updateState();
    });
    connect(prompt, &ConfirmAgreementDialog::submissionCanceled, m_flow, &OrderFlow::cancel);
    // finished() comes before the prompt is deleted (and before accepted/rejected).
    connect(prompt, &QDialog::finished, this, [this](int result) {
        m_prompt = nullptr;
        if (result == QDialog::Rejected) {
            m_stage = Stage::Idle;
            m_promptDeclined = true;
            showMessage(tr("The order was not placed: the customer's acceptance of the Microsoft Customer "
                           "Agreement is not confirmed."),
                true);
        }
        updateState();
    });
    m_prompt = prompt;
    prompt->open();
    updateState();
}

void NewOrderDialog::onOrderPlaced(const Order& order)
{
    m_placedOrder = order;
    m_stage = Stage::Idle;
    if (m_prompt)
        m_prompt->accept();
    updateState();
    if (m_navigator)
        m_navigator->customerChanged(m_customerId);
    Q_EMIT orderPlaced(order);
    showMessage(tr("The order was placed. Order number: %1").arg(order.id), false);
    // Said from the event loop, not from inside the network answer that brought the order.
    QTimer::singleShot(0, this, [this, id = order.id] {
        Dialogs::information(this, tr("Order placed"),
            tr("The order was placed. Order number: %1").arg(id.isEmpty() ? tr("(not given)") : id));
        accept();
    });
}

void NewOrderDialog::onFailed(const ApiError& error)
{
    m_lastError = error;
    m_stage = Stage::Idle;
    // The confirmation (if any) was recorded before the order failed: the prompt is done.
    if (m_prompt)
        m_prompt->accept();
    if (error.kind == ApiError::Kind::Canceled) {
        showMessage(tr("Canceled. If the order reached Partner Center before you canceled, it shows among the "
                       "customer's subscriptions; check there before ordering again."),
            false);
    } else {
        showMessage(tr("The order was not placed. %1").arg(error.message()), true);
    }
    updateState();
}

} // namespace PartnerDesk
