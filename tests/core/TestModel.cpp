// Value semantics and wire names of the model types.
#include "TestEnvironment.h"
#include "model/Contact.h"
#include "model/Customer.h"
#include "model/Session.h"

#include <QTest>

using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::CustomerRelationship)

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void relationshipWireNames_data();
    void relationshipWireNames();
    void customerCountryPrefersBillingAddress();
    void contactDisplayName();
    void sessionSignedIn();
};

void TestModel::relationshipWireNames_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<CustomerRelationship>("expected");
    QTest::newRow("reseller") << QStringLiteral("reseller") << CustomerRelationship::Reseller;
    QTest::newRow("none") << QStringLiteral("none") << CustomerRelationship::None;
    QTest::newRow("advisor") << QStringLiteral("advisor") << CustomerRelationship::Advisor;
    QTest::newRow("syndication") << QStringLiteral("syndication") << CustomerRelationship::Syndication;
    QTest::newRow("microsoft_support") << QStringLiteral("microsoft_support") << CustomerRelationship::MicrosoftSupport;
    QTest::newRow("PascalCase") << QStringLiteral("MicrosoftSupport") << CustomerRelationship::MicrosoftSupport;
    QTest::newRow("unknown value") << QStringLiteral("partner_of_partner") << CustomerRelationship::Unknown;
    QTest::newRow("empty") << QString() << CustomerRelationship::Unknown;
}

void TestModel::relationshipWireNames()
{
    QFETCH(QString, wire);
    QFETCH(CustomerRelationship, expected);
    QCOMPARE(relationshipFromWire(wire), expected);
    if (expected != CustomerRelationship::Unknown)
        QCOMPARE(relationshipFromWire(relationshipToWire(expected)), expected);
}

void TestModel::customerCountryPrefersBillingAddress()
{
    Customer customer;
    QVERIFY(customer.country().isEmpty());
    customer.companyProfile.address = Address{};
    customer.companyProfile.address->country = QStringLiteral("US");
    QCOMPARE(customer.country(), QStringLiteral("US"));
    customer.billingProfile = BillingProfile{};
    customer.billingProfile->defaultAddress.country = QStringLiteral("TR");
    QCOMPARE(customer.country(), QStringLiteral("TR"));

    Customer copy = customer;
    QCOMPARE(copy, customer);
    copy.billingProfile->defaultAddress.city = QStringLiteral("Ankara");
    QVERIFY(copy != customer);
}

void TestModel::contactDisplayName()
{
    QCOMPARE(
        (Contact{QStringLiteral("Işıl"), QStringLiteral("Şahin"), {}, {}}.displayName()), QStringLiteral("Işıl Şahin"));
    QCOMPARE((Contact{{}, QStringLiteral("Carr"), {}, {}}.displayName()), QStringLiteral("Carr"));
    QVERIFY(Contact{}.isEmpty());
}

void TestModel::sessionSignedIn()
{
    Session session;
    QVERIFY(!session.isSignedIn());
    session.userId = QStringLiteral("u");
    QVERIFY(session.isSignedIn());
}

QTEST_GUILESS_MAIN(TestModel)
#include "TestModel.moc"
