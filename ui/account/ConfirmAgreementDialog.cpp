#include "ConfirmAgreementDialog.h"

#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"
#include "flows/account/AttestationRefusal.h"
#include "flows/account/CustomerAccountLoader.h"
#include "util/Settings.h"
#include "widgets/ContactForm.h"
#include "widgets/FieldMessage.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

ConfirmAgreementDialog::ConfirmAgreementDialog(Workspace* workspace, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customerId(customerId)
    , m_loader(new CustomerAccountLoader(workspace->client(), customerId, this))
    , m_headingLabel(new QLabel(this))
    , m_purposeMessage(new FieldMessage(this))
    , m_instructionsLabel(new QLabel(this))
    , m_prefillMessage(new FieldMessage(this))
    , m_form(new ContactForm(this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_saveButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancelButton(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("confirmAgreementDialog"));
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    m_purposeMessage->setObjectName(QStringLiteral("purposeMessage"));
    m_instructionsLabel->setObjectName(QStringLiteral("instructionsLabel"));
    m_prefillMessage->setObjectName(QStringLiteral("prefillMessage"));
    m_progressBar->setObjectName(QStringLiteral("confirmProgressBar"));
    m_statusLabel->setObjectName(QStringLiteral("confirmStatusLabel"));
    m_saveButton->setObjectName(QStringLiteral("saveAndContinueButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setWordWrap(true);
    m_instructionsLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_progressBar->setRange(0, 0); // busy: the service does not say how long it takes
    m_progressBar->setMaximumHeight(m_progressBar->fontMetrics().height());
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_saveButton->setDefault(true);
    m_saveButton->setAutoDefault(true);
    m_cancelButton->setAutoDefault(false);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_statusLabel, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_purposeMessage);
    layout->addWidget(m_instructionsLabel);
    layout->addWidget(m_prefillMessage);
    layout->addSpacing(4);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &ConfirmAgreementDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConfirmAgreementDialog::reject);
    connect(m_form, &ContactForm::validityChanged, this, &ConfirmAgreementDialog::updateSaveButton);
    connect(m_form, &ContactForm::edited, this, [this] {
        updateContextMessage();
        updateSaveButton();
    });

    connect(m_loader, &CustomerAccountLoader::customerLoaded, this, [this](const Customer& customer) {
        m_customer = customer;
        retranslateUi();
    });
    connect(m_loader, &CustomerAccountLoader::countryRulesLoaded, this,
        [this](const CountryRules& rules) { m_form->setCountryRules(rules); });
    connect(m_loader, &CustomerAccountLoader::agreementStatusLoaded, this,
        [this](const AgreementStatus& status) { m_status = status; });
    connect(m_loader, &CustomerAccountLoader::partFailed, this,
        [this](CustomerAccountLoader::Part part, const ApiError& error) {
            if (error.kind == ApiError::Kind::Canceled)
                return;
            if (part == CustomerAccountLoader::Part::Customer)
                m_contextError = error;
            else if (part == CustomerAccountLoader::Part::CountryRules && !m_contextError)
                m_rulesError = error;
        });
    connect(m_loader, &CustomerAccountLoader::finished, this, [this] {
        m_loadingContext = false;
        applyPrefill();
        setSaving(m_saving);
    });

    resize(580, 430);
    retranslateUi();
    updateSaveButton();
    loadContext();
}

ConfirmAgreementDialog::~ConfirmAgreementDialog() = default;

void ConfirmAgreementDialog::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    retranslateUi();
}

void ConfirmAgreementDialog::setExternalSubmit(bool external)
{
    m_externalSubmit = external;
    updateSaveButton();
}

void ConfirmAgreementDialog::loadContext()
{
    m_loadingContext = true;
    m_contextError.reset();
    m_rulesError.reset();
    setSaving(false);
    m_loader->load(CustomerAccountLoader::Part::Customer | CustomerAccountLoader::Part::CountryRules
        | CustomerAccountLoader::Part::AgreementStatus);
}

void ConfirmAgreementDialog::applyPrefill()
{
    m_prefill = AttestationPrefill::choose(
        m_status, m_customer ? m_customer->billingProfile : std::optional<BillingProfile>());
    // What the user typed meanwhile wins: the prefill only fills an untouched form.
    if (m_prefill.source != AttestationPrefill::Source::None && m_form->contact().isEmpty())
        m_form->setContact(m_prefill.contact);
    else if (!m_form->contact().isEmpty() && m_form->contact() != m_prefill.contact)
        m_prefill = AttestationPrefill{};
    updateContextMessage();
    updateSaveButton();
}

void ConfirmAgreementDialog::updateContextMessage()
{
    if (m_contextError) {
        m_prefillMessage->showMessage(tr("The customer's details could not be read, so nothing is filled in and the "
                                         "phone number is checked without the country's rules. %1")
                                          .arg(m_contextError->message()),
            FieldMessage::Kind::Warning);
        return;
    }
    QString text;
    // Once the user typed someone else, where the first values came from no longer matters.
    const bool prefillShown = m_form->contact() == m_prefill.contact;
    switch (prefillShown ? m_prefill.source : AttestationPrefill::Source::None) {
    case AttestationPrefill::Source::LatestConfirmation:
        text = m_prefill.latest
            ? tr("Filled in from the latest confirmation, recorded for an acceptance on %1. If someone else "
                 "accepted the agreement, enter that person instead.")
                  .arg(QLocale().toString(m_prefill.latest->acceptanceDate(), QLocale::LongFormat))
            : tr("Filled in from the latest confirmation. If someone else accepted the agreement, enter that "
                 "person instead.");
        break;
    case AttestationPrefill::Source::BillingContact:
        text = tr("Filled in from the primary contact of the billing profile. Make sure this is the person who "
                  "accepted the agreement; if not, enter the right person.");
        break;
    case AttestationPrefill::Source::None:
        break;
    }
    if (m_rulesError) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("The country's phone number format could not be read, so the phone number is checked "
                 "without it.");
    }
    if (text.isEmpty())
        m_prefillMessage->clearMessage();
    else
        m_prefillMessage->showMessage(text, FieldMessage::Kind::Information);
}

