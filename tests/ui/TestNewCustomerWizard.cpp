// The New customer wizard (DESIGN flow 1) driven through its real widgets against the
// in-process sandbox: attest and invite, the live domain check, country rules, the date
// rule, Update of the accepted-by contact, a refusal that keeps everything typed, the role
// matrix, and Escape with unsaved input.
//
// Screenshots of every page: PARTNERDESK_SCREENSHOTS=/tmp ./TestNewCustomerWizard
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "flows/Workspace.h"
#include "flows/newcustomer/NewCustomerDraft.h"
#include "newcustomer/NewCustomerWizard.h"
#include "util/Clock.h"
#include "widgets/ContactForm.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"
#include "widgets/Navigator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace PartnerDesk;

namespace {

constexpr int networkTimeout = 20000;

class RecordingNavigator final : public Navigator
{
public:
    void openCustomer(const QString& customerId) override { openedCustomers << customerId; }
    void openNewCustomer() override { }
    void openNewOrder(const QString&) override { }
    void openInvitation(const InvitationRequest& request) override { invitations << request; }
    void openAgreementTemplate(const QString& countryCode) override { templates << countryCode; }
    void customerChanged(const QString&) override { }
    void openBulkAttestation() override { }

    QList<InvitationRequest> invitations;
    QStringList openedCustomers;
    QStringList templates;
};

QString uniquePrefix()
{
    return QStringLiteral("pdtest%1").arg(QRandomGenerator::global()->bounded(100000000u));
}

template<typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

// A check box or radio button is clicked on its indicator (the widget may be wider than its text).
void clickIndicator(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// QTest::keyClicks() takes Latin-1 only; İ, ş and ğ are typed as key events with their text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    typeText(edit, text);
    // Leaving the field is what shows a message; Tab does that as a user would.
    QTest::keyClick(edit, Qt::Key_Tab);
}

void saveScreenshot(QWidget* window, const QString& page)
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOTS");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents();
    window->grab().save(directory + QStringLiteral("/nc-") + page + QStringLiteral(".png"));
}

struct Company
{
    QString country;
    QString companyName;
    QString prefix;
    QString line1;
    QString city;
    QString state; // from the list when the country has one
    QString postalCode;
    QString companyPhone;
    Contact contact;
};

Company turkishCompany()
{
    return Company{QStringLiteral("TR"), QStringLiteral("İzmir Güneş Yazılım Ticaret A.Ş."), uniquePrefix(),
        QStringLiteral("Atatürk Bulvarı No: 12"), QStringLiteral("İzmir"), {}, QStringLiteral("35210"),
        QStringLiteral("+90 232 555 01 23"),
        Contact{QStringLiteral("Ayşe Gül"), QStringLiteral("Yılmaz Çağlar"),
            QStringLiteral("ayse.yilmaz@example.com.tr"), QStringLiteral("0532 555 44 33")}};
}

Company americanCompany()
{
    return Company{QStringLiteral("US"), QStringLiteral("Fabrikam Outdoor Supply"), uniquePrefix(),
        QStringLiteral("One Microsoft Way"), QStringLiteral("Redmond"), QStringLiteral("WA"), QStringLiteral("98052"),
        QString(),
        Contact{QStringLiteral("Dana"), QStringLiteral("Whitfield"), QStringLiteral("dana@fabrikam.example"), {}}};
}

} // namespace

class TestNewCustomerWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsCustomerWithAttestation();
    void createsCustomerWithInvitation();
    void domainCheckDisablesNextWhileTaken();
    void countryRulesDecideTheAddressFields();
    void futureDateRefusedAndUpdateChangesWhoAccepted();
    void refusalKeepsEverythingTyped();
    void escapeWhileCreatingCancelsTheWait();
    void helpdeskAgentCannotCreate();
    void enterShowsProblemsAndEscapeAsksBeforeDiscarding();

private:
    std::unique_ptr<NewCustomerWizard> openWizard(Role role = Role::SalesAgent);
    void selectCountry(NewCustomerWizard* wizard, const QString& code);
    void fillAccountInfo(NewCustomerWizard* wizard, const Company& company);
    void goToReview(NewCustomerWizard* wizard);
    QString existingPrefix();

    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    RecordingNavigator m_navigator;
};

