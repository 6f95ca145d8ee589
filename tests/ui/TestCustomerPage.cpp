// The customer page (Account info → Microsoft Customer Agreement) and its Update form, driven
// through the real widgets against the in-process sandbox.
#include "AccountTestSupport.h"
#include "Await.h"
#include "FixedClock.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "account/AgreementHistoryModel.h"
#include "account/ConfirmAgreementDialog.h"
#include "account/CustomerPage.h"
#include "customers/StatusPresentation.h"
#include "flows/Workspace.h"
#include "flows/account/AgreementGuidance.h"
#include "util/Clock.h"
#include "validation/Validation.h"
#include "widgets/ContactForm.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

Q_DECLARE_METATYPE(PartnerDesk::Role)
Q_DECLARE_METATYPE(PartnerDesk::PartnerType)

namespace {
constexpr int networkTimeout = 20000;
}

class TestCustomerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsVerdictMatchingServer_data();
    void showsVerdictMatchingServer();
    void updateRecordsNewConfirmation();
    void duplicateIsAlreadyConfirmed();
    void futureDateRefusedBeforeSending();
    void futureDateRefusedByServerKeepsInput();
    void guidanceForExistingPurchases();
    void roleMatrix_data();
    void roleMatrix();
    void actionsGoThroughNavigator();
    void unknownCustomerOffersRetry();
    void languageChangeKeepsState();
    void loadingCanBeCanceled();
    void geometryIsRemembered();
    void screenshots();

private:
    std::unique_ptr<CustomerPage> openPage(Workspace* workspace, const QString& customerId);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_sales;
    CustomerCatalog m_catalog;
    RecordingNavigator m_navigator;
};

void TestCustomerPage::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_sales = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(m_sales);
    QVERIFY(m_catalog.load(*m_sandbox));
}

void TestCustomerPage::cleanup()
{
    Clock::setInstance(nullptr);
    Dialogs::resetShownCount();
}

std::unique_ptr<CustomerPage> TestCustomerPage::openPage(Workspace* workspace, const QString& customerId)
{
    return openCustomerPage(workspace, &m_navigator, customerId);
}

void TestCustomerPage::showsVerdictMatchingServer_data()
{
    QTest::addColumn<int>("verdict");
    QTest::newRow("confirmed by partner") << static_cast<int>(McaStatus::ConfirmedByPartner);
    QTest::newRow("accepted directly") << static_cast<int>(McaStatus::AcceptedDirectly);
    QTest::newRow("not confirmed") << static_cast<int>(McaStatus::NotConfirmed);
}

void TestCustomerPage::showsVerdictMatchingServer()
{
    QFETCH(int, verdict);
    const auto expected = static_cast<McaStatus>(verdict);
    // With history of more than one row where possible, to see the order.
    std::optional<KnownCustomer> customer = m_catalog.take([expected](const KnownCustomer& c) {
        return c.status.verdict() == expected
            && (expected != McaStatus::ConfirmedByPartner || c.status.customerAgreementsNewestFirst().size() > 1);
    });
    if (!customer)
        customer = m_catalog.take(expected);
    QVERIFY2(customer, "the seed has no customer with this verdict");

    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    auto* status = page->findChild<QLabel*>(QStringLiteral("agreementStatusLabel"));
    QVERIFY(status);
    QCOMPARE(status->property("mcaStatus").toString(), mcaStatusToKey(expected));
    QCOMPARE(status->text(), StatusPresentation::text(expected));
    QVERIFY(page->findChild<QGroupBox*>(QStringLiteral("agreementGroupBox")));

    auto* direct = page->findChild<QLabel*>(QStringLiteral("directAcceptanceLabel"));
    QVERIFY(direct && !direct->text().isEmpty());

    auto* history = page->findChild<QTableView*>(QStringLiteral("agreementHistoryView"));
    QVERIFY(history);
    auto* model = qobject_cast<AgreementHistoryModel*>(history->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), customer->status.agreements.size());
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->agreementAt(row - 1).dateAgreed >= model->agreementAt(row).dateAgreed);
    if (const std::optional<Agreement> latest = customer->status.latestConfirmation()) {
        auto* latestLabel = page->findChild<QLabel*>(QStringLiteral("latestConfirmationLabel"));
        QVERIFY(latestLabel->text().contains(latest->primaryContact.email.toHtmlEscaped()));
        QVERIFY(latestLabel->text().contains(latest->templateId));
    }
    auto* error = page->findChild<FieldMessage*>(QStringLiteral("loadErrorMessage"));
    QVERIFY(!error->hasMessage());
}

