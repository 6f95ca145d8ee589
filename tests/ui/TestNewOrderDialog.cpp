// Confirm before order: the New order dialog against the in-process sandbox.
#include "AccountTestSupport.h"
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "account/ConfirmAgreementDialog.h"
#include "flows/OrderFlow.h"
#include "flows/Workspace.h"
#include "orders/NewOrderDialog.h"
#include "widgets/ContactForm.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

Q_DECLARE_METATYPE(PartnerDesk::Role)
Q_DECLARE_METATYPE(PartnerDesk::PartnerType)

namespace {
constexpr int networkTimeout = 20000;
}

class TestNewOrderDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void unconfirmedCustomerIsPromptedThenOrdered();
    void confirmedCustomerOrdersStraightThrough();
    void decliningThePromptPlacesNothing();
    void rolesThatMayNotOrder_data();
    void rolesThatMayNotOrder();
    void screenshots();

private:
    std::unique_ptr<NewOrderDialog> openDialog(Workspace* workspace, const QString& customerId);
    static void chooseOrder(NewOrderDialog* dialog, int offerIndex, int quantity);
    QList<Subscription> serverSubscriptions(const QString& customerId);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_sales;
    CustomerCatalog m_catalog;
    RecordingNavigator m_navigator;
};

void TestNewOrderDialog::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_sales = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(m_sales);
    QVERIFY(m_catalog.load(*m_sandbox));
}

void TestNewOrderDialog::cleanup()
{
    Dialogs::resetShownCount();
}

std::unique_ptr<NewOrderDialog> TestNewOrderDialog::openDialog(Workspace* workspace, const QString& customerId)
{
    auto dialog = std::make_unique<NewOrderDialog>(workspace, &m_navigator, customerId);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestNewOrderDialog::chooseOrder(NewOrderDialog* dialog, int offerIndex, int quantity)
{
    auto* offer = dialog->findChild<QComboBox*>(QStringLiteral("offerComboBox"));
    offer->setFocus();
    offer->setCurrentIndex(0);
    for (int i = 0; i < offerIndex; ++i)
        QTest::keyClick(offer, Qt::Key_Down);
    auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("quantitySpinBox"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(quantity));
}

QList<Subscription> TestNewOrderDialog::serverSubscriptions(const QString& customerId)
{
    Await<QList<Subscription>> subscriptions;
    m_sandbox->client()->subscriptions(customerId, nullptr, subscriptions.callback());
    if (!subscriptions.wait() || !subscriptions.ok())
        return {};
    return subscriptions.value();
}

void TestNewOrderDialog::unconfirmedCustomerIsPromptedThenOrdered()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    const qsizetype subscriptionsBefore = serverSubscriptions(customer->id).size();
    m_navigator.changed.clear();

    auto dialog = openDialog(m_sales.get(), customer->id);
    QVERIFY(dialog);
    chooseOrder(dialog.get(), 2, 7); // Business Premium × 7
    const QString offerId = dialog->findChild<QComboBox*>(QStringLiteral("offerComboBox"))->currentData().toString();
    QCOMPARE(offerId, QStringLiteral("CFQ7TTC0LCHC:0002"));
    auto* place = dialog->findChild<QPushButton*>(QStringLiteral("placeOrderButton"));
    QVERIFY(place->isEnabled());
    QTest::mouseClick(place, Qt::LeftButton);

    // The prompt: the same confirmation form, saying why.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmationPrompt() && dialog->confirmationPrompt()->isVisible(), networkTimeout);
    ConfirmAgreementDialog* prompt = dialog->confirmationPrompt();
    QCOMPARE(prompt->purpose(), ConfirmAgreementDialog::Purpose::OrderNotConfirmed);
    QVERIFY(prompt->findChild<FieldMessage*>(QStringLiteral("purposeMessage"))->hasMessage());
    QVERIFY(prompt->findChild<ContactForm*>());
    QTRY_VERIFY_WITH_TIMEOUT(!prompt->isLoading(), networkTimeout);
    QVERIFY(!place->isEnabled()); // one order at a time

    const auto retype = [prompt](const char* name, const QString& text) {
        auto* edit = prompt->findChild<QLineEdit*>(QLatin1String(name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    };
    retype("firstNameEdit", QStringLiteral("Elif"));
    retype("lastNameEdit", QStringLiteral("Sahin"));
    retype("emailEdit", QStringLiteral("elif.sahin@example.com"));
    retype("phoneEdit", QString());
    auto* save = prompt->findChild<QPushButton*>(QStringLiteral("saveAndContinueButton"));
    QTRY_VERIFY2(save->isEnabled(), qPrintable(save->toolTip()));

    Dialogs::setNextAnswer(QMessageBox::Ok); // the "order placed" message
    QSignalSpy placed(dialog.get(), &NewOrderDialog::orderPlaced);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(placed.count(), 1, networkTimeout);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->placedOrder());
    QVERIFY(!dialog->placedOrder()->id.isEmpty());
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(m_navigator.changed.contains(customer->id));

    // The server: the confirmation first, then the subscription.
    const QList<Agreement> agreements = serverAgreements(*m_sandbox, customer->id);
    QVERIFY(std::any_of(agreements.cbegin(), agreements.cend(), [](const Agreement& a) {
        return a.isCustomerAgreement() && a.primaryContact.email == QLatin1String("elif.sahin@example.com");
    }));
    const QList<Subscription> subscriptions = serverSubscriptions(customer->id);
    QCOMPARE(subscriptions.size(), subscriptionsBefore + 1);
    QVERIFY(std::any_of(subscriptions.cbegin(), subscriptions.cend(),
        [&offerId](const Subscription& s) { return s.offerId == offerId && s.quantity == 7; }));
}

void TestNewOrderDialog::confirmedCustomerOrdersStraightThrough()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::ConfirmedByPartner);
    QVERIFY(customer);
    const qsizetype subscriptionsBefore = serverSubscriptions(customer->id).size();
    const qsizetype agreementsBefore = serverAgreements(*m_sandbox, customer->id).size();

    auto dialog = openDialog(m_sales.get(), customer->id);
    QVERIFY(dialog);
    auto* flow = dialog->findChild<OrderFlow*>();
    QVERIFY(flow);
    QSignalSpy prompted(flow, &OrderFlow::confirmationNeeded);
    chooseOrder(dialog.get(), 0, 3);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(dialog.get(), Qt::Key_Return); // Enter places the order
    QTRY_VERIFY_WITH_TIMEOUT(dialog->placedOrder().has_value(), networkTimeout);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(prompted.count(), 0);
    QCOMPARE(serverSubscriptions(customer->id).size(), subscriptionsBefore + 1);
    QCOMPARE(serverAgreements(*m_sandbox, customer->id).size(), agreementsBefore);
}

