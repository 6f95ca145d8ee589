// The offline checks of a bulk row (BulkRowChecks): what is refused before anything is sent.
#include "FixedClock.h"
#include "TestEnvironment.h"
#include "flows/bulk/BulkRowChecks.h"

#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::FixedClock;

class TestBulkRowChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void customerId_data();
    void customerId();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC), QTimeZone::utc()};
};

void TestBulkRowChecks::customerId_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("code"); // empty: no problem with the customer

    const QString id = QStringLiteral("14876998-c0dc-46e6-9d0c-65a57a6c32ec");
    QTest::newRow("as Partner Center writes it") << id << QString();
    QTest::newRow("upper case") << id.toUpper() << QString();
    QTest::newRow("spaces around") << QStringLiteral("  ") + id + QStringLiteral(" ") << QString();
    QTest::newRow("not a GUID") << QStringLiteral("not-a-guid") << QString(BulkCodes::CustomerIdInvalid);
    QTest::newRow("no hyphens") << QStringLiteral("14876998c0dc46e69d0c65a57a6c32ec")
                                << QString(BulkCodes::CustomerIdInvalid);
    QTest::newRow("the null GUID") << QStringLiteral("00000000-0000-0000-0000-000000000000")
                                   << QString(BulkCodes::CustomerIdInvalid);
    // Found by FuzzCsvReader: QUuid::fromString ignores what follows the GUID, and takes braces;
    // either was sent to Partner Center as the customer's ID.
    QTest::newRow("text after the GUID") << id + QStringLiteral("/../orders") << QString(BulkCodes::CustomerIdInvalid);
    QTest::newRow("NULs after the GUID") << id + QString(8, QChar(0)) << QString(BulkCodes::CustomerIdInvalid);
    QTest::newRow("braces") << QLatin1Char('{') + id + QLatin1Char('}') << QString(BulkCodes::CustomerIdInvalid);
    QTest::newRow("an opening brace only") << QLatin1Char('{') + id << QString(BulkCodes::CustomerIdInvalid);
}

void TestBulkRowChecks::customerId()
{
    QFETCH(QString, customerId);
    QFETCH(QString, code);

    BulkRow row;
    row.customerId = customerId;
    row.firstName = QStringLiteral("Tania");
    row.lastName = QStringLiteral("Carr");
    row.email = QStringLiteral("someone@example.com");
    row.dateAgreed = QStringLiteral("2025-06-14");
    const QList<BulkCellProblem> problems = BulkRowChecks::offlineProblems(row, &m_clock);
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).code));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().code, code);
    QCOMPARE(problems.constFirst().column, BulkColumn::CustomerId);
}

QTEST_GUILESS_MAIN(TestBulkRowChecks)
#include "TestBulkRowChecks.moc"
