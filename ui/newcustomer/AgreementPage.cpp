#include "AgreementPage.h"

#include "flows/Workspace.h"
#include "flows/newcustomer/NewCustomerDraft.h"
#include "widgets/ContactForm.h"
#include "widgets/FieldMessage.h"
#include "widgets/Navigator.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

// Details that belong to a radio button sit indented under it.
QWidget* indented(QWidget* parent, QVBoxLayout** layout)
{
    auto* box = new QWidget(parent);
    auto* inner = new QVBoxLayout(box);
    const int indent = box->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + box->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    inner->setContentsMargins(indent, 0, 0, 0);
    *layout = inner;
    return box;
}

} // namespace

AgreementPage::AgreementPage(Workspace* workspace, Navigator* navigator, QWidget* parent)
    : NewCustomerPage(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
{
    setObjectName(QStringLiteral("agreementPage"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("agreementIntroLabel"));
    m_intro->setWordWrap(true);

    m_choices = new QButtonGroup(this);
    m_attest = new QRadioButton(this);
    m_attest->setObjectName(QStringLiteral("attestRadioButton"));
    m_choices->addButton(m_attest, static_cast<int>(AgreementChoice::Attest));

    QVBoxLayout* attestLayout = nullptr;
    m_attestDetails = indented(this, &attestLayout);
    m_attestDetails->setObjectName(QStringLiteral("attestDetailsWidget"));
    m_attestPermissionMessage = new FieldMessage(m_attestDetails);
    m_attestPermissionMessage->setObjectName(QStringLiteral("attestPermissionMessage"));
    m_customerAccepted = new QCheckBox(m_attestDetails);
    m_customerAccepted->setObjectName(QStringLiteral("customerAcceptedCheckBox"));
    auto* acceptedMessage = new FieldMessage(m_attestDetails);
    acceptedMessage->setObjectName(QStringLiteral("customerAcceptedMessage"));
    m_contactHint = new QLabel(m_attestDetails);
    m_contactHint->setObjectName(QStringLiteral("acceptedByHintLabel"));
    m_contactHint->setWordWrap(true);
    m_acceptedBy = new ContactForm(m_attestDetails);
    m_acceptedBy->setObjectName(QStringLiteral("acceptedByContactForm"));
    m_acceptedBy->setMaximumWidth(640); // a name or an address needs no more
    m_update = new QPushButton(m_attestDetails);
    m_update->setObjectName(QStringLiteral("updateContactButton"));
    m_usePrimary = new QPushButton(m_attestDetails);
    m_usePrimary->setObjectName(QStringLiteral("usePrimaryContactButton"));
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_update);
    contactButtons->addWidget(m_usePrimary);
    contactButtons->addStretch(1);
    attestLayout->addWidget(m_attestPermissionMessage);
    attestLayout->addWidget(m_customerAccepted);
    attestLayout->addWidget(acceptedMessage);
    attestLayout->addSpacing(6);
    attestLayout->addWidget(m_contactHint);
    attestLayout->addWidget(m_acceptedBy);
    attestLayout->addLayout(contactButtons);

    m_invite = new QRadioButton(this);
    m_invite->setObjectName(QStringLiteral("inviteRadioButton"));
    m_choices->addButton(m_invite, static_cast<int>(AgreementChoice::Invite));
    QVBoxLayout* inviteLayout = nullptr;
    m_inviteDetails = indented(this, &inviteLayout);
    m_inviteDetails->setObjectName(QStringLiteral("inviteDetailsWidget"));
    m_inviteExplanation = new QLabel(m_inviteDetails);
    m_inviteExplanation->setObjectName(QStringLiteral("inviteExplanationLabel"));
    m_inviteExplanation->setWordWrap(true);
    inviteLayout->addWidget(m_inviteExplanation);

    m_template = new QPushButton(this);
    m_template->setObjectName(QStringLiteral("agreementTemplateButton"));
    m_template->setVisible(m_navigator != nullptr);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template);
    templateRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_attest);
    layout->addWidget(m_attestDetails);
    layout->addSpacing(8);
    layout->addWidget(m_invite);
    layout->addWidget(m_inviteDetails);
    layout->addStretch(1);
    layout->addLayout(templateRow);

    m_attest->setChecked(true);
    setContactEditable(false);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateChoice();
    });
    connect(m_customerAccepted, &QCheckBox::toggled, this, [this, acceptedMessage](bool ticked) {
        if (ticked)
            acceptedMessage->clearMessage();
        changed();
    });
    connect(m_acceptedBy, &ContactForm::edited, this, [this] {
        m_acceptedBy->clearServerMessage();
        changed();
    });
    connect(m_acceptedBy, &ContactForm::validityChanged, this, &AgreementPage::changed);
    connect(m_update, &QPushButton::clicked, this, [this] {
        // The fields keep the primary contact's details to start from.
        m_contactUpdated = true;
        setContactEditable(true);
        if (auto* first = m_acceptedBy->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))) {
            first->setFocus(Qt::OtherFocusReason);
            first->selectAll();
        }
        changed();
    });
    connect(m_usePrimary, &QPushButton::clicked, this, [this] {
        m_contactUpdated = false;
        m_acceptedBy->setContact(m_primaryContact);
        setContactEditable(false);
        m_update->setFocus(Qt::OtherFocusReason);
        changed();
    });
    connect(m_template, &QPushButton::clicked, this, [this] {
        if (m_navigator)
            m_navigator->openAgreementTemplate(m_country);
    });
    // Shown by revealProblems() when the box is left empty.
    connect(this, &AgreementPage::completeChanged, acceptedMessage, [this, acceptedMessage] {
        if (choice() != AgreementChoice::Attest)
            acceptedMessage->clearMessage();
    });

    retranslateUi();
    updatePermission();
    updateChoice();
}