void TestNewCustomerWizard::initTestCase()
{
    Test::isolateEnvironment();
    Test::SandboxFixture::Options options;
    options.seedCustomers = 20;
    m_sandbox = std::make_unique<Test::SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
}

std::unique_ptr<NewCustomerWizard> TestNewCustomerWizard::openWizard(Role role)
{
    m_navigator = RecordingNavigator();
    m_workspace = m_sandbox->createWorkspace(role, PartnerType::DirectBill);
    if (!m_workspace)
        return nullptr;
    auto wizard = std::make_unique<NewCustomerWizard>(m_workspace.get(), &m_navigator);
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        return nullptr;
    return wizard;
}

void TestNewCustomerWizard::selectCountry(NewCustomerWizard* wizard, const QString& code)
{
    auto* country = child<CountryComboBox>(wizard, "countryComboBox");
    QVERIFY(country);
    const int index = country->findData(code);
    QVERIFY(index >= 0);
    country->setFocus();
    country->setCurrentIndex(index);
    auto* rules = child<FieldMessage>(wizard, "countryRulesMessage");
    QTRY_VERIFY_WITH_TIMEOUT(rules->property("rulesState").toString() != QLatin1String("loading"), networkTimeout);
}

void TestNewCustomerWizard::fillAccountInfo(NewCustomerWizard* wizard, const Company& company)
{
    selectCountry(wizard, company.country);
    typeInto(child<QLineEdit>(wizard, "companyNameEdit"), company.companyName);
    typeInto(child<QLineEdit>(wizard, "domainPrefixEdit"), company.prefix);
    typeInto(child<QLineEdit>(wizard, "addressLine1Edit"), company.line1);
    typeInto(child<QLineEdit>(wizard, "cityEdit"), company.city);
    if (!company.state.isEmpty()) {
        auto* states = child<QComboBox>(wizard, "stateComboBox");
        QVERIFY(states->isVisible());
        states->setFocus();
        states->setCurrentIndex(states->findData(company.state));
    }
    typeInto(child<QLineEdit>(wizard, "postalCodeEdit"), company.postalCode);
    if (!company.companyPhone.isEmpty())
        typeInto(child<QLineEdit>(wizard, "companyPhoneEdit"), company.companyPhone);
    auto* contact = child<ContactForm>(wizard, "primaryContactForm");
    QVERIFY(contact);
    typeInto(child<QLineEdit>(contact, "firstNameEdit"), company.contact.firstName);
    typeInto(child<QLineEdit>(contact, "lastNameEdit"), company.contact.lastName);
    typeInto(child<QLineEdit>(contact, "emailEdit"), company.contact.email);
    if (!company.contact.phoneNumber.isEmpty())
        typeInto(child<QLineEdit>(contact, "phoneEdit"), company.contact.phoneNumber);
    auto* domainStatus = child<FieldMessage>(wizard, "domainStatusMessage");
    QTRY_COMPARE_WITH_TIMEOUT(
        domainStatus->property("domainState").toString(), QStringLiteral("available"), networkTimeout);
}

void TestNewCustomerWizard::goToReview(NewCustomerWizard* wizard)
{
    auto* next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::AgreementPageId));
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));
}

QString TestNewCustomerWizard::existingPrefix()
{
    Test::Await<Page<Customer>> page;
    m_sandbox->client()->customers(50, nullptr, page.callback());
    if (!page.wait() || !page.ok())
        return {};
    for (const Customer& customer : page.value().items) {
        const QString domain = customer.companyProfile.domain;
        const QString prefix = domain.section(QLatin1Char('.'), 0, 0);
        if (domain.endsWith(NewCustomerDraft::domainSuffix())
            && Validation::validate(Field::DomainPrefix, prefix).isValid())
            return prefix;
    }
    return {};
}