void TestCustomerPage::updateRecordsNewConfirmation()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::ConfirmedByPartner);
    QVERIFY(customer);
    const qsizetype before = serverAgreements(*m_sandbox, customer->id).size();
    m_navigator.changed.clear();

    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->prefillSource(), AttestationPrefill::Source::LatestConfirmation);
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->text().isEmpty());

    const Contact contact{
        QStringLiteral("Zeynep"), QStringLiteral("Kaya"), QStringLiteral("zeynep.kaya@example.com"), QString()};
    fillContact(dialog, contact);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QVERIFY(save);
    QTRY_VERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    QSignalSpy confirmed(dialog, &ConfirmAgreementDialog::confirmed);
    QPointer<ConfirmAgreementDialog> guard(dialog);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, networkTimeout);
    QCOMPARE(confirmed.at(0).at(0).value<AgreementConfirmation>().outcome, AgreementConfirmation::Outcome::Confirmed);
    QTRY_VERIFY(guard.isNull()); // closed and gone

    // The server has it.
    const QList<Agreement> after = serverAgreements(*m_sandbox, customer->id);
    QCOMPARE(after.size(), before + 1);
    QVERIFY(std::any_of(after.cbegin(), after.cend(),
        [&contact](const Agreement& a) { return a.primaryContact.email == contact.email; }));

    // The page shows it as the latest, with one more history row, and told the navigator.
    auto* latest = page->findChild<QLabel*>(QStringLiteral("latestConfirmationLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(latest->text().contains(contact.email), networkTimeout);
    QTRY_VERIFY(!page->isLoading());
    auto* history = page->findChild<QTableView*>(QStringLiteral("agreementHistoryView"));
    QCOMPARE(history->model()->rowCount(), after.size());
    QCOMPARE(history->model()->index(0, AgreementHistoryModel::EmailColumn).data().toString(), contact.email);
    QVERIFY(m_navigator.changed.contains(customer->id));
    auto* notice = page->findChild<FieldMessage*>(QStringLiteral("agreementNoticeMessage"));
    QVERIFY(notice->hasMessage());
    QCOMPARE(notice->kind(), FieldMessage::Kind::Information);
    QCOMPARE(Dialogs::shownCount(), 0);
}

void TestCustomerPage::duplicateIsAlreadyConfirmed()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::ConfirmedByPartner);
    QVERIFY(customer);
    const std::optional<Agreement> latest = customer->status.latestConfirmation();
    QVERIFY(latest);
    const qsizetype before = serverAgreements(*m_sandbox, customer->id).size();

    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    // Exactly the latest confirmation: its contact (pre-filled) and its date.
    QCOMPARE(dialog->contactForm()->contact(), latest->primaryContact);
    dialog->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))->setDate(latest->acceptanceDate());
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QTRY_VERIFY2(save->isEnabled(), qPrintable(save->toolTip()));

    QSignalSpy confirmed(dialog, &ConfirmAgreementDialog::confirmed);
    QTest::keyClick(dialog, Qt::Key_Return); // Enter: the default button
    QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, networkTimeout);
    QCOMPARE(
        confirmed.at(0).at(0).value<AgreementConfirmation>().outcome, AgreementConfirmation::Outcome::AlreadyConfirmed);

    // Said as such — information, not an error — and nothing new on the server.
    auto* notice = page->findChild<FieldMessage*>(QStringLiteral("agreementNoticeMessage"));
    QTRY_VERIFY(notice->hasMessage());
    QCOMPARE(notice->kind(), FieldMessage::Kind::Information);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), networkTimeout);
    QVERIFY(!page->findChild<FieldMessage*>(QStringLiteral("loadErrorMessage"))->hasMessage());
    QCOMPARE(serverAgreements(*m_sandbox, customer->id).size(), before);
    QCOMPARE(sandboxStat(*m_sandbox, "duplicateAgreements"), 0);
    QCOMPARE(Dialogs::shownCount(), 0);
}