void ConfirmAgreementDialog::retranslateUi()
{
    setWindowTitle(tr("Microsoft Customer Agreement — confirm customer acceptance"));
    const QString company = m_customer ? m_customer->companyProfile.companyName : QString();
    m_headingLabel->setText(company.isEmpty()
            ? tr("Confirm that the customer accepted the Microsoft Customer Agreement")
            : tr("Confirm that %1 accepted the Microsoft Customer Agreement").arg(company));
    m_instructionsLabel->setText(
        tr("Enter the first name, last name, email address and phone number (optional) of the person who accepted "
           "the agreement, and the date they accepted it. The date cannot be in the future."));

    switch (m_purpose) {
    case Purpose::Update:
        m_purposeMessage->clearMessage();
        break;
    case Purpose::OrderNotConfirmed:
        m_purposeMessage->showMessage(
            tr("Before this order can be placed, confirm that the customer accepted the Microsoft Customer "
               "Agreement: nobody has confirmed it yet, and the customer has not accepted it in the Microsoft 365 "
               "admin center. When you save, PartnerDesk records the confirmation and then places the order."),
            FieldMessage::Kind::Warning);
        break;
    case Purpose::OrderRefusedByService:
        m_purposeMessage->showMessage(
            tr("Partner Center refused the order because it has no record that the customer accepted the "
               "Microsoft Customer Agreement (error 13605). Confirm their acceptance; when you save, PartnerDesk "
               "records the confirmation and then places the order."),
            FieldMessage::Kind::Warning);
        break;
    }

    m_saveButton->setText(tr("&Save and continue"));
    m_cancelButton->setText(tr("Cancel"));
    m_progressBar->setAccessibleName(tr("Progress"));
    updateContextMessage();
    setSaving(m_saving);
}

void ConfirmAgreementDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConfirmAgreementDialog::showEvent(QShowEvent* event)
{
    if (!m_geometryRestored) {
        m_geometryRestored = true;
        WindowGeometry::restore(this);
    }
    QDialog::showEvent(event);
}

void ConfirmAgreementDialog::done(int result)
{
    WindowGeometry::save(this);
    m_loader->cancel();
    m_saving = false;
    QDialog::done(result);
}

void ConfirmAgreementDialog::reject()
{
    // While saving, Cancel and Escape stop the call; the form stays open with what was typed.
    if (m_saving) {
        if (m_externalSubmit) {
            Q_EMIT submissionCanceled();
        } else if (m_operation) {
            m_operation->cancel();
        }
        return;
    }
    QDialog::reject();
}

void ConfirmAgreementDialog::updateSaveButton()
{
    const PermissionDecision decision = m_workspace->policy().decide(Action::Attest);
    QString why;
    if (m_saving)
        why = tr("Saving the confirmation…");
    else if (!decision.isAllowed())
        why = decision.explanation();
    else if (!m_form->isValid())
        why = m_form->firstProblem();
    m_saveButton->setEnabled(why.isEmpty());
    m_saveButton->setToolTip(why.isEmpty() ? tr("Record in Partner Center that the customer accepted the "
                                                "Microsoft Customer Agreement (Enter)")
                                           : why);
}

void ConfirmAgreementDialog::setSaving(bool saving, const QString& status)
{
    m_saving = saving;
    m_form->setReadOnly(saving);
    const bool busy = saving || m_loadingContext;
    m_progressBar->setVisible(busy);
    if (saving)
        m_statusLabel->setText(status.isEmpty() ? tr("Saving the confirmation…") : status);
    else if (m_loadingContext)
        m_statusLabel->setText(tr("Reading the customer's details…"));
    else if (m_wasCanceled)
        m_statusLabel->setText(tr("Canceled. If the confirmation reached Partner Center before you canceled, "
                                  "saving again reports it as already confirmed."));
    else
        m_statusLabel->clear();
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    m_cancelButton->setToolTip(saving ? tr("Stop saving; what you entered stays (Esc)") : tr("Close (Esc)"));
    updateSaveButton();
}

void ConfirmAgreementDialog::save()
{
    if (m_saving)
        return;
    m_form->clearServerMessage();
    if (!m_form->validateAll()) {
        updateSaveButton();
        return;
    }
    const Contact contact = m_form->contact();
    const QDate date = m_form->acceptanceDate();
    m_wasCanceled = false;

    const PermissionDecision decision = m_workspace->policy().decide(Action::Attest);
    if (!decision.isAllowed()) {
        m_form->showServerMessage(std::nullopt, decision.explanation());
        return;
    }
    setSaving(true);
    if (m_externalSubmit) {
        Q_EMIT submitted(contact, date);
        return;
    }
    m_operation = m_workspace->attestation()->attest(
        AttestationRequest{m_customerId, contact, date}, this, [this](const Result<AgreementConfirmation>& result) {
            if (result.ok())
                finishWith(result.value());
            else
                showRefusal(result.error());
        });
}

void ConfirmAgreementDialog::finishWith(const AgreementConfirmation& confirmation)
{
    setSaving(false);
    m_confirmation = confirmation;
    Q_EMIT confirmed(confirmation);
    accept();
}

void ConfirmAgreementDialog::showRefusal(const ApiError& error)
{
    m_wasCanceled = error.kind == ApiError::Kind::Canceled;
    setSaving(false);
    if (m_wasCanceled)
        return;
    const std::optional<Field> field = AttestationRefusal::fieldOf(error);
    QString text = error.message();
    if (field == Field::AcceptanceDate) {
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        text += QLatin1Char(' ')
            + tr("Partner Center compares the date with today in UTC, which can still be yesterday where you are.");
    }
    m_form->showServerMessage(field, text);
}

} // namespace PartnerDesk