void TestNewCustomerWizard::createsCustomerWithAttestation()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->objectName(), QStringLiteral("newCustomerWizard"));
    const Company company = turkishCompany();

    // Turkey requires the company phone: without it Next stays disabled and says why.
    Company withoutPhone = company;
    withoutPhone.companyPhone.clear();
    fillAccountInfo(wizard.get(), withoutPhone);
    auto* next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QVERIFY(!next->toolTip().isEmpty());
    // The message waits until the field was visited; Enter on the disabled Next shows it.
    auto* phoneMessage = child<FieldMessage>(wizard.get(), "companyPhoneMessage");
    QVERIFY(!phoneMessage->hasMessage());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::AccountInfoPageId));
    QVERIFY(phoneMessage->hasMessage());
    QVERIFY(child<QLineEdit>(wizard.get(), "companyPhoneEdit")->hasFocus());
    typeInto(child<QLineEdit>(wizard.get(), "companyPhoneEdit"), company.companyPhone);
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
    QVERIFY(next->toolTip().isEmpty());
    // Language and culture come from Turkey's lists, defaulting to its culture.
    QCOMPARE(child<QComboBox>(wizard.get(), "cultureComboBox")->currentData().toString(), QStringLiteral("tr-TR"));
    QCOMPARE(child<QComboBox>(wizard.get(), "languageComboBox")->currentData().toString(), QStringLiteral("tr"));
    saveScreenshot(wizard.get(), QStringLiteral("account"));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::AgreementPageId));
    auto* attest = child<QRadioButton>(wizard.get(), "attestRadioButton");
    QVERIFY(attest->isChecked());
    QVERIFY(!next->isEnabled()); // the box is not ticked yet
    QVERIFY(!next->toolTip().isEmpty());
    clickIndicator(child<QCheckBox>(wizard.get(), "customerAcceptedCheckBox"));
    auto* acceptedBy = child<ContactForm>(wizard.get(), "acceptedByContactForm");
    QCOMPARE(acceptedBy->contact(), company.contact); // pre-filled from the primary contact
    QVERIFY(child<QLineEdit>(acceptedBy, "firstNameEdit")->isReadOnly());
    const QDate acceptedOn(2024, 5, 17);
    auto* date = child<QDateEdit>(acceptedBy, "acceptanceDateEdit");
    QVERIFY(!date->isReadOnly());
    date->setDate(acceptedOn);
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
    saveScreenshot(wizard.get(), QStringLiteral("agreement"));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));
    auto* create = child<QAbstractButton>(wizard.get(), "createCustomerButton");
    QVERIFY(create && create->isVisible());
    QVERIFY(create->isEnabled());
    QCOMPARE(child<QLabel>(wizard.get(), "reviewCompanyNameLabel")->text(), company.companyName);
    QVERIFY(child<QLabel>(wizard.get(), "reviewDomainLabel")->text().startsWith(company.prefix));
    saveScreenshot(wizard.get(), QStringLiteral("review"));

    QSignalSpy createdSpy(wizard.get(), &NewCustomerWizard::customerCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewCustomerWizard::ConfirmationPageId), networkTimeout);
    QCOMPARE(createdSpy.count(), 1);
    const auto customer = createdSpy.at(0).at(0).value<Customer>();
    QVERIFY(!customer.id.isEmpty());
    QVERIFY(!customer.userCredentials); // the list never receives the password

    auto* userName = child<QLineEdit>(wizard.get(), "userNameEdit");
    auto* password = child<QLineEdit>(wizard.get(), "passwordEdit");
    QVERIFY(!userName->text().isEmpty());
    QVERIFY(!password->text().isEmpty());
    QVERIFY(userName->isReadOnly() && password->isReadOnly());
    QVERIFY(child<FieldMessage>(wizard.get(), "credentialsWarningMessage")->hasMessage());
    QCOMPARE(child<FieldMessage>(wizard.get(), "attestationOutcomeMessage")->property("outcome").toString(),
        QStringLiteral("confirmed"));
    QVERIFY(!child<QPushButton>(wizard.get(), "sendInvitationButton")->isVisible());
    QTest::mouseClick(child<QPushButton>(wizard.get(), "copyPasswordButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password->text());
    QTest::mouseClick(child<QPushButton>(wizard.get(), "copyUserNameButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), userName->text());
    saveScreenshot(wizard.get(), QStringLiteral("confirmation"));

    // The server has the customer and exactly the confirmation that was typed.
    Test::Await<Customer> stored;
    m_sandbox->client()->customer(customer.id, nullptr, stored.callback());
    QVERIFY(stored.wait());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().companyProfile.domain, company.prefix + NewCustomerDraft::domainSuffix());
    QVERIFY(stored.value().billingProfile);
    QCOMPARE(stored.value().billingProfile->companyName, company.companyName);
    QCOMPARE(stored.value().billingProfile->defaultAddress.city, company.city);
    QCOMPARE(stored.value().billingProfile->culture, QStringLiteral("tr-TR"));

    Test::Await<QList<Agreement>> agreements;
    m_sandbox->client()->customerAgreements(
        customer.id, AgreementTypes::MicrosoftCustomerAgreement, nullptr, agreements.callback());
    QVERIFY(agreements.wait());
    QVERIFY(agreements.ok());
    QCOMPARE(agreements.value().size(), 1);
    const Agreement& agreement = agreements.value().constFirst();
    QCOMPARE(agreement.primaryContact.firstName, company.contact.firstName);
    QCOMPARE(agreement.primaryContact.lastName, company.contact.lastName);
    QCOMPARE(agreement.primaryContact.email, company.contact.email);
    QCOMPARE(agreement.acceptanceDate(), acceptedOn);

    // Closing the confirmation asks nothing, and the password is gone with it.
    Dialogs::resetShownCount();
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(Dialogs::shownCount(), 0);
    QVERIFY(password->text().isEmpty());
}

void TestNewCustomerWizard::createsCustomerWithInvitation()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    const Company company = americanCompany();
    fillAccountInfo(wizard.get(), company);
    auto* next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
    QTest::mouseClick(next, Qt::LeftButton);

    clickIndicator(child<QRadioButton>(wizard.get(), "inviteRadioButton"));
    QVERIFY(child<QRadioButton>(wizard.get(), "inviteRadioButton")->isChecked());
    QVERIFY(next->isEnabled()); // nothing more to enter
    QVERIFY(!child<QWidget>(wizard.get(), "attestDetailsWidget")->isEnabled());
    saveScreenshot(wizard.get(), QStringLiteral("agreement-invite"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));
    QVERIFY(!child<QLabel>(wizard.get(), "reviewAcceptedByLabel")->isVisible());

    QTest::mouseClick(child<QAbstractButton>(wizard.get(), "createCustomerButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewCustomerWizard::ConfirmationPageId), networkTimeout);
    // The invitation opens by itself, once, with the credentials.
    QTRY_COMPARE(m_navigator.invitations.size(), 1);
    const InvitationRequest invitation = m_navigator.invitations.constFirst();
    QCOMPARE(invitation.kind, InvitationKind::AcceptAgreement);
    QVERIFY(!invitation.customerId.isEmpty());
    QCOMPARE(invitation.customerName, company.companyName);
    QCOMPARE(invitation.customerEmail, company.contact.email);
    QCOMPARE(invitation.language, QStringLiteral("en"));
    QVERIFY(!invitation.credentials.userName.isEmpty());
    QVERIFY(!invitation.credentials.password.isEmpty());
    QCOMPARE(invitation.credentials.password, child<QLineEdit>(wizard.get(), "passwordEdit")->text());
    QCOMPARE(child<FieldMessage>(wizard.get(), "attestationOutcomeMessage")->property("outcome").toString(),
        QStringLiteral("invite"));
    auto* send = child<QPushButton>(wizard.get(), "sendInvitationButton");
    QVERIFY(send->isVisible());
    saveScreenshot(wizard.get(), QStringLiteral("confirmation-invite"));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(m_navigator.invitations.size(), 2);

    // No confirmation was recorded.
    Test::Await<QList<Agreement>> agreements;
    m_sandbox->client()->customerAgreements(
        invitation.customerId, AgreementTypes::MicrosoftCustomerAgreement, nullptr, agreements.callback());
    QVERIFY(agreements.wait());
    QVERIFY(agreements.ok());
    QVERIFY(agreements.value().isEmpty());
}

void TestNewCustomerWizard::domainCheckDisablesNextWhileTaken()
{
    const QString taken = existingPrefix();
    QVERIFY(!taken.isEmpty());
    auto wizard = openWizard();
    QVERIFY(wizard);
    Company company = americanCompany();
    fillAccountInfo(wizard.get(), company);
    auto* next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());

    auto* prefix = child<QLineEdit>(wizard.get(), "domainPrefixEdit");
    auto* status = child<FieldMessage>(wizard.get(), "domainStatusMessage");
    typeInto(prefix, taken);
    QTRY_COMPARE_WITH_TIMEOUT(status->property("domainState").toString(), QStringLiteral("taken"), networkTimeout);
    QVERIFY(status->isVisible());
    QCOMPARE(status->kind(), FieldMessage::Kind::Error);
    QVERIFY(!next->isEnabled());
    QVERIFY(!next->toolTip().isEmpty());
    saveScreenshot(wizard.get(), QStringLiteral("account-domain-taken"));

    // A character a domain cannot hold is refused at once, without asking the service.
    typeInto(prefix, QStringLiteral("ab_c"));
    QCOMPARE(status->property("domainState").toString(), QStringLiteral("invalid"));
    QVERIFY(!next->isEnabled());

    typeInto(prefix, uniquePrefix());
    QTRY_COMPARE_WITH_TIMEOUT(status->property("domainState").toString(), QStringLiteral("available"), networkTimeout);
    QCOMPARE(status->kind(), FieldMessage::Kind::Information);
    QTRY_VERIFY(next->isEnabled());
}

void TestNewCustomerWizard::countryRulesDecideTheAddressFields()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    Company company = americanCompany();
    company.postalCode = QStringLiteral("9805"); // four digits: not a US ZIP code
    fillAccountInfo(wizard.get(), company);

    auto* states = child<QComboBox>(wizard.get(), "stateComboBox");
    auto* stateEdit = child<QLineEdit>(wizard.get(), "stateEdit");
    QVERIFY(states->isVisible());
    QVERIFY(!stateEdit->isVisible());
    QVERIFY(!states->isEditable());
    QVERIFY(states->findData(QStringLiteral("WA")) >= 0);

    auto* postalMessage = child<FieldMessage>(wizard.get(), "postalCodeMessage");
    QVERIFY(postalMessage->isVisible());
    QVERIFY(postalMessage->hasMessage());
    auto* next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QVERIFY(!next->toolTip().isEmpty());
    saveScreenshot(wizard.get(), QStringLiteral("account-us-zip"));

    typeInto(child<QLineEdit>(wizard.get(), "postalCodeEdit"), QStringLiteral("98052"));
    QVERIFY(!postalMessage->hasMessage());
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));

    // The state is required in the US: with none chosen, Next is disabled again.
    states->setCurrentIndex(-1);
    QTRY_VERIFY(!next->isEnabled());
    states->setCurrentIndex(states->findData(QStringLiteral("WA")));
    QTRY_VERIFY(next->isEnabled());

    // Partner Center's address check advises: the street lacks a house number here, and its
    // suggestion is taken with one button.
    auto* verification = child<FieldMessage>(wizard.get(), "addressVerificationMessage");
    auto* useSuggestion = child<QPushButton>(wizard.get(), "useSuggestedAddressButton");
    QTRY_VERIFY_WITH_TIMEOUT(useSuggestion->isVisible(), networkTimeout);
    QCOMPARE(verification->kind(), FieldMessage::Kind::Warning);
    QVERIFY(next->isEnabled()); // advice never blocks
    saveScreenshot(wizard.get(), QStringLiteral("account-address-suggestion"));
    QTest::mouseClick(useSuggestion, Qt::LeftButton);
    const QString suggestedLine1 = child<QLineEdit>(wizard.get(), "addressLine1Edit")->text();
    QVERIFY(suggestedLine1 != company.line1);
    QVERIFY(suggestedLine1.endsWith(company.line1));
    QTRY_COMPARE_WITH_TIMEOUT(verification->kind(), FieldMessage::Kind::Information, networkTimeout);
    QTRY_VERIFY(!useSuggestion->isVisible());

    // Germany has no state list: a free text field, optional.
    selectCountry(wizard.get(), QStringLiteral("DE"));
    QVERIFY(!states->isVisible());
    QVERIFY(stateEdit->isVisible());
    QCOMPARE(child<FieldMessage>(wizard.get(), "countryRulesMessage")->property("rulesState").toString(),
        QStringLiteral("service"));
    QCOMPARE(child<QComboBox>(wizard.get(), "cultureComboBox")->currentData().toString(), QStringLiteral("de-DE"));
    // 98052 is a valid German postal code too; the typed address stays as it was.
    QCOMPARE(child<QLineEdit>(wizard.get(), "addressLine1Edit")->text(), suggestedLine1);

    // A country without rules in the service: said plainly, permissive checks.
    selectCountry(wizard.get(), QStringLiteral("NO"));
    auto* rules = child<FieldMessage>(wizard.get(), "countryRulesMessage");
    QCOMPARE(rules->property("rulesState").toString(), QStringLiteral("fallback"));
    QVERIFY(rules->hasMessage());
    QVERIFY(stateEdit->isVisible());
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
}