void TestCustomerPage::futureDateRefusedBeforeSending()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    fillContact(
        dialog, {QStringLiteral("Ada"), QStringLiteral("Yilmaz"), QStringLiteral("ada.yilmaz@example.com"), QString()});
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QTRY_VERIFY(save->isEnabled());

    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"));
    date->setDate(Validation::latestAcceptanceDate(Clock::instance()).addDays(1));
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    auto* message = dialog->findChild<FieldMessage*>(QStringLiteral("acceptanceDateMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(message->hasMessage());
    // Nothing was sent.
    QCOMPARE(serverAgreements(*m_sandbox, customer->id).size(), customer->status.agreements.size());
    dialog->reject();
}

void TestCustomerPage::futureDateRefusedByServerKeepsInput()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);

    // The form's clock runs a day ahead: it thinks tomorrow is today, the server does not.
    FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(1), QTimeZone::utc());
    ScopedClock scoped(&ahead);
    const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);

    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    const Contact contact{
        QStringLiteral("Mehmet"), QStringLiteral("Demir"), QStringLiteral("mehmet.demir@example.com"), QString()};
    fillContact(dialog, contact);
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"));
    date->setDate(tomorrow);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QTRY_VERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    QTest::mouseClick(save, Qt::LeftButton);

    auto* message = dialog->findChild<FieldMessage*>(QStringLiteral("acceptanceDateMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->hasMessage(), networkTimeout);
    QVERIFY(message->text().contains(QStringLiteral("600002")));
    QVERIFY(message->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    // Everything typed is still there.
    QCOMPARE(dialog->contactForm()->contact(), contact);
    QCOMPARE(date->date(), tomorrow);
    QCOMPARE(serverAgreements(*m_sandbox, customer->id).size(), customer->status.agreements.size());
    dialog->reject();
}

void TestCustomerPage::guidanceForExistingPurchases()
{
    const std::optional<KnownCustomer> customer = m_catalog.take([](const KnownCustomer& c) {
        return c.subscriptions > 0 && !c.status.directSigned() && c.status.verdict() == McaStatus::NotConfirmed;
    });
    QVERIFY(customer);
    const AgreementGuidance guidance
        = AgreementGuidance::assess(customer->status, customer->subscriptions, m_sales->policy());
    QCOMPARE(guidance.scenario, AgreementGuidance::Scenario::ExistingPurchases);
    QVERIFY(guidance.ordersBlocked);

    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    auto* label = page->findChild<QLabel*>(QStringLiteral("guidanceLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());

    // A customer who accepted directly needs no such explanation.
    const std::optional<KnownCustomer> direct = m_catalog.take(McaStatus::AcceptedDirectly);
    QVERIFY(direct);
    auto directPage = openPage(m_sales.get(), direct->id);
    QVERIFY(directPage);
    QVERIFY(!directPage->findChild<QLabel*>(QStringLiteral("guidanceLabel"))->isVisible());
}

void TestCustomerPage::roleMatrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<PartnerType>("partnerType");
    QTest::addColumn<bool>("mayUpdate");
    QTest::addColumn<bool>("mayOrder");
    QTest::addColumn<bool>("mayInvite");
    QTest::addColumn<bool>("providerPath");
    QTest::newRow("sales agent") << Role::SalesAgent << PartnerType::DirectBill << true << true << true << false;
    QTest::newRow("admin agent") << Role::AdminAgent << PartnerType::DirectBill << true << true << true << false;
    QTest::newRow("helpdesk agent") << Role::HelpdeskAgent << PartnerType::DirectBill << false << false << false
                                    << false;
    QTest::newRow("indirect reseller") << Role::AdminAgent << PartnerType::IndirectReseller << false << false << true
                                       << true;
}

void TestCustomerPage::roleMatrix()
{
    QFETCH(Role, role);
    QFETCH(PartnerType, partnerType);
    QFETCH(bool, mayUpdate);
    QFETCH(bool, mayOrder);
    QFETCH(bool, mayInvite);
    QFETCH(bool, providerPath);

    std::unique_ptr<Workspace> workspace = m_sandbox->createWorkspace(role, partnerType);
    QVERIFY(workspace);
    // A customer that needs a confirmation: where the role's limits matter.
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    auto page = openPage(workspace.get(), customer->id);
    QVERIFY(page);

    const auto check = [&page](const char* name, bool enabled) {
        auto* button = page->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled() == enabled, name);
        // Disabled or not, the tooltip says what it does or why it cannot.
        QVERIFY2(!button->toolTip().isEmpty(), name);
    };
    check("updateAgreementButton", mayUpdate);
    check("newOrderButton", mayOrder);
    check("inviteToAcceptButton", mayInvite);
    check("agreementTemplateButton", true);

    auto* guidance = page->findChild<QLabel*>(QStringLiteral("guidanceLabel"));
    if (!mayUpdate) {
        auto* update = page->findChild<QPushButton*>(QStringLiteral("updateAgreementButton"));
        QCOMPARE(update->toolTip(), workspace->policy().decide(Action::Attest).explanation());
        // The visible line explains it too.
        QVERIFY(guidance->isVisible());
        QVERIFY(guidance->text().contains(workspace->policy().decide(Action::Attest).explanation()));
    }
    if (providerPath) {
        QCOMPARE(workspace->policy().decide(Action::Attest).reason, DenialReason::IndirectResellerMustUseProvider);
        QVERIFY(guidance->isVisible());
    }
}

void TestCustomerPage::actionsGoThroughNavigator()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    m_navigator = RecordingNavigator{};
    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    Await<Customer> server;
    m_sandbox->client()->customer(customer->id, nullptr, server.callback());
    QVERIFY(server.wait() && server.ok());

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("inviteToAcceptButton")), Qt::LeftButton);
    QCOMPARE(m_navigator.invitations.size(), 1);
    const InvitationRequest& request = m_navigator.invitations.constFirst();
    QCOMPARE(request.kind, InvitationKind::AcceptAgreement);
    QCOMPARE(request.customerId, customer->id);
    QCOMPARE(request.customerName, server.value().companyProfile.companyName);
    QCOMPARE(request.customerEmail, server.value().billingProfile->email);
    QCOMPARE(request.language, server.value().billingProfile->language);

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("agreementTemplateButton")), Qt::LeftButton);
    QCOMPARE(m_navigator.templates, QStringList{server.value().country()});

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("newOrderButton")), Qt::LeftButton);
    QCOMPARE(m_navigator.newOrders, QStringList{customer->id});
}

