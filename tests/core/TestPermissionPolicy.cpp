// The permission matrix: every role × partner type, every action.
#include "TestEnvironment.h"
#include "validation/PermissionPolicy.h"

#include <QTest>

using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::Role)
Q_DECLARE_METATYPE(PartnerDesk::PartnerType)
Q_DECLARE_METATYPE(PartnerDesk::DenialReason)

class TestPermissionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void matrix_data();
    void matrix();
    void notSignedInMayDoNothing();
    void deniedActionsExplainWhy();
    void keysRoundTrip();
};

void TestPermissionPolicy::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<PartnerType>("partnerType");
    QTest::addColumn<bool>("attest");
    QTest::addColumn<bool>("createCustomer");
    QTest::addColumn<bool>("order");
    QTest::addColumn<bool>("invite");
    QTest::addColumn<bool>("editBilling");
    QTest::addColumn<bool>("handOff");
    QTest::addColumn<bool>("viewOnly");
    QTest::addColumn<DenialReason>("attestReason");

    using R = Role;
    using P = PartnerType;
    using D = DenialReason;
    // clang-format off
    //                                                          attest create order  invite billing handOff viewOnly
    QTest::newRow("admin agent, direct bill")         << R::AdminAgent    << P::DirectBill       << true  << true  << true  << true  << true  << false << false << D::Allowed;
    QTest::newRow("admin agent, indirect provider")   << R::AdminAgent    << P::IndirectProvider << true  << true  << true  << true  << true  << false << false << D::Allowed;
    QTest::newRow("admin agent, indirect reseller")   << R::AdminAgent    << P::IndirectReseller << false << false << false << true  << true  << true  << false << D::IndirectResellerMustUseProvider;
    QTest::newRow("sales agent, direct bill")         << R::SalesAgent    << P::DirectBill       << true  << true  << true  << true  << true  << false << false << D::Allowed;
    QTest::newRow("sales agent, indirect provider")   << R::SalesAgent    << P::IndirectProvider << true  << true  << true  << true  << true  << false << false << D::Allowed;
    QTest::newRow("sales agent, indirect reseller")   << R::SalesAgent    << P::IndirectReseller << false << false << false << true  << true  << true  << false << D::IndirectResellerMustUseProvider;
    QTest::newRow("helpdesk agent, direct bill")      << R::HelpdeskAgent << P::DirectBill       << false << false << false << false << true  << false << false << D::RoleViewOnly;
    QTest::newRow("helpdesk agent, indirect provider")<< R::HelpdeskAgent << P::IndirectProvider << false << false << false << false << true  << false << false << D::RoleViewOnly;
    QTest::newRow("helpdesk agent, indirect reseller")<< R::HelpdeskAgent << P::IndirectReseller << false << false << false << false << true  << false << false << D::IndirectResellerMustUseProvider;
    QTest::newRow("global admin, direct bill")        << R::GlobalAdmin   << P::DirectBill       << false << false << false << true  << false << false << false << D::RoleCannotAttest;
    QTest::newRow("global admin, indirect provider")  << R::GlobalAdmin   << P::IndirectProvider << false << false << false << true  << false << false << false << D::RoleCannotAttest;
    QTest::newRow("global admin, indirect reseller")  << R::GlobalAdmin   << P::IndirectReseller << false << false << false << true  << false << false << false << D::IndirectResellerMustUseProvider;
    QTest::newRow("billing admin, direct bill")       << R::BillingAdmin  << P::DirectBill       << false << false << false << false << false << false << true  << D::RoleCannotAttest;
    QTest::newRow("billing admin, indirect provider") << R::BillingAdmin  << P::IndirectProvider << false << false << false << false << false << false << true  << D::RoleCannotAttest;
    QTest::newRow("billing admin, indirect reseller") << R::BillingAdmin  << P::IndirectReseller << false << false << false << false << false << false << true  << D::IndirectResellerMustUseProvider;
    // clang-format on
}

void TestPermissionPolicy::matrix()
{
    QFETCH(Role, role);
    QFETCH(PartnerType, partnerType);
    QFETCH(bool, attest);
    QFETCH(bool, createCustomer);
    QFETCH(bool, order);
    QFETCH(bool, invite);
    QFETCH(bool, editBilling);
    QFETCH(bool, handOff);
    QFETCH(bool, viewOnly);
    QFETCH(DenialReason, attestReason);

    Session session;
    session.userId = QStringLiteral("3d6f2c09-eb40-48ca-a4b3-d24c9c007531");
    session.role = role;
    session.partnerType = partnerType;
    const PermissionPolicy policy(session);

    QVERIFY(policy.allows(Action::ViewCustomers));
    QCOMPARE(policy.canAttest(), attest);
    QCOMPARE(policy.allows(Action::BulkAttest), attest);
    QCOMPARE(policy.canCreateCustomers(), createCustomer);
    QCOMPARE(policy.canOrder(), order);
    QCOMPARE(policy.allows(Action::InviteCustomer), invite);
    QCOMPARE(policy.allows(Action::EditBillingProfile), editBilling);
    QCOMPARE(policy.allows(Action::PrepareHandOff), handOff);
    QCOMPARE(policy.isViewOnly(), viewOnly);
    QCOMPARE(policy.decide(Action::Attest).reason, attestReason);
}

void TestPermissionPolicy::notSignedInMayDoNothing()
{
    const PermissionPolicy policy{Session{}};
    for (Action action : {Action::ViewCustomers, Action::Attest, Action::CreateCustomer, Action::PlaceOrder,
             Action::InviteCustomer, Action::ExportEvidence}) {
        QCOMPARE(policy.decide(action).reason, DenialReason::NotSignedIn);
    }
}

void TestPermissionPolicy::deniedActionsExplainWhy()
{
    for (int r = static_cast<int>(Role::AdminAgent); r <= static_cast<int>(Role::BillingAdmin); ++r) {
        for (int p = static_cast<int>(PartnerType::DirectBill); p <= static_cast<int>(PartnerType::IndirectReseller);
             ++p) {
            Session session;
            session.userId = QStringLiteral("user");
            session.role = static_cast<Role>(r);
            session.partnerType = static_cast<PartnerType>(p);
            const PermissionPolicy policy(session);
            for (int a = static_cast<int>(Action::ViewCustomers); a <= static_cast<int>(Action::ExportEvidence); ++a) {
                const PermissionDecision decision = policy.decide(static_cast<Action>(a));
                QCOMPARE(decision.explanation().isEmpty(), decision.isAllowed());
            }
        }
    }
}

void TestPermissionPolicy::keysRoundTrip()
{
    for (int r = static_cast<int>(Role::AdminAgent); r <= static_cast<int>(Role::BillingAdmin); ++r) {
        Role parsed = Role::HelpdeskAgent;
        QVERIFY(roleFromKey(roleToKey(static_cast<Role>(r)), &parsed));
        QCOMPARE(parsed, static_cast<Role>(r));
        QVERIFY(!roleDisplayName(parsed).isEmpty());
    }
    for (int p = static_cast<int>(PartnerType::DirectBill); p <= static_cast<int>(PartnerType::IndirectReseller); ++p) {
        PartnerType parsed = PartnerType::DirectBill;
        QVERIFY(partnerTypeFromKey(partnerTypeToKey(static_cast<PartnerType>(p)), &parsed));
        QCOMPARE(parsed, static_cast<PartnerType>(p));
    }
    Role unused = Role::AdminAgent;
    QVERIFY(!roleFromKey(QStringLiteral("superuser"), &unused));
}

QTEST_GUILESS_MAIN(TestPermissionPolicy)
#include "TestPermissionPolicy.moc"