void TestNewOrderDialog::decliningThePromptPlacesNothing()
{
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    const qsizetype subscriptionsBefore = serverSubscriptions(customer->id).size();
    auto dialog = openDialog(m_sales.get(), customer->id);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("placeOrderButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmationPrompt() && dialog->confirmationPrompt()->isVisible(), networkTimeout);
    QTest::keyClick(dialog->confirmationPrompt(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->confirmationPrompt());
    auto* message = dialog->findChild<FieldMessage*>(QStringLiteral("orderMessage"));
    QVERIFY(message->hasMessage());
    QVERIFY(dialog->isVisible());
    auto* place = dialog->findChild<QPushButton*>(QStringLiteral("placeOrderButton"));
    QVERIFY2(place->isEnabled(), qPrintable(place->toolTip())); // the user may try again
    QCOMPARE(serverSubscriptions(customer->id).size(), subscriptionsBefore);
}

void TestNewOrderDialog::rolesThatMayNotOrder_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<PartnerType>("partnerType");
    QTest::newRow("helpdesk agent") << Role::HelpdeskAgent << PartnerType::DirectBill;
    QTest::newRow("indirect reseller") << Role::AdminAgent << PartnerType::IndirectReseller;
}

void TestNewOrderDialog::rolesThatMayNotOrder()
{
    QFETCH(Role, role);
    QFETCH(PartnerType, partnerType);
    std::unique_ptr<Workspace> workspace = m_sandbox->createWorkspace(role, partnerType);
    QVERIFY(workspace);
    const QStringList ids = m_sandbox->customerIds(1);
    QVERIFY(!ids.isEmpty());
    auto dialog = openDialog(workspace.get(), ids.constFirst());
    QVERIFY(dialog);
    auto* place = dialog->findChild<QPushButton*>(QStringLiteral("placeOrderButton"));
    QVERIFY(!place->isEnabled());
    QCOMPARE(place->toolTip(), workspace->policy().decide(Action::PlaceOrder).explanation());
    QVERIFY(!place->toolTip().isEmpty());
    auto* permission = dialog->findChild<FieldMessage*>(QStringLiteral("permissionMessage"));
    QVERIFY(permission->isVisible());
    QVERIFY(permission->hasMessage());
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("offerComboBox"))->isEnabled());
}

void TestNewOrderDialog::screenshots()
{
    const QString directory = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PARTNERDESK_SCREENSHOT_DIR to save screenshots.");
    const std::optional<KnownCustomer> customer = m_catalog.take(McaStatus::NotConfirmed);
    QVERIFY(customer);
    auto dialog = openDialog(m_sales.get(), customer->id);
    QVERIFY(dialog);
    QTest::qWait(300); // the company name in the heading
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/acct-order.png")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("placeOrderButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmationPrompt() && dialog->confirmationPrompt()->isVisible(), networkTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->confirmationPrompt()->isLoading(), networkTimeout);
    QVERIFY(dialog->confirmationPrompt()->grab().save(directory + QStringLiteral("/acct-order-prompt.png")));
    dialog->confirmationPrompt()->reject();
    QTRY_VERIFY(!dialog->confirmationPrompt());
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/acct-order-declined.png")));

    std::unique_ptr<Workspace> helpdesk = m_sandbox->createWorkspace(Role::HelpdeskAgent, PartnerType::DirectBill);
    auto denied = openDialog(helpdesk.get(), customer->id);
    QVERIFY(denied);
    QVERIFY(denied->grab().save(directory + QStringLiteral("/acct-order-helpdesk.png")));
}

QTEST_MAIN(TestNewOrderDialog)
#include "TestNewOrderDialog.moc"