void TestCustomerPage::unknownCustomerOffersRetry()
{
    auto page = openPage(m_sales.get(), QStringLiteral("00000000-0000-0000-0000-00000000dead"));
    QVERIFY(page);
    auto* error = page->findChild<FieldMessage*>(QStringLiteral("loadErrorMessage"));
    QVERIFY(error->hasMessage());
    QCOMPARE(error->kind(), FieldMessage::Kind::Error);
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    auto* update = page->findChild<QPushButton*>(QStringLiteral("updateAgreementButton"));
    QVERIFY(!update->isEnabled());
    QVERIFY(!update->toolTip().isEmpty());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(page->isLoading() || error->hasMessage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), networkTimeout);
    QVERIFY(error->hasMessage());
}

void TestCustomerPage::languageChangeKeepsState()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::ConfirmedByPartner);
    QVERIFY(customer);
    auto page = openPage(m_sales.get(), customer->id);
    QVERIFY(page);
    auto* status = page->findChild<QLabel*>(QStringLiteral("agreementStatusLabel"));
    auto* latest = page->findChild<QLabel*>(QStringLiteral("latestConfirmationLabel"));
    const QString statusText = status->text();
    const QString latestText = latest->text();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(page.get(), &change);
    // Same language installed: the same words, and nothing read again or lost.
    QCOMPARE(status->text(), statusText);
    QCOMPARE(latest->text(), latestText);
    QVERIFY(!page->isLoading());
    QCOMPARE(page->findChild<QTableView*>(QStringLiteral("agreementHistoryView"))->model()->rowCount(),
        customer->status.agreements.size());
}