AgreementPage::~AgreementPage() = default;

void AgreementPage::retranslateUi()
{
    setTitle(tr("Microsoft agreement"));
    setSubTitle(tr("How does the customer accept the Microsoft Customer Agreement?"));
    m_intro->setText(tr("A customer can buy only after accepting the Microsoft Customer Agreement. Either confirm "
                        "that the customer has already accepted it, or let the customer accept it in the Microsoft "
                        "365 admin center."));
    m_attest->setText(tr("&Confirm the customer's acceptance now (partner attestation)"));
    m_customerAccepted->setText(tr("The customer &has accepted the Microsoft Customer Agreement"));
    m_contactHint->setText(tr("The person who accepted the agreement, and when. Make sure these details are "
                              "correct; if they are not, select Update and enter the details of the person who "
                              "accepted it."));
    m_update->setText(tr("&Update"));
    m_update->setToolTip(tr("Enter a different person who accepted the agreement."));
    m_usePrimary->setText(tr("&Reset to the primary contact"));
    m_invite->setText(
        tr("The customer &will be asked to accept the Microsoft Customer Agreement in the Microsoft 365 admin center"));
    m_inviteExplanation->setText(
        tr("New customers cannot make a purchase until they accept the agreement. After the customer is created, "
           "PartnerDesk prepares the invitation email with the link to the Microsoft 365 admin center and the new "
           "customer's sign-in details."));
    m_template->setText(tr("View the agreement &template…"));
    m_template->setToolTip(tr("The Microsoft Customer Agreement is country-specific: this opens the template for "
                              "the customer's country."));
    m_attest->setAccessibleName(QString(m_attest->text()).remove(QLatin1Char('&')));
    m_invite->setAccessibleName(QString(m_invite->text()).remove(QLatin1Char('&')));
    m_customerAccepted->setAccessibleName(QString(m_customerAccepted->text()).remove(QLatin1Char('&')));
    updatePermission();
}

void AgreementPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    NewCustomerPage::changeEvent(event);
}

void AgreementPage::setPrimaryContact(const Contact& contact)
{
    m_primaryContact = contact;
    if (!m_contactUpdated)
        m_acceptedBy->setContact(contact);
    changed();
}

