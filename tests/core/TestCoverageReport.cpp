// The coverage report's aggregation: counts per status and per country, and which customers
// need attention in which order. Pure functions, no server.
#include "TestEnvironment.h"
#include "flows/coverage/CoverageReport.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace PartnerDesk;

namespace {
CoverageRow row(const QString& id, const QString& company, const QString& country, McaStatus status,
    std::optional<bool> hasPurchases = std::nullopt)
{
    CoverageRow result;
    result.customer.customerId = id;
    result.customer.companyName = company;
    result.customer.country = country;
    result.customer.status = status;
    result.hasPurchases = hasPurchases;
    return result;
}

QStringList ids(const QList<CoverageRow>& rows)
{
    QStringList result;
    for (const CoverageRow& r : rows)
        result << r.customer.customerId;
    return result;
}

QList<CoverageRow> sample()
{
    return {
        row(QStringLiteral("c1"), QStringLiteral("Zeta GmbH"), QStringLiteral("DE"), McaStatus::ConfirmedByPartner),
        row(QStringLiteral("c2"), QStringLiteral("Beta Ltd"), QStringLiteral("GB"), McaStatus::NotConfirmed, false),
        row(QStringLiteral("c3"), QStringLiteral("Yankee A.Ş."), QStringLiteral("TR"), McaStatus::NotConfirmed, true),
        row(QStringLiteral("c4"), QStringLiteral("Alpha Inc"), QStringLiteral("us"), McaStatus::Unknown),
        row(QStringLiteral("c5"), QStringLiteral("Alpha Inc"), QStringLiteral("US"), McaStatus::NotConfirmed, true),
        row(QStringLiteral("c6"), QStringLiteral("Gamma SA"), QStringLiteral("FR"), McaStatus::AcceptedDirectly),
        row(QStringLiteral("c7"), QStringLiteral("Delta KK"), QString(), McaStatus::NotConfirmed),
        row(QStringLiteral("c8"), QStringLiteral("Eta SL"), QStringLiteral("DE"), McaStatus::AcceptedDirectly),
        row(QStringLiteral("c0"), QStringLiteral("Alpha Inc"), QStringLiteral("US"), McaStatus::NotConfirmed, true),
    };
}
} // namespace

class TestCoverageReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void countsPerStatus();
    void emptyHasNoPercentages();
    void countsPerCountry();
    void needsAttentionOrder();
    void attentionRanks_data();
    void attentionRanks();
    void reportCarriesEverything();
};

void TestCoverageReport::countsPerStatus()
{
    const StatusCounts counts = Coverage::countByStatus(sample());
    QCOMPARE(counts.count(McaStatus::ConfirmedByPartner), 1);
    QCOMPARE(counts.count(McaStatus::AcceptedDirectly), 2);
    QCOMPARE(counts.count(McaStatus::NotConfirmed), 5);
    QCOMPARE(counts.count(McaStatus::Unknown), 1);
    QCOMPARE(counts.total(), 9);
    QCOMPARE(counts.notConfirmedWithPurchases(), 3);
    QCOMPARE(counts.percent(McaStatus::NotConfirmed), 500.0 / 9);
}

void TestCoverageReport::emptyHasNoPercentages()
{
    const StatusCounts counts = Coverage::countByStatus({});
    QCOMPARE(counts.total(), 0);
    for (McaStatus status : StatusCounts::statuses)
        QCOMPARE(counts.percent(status), 0.0);
}

void TestCoverageReport::countsPerCountry()
{
    const QMap<QString, StatusCounts> byCountry = Coverage::countByCountry(sample());
    // "us" and "US" are one country; a customer without a country is kept under "".
    QCOMPARE(byCountry.keys(),
        QStringList({QString(), QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("GB"), QStringLiteral("TR"),
            QStringLiteral("US")}));
    QCOMPARE(byCountry.value(QStringLiteral("US")).count(McaStatus::NotConfirmed), 2);
    QCOMPARE(byCountry.value(QStringLiteral("US")).count(McaStatus::Unknown), 1);
    QCOMPARE(byCountry.value(QStringLiteral("US")).notConfirmedWithPurchases(), 2);
    QCOMPARE(byCountry.value(QStringLiteral("DE")).count(McaStatus::ConfirmedByPartner), 1);
    QCOMPARE(byCountry.value(QStringLiteral("DE")).count(McaStatus::AcceptedDirectly), 1);
    QCOMPARE(byCountry.value(QString()).count(McaStatus::NotConfirmed), 1);
    int sum = 0;
    for (const StatusCounts& counts : byCountry)
        sum += counts.total();
    QCOMPARE(sum, static_cast<int>(sample().size()));
}

void TestCoverageReport::needsAttentionOrder()
{
    // With purchases first (by name, then id), then the other not confirmed, then unknown.
    QCOMPARE(ids(Coverage::needsAttention(sample())),
        QStringList({QStringLiteral("c0"), QStringLiteral("c5"), QStringLiteral("c3"), QStringLiteral("c2"),
            QStringLiteral("c7"), QStringLiteral("c4")}));
    // The order does not depend on the input order.
    QList<CoverageRow> reversed = sample();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(ids(Coverage::needsAttention(reversed)), ids(Coverage::needsAttention(sample())));
}

void TestCoverageReport::attentionRanks_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("purchases"); // -1 unknown, 0 none, 1 some
    QTest::addColumn<int>("rank"); // -1 none
    QTest::newRow("not confirmed with purchases") << int(McaStatus::NotConfirmed) << 1 << 0;
    QTest::newRow("not confirmed without purchases") << int(McaStatus::NotConfirmed) << 0 << 1;
    QTest::newRow("not confirmed, purchases unread") << int(McaStatus::NotConfirmed) << -1 << 1;
    QTest::newRow("unknown") << int(McaStatus::Unknown) << -1 << 2;
    QTest::newRow("confirmed") << int(McaStatus::ConfirmedByPartner) << 1 << -1;
    QTest::newRow("accepted directly") << int(McaStatus::AcceptedDirectly) << 1 << -1;
}

void TestCoverageReport::attentionRanks()
{
    QFETCH(int, status);
    QFETCH(int, purchases);
    QFETCH(int, rank);
    const CoverageRow r = row(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("US"),
        static_cast<McaStatus>(status), purchases < 0 ? std::nullopt : std::optional<bool>(purchases == 1));
    QCOMPARE(Coverage::attentionRank(r).value_or(-1), rank);
}

void TestCoverageReport::reportCarriesEverything()
{
    QList<CoverageRow> rows = sample();
    rows[3].readFailed = true;
    const QDateTime scanned(QDate(2026, 3, 1), QTime(12, 30), QTimeZone("Europe/Istanbul"));
    CoverageReport report(rows, scanned);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.scannedAtUtc(), scanned.toUTC());
    QCOMPARE(report.scannedAtUtc().timeSpec(), Qt::UTC);
    QCOMPARE(report.totals(), Coverage::countByStatus(rows));
    QCOMPARE(report.byCountry(), Coverage::countByCountry(rows));
    QCOMPARE(report.failedCount(), 1);
    QCOMPARE(report.statusRows().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(report.statusRows().at(i).customerId, rows.at(i).customer.customerId);
        QCOMPARE(report.statusRows().at(i).status, rows.at(i).customer.status);
    }
    QCOMPARE(ids(report.needsAttention()), ids(Coverage::needsAttention(rows)));
    QVERIFY(CoverageReport().isEmpty());
}

QTEST_GUILESS_MAIN(TestCoverageReport)
#include "TestCoverageReport.moc"