void TestCustomerPage::loadingCanBeCanceled()
{
    const QStringList ids = m_sandbox->customerIds(1);
    QVERIFY(!ids.isEmpty());
    auto page = openPage(m_sales.get(), ids.constFirst());
    QVERIFY(page);
    page->reload();
    QVERIFY(page->isLoading());
    auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelLoadButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page->isLoading());
    auto* message = page->findChild<FieldMessage*>(QStringLiteral("loadErrorMessage"));
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), FieldMessage::Kind::Information); // canceled is not an error
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), networkTimeout);
    QVERIFY(!message->hasMessage());
}

void TestCustomerPage::geometryIsRemembered()
{
    const QStringList ids = m_sandbox->customerIds(1);
    QVERIFY(!ids.isEmpty());
    QSize size;
    {
        auto page = openPage(m_sales.get(), ids.constFirst());
        QVERIFY(page);
        page->resize(1010, 690);
        QTRY_COMPARE(page->size(), QSize(1010, 690));
        size = page->size();
        page->close();
    }
    auto again = openPage(m_sales.get(), ids.constFirst());
    QVERIFY(again);
    QCOMPARE(again->size(), size);
}

void TestCustomerPage::screenshots()
{
    // PARTNERDESK_SCREENSHOT_DIR=/tmp ./TestCustomerPage screenshots
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    const auto save = [&directory](QWidget* widget, const char* name) {
        QTest::qWait(100); // let the layout settle after the last answer
        QVERIFY(widget->grab().save(directory + QStringLiteral("/acct-%1.png").arg(QLatin1String(name))));
    };
    const auto pick = [this](auto predicate) { return m_catalog.take(predicate); };

    const auto confirmed = pick([](const KnownCustomer& c) {
        return c.status.verdict() == McaStatus::ConfirmedByPartner && c.status.agreements.size() > 1;
    });
    const auto direct = pick([](const KnownCustomer& c) { return c.status.verdict() == McaStatus::AcceptedDirectly; });
    const auto purchases = pick(
        [](const KnownCustomer& c) { return c.status.verdict() == McaStatus::NotConfirmed && c.subscriptions > 0; });
    QVERIFY(confirmed && direct && purchases);
    for (const auto& [customer, name] : {std::pair{*confirmed, "page-confirmed"}, std::pair{*direct, "page-direct"},
             std::pair{*purchases, "page-unconfirmed-purchases"}}) {
        auto page = openPage(m_sales.get(), customer.id);
        QVERIFY(page);
        save(page.get(), name);
    }
    std::unique_ptr<Workspace> reseller = m_sandbox->createWorkspace(Role::AdminAgent, PartnerType::IndirectReseller);
    auto resellerPage = openPage(reseller.get(), purchases->id);
    QVERIFY(resellerPage);
    save(resellerPage.get(), "page-reseller");
    std::unique_ptr<Workspace> helpdesk = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
    auto helpdeskPage = openPage(helpdesk.get(), purchases->id);
    QVERIFY(helpdeskPage);
    save(helpdeskPage.get(), "page-helpdesk");

    auto page = openPage(m_sales.get(), confirmed->id);
    ConfirmAgreementDialog* dialog = openUpdateForm(page.get());
    QVERIFY(dialog);
    save(dialog, "confirm-prefilled");
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), QStringLiteral("ada@@example"));
    dialog->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))
        ->setDate(Validation::latestAcceptanceDate(Clock::instance()).addDays(3));
    save(dialog, "confirm-inline-errors");
    dialog->reject();

    // The service's refusal beside the date (a clock a day ahead lets the form send it).
    FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(1), QTimeZone::utc());
    ScopedClock scoped(&ahead);
    auto refusedPage = openPage(m_sales.get(), purchases->id);
    ConfirmAgreementDialog* refused = openUpdateForm(refusedPage.get());
    QVERIFY(refused);
    fillContact(refused,
        {QStringLiteral("Mehmet"), QStringLiteral("Demir"), QStringLiteral("mehmet.demir@example.com"), QString()});
    refused->findChild<QDateEdit*>(QStringLiteral("acceptanceDateEdit"))
        ->setDate(QDateTime::currentDateTimeUtc().date().addDays(1));
    QTest::mouseClick(refused->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        refused->findChild<FieldMessage*>(QStringLiteral("acceptanceDateMessage"))->hasMessage(), networkTimeout);
    save(refused, "confirm-server-refusal");
    refused->reject();
}

QTEST_MAIN(TestCustomerPage)
#include "TestCustomerPage.moc"