void TestNewCustomerWizard::futureDateRefusedAndUpdateChangesWhoAccepted()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    const Company company = americanCompany();
    fillAccountInfo(wizard.get(), company);
    auto* next = wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    clickIndicator(child<QCheckBox>(wizard.get(), "customerAcceptedCheckBox"));
    auto* acceptedBy = child<ContactForm>(wizard.get(), "acceptedByContactForm");
    auto* date = child<QDateEdit>(acceptedBy, "acceptanceDateEdit");
    const QDate latest = Validation::latestAcceptanceDate(Clock::instance());
    date->setDate(latest.addDays(1));
    auto* dateMessage = child<FieldMessage>(acceptedBy, "acceptanceDateMessage");
    QVERIFY(dateMessage->hasMessage());
    QVERIFY(dateMessage->isVisible());
    QVERIFY(!next->isEnabled());
    QVERIFY(!next->toolTip().isEmpty());
    saveScreenshot(wizard.get(), QStringLiteral("agreement-future-date"));
    date->setDate(latest);
    QVERIFY(!dateMessage->hasMessage());
    QTRY_VERIFY(next->isEnabled());

    // Update: the fields open with the primary contact's details, then take another person.
    auto* firstName = child<QLineEdit>(acceptedBy, "firstNameEdit");
    QVERIFY(firstName->isReadOnly());
    auto* update = child<QPushButton>(wizard.get(), "updateContactButton");
    QTest::mouseClick(update, Qt::LeftButton);
    QVERIFY(!firstName->isReadOnly());
    QCOMPARE(acceptedBy->contact(), company.contact);
    const Contact signer{QStringLiteral("Łukasz"), QStringLiteral("O'Brien-Núñez"),
        QStringLiteral("lukasz@fabrikam.example"), QStringLiteral("425 555 0100")};
    typeInto(firstName, signer.firstName);
    typeInto(child<QLineEdit>(acceptedBy, "lastNameEdit"), signer.lastName);
    typeInto(child<QLineEdit>(acceptedBy, "emailEdit"), signer.email);
    typeInto(child<QLineEdit>(acceptedBy, "phoneEdit"), signer.phoneNumber);
    QTRY_VERIFY2(next->isEnabled(), qPrintable(next->toolTip()));
    saveScreenshot(wizard.get(), QStringLiteral("agreement-updated"));

    // Going back and changing the primary contact no longer touches the updated signer.
    wizard->back();
    typeInto(child<QLineEdit>(child<ContactForm>(wizard.get(), "primaryContactForm"), "firstNameEdit"),
        QStringLiteral("Dana Marie"));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(acceptedBy->contact(), signer);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));

    QSignalSpy createdSpy(wizard.get(), &NewCustomerWizard::customerCreated);
    QTest::mouseClick(child<QAbstractButton>(wizard.get(), "createCustomerButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewCustomerWizard::ConfirmationPageId), networkTimeout);
    QCOMPARE(child<FieldMessage>(wizard.get(), "attestationOutcomeMessage")->property("outcome").toString(),
        QStringLiteral("confirmed"));
    QCOMPARE(createdSpy.count(), 1);

    Test::Await<QList<Agreement>> agreements;
    m_sandbox->client()->customerAgreements(createdSpy.at(0).at(0).value<Customer>().id,
        AgreementTypes::MicrosoftCustomerAgreement, nullptr, agreements.callback());
    QVERIFY(agreements.wait());
    QVERIFY(agreements.ok());
    QCOMPARE(agreements.value().size(), 1);
    const Contact sent = agreements.value().constFirst().primaryContact;
    QCOMPARE(sent.firstName, signer.firstName);
    QCOMPARE(sent.lastName, signer.lastName);
    QCOMPARE(sent.email, signer.email);
    QCOMPARE(sent.phoneNumber, signer.phoneNumber);
    QCOMPARE(agreements.value().constFirst().acceptanceDate(), latest);
}

void TestNewCustomerWizard::refusalKeepsEverythingTyped()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    const Company company = turkishCompany();
    fillAccountInfo(wizard.get(), company);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    clickIndicator(child<QRadioButton>(wizard.get(), "inviteRadioButton"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));

    // Someone else takes the domain between review and create.
    NewCustomerDraft other;
    other.companyName = QStringLiteral("Quicker Company");
    other.domainPrefix = company.prefix;
    other.address.country = QStringLiteral("US");
    other.address.addressLine1 = QStringLiteral("1 Main Street");
    other.address.city = QStringLiteral("Redmond");
    other.address.state = QStringLiteral("WA");
    other.address.postalCode = QStringLiteral("98052");
    other.primaryContact
        = Contact{QStringLiteral("Quin"), QStringLiteral("Quick"), QStringLiteral("q@quick.example"), {}};
    other.language = QStringLiteral("en");
    other.culture = QStringLiteral("en-US");
    other.choice = AgreementChoice::Invite;
    Test::Await<Customer> first;
    m_sandbox->client()->createCustomer(other.toRequest().customer, nullptr, first.callback());
    QVERIFY(first.wait());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));

    QSignalSpy createdSpy(wizard.get(), &NewCustomerWizard::customerCreated);
    QTest::mouseClick(child<QAbstractButton>(wizard.get(), "createCustomerButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewCustomerWizard::AccountInfoPageId), networkTimeout);
    QCOMPARE(createdSpy.count(), 0);

    auto* status = child<FieldMessage>(wizard.get(), "domainStatusMessage");
    QVERIFY(status->isVisible());
    QCOMPARE(status->kind(), FieldMessage::Kind::Error);
    QCOMPARE(status->property("domainState").toString(), QStringLiteral("taken"));
    QVERIFY(status->text().contains(QStringLiteral("409"))); // the server's status is shown
    auto* next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QLineEdit>(wizard.get(), "domainPrefixEdit")->hasFocus());
    saveScreenshot(wizard.get(), QStringLiteral("account-refused"));

    // Everything typed is still there.
    QCOMPARE(child<QLineEdit>(wizard.get(), "companyNameEdit")->text(), company.companyName);
    QCOMPARE(child<QLineEdit>(wizard.get(), "domainPrefixEdit")->text(), company.prefix);
    QCOMPARE(child<QLineEdit>(wizard.get(), "addressLine1Edit")->text(), company.line1);
    QCOMPARE(child<QLineEdit>(wizard.get(), "cityEdit")->text(), company.city);
    QCOMPARE(child<QLineEdit>(wizard.get(), "postalCodeEdit")->text(), company.postalCode);
    QCOMPARE(child<QLineEdit>(wizard.get(), "companyPhoneEdit")->text(), company.companyPhone);
    QCOMPARE(child<CountryComboBox>(wizard.get(), "countryComboBox")->countryCode(), company.country);
    QCOMPARE(child<ContactForm>(wizard.get(), "primaryContactForm")->contact(), company.contact);
    QVERIFY(child<QRadioButton>(wizard.get(), "inviteRadioButton")->isChecked());

    // Another prefix and the customer is created.
    typeInto(child<QLineEdit>(wizard.get(), "domainPrefixEdit"), uniquePrefix());
    QTRY_COMPARE_WITH_TIMEOUT(status->property("domainState").toString(), QStringLiteral("available"), networkTimeout);
    goToReview(wizard.get());
    QTest::mouseClick(child<QAbstractButton>(wizard.get(), "createCustomerButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewCustomerWizard::ConfirmationPageId), networkTimeout);
    QCOMPARE(createdSpy.count(), 1);
}

void TestNewCustomerWizard::escapeWhileCreatingCancelsTheWait()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    fillAccountInfo(wizard.get(), americanCompany());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    clickIndicator(child<QRadioButton>(wizard.get(), "inviteRadioButton"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));

    auto* create = child<QAbstractButton>(wizard.get(), "createCustomerButton");
    QTest::mouseClick(create, Qt::LeftButton);
    // The answer cannot have been read yet: no event loop ran since the click.
    auto* progress = child<QWidget>(wizard.get(), "createProgressWidget");
    QVERIFY(progress->isVisible());
    QVERIFY(!create->isEnabled());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(child<QPushButton>(wizard.get(), "cancelCreateButton")->isVisible());
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOTS");
    if (!directory.isEmpty())
        wizard->grab().save(directory + QStringLiteral("/nc-review-creating.png"));

    Dialogs::resetShownCount();
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QCOMPARE(Dialogs::shownCount(), 0); // nothing asked: Escape stopped the wait only
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::ReviewPageId));
    QVERIFY(!progress->isVisible());
    auto* message = child<FieldMessage>(wizard.get(), "createErrorMessage");
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), FieldMessage::Kind::Warning);
    QVERIFY(create->isEnabled());
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
}

