// The coverage scan against the sandbox: its counts equal the sandbox's own counts from its
// tables (GET /sandbox/coverage), before and after confirmations; it can be canceled; errors
// are counted, not fatal. A fake network checks the error paths.
#include "Await.h"
#include "FakeNetworkAccessManager.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "auth/TokenSource.h"
#include "flows/coverage/CoverageScan.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

namespace {
constexpr int scanTimeout = 120000;
constexpr int seededCustomers = 200;

const QString templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");

std::optional<CoverageReport> runScan(CoverageScan& scan)
{
    QSignalSpy finished(&scan, &CoverageScan::finished);
    QSignalSpy failed(&scan, &CoverageScan::failed);
    scan.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, scanTimeout))
        return std::nullopt;
    if (finished.isEmpty())
        return std::nullopt;
    return finished.constFirst().constFirst().value<CoverageReport>();
}

QString statusKey(McaStatus status)
{
    return mcaStatusToKey(status);
}
} // namespace

Q_DECLARE_METATYPE(PartnerDesk::CoverageReport)

class TestCoverageScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsEqualTheSandbox();
    void countsFollowNewConfirmations();
    void cancelMidScan();
    void limitsFollowTheConnection();
    void customerErrorsCountAsUnknown();
    void unreadableListFailsTheScan();

private:
    void compareWithSandbox(const CoverageReport& report);

    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestCoverageScan::initTestCase()
{
    Test::isolateEnvironment();
    qRegisterMetaType<CoverageReport>();
    SandboxFixture::Options options;
    options.seedCustomers = seededCustomers;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
}

void TestCoverageScan::compareWithSandbox(const CoverageReport& report)
{
    const QJsonObject truth = m_sandbox->sandboxJson(QStringLiteral("/sandbox/coverage")).toObject();
    QVERIFY(!truth.isEmpty());
    QCOMPARE(report.rows().size(), truth.value(QLatin1String("customers")).toInteger());
    QCOMPARE(report.failedCount(), 0);
    QCOMPARE(report.totals().count(McaStatus::Unknown), 0);
    for (McaStatus status : {McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly, McaStatus::NotConfirmed})
        QCOMPARE(report.totals().count(status), truth.value(statusKey(status)).toInt(-1));
    QCOMPARE(report.totals().notConfirmedWithPurchases(),
        truth.value(QLatin1String("withSubscriptions")).toObject().value(QLatin1String("notConfirmed")).toInt(-1));

    const QJsonObject byCountry = truth.value(QLatin1String("byCountry")).toObject();
    QCOMPARE(report.byCountry().keys(), byCountry.keys());
    for (auto it = report.byCountry().cbegin(); it != report.byCountry().cend(); ++it) {
        const QJsonObject country = byCountry.value(it.key()).toObject();
        for (McaStatus status : {McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly, McaStatus::NotConfirmed})
            QCOMPARE(it.value().count(status), country.value(statusKey(status)).toInt(-1));
    }

    // Every customer once.
    QSet<QString> ids;
    for (const CoverageRow& row : report.rows())
        ids.insert(row.customer.customerId);
    QCOMPARE(ids.size(), report.rows().size());
    // Purchases are read exactly for the customers that are not confirmed.
    for (const CoverageRow& row : report.rows())
        QCOMPARE(row.hasPurchases.has_value(), row.customer.status == McaStatus::NotConfirmed);
}

void TestCoverageScan::countsEqualTheSandbox()
{
    CoverageScan scan(m_sandbox->client(), CoverageScan::limitsFor(Workspace::Connection::Sandbox));
    QSignalSpy progress(&scan, &CoverageScan::progress);
    QElapsedTimer timer;
    timer.start();
    const std::optional<CoverageReport> report = runScan(scan);
    QVERIFY(report);
    qInfo("Scanned %d customers in %lld ms with %lld requests", int(report->rows().size()), timer.elapsed(),
        scan.requestCount());
    QCOMPARE(report->rows().size(), seededCustomers);
    compareWithSandbox(*report);
    QVERIFY(report->scannedAtUtc().isValid());
    // The sandbox's seed has every kind of customer.
    for (McaStatus status : {McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly, McaStatus::NotConfirmed})
        QVERIFY(report->totals().count(status) > 0);
    QVERIFY(report->totals().notConfirmedWithPurchases() > 0);

    // Progress ends at everything done, and never runs backwards.
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toInt(), seededCustomers);
    QCOMPARE(last.at(1).toInt(), seededCustomers);
    QVERIFY(last.at(2).toBool());
    int previous = 0;
    for (const QList<QVariant>& step : std::as_const(progress)) {
        QVERIFY(step.at(0).toInt() >= previous);
        QVERIFY(step.at(0).toInt() <= step.at(1).toInt());
        previous = step.at(0).toInt();
    }
    // Three reads per customer, a fourth for those not confirmed, one per page.
    QCOMPARE(scan.requestCount(), 3 * seededCustomers + report->totals().count(McaStatus::NotConfirmed) + 1);
}