void AgreementPage::setCountry(const QString& isoCode, const CountryRules& rules)
{
    m_country = isoCode;
    m_acceptedBy->setCountryRules(rules);
    changed();
}

AgreementChoice AgreementPage::choice() const
{
    return m_invite->isChecked() ? AgreementChoice::Invite : AgreementChoice::Attest;
}

void AgreementPage::setContactEditable(bool editable)
{
    m_acceptedBy->setReadOnly(!editable);
    // Locked fields look locked: the window's colour instead of the editable white.
    const QList<QLineEdit*> edits = m_acceptedBy->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->objectName().endsWith(QLatin1String("Edit"))) {
            QPalette palette = m_acceptedBy->palette();
            if (!editable)
                palette.setColor(QPalette::Base, palette.color(QPalette::Window));
            edit->setPalette(palette);
        }
    }
    // Only the contact is locked: the acceptance date is always the user's to enter.
    if (auto* date = m_acceptedBy->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit")))
        date->setReadOnly(false);
    m_update->setVisible(!editable);
    m_usePrimary->setVisible(editable);
}

void AgreementPage::updateChoice()
{
    const bool attest = choice() == AgreementChoice::Attest;
    m_attestDetails->setEnabled(attest && m_workspace->policy().allows(Action::Attest));
    m_inviteDetails->setEnabled(!attest);
    changed();
}

void AgreementPage::updatePermission()
{
    const PermissionDecision attest = m_workspace->policy().decide(Action::Attest);
    m_attest->setEnabled(attest.isAllowed());
    m_attest->setToolTip(attest.explanation());
    if (attest.isAllowed()) {
        m_attestPermissionMessage->clearMessage();
    } else {
        m_attestPermissionMessage->showMessage(attest.explanation(), FieldMessage::Kind::Information);
        m_invite->setChecked(true);
    }
    updateChoice();
}

void AgreementPage::fillDraft(NewCustomerDraft& draft) const
{
    draft.choice = choice();
    if (draft.choice == AgreementChoice::Attest) {
        draft.acceptedBy = m_acceptedBy->contact();
        draft.acceptanceDate = m_acceptedBy->acceptanceDate();
    } else {
        draft.acceptedBy = {};
        draft.acceptanceDate = {};
    }
}

void AgreementPage::changed()
{
    Q_EMIT completeChanged();
}

bool AgreementPage::isComplete() const
{
    return incompleteReason().isEmpty();
}

QString AgreementPage::incompleteReason() const
{
    const PermissionDecision create = m_workspace->policy().decide(Action::CreateCustomer);
    if (!create.isAllowed())
        return create.explanation();
    if (choice() == AgreementChoice::Invite)
        return {};
    const PermissionDecision attest = m_workspace->policy().decide(Action::Attest);
    if (!attest.isAllowed())
        return attest.explanation();
    if (!m_customerAccepted->isChecked())
        return tr("Tick the box to confirm that the customer has accepted the Microsoft Customer Agreement.");
    if (!m_acceptedBy->isValid())
        return m_acceptedBy->firstProblem();
    return {};
}

void AgreementPage::revealProblems()
{
    if (choice() != AgreementChoice::Attest)
        return;
    if (!m_customerAccepted->isChecked()) {
        if (auto* message = findChild<FieldMessage*>(QStringLiteral("customerAcceptedMessage")))
            message->showMessage(
                tr("Tick this box to confirm that the customer has accepted the Microsoft Customer Agreement."));
        m_customerAccepted->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_acceptedBy->validateAll()) {
        // A pre-filled contact the rules refuse can only be fixed through Update.
        for (const char* name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit", "acceptanceDateEdit"}) {
            auto* editor = m_acceptedBy->findChild<QWidget*>(QLatin1String(name));
            if (editor && editor->property("invalid").toBool()) {
                const bool locked = !m_contactUpdated && qobject_cast<QLineEdit*>(editor);
                (locked ? static_cast<QWidget*>(m_update) : editor)->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    }
}

} // namespace PartnerDesk