void TestNewCustomerWizard::helpdeskAgentCannotCreate()
{
    auto helpdesk = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
    QVERIFY(helpdesk);
    QVERIFY(!NewCustomerWizard::canOpen(*helpdesk));
    QVERIFY(!NewCustomerWizard::explanation(*helpdesk).isEmpty());
    auto sales = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(NewCustomerWizard::canOpen(*sales));
    QVERIFY(NewCustomerWizard::explanation(*sales).isEmpty());
    auto reseller = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::IndirectReseller);
    if (reseller)
        QVERIFY(!NewCustomerWizard::canOpen(*reseller));

    // Opened anyway, the wizard explains and never lets the user reach Create.
    auto wizard = openWizard(Role::HelpdeskAgent);
    QVERIFY(wizard);
    auto* permission = child<FieldMessage>(wizard.get(), "permissionMessage");
    QVERIFY(permission->isVisible());
    QCOMPARE(permission->text(), NewCustomerWizard::explanation(*m_workspace));
    QVERIFY(!child<QLineEdit>(wizard.get(), "companyNameEdit")->isEnabled());
    auto* next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QCOMPARE(next->toolTip(), NewCustomerWizard::explanation(*m_workspace));
    saveScreenshot(wizard.get(), QStringLiteral("account-helpdesk"));
    // And nothing typed could be lost, so closing asks nothing.
    Dialogs::resetShownCount();
    wizard->reject();
    QCOMPARE(Dialogs::shownCount(), 0);
    QVERIFY(!wizard->isVisible());
}