void TestCoverageScan::countsFollowNewConfirmations()
{
    CoverageScan scan(m_sandbox->client(), CoverageScan::limitsFor(Workspace::Connection::Sandbox));
    const std::optional<CoverageReport> before = runScan(scan);
    QVERIFY(before);
    const QList<CoverageRow> attention = before->needsAttention();
    QVERIFY(attention.size() >= 3);
    QStringList confirmed;
    for (int i = 0; i < 3; ++i) {
        const CoverageRow& row = attention.at(i);
        QCOMPARE(row.customer.status, McaStatus::NotConfirmed);
        QVERIFY(*row.hasPurchases); // the ones with purchases come first
        Agreement agreement;
        agreement.primaryContact
            = Contact{QStringLiteral("Ayşe"), QStringLiteral("Demir"), QStringLiteral("ayse.demir@example.com"), {}};
        agreement.templateId = templateId;
        agreement.type = QString(AgreementTypes::MicrosoftCustomerAgreement);
        agreement.setAcceptanceDate(QDate(2025, 1, 15));
        Await<AgreementConfirmation> confirmation;
        m_sandbox->client()->confirmCustomerAgreement(
            row.customer.customerId, agreement, nullptr, confirmation.callback());
        QVERIFY(confirmation.wait());
        QVERIFY2(confirmation.ok(), confirmation.ok() ? "" : qPrintable(confirmation.error().message()));
        confirmed << row.customer.customerId;
    }

    const std::optional<CoverageReport> after = runScan(scan);
    QVERIFY(after);
    compareWithSandbox(*after);
    QCOMPARE(after->totals().count(McaStatus::ConfirmedByPartner),
        before->totals().count(McaStatus::ConfirmedByPartner) + 3);
    QCOMPARE(after->totals().count(McaStatus::NotConfirmed), before->totals().count(McaStatus::NotConfirmed) - 3);
    QCOMPARE(after->totals().notConfirmedWithPurchases(), before->totals().notConfirmedWithPurchases() - 3);
    for (const CoverageRow& row : after->rows()) {
        if (confirmed.contains(row.customer.customerId)) {
            QCOMPARE(row.customer.status, McaStatus::ConfirmedByPartner);
            QCOMPARE(row.customer.dateAgreed, QDate(2025, 1, 15));
        }
    }
    for (const CoverageRow& row : after->needsAttention())
        QVERIFY(!confirmed.contains(row.customer.customerId));
}

void TestCoverageScan::cancelMidScan()
{
    CoverageScan scan(m_sandbox->client(), CoverageScan::limitsFor(Workspace::Connection::Sandbox));
    QSignalSpy finished(&scan, &CoverageScan::finished);
    QSignalSpy canceled(&scan, &CoverageScan::canceled);
    QObject::connect(&scan, &CoverageScan::progress, &scan, [&scan](int done, int, bool) {
        if (done >= 20)
            scan.cancel();
    });
    scan.start();
    QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, scanTimeout);
    QVERIFY(!scan.isRunning());
    const int doneAtCancel = scan.doneCount();
    const qint64 requestsAtCancel = scan.requestCount();
    QVERIFY(doneAtCancel < seededCustomers);
    // Nothing more is counted or sent, and no report comes.
    QTest::qWait(300);
    QCOMPARE(scan.doneCount(), doneAtCancel);
    QCOMPARE(scan.requestCount(), requestsAtCancel);
    QCOMPARE(finished.size(), 0);
    scan.cancel(); // a second cancel is harmless
    QCOMPARE(canceled.size(), 1);

    // The same scan runs again, from the start, to the end.
    QObject::disconnect(&scan, &CoverageScan::progress, &scan, nullptr);
    const std::optional<CoverageReport> report = runScan(scan);
    QVERIFY(report);
    compareWithSandbox(*report);
}

void TestCoverageScan::limitsFollowTheConnection()
{
    const CoverageScan::Limits partnerCenter = CoverageScan::limitsFor(Workspace::Connection::PartnerCenter);
    QVERIFY(partnerCenter.perMinute > 0);
    QVERIFY(partnerCenter.perMinute <= 500); // Partner Center's documented limit per tenant
    QVERIFY(partnerCenter.maxInFlight <= 4);
    const CoverageScan::Limits sandbox = CoverageScan::limitsFor(Workspace::Connection::Sandbox);
    QVERIFY(sandbox.maxInFlight >= partnerCenter.maxInFlight);
    QCOMPARE(sandbox.perMinute, 0);
}

