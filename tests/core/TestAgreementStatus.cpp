// The verdict shown for a customer's Microsoft Customer Agreement.
#include "TestEnvironment.h"
#include "model/AgreementStatus.h"

#include <QTest>

using namespace PartnerDesk;

namespace {
Agreement agreement(const QString& type, const QDate& date, const QString& email = QStringLiteral("a@contoso.com"))
{
    Agreement a;
    a.type = type;
    a.templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");
    a.dateAgreed = QDateTime(date, QTime(0, 0), Qt::UTC);
    a.primaryContact = Contact{QStringLiteral("Tania"), QStringLiteral("Carr"), email, {}};
    return a;
}
const QString mca = QStringLiteral("MicrosoftCustomerAgreement");
const QString cloud = QStringLiteral("MicrosoftCloudAgreement");
} // namespace

Q_DECLARE_METATYPE(PartnerDesk::AgreementStatus)

class TestAgreementStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void verdict_data();
    void verdict();
    void newestFirstAndOnlyCustomerAgreements();
    void statusKeysRoundTrip();
};

void TestAgreementStatus::verdict_data()
{
    QTest::addColumn<AgreementStatus>("status");
    QTest::addColumn<McaStatus>("expected");
    QTest::addColumn<bool>("canTransact");

    AgreementStatus nothingKnown;
    QTest::newRow("nothing read yet") << nothingKnown << McaStatus::Unknown << false;

    AgreementStatus agreementsOnly;
    agreementsOnly.agreementsKnown = true;
    QTest::newRow("no confirmations, direct status unknown") << agreementsOnly << McaStatus::Unknown << false;

    AgreementStatus none = agreementsOnly;
    none.directlySigned = false;
    QTest::newRow("no confirmations, not signed") << none << McaStatus::NotConfirmed << false;

    AgreementStatus cloudOnly = none;
    cloudOnly.agreements = {agreement(cloud, QDate(2019, 8, 26))};
    QTest::newRow("only a Cloud Agreement") << cloudOnly << McaStatus::NotConfirmed << false;

    AgreementStatus partner = none;
    partner.agreements = {agreement(mca, QDate(2024, 5, 1))};
    QTest::newRow("partner confirmation") << partner << McaStatus::ConfirmedByPartner << true;

    AgreementStatus direct = none;
    direct.directlySigned = true;
    QTest::newRow("direct acceptance") << direct << McaStatus::AcceptedDirectly << true;

    AgreementStatus both = partner;
    both.directlySigned = true;
    QTest::newRow("both") << both << McaStatus::ConfirmedByPartner << true;

    AgreementStatus partnerDirectUnknown = partner;
    partnerDirectUnknown.directlySigned.reset();
    QTest::newRow("partner confirmation, direct unknown")
        << partnerDirectUnknown << McaStatus::ConfirmedByPartner << true;
}

void TestAgreementStatus::verdict()
{
    QFETCH(AgreementStatus, status);
    QFETCH(McaStatus, expected);
    QFETCH(bool, canTransact);
    QCOMPARE(status.verdict(), expected);
    QCOMPARE(status.canTransact(), canTransact);
}

void TestAgreementStatus::newestFirstAndOnlyCustomerAgreements()
{
    AgreementStatus status;
    status.agreements = {agreement(mca, QDate(2019, 8, 26), QStringLiteral("old@contoso.com")),
        agreement(cloud, QDate(2025, 1, 1)), agreement(mca, QDate(2019, 8, 27), QStringLiteral("new@contoso.com"))};
    const QList<Agreement> sorted = status.customerAgreementsNewestFirst();
    QCOMPARE(sorted.size(), 2);
    QCOMPARE(sorted.at(0).primaryContact.email, QStringLiteral("new@contoso.com"));
    QCOMPARE(sorted.at(1).acceptanceDate(), QDate(2019, 8, 26));
    QCOMPARE(status.latestConfirmation()->acceptanceDate(), QDate(2019, 8, 27));
    QVERIFY(!AgreementStatus{}.latestConfirmation().has_value());
}

void TestAgreementStatus::statusKeysRoundTrip()
{
    for (McaStatus s :
        {McaStatus::Unknown, McaStatus::NotConfirmed, McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly})
        QCOMPARE(mcaStatusFromKey(mcaStatusToKey(s)), s);
    QCOMPARE(mcaStatusFromKey(QStringLiteral("garbage")), McaStatus::Unknown);
}

QTEST_GUILESS_MAIN(TestAgreementStatus)
#include "TestAgreementStatus.moc"
