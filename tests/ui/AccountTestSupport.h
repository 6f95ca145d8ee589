#pragma once

// Shared by the account and order GUI tests: a navigator that records what screens asked
// for, the sandbox's customers sorted by what their agreement status is, and the steps of
// opening a customer page and filling its confirmation form as a user does.

#include "Await.h"
#include "SandboxFixture.h"
#include "account/ConfirmAgreementDialog.h"
#include "account/CustomerPage.h"
#include "flows/AgreementStatusLoader.h"
#include "widgets/Navigator.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QTest>

#include <memory>

namespace PartnerDesk::Test {

class RecordingNavigator final : public Navigator
{
public:
    void openCustomer(const QString& customerId) override { opened << customerId; }
    void openNewCustomer() override { ++newCustomerCount; }
    void openNewOrder(const QString& customerId) override { newOrders << customerId; }
    void openInvitation(const InvitationRequest& request) override { invitations << request; }
    void openAgreementTemplate(const QString& countryCode) override { templates << countryCode; }
    void customerChanged(const QString& customerId) override { changed << customerId; }
    void openBulkAttestation() override { ++bulkAttestationCount; }

    QStringList opened;
    int newCustomerCount = 0;
    QStringList newOrders;
    QList<InvitationRequest> invitations;
    QStringList templates;
    QStringList changed;
    int bulkAttestationCount = 0;
};

// One seeded customer and what the server says about it.
struct KnownCustomer
{
    QString id;
    AgreementStatus status;
    qsizetype subscriptions = 0;
};

// The seeded customers, read through the fixture's client (sign it in first).
class CustomerCatalog
{
public:
    bool load(SandboxFixture& sandbox)
    {
        for (const QString& id : sandbox.customerIds()) {
            Await<AgreementStatus> status;
            AgreementStatusLoader::load(sandbox.client(), id, nullptr, status.callback());
            Await<QList<Subscription>> subscriptions;
            if (!status.wait() || !status.ok())
                return false;
            sandbox.client()->subscriptions(id, nullptr, subscriptions.callback());
            if (!subscriptions.wait() || !subscriptions.ok())
                return false;
            m_customers.append({id, status.value(), subscriptions.value().size()});
        }
        return !m_customers.isEmpty();
    }

    // Customers matching a predicate, each handed out once so tests that change the server
    // never share a customer.
    template<typename Predicate> std::optional<KnownCustomer> take(Predicate matches)
    {
        for (qsizetype i = 0; i < m_customers.size(); ++i) {
            if (matches(m_customers.at(i))) {
                return m_customers.takeAt(i);
            }
        }
        return std::nullopt;
    }

    std::optional<KnownCustomer> take(McaStatus verdict)
    {
        return take([verdict](const KnownCustomer& c) { return c.status.verdict() == verdict; });
    }

private:
    QList<KnownCustomer> m_customers;
};

// The server's confirmations of one customer (all agreement types).
inline QList<Agreement> serverAgreements(SandboxFixture& sandbox, const QString& customerId)
{
    Await<QList<Agreement>> agreements;
    sandbox.client()->customerAgreements(customerId, QString(AgreementTypes::All), nullptr, agreements.callback());
    if (!agreements.wait() || !agreements.ok())
        return {};
    return agreements.value();
}

inline int sandboxStat(SandboxFixture& sandbox, const char* name)
{
    return sandbox.stat(QString::fromLatin1(name));
}

inline constexpr int pageLoadTimeout = 20000;

// A customer page, shown and loaded; null when it did not load in time.
inline std::unique_ptr<CustomerPage> openCustomerPage(
    Workspace* workspace, Navigator* navigator, const QString& customerId)
{
    auto page = std::make_unique<CustomerPage>(workspace, navigator, customerId);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    if (!QTest::qWaitFor([&page] { return !page->isLoading(); }, pageLoadTimeout))
        return nullptr;
    return page;
}

// The page's Update form, opened with its button and loaded; null when Update is not offered.
inline ConfirmAgreementDialog* openUpdateForm(CustomerPage* page)
{
    auto* update = page->findChild<QPushButton*>(QStringLiteral("updateAgreementButton"));
    if (!update || !update->isEnabled())
        return nullptr;
    QTest::mouseClick(update, Qt::LeftButton);
    auto* dialog = page->findChild<ConfirmAgreementDialog*>(QStringLiteral("confirmAgreementDialog"));
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible() && !dialog->isLoading(); }, pageLoadTimeout))
        return nullptr;
    return dialog;
}

// Types over a field's text and leaves the field (which shows its message, as for a user).
inline void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

inline void fillContact(ConfirmAgreementDialog* dialog, const Contact& contact)
{
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")), contact.firstName);
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("lastNameEdit")), contact.lastName);
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), contact.email);
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")), contact.phoneNumber);
}

} // namespace PartnerDesk::Test