void TestCoverageScan::customerErrorsCountAsUnknown()
{
    const QString good = QStringLiteral("11111111-1111-1111-1111-111111111111");
    const QString missing = QStringLiteral("22222222-2222-2222-2222-222222222222");
    const QString noPurchases = QStringLiteral("33333333-3333-3333-3333-333333333333");
    FakeNetworkAccessManager network;
    network.setHandler([&](const FakeNetworkAccessManager::Request& request, FakeReply* reply) {
        const QString path = request.url.path();
        const auto customerJson = [](const QString& id, const QString& country) {
            return QStringLiteral(
                R"({"id":"%1","companyProfile":{"tenantId":"%1","domain":"d%1.onmicrosoft.com","companyName":"C %1"},)"
                R"("billingProfile":{"defaultAddress":{"country":"%2"}},"relationshipToPartner":"reseller"})")
                .arg(id, country)
                .toUtf8();
        };
        if (path == QLatin1String("/v1/customers")) {
            reply->respond(200,
                QStringLiteral(R"({"totalCount":3,"items":[%1,%2,%3]})")
                    .arg(QString::fromUtf8(customerJson(good, {})), QString::fromUtf8(customerJson(missing, {})),
                        QString::fromUtf8(customerJson(noPurchases, {})))
                    .toUtf8());
        } else if (path.startsWith(QStringLiteral("/v1/customers/") + missing)) {
            reply->respond(404, R"({"code":60003,"description":"Tenant not found","data":[],"source":"PartnerFD"})");
        } else if (path.endsWith(QLatin1String("/agreements"))) {
            reply->respond(200, R"({"totalCount":0,"items":[]})");
        } else if (path.endsWith(QLatin1String("/directSignedMicrosoftCustomerAgreementStatus"))) {
            reply->respond(200, path.contains(good) ? R"({"isSigned":true})" : R"({"isSigned":false})");
        } else if (path.endsWith(QLatin1String("/subscriptions"))) {
            reply->respond(500, R"({"code":500,"description":"Unexpected service error","data":[]})");
        } else if (path.contains(good)) {
            reply->respond(200, customerJson(good, QStringLiteral("TR")));
        } else {
            reply->respond(200, customerJson(noPurchases, QStringLiteral("JP")));
        }
    });
    StaticTokenSource tokens(QStringLiteral("token"));
    PartnerCenterClient client(&network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), &tokens);
    RetryPolicy policy;
    policy.maxAttempts = 1;
    client.setRetryPolicy(policy);

    CoverageScan scan(&client, CoverageScan::limitsFor(Workspace::Connection::PartnerCenter));
    const std::optional<CoverageReport> report = runScan(scan);
    QVERIFY(report);
    QCOMPARE(report->rows().size(), 3);
    QCOMPARE(report->totals().count(McaStatus::AcceptedDirectly), 1);
    QCOMPARE(report->totals().count(McaStatus::Unknown), 1);
    QCOMPARE(report->totals().count(McaStatus::NotConfirmed), 1);
    QCOMPARE(report->failedCount(), 2); // the missing customer, and the unreadable purchases
    QVERIFY(report->lastError());
    QCOMPARE(report->byCountry().value(QStringLiteral("TR")).count(McaStatus::AcceptedDirectly), 1);
    QCOMPARE(report->byCountry().value(QStringLiteral("JP")).count(McaStatus::NotConfirmed), 1);
    const QList<CoverageRow> attention = report->needsAttention();
    QCOMPARE(attention.size(), 2);
    QCOMPARE(attention.at(0).customer.customerId, noPurchases);
    QVERIFY(!attention.at(0).hasPurchases.has_value());
    QCOMPARE(attention.at(1).customer.customerId, missing);
    QCOMPARE(attention.at(1).customer.companyName, QStringLiteral("C ") + missing); // kept from the list
}

void TestCoverageScan::unreadableListFailsTheScan()
{
    FakeNetworkAccessManager network;
    network.setHandler(FakeNetworkAccessManager::json(403,
        R"({"code":900150,"description":"The supplied role doesn't have the rights to perform the requested operation","data":[]})"));
    StaticTokenSource tokens(QStringLiteral("token"));
    PartnerCenterClient client(&network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), &tokens);
    CoverageScan scan(&client, CoverageScan::limitsFor(Workspace::Connection::PartnerCenter));
    QSignalSpy failed(&scan, &CoverageScan::failed);
    QSignalSpy finished(&scan, &CoverageScan::finished);
    scan.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, scanTimeout);
    QCOMPARE(failed.constFirst().constFirst().value<ApiError>().httpStatus, 403);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!scan.isRunning());
}

QTEST_GUILESS_MAIN(TestCoverageScan)
#include "TestCoverageScan.moc"
