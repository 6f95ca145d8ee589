#include "NewCustomerWizard.h"

#include "AccountInfoPage.h"
#include "AgreementPage.h"
#include "ConfirmationPage.h"
#include "ReviewPage.h"
#include "flows/Workspace.h"
#include "flows/newcustomer/NewCustomerRefusal.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/WindowGeometry.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>

namespace PartnerDesk {

NewCustomerWizard::NewCustomerWizard(Workspace* workspace, Navigator* navigator, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
    , m_account(new AccountInfoPage(workspace, this))
    , m_agreement(new AgreementPage(workspace, navigator, this))
    , m_review(new ReviewPage(workspace, this))
    , m_confirmation(new ConfirmationPage(workspace, navigator, this))
{
    setObjectName(QStringLiteral("newCustomerWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setPage(AccountInfoPageId, m_account);
    setPage(AgreementPageId, m_agreement);
    setPage(ReviewPageId, m_review);
    setPage(ConfirmationPageId, m_confirmation);
    setStartId(AccountInfoPageId);

    // Findable by tests and by accessibility tools (Qt names them "__qt__passive_wizardbutton<n>").
    const QList<std::pair<WizardButton, const char*>> names{{BackButton, "backButton"}, {NextButton, "nextButton"},
        {CommitButton, "createCustomerButton"}, {FinishButton, "finishButton"}, {CancelButton, "cancelButton"}};
    for (const auto& [which, name] : names)
        button(which)->setObjectName(QLatin1String(name));

    for (NewCustomerPage* page :
        std::initializer_list<NewCustomerPage*>{m_account, m_agreement, m_review, m_confirmation})
        connect(page, &QWizardPage::completeChanged, this, &NewCustomerWizard::updateButtonHints);
    connect(this, &QWizard::currentIdChanged, this, &NewCustomerWizard::updateButtonHints);
    connect(m_review, &ReviewPage::busyChanged, this, &NewCustomerWizard::updateButtonHints);
    connect(m_review, &ReviewPage::created, this, &NewCustomerWizard::created);
    connect(m_review, &ReviewPage::refused, this, &NewCustomerWizard::refused);
    connect(workspace, &Workspace::sessionChanged, this, &NewCustomerWizard::updatePermission);

    retranslateUi();
    WindowGeometry::restore(this, QSize(1000, 680));
    updateButtonHints();
}

NewCustomerWizard::~NewCustomerWizard() = default;

bool NewCustomerWizard::canOpen(const Workspace& workspace)
{
    return workspace.policy().allows(Action::CreateCustomer);
}

QString NewCustomerWizard::explanation(const Workspace& workspace)
{
    return workspace.policy().decide(Action::CreateCustomer).explanation();
}

void NewCustomerWizard::retranslateUi()
{
    // QWizard's own buttons (Back, Cancel, Finish…) take Qt's translation only when their texts
    // are refreshed, which re-applying the style does.
    setWizardStyle(wizardStyle());
    // Qt's own catalogues have no Back/Next for the wizard: PartnerDesk's carry them.
    setButtonText(BackButton, tr("< &Back"));
    setButtonText(NextButton, tr("&Next >"));
    setWindowTitle(tr("New customer"));
    m_account->setButtonText(NextButton, tr("&Next: Microsoft agreement"));
    m_agreement->setButtonText(NextButton, tr("&Next: Review"));
    updateButtonHints();
}

void NewCustomerWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

NewCustomerDraft NewCustomerWizard::draft() const
{
    NewCustomerDraft draft;
    m_account->fillDraft(draft);
    m_agreement->fillDraft(draft);
    return draft;
}

bool NewCustomerWizard::hasUnsavedInput() const
{
    return !m_customerCreated && (m_account->hasInput() || m_agreement->hasInput());
}

bool NewCustomerWizard::isCreating() const
{
    return m_review->isBusy();
}

void NewCustomerWizard::initializePage(int id)
{
    // Each page gets what the earlier pages hold just before it shows.
    switch (id) {
    case AgreementPageId:
        m_agreement->setPrimaryContact(m_account->primaryContact());
        m_agreement->setCountry(m_account->countryCode(), m_account->countryRules());
        break;
    case ReviewPageId:
        m_review->setDraft(draft(), m_account->countryRules(), m_account->countryName());
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

void NewCustomerWizard::updateButtonHints()
{
    // QWizard keeps a button as wide as its first text; a longer text (another page, another
    // language) would be clipped.
    for (WizardButton which : {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        if (QAbstractButton* b = button(which))
            b->setMinimumWidth(b->sizeHint().width());
    }
    auto* page = qobject_cast<NewCustomerPage*>(currentPage());
    const QString reason = page ? page->incompleteReason() : QString();
    for (WizardButton which : {NextButton, CommitButton, FinishButton}) {
        QAbstractButton* b = button(which);
        b->setToolTip(reason);
        b->setAccessibleDescription(reason);
    }
    // While Partner Center is creating the customer, there is no way back: the page must
    // stay to show the outcome. (QWizard re-enables Back on every state change.)
    if (m_review->isBusy())
        button(BackButton)->setEnabled(false);
}

void NewCustomerWizard::updatePermission()
{
    m_account->updatePermission();
    m_agreement->updatePermission();
    m_review->updatePermission();
    updateButtonHints();
}

void NewCustomerWizard::created(const NewCustomerResult& result, const NewCustomerRequest& request)
{
    m_customerCreated = true;
    m_confirmation->setResult(result, request);
    Customer listed = result.customer;
    listed.userCredentials.reset();
    Q_EMIT customerCreated(listed);
    next();
}

void NewCustomerWizard::refused(const ApiError& error)
{
    // The review page shows the message; when the service names a field, the user is taken
    // to it, with everything typed still in place.
    const NewCustomerRefusal refusal(error);
    if (refusal.fields().isEmpty())
        return;
    while (currentId() != AccountInfoPageId && currentId() != -1)
        back();
    m_account->showRefusal(refusal);
    updateButtonHints();
}

void NewCustomerWizard::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        // Enter moves on, as the Next/Create/Finish button would; when that button is
        // disabled, Enter shows every problem on the page instead of doing nothing.
        QAbstractButton* forward = nullptr;
        for (WizardButton which : {CommitButton, FinishButton, NextButton}) {
            if (button(which)->isVisible()) {
                forward = button(which);
                break;
            }
        }
        if (forward) {
            if (forward->isEnabled())
                forward->click();
            else if (auto* page = qobject_cast<NewCustomerPage*>(currentPage()))
                page->revealProblems();
            event->accept();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}

void NewCustomerWizard::reject()
{
    // Escape or Cancel while Partner Center is working stops the wait, not the wizard.
    if (m_review->isBusy()) {
        m_review->cancelCreation();
        return;
    }
    if (hasUnsavedInput()) {
        const QMessageBox::StandardButton answer = Dialogs::question(this, tr("Discard the new customer?"),
            tr("The details you entered for the new customer will be lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QWizard::reject();
}

void NewCustomerWizard::done(int result)
{
    WindowGeometry::save(this);
    m_confirmation->clearCredentials();
    QWizard::done(result);
}

} // namespace PartnerDesk
