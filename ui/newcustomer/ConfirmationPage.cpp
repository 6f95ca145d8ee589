#include "ConfirmationPage.h"

#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"
#include "widgets/FieldMessage.h"
#include "widgets/Navigator.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace PartnerDesk {

ConfirmationPage::ConfirmationPage(Workspace* workspace, Navigator* navigator, QWidget* parent)
    : NewCustomerPage(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
{
    setObjectName(QStringLiteral("confirmationPage"));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("customerCreatedLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // The sign-in details, shown once.
    m_credentialsGroup = new QGroupBox(this);
    m_credentialsGroup->setObjectName(QStringLiteral("credentialsGroupBox"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_userName = new QLineEdit(m_credentialsGroup);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_password = new QLineEdit(m_credentialsGroup);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    for (QLineEdit* edit : {m_userName, m_password}) {
        edit->setReadOnly(true);
        edit->setFont(fixed); // l, 1, I, O and 0 must be told apart when read aloud or retyped
    }
    m_copyUserName = new QPushButton(m_credentialsGroup);
    m_copyUserName->setObjectName(QStringLiteral("copyUserNameButton"));
    m_copyPassword = new QPushButton(m_credentialsGroup);
    m_copyPassword->setObjectName(QStringLiteral("copyPasswordButton"));
    m_userNameLabel = new QLabel(m_credentialsGroup);
    m_userNameLabel->setBuddy(m_userName);
    m_passwordLabel = new QLabel(m_credentialsGroup);
    m_passwordLabel->setBuddy(m_password);
    m_credentialsWarning = new FieldMessage(m_credentialsGroup);
    m_credentialsWarning->setObjectName(QStringLiteral("credentialsWarningMessage"));
    m_copyStatus = new FieldMessage(m_credentialsGroup);
    m_copyStatus->setObjectName(QStringLiteral("copyStatusMessage"));
    auto* grid = new QGridLayout(m_credentialsGroup);
    grid->addWidget(m_userNameLabel, 0, 0);
    grid->addWidget(m_userName, 0, 1);
    grid->addWidget(m_copyUserName, 0, 2);
    grid->addWidget(m_passwordLabel, 1, 0);
    grid->addWidget(m_password, 1, 1);
    grid->addWidget(m_copyPassword, 1, 2);
    grid->addWidget(m_copyStatus, 2, 1, 1, 2);
    grid->addWidget(m_credentialsWarning, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    // What happened with the Microsoft Customer Agreement.
    m_agreementGroup = new QGroupBox(this);
    m_agreementGroup->setObjectName(QStringLiteral("agreementOutcomeGroupBox"));
    m_outcome = new FieldMessage(m_agreementGroup);
    m_outcome->setObjectName(QStringLiteral("attestationOutcomeMessage"));
    m_retryButton = new QPushButton(m_agreementGroup);
    m_retryButton->setObjectName(QStringLiteral("retryConfirmationButton"));
    m_openCustomer = new QPushButton(m_agreementGroup);
    m_openCustomer->setObjectName(QStringLiteral("openCustomerButton"));
    m_sendInvitation = new QPushButton(m_agreementGroup);
    m_sendInvitation->setObjectName(QStringLiteral("sendInvitationButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendInvitation);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_openCustomer);
    buttons->addStretch(1);
    auto* agreementLayout = new QVBoxLayout(m_agreementGroup);
    agreementLayout->addWidget(m_outcome);
    agreementLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_credentialsGroup);
    layout->addWidget(m_agreementGroup);
    layout->addStretch(1);

    connect(m_copyUserName, &QPushButton::clicked, this, [this] { copy(m_userName->text(), false); });
    connect(m_copyPassword, &QPushButton::clicked, this, [this] { copy(m_password->text(), true); });
    connect(m_sendInvitation, &QPushButton::clicked, this, &ConfirmationPage::openInvitation);
    connect(m_retryButton, &QPushButton::clicked, this, &ConfirmationPage::retryConfirmation);
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (m_navigator && !m_result.customer.id.isEmpty())
            m_navigator->openCustomer(m_result.customer.id);
    });

    retranslateUi();
    showResult();
}

ConfirmationPage::~ConfirmationPage()
{
    if (m_retry)
        m_retry->cancel();
}

void ConfirmationPage::retranslateUi()
{
    setTitle(tr("Confirmation"));
    setSubTitle(tr("The customer has been created."));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    m_credentialsGroup->setTitle(tr("Sign-in details of the customer's administrator"));
    m_userNameLabel->setText(tr("User &name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_userName->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_copyUserName->setText(tr("&Copy"));
    m_copyUserName->setAccessibleName(tr("Copy the user name"));
    m_copyPassword->setText(tr("Cop&y"));
    m_copyPassword->setAccessibleName(tr("Copy the password"));
    m_credentialsWarning->showMessage(
        tr("This password is shown only this once. Copy it now and keep it somewhere safe: PartnerDesk does not "
           "store it and Partner Center cannot show it again. You will need to give these details to the customer."),
        FieldMessage::Kind::Warning);
    m_agreementGroup->setTitle(tr("Microsoft Customer Agreement"));
    m_retryButton->setText(tr("&Try confirming again"));
    m_openCustomer->setText(tr("&Open the customer's page"));
    m_sendInvitation->setText(tr("&Send invitation…"));
    m_sendInvitation->setToolTip(tr("Write the email that invites the customer to accept the Microsoft Customer "
                                    "Agreement in the Microsoft 365 admin center, with these sign-in details."));
    if (m_copyStatus->hasMessage())
        m_copyStatus->showMessage(tr("Copied to the clipboard."), FieldMessage::Kind::Information);
    showResult();
}

void ConfirmationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    NewCustomerPage::changeEvent(event);
}

void ConfirmationPage::setResult(const NewCustomerResult& result, const NewCustomerRequest& request)
{
    m_result = result;
    m_request = request;
    m_invitationOpened = false;
    m_copyStatus->clearMessage();
    showResult();
}

void ConfirmationPage::showResult()
{
    const Customer& customer = m_result.customer;
    const QString company = customer.billingProfile
        ? customer.billingProfile->companyName
        : m_request.customer.billingProfile.value_or(BillingProfile{}).companyName;
    const QString domain = customer.companyProfile.domain.isEmpty() ? m_request.customer.companyProfile.domain
                                                                    : customer.companyProfile.domain;
    m_summary->setText(
        customer.id.isEmpty() ? QString() : tr("%1 was created with the domain %2.").arg(company, domain));

    const CustomerCredentials credentials = customer.userCredentials.value_or(CustomerCredentials{});
    m_userName->setText(credentials.userName);
    m_password->setText(credentials.password);
    m_copyUserName->setEnabled(!credentials.userName.isEmpty());
    m_copyPassword->setEnabled(!credentials.password.isEmpty());
    if (!customer.id.isEmpty() && credentials.isEmpty()) {
        m_credentialsWarning->showMessage(tr("Partner Center sent no sign-in details for this customer. Reset the "
                                             "administrator's password in the Microsoft 365 admin center."),
            FieldMessage::Kind::Warning);
    }
    showOutcome();
}

void ConfirmationPage::showOutcome()
{
    const bool invite = m_request.choice == AgreementChoice::Invite;
    const bool failed = m_result.attestationError.has_value();
    m_sendInvitation->setVisible(invite && m_navigator);
    m_retryButton->setVisible(failed);
    m_retryButton->setEnabled(!m_retry);
    m_openCustomer->setVisible(failed && m_navigator);

    if (m_result.customer.id.isEmpty()) {
        m_outcome->clearMessage();
        return;
    }
    if (m_retry) {
        m_outcome->showMessage(tr("Recording the confirmation of acceptance…"), FieldMessage::Kind::Information);
        m_outcome->setProperty("outcome", QStringLiteral("retrying"));
    } else if (invite) {
        m_outcome->showMessage(tr("The customer cannot make a purchase until they accept the Microsoft Customer "
                                  "Agreement in the Microsoft 365 admin center. Send them the invitation: it holds "
                                  "the link and the sign-in details above."),
            FieldMessage::Kind::Information);
        m_outcome->setProperty("outcome", QStringLiteral("invite"));
    } else if (failed) {
        m_outcome->showMessage(tr("The customer was created, but the confirmation of acceptance could not be "
                                  "recorded. %1 Try again now, or confirm it later from the customer's page "
                                  "(Account info, Microsoft Customer Agreement, Update); the customer is not "
                                  "created twice.")
                                   .arg(m_result.attestationError->message()));
        m_outcome->setProperty("outcome", QStringLiteral("failed"));
    } else if (m_result.confirmation
        && m_result.confirmation->outcome == AgreementConfirmation::Outcome::AlreadyConfirmed) {
        m_outcome->showMessage(tr("This confirmation of acceptance was already recorded; nothing else is needed."),
            FieldMessage::Kind::Information);
        m_outcome->setProperty("outcome", QStringLiteral("alreadyConfirmed"));
    } else {
        const Contact& by = m_request.acceptedBy;
        m_outcome->showMessage(
            tr("Confirmed: %1 %2 accepted the Microsoft Customer Agreement on %3. The customer "
               "can make purchases.")
                .arg(by.firstName, by.lastName, QLocale().toString(m_request.acceptanceDate, QLocale::LongFormat)),
            FieldMessage::Kind::Information);
        m_outcome->setProperty("outcome", QStringLiteral("confirmed"));
    }
}

void ConfirmationPage::initializePage()
{
    // With invite, the invitation opens by itself once; the button opens it again.
    if (m_request.choice == AgreementChoice::Invite && !m_invitationOpened && m_navigator
        && !m_result.customer.id.isEmpty()) {
        m_invitationOpened = true;
        QTimer::singleShot(0, this, &ConfirmationPage::openInvitation);
    }
    m_copyUserName->setFocus(Qt::OtherFocusReason);
}

bool ConfirmationPage::isComplete() const
{
    return true;
}

QString ConfirmationPage::incompleteReason() const
{
    return {};
}

void ConfirmationPage::copy(const QString& text, bool secret)
{
    if (text.isEmpty())
        return;
    auto* data = new QMimeData;
    data->setText(text);
    // Asks clipboard managers (KDE's Klipper and others that honour it) not to keep the
    // password in their history.
    if (secret)
        data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_copyStatus->showMessage(tr("Copied to the clipboard."), FieldMessage::Kind::Information);
}

void ConfirmationPage::openInvitation()
{
    if (!m_navigator || m_result.customer.id.isEmpty())
        return;
    const Customer& customer = m_result.customer;
    const BillingProfile requested = m_request.customer.billingProfile.value_or(BillingProfile{});
    const BillingProfile profile = customer.billingProfile.value_or(requested);
    InvitationRequest request;
    request.kind = InvitationKind::AcceptAgreement;
    request.customerId = customer.id;
    request.customerName = profile.companyName.isEmpty() ? requested.companyName : profile.companyName;
    request.customerEmail = profile.email.isEmpty() ? requested.email : profile.email;
    // Templates are named like locales ("pt_BR"); Partner Center's languages may carry a
    // region ("pt-PT").
    const QString language = profile.language.isEmpty() ? requested.language : profile.language;
    request.language = QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    request.credentials = customer.userCredentials.value_or(CustomerCredentials{});
    m_navigator->openInvitation(request);
}

void ConfirmationPage::retryConfirmation()
{
    if (m_retry || m_result.customer.id.isEmpty())
        return;
    const AttestationRequest request{m_result.customer.id, m_request.acceptedBy, m_request.acceptanceDate};
    m_retry
        = m_workspace->attestation()->attest(request, this, [this](const Result<AgreementConfirmation>& confirmation) {
              m_retry = nullptr;
              if (confirmation.ok()) {
                  m_result.confirmation = confirmation.value();
                  m_result.attestationError.reset();
                  if (m_navigator)
                      m_navigator->customerChanged(m_result.customer.id);
              } else {
                  m_result.attestationError = confirmation.error();
              }
              showOutcome();
          });
    showOutcome();
}

void ConfirmationPage::clearCredentials()
{
    m_userName->clear();
    m_password->clear();
    if (m_result.customer.userCredentials)
        m_result.customer.userCredentials.reset();
}

} // namespace PartnerDesk
