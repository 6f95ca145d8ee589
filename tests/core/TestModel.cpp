// Value semantics and wire names of the model types.
#include "TestEnvironment.h"
#include "model/Contact.h"
#include "model/Customer.h"
#include "model/CustomerCollation.h"
#include "model/Session.h"
#include "model/SortedKeyRuns.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

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
    void sortedKeyRunsGiveTheStableOrder();
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

void TestModel::sortedKeyRunsGiveTheStableOrder()
{
    // Batches of every size, few distinct names (many ties), some batches with an order that
    // is not one index for each key (sorted by the runs themselves): the order of all keys is
    // a stable sort of them, and take() starts afresh.
    const CustomerCollation collation(QLocale(QLocale::German));
    const QStringList names{QStringLiteral("Müller"), QStringLiteral("muller"), QStringLiteral("Mueller"),
        QStringLiteral("Weiß"), QStringLiteral("weiss"), QStringLiteral("Ärzte"), QStringLiteral("Zeta 10"),
        QStringLiteral("Zeta 9"), QStringLiteral("alpha")};
    QRandomGenerator random(9);
    SortedKeyRuns runs;
    for (int round = 0; round < 20; ++round) {
        QList<QCollatorSortKey> all;
        const int batches = int(random.bounded(1u, 40u));
        for (int batch = 0; batch < batches; ++batch) {
            QList<QCollatorSortKey> keys;
            const int size = int(random.bounded(0u, 30u));
            for (int i = 0; i < size; ++i)
                keys << collation.sortKey(names.at(int(random.bounded(quint32(names.size())))));
            QList<int> order = CustomerCollation::ascendingOrder(keys);
            if (!order.isEmpty() && random.bounded(6u) == 0)
                order[0] = order.size() > 1 ? order[1] : 7; // an index twice, or out of range
            runs.add(keys, order);
            all << keys;
        }
        QCOMPARE(runs.keyCount(), int(all.size()));
        QList<int> expected(all.size());
        std::iota(expected.begin(), expected.end(), 0);
        std::stable_sort(expected.begin(), expected.end(),
            [&all](int left, int right) { return all.at(left).compare(all.at(right)) < 0; });
        QCOMPARE(runs.take(), expected);
        QCOMPARE(runs.keyCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestModel)
#include "TestModel.moc"