void TestNewCustomerWizard::enterShowsProblemsAndEscapeAsksBeforeDiscarding()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    selectCountry(wizard.get(), QStringLiteral("US"));
    auto* company = child<QLineEdit>(wizard.get(), "companyNameEdit");
    company->setFocus();
    QTest::keyClicks(company, QStringLiteral("Contoso"));

    // Enter with Next disabled: every problem is shown, the focus goes to the first one.
    auto* cityMessage = child<FieldMessage>(wizard.get(), "cityMessage");
    QVERIFY(!cityMessage->hasMessage());
    QTest::keyClick(company, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(NewCustomerWizard::AccountInfoPageId));
    QVERIFY(cityMessage->hasMessage());
    QVERIFY(child<QLineEdit>(wizard.get(), "domainPrefixEdit")->hasFocus());

    // Tab follows the reading order.
    company->setFocus();
    for (const char* name : {"domainPrefixEdit", "countryComboBox", "addressLine1Edit", "addressLine2Edit", "cityEdit",
             "stateComboBox", "postalCodeEdit", "companyPhoneEdit"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(name));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("firstNameEdit"));

    // A language switch re-translates in place: what was typed and shown stays.
    const QList<QWidget*> widgets = wizard->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(widget, &change);
    }
    QCOMPARE(company->text(), QStringLiteral("Contoso"));
    QVERIFY(cityMessage->hasMessage());
    QVERIFY(!child<QLabel>(wizard.get(), "reviewCompanyNameLabel")->text().isEmpty());

    // Escape with something typed asks first; "Cancel" keeps the wizard open.
    Dialogs::resetShownCount();
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(wizard->isVisible());
    QCOMPARE(company->text(), QStringLiteral("Contoso"));
    Dialogs::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QCOMPARE(Dialogs::shownCount(), 2);
    QTRY_VERIFY(!wizard->isVisible());
}

QTEST_MAIN(TestNewCustomerWizard)
#include "TestNewCustomerWizard.moc"
