// `partnerdesk-cli bulk attest`, the real executable, against a real sandbox on loopback with
// its throttle on: a file of 2,000 mixed rows checked row by row against the result file and
// the sandbox's own count, and a run killed with SIGKILL and resumed from its journal.
#include "BulkScenario.h"
#include "CliProcess.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "flows/bulk/BulkResultFile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::SandboxFixture;

namespace {

// The sandbox answers at most this many /v1 requests a minute (a bucket that starts full):
// the 2,000-row file needs about 4,200, so it is throttled for its second half.
constexpr int throttlePerMinute = 2400;
constexpr int seededCustomers = 2000;

using Test::CliRun;
using Test::ExpectedRow;
using Test::SandboxSeed;
using Test::SeededCustomer;
using Test::BulkScenario::utcDate;

} // namespace

class TestBulkCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unusableFilesExitWithTwo_data();
    void unusableFilesExitWithTwo();
    void indirectResellerMayOnlyDryRun();
    void unreachableServiceExitsWithFour();
    void concurrencyOutOfRangeExitsWithTwo_data();
    void concurrencyOutOfRangeExitsWithTwo();
    void concurrencyOneRuns();
    void twoThousandRowsWithTheThrottleOn();
    void killedRunResumesExactlyOnce();

private:
    CliRun cli(const QStringList& arguments, const QString& sandboxUser = {}, int timeoutMs = 240000);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_directory;
    SandboxSeed m_seed; // customers are taken from it as the tests go
};

void TestBulkCli::initTestCase()
{
    Test::isolateEnvironment();
    QVERIFY(m_directory.isValid());
    SandboxFixture::Options options;
    options.seedCustomers = seededCustomers;
    options.throttlePerMinute = throttlePerMinute;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    const std::optional<SandboxSeed> seed = SandboxSeed::load(m_sandbox->databasePath());
    QVERIFY(seed);
    m_seed = *seed;
    QVERIFY(m_seed.customers.size() >= 1800);
    QVERIFY(m_seed.contacts.size() >= 100);
}

void TestBulkCli::cleanupTestCase()
{
    m_sandbox.reset();
}

CliRun TestBulkCli::cli(const QStringList& arguments, const QString& sandboxUser, int timeoutMs)
{
    return Test::runCli(arguments, m_sandbox->baseUrl(), sandboxUser, timeoutMs);
}

void TestBulkCli::unusableFilesExitWithTwo_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("mentioned");
    QTest::newRow("missing columns") << QByteArray("customerId,firstName,notes\nx,Ada,hi\n")
                                     << QByteArray("dateAgreed");
    QTest::newRow("Latin-1") << QByteArray("customerId,firstName,lastName,email,dateAgreed\nx,Jos\xE9,a,b,c\n")
                             << QByteArray("UTF-8");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "c\0u\0s\0\n\0",
        10) << QByteArray("UTF-16");
    QTest::newRow("empty") << QByteArray() << QByteArray("customerId");
}

void TestBulkCli::unusableFilesExitWithTwo()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, mentioned);
    const int before = m_sandbox->stat(QStringLiteral("agreements"));
    const QString path = Test::writeFile(
        m_directory.filePath(QStringLiteral("unusable-%1.csv").arg(QString::fromUtf8(QTest::currentDataTag()))), bytes);
    const CliRun run = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentioned), run.err.constData());
    QVERIFY(run.out.trimmed().isEmpty());
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before);
}

void TestBulkCli::indirectResellerMayOnlyDryRun()
{
    const QString reseller = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::IndirectReseller);
    QVERIFY(!reseller.isEmpty());
    const SeededCustomer customer = m_seed.take();
    const QString path = Test::writeFile(m_directory.filePath(QStringLiteral("reseller.csv")),
        "customerId,firstName,lastName,email,dateAgreed\n" + customer.id.toUtf8()
            + ",Ada,Lovelace,reseller@contoso.com," + utcDate(-3).toUtf8() + "\n");
    const int before = m_sandbox->stat(QStringLiteral("agreements"));

    const CliRun refused = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path}, reseller);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("indirect provider"));
    QVERIFY(refused.err.contains("--dry-run"));

    // The hand-off path: the reseller checks the file; nothing is sent.
    const CliRun dryRun = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path, QStringLiteral("--dry-run"),
                                  QStringLiteral("--results"), m_directory.filePath(QStringLiteral("reseller-dry.csv")),
                                  QStringLiteral("--format"), QStringLiteral("json")},
        reseller);
    QVERIFY2(dryRun.exitCode == 0 || dryRun.exitCode == 5, dryRun.err.constData());
    QCOMPARE(dryRun.json().value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(Test::BulkScenario::readRecords(m_directory.filePath(QStringLiteral("reseller-dry.csv"))).size(), 2);
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before);
}

void TestBulkCli::unreachableServiceExitsWithFour()
{
    const QString path = Test::writeFile(m_directory.filePath(QStringLiteral("unreachable.csv")),
        "customerId,firstName,lastName,email,dateAgreed\n"
        "14876998-c0dc-46e6-9d0c-65a57a6c32ec,Ada,Lovelace,ada@contoso.com,2025-06-14\n"
        "14876998-c0dc-46e6-9d0c-65a57a6c32ed,Ada,Lovelace,ada@contoso.com,2025-06-14\n");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARTNERDESK_TOKEN"), QStringLiteral("any"));
    process.setProcessEnvironment(environment);
    // Port 9 on loopback: nothing listens there.
    process.start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        {QStringLiteral("bulk"), QStringLiteral("attest"), path, QStringLiteral("--results"),
            m_directory.filePath(QStringLiteral("unreachable-results.csv")), QStringLiteral("--api-base"),
            QStringLiteral("http://127.0.0.1:9")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 4);
    const QList<QStringList> results
        = Test::BulkScenario::readRecords(m_directory.filePath(QStringLiteral("unreachable-results.csv")));
    QCOMPARE(results.size(), 3); // every row still listed
    QCOMPARE(results.at(1).at(BulkResultFile::columns().indexOf(QStringLiteral("outcome"))), QStringLiteral("failed"));
}

void TestBulkCli::concurrencyOutOfRangeExitsWithTwo_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("above 64") << QStringLiteral("65");
    QTest::newRow("not a number") << QStringLiteral("four");
}

void TestBulkCli::concurrencyOutOfRangeExitsWithTwo()
{
    QFETCH(QString, value);
    const SeededCustomer customer = m_seed.take();
    const QString path = Test::writeFile(
        m_directory.filePath(QStringLiteral("concurrency-%1.csv").arg(QString::fromUtf8(QTest::currentDataTag()))),
        "customerId,firstName,lastName,email,dateAgreed\n" + customer.id.toUtf8() + ",Ada,Lovelace,ada@contoso.com,"
            + utcDate(-3).toUtf8() + "\n");
    const int before = m_sandbox->stat(QStringLiteral("agreements"));
    const CliRun run
        = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path, QStringLiteral("--concurrency=") + value});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--concurrency") && run.err.contains("64"), run.err.constData());
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before);
}

void TestBulkCli::concurrencyOneRuns()
{
    // One request at a time is a valid choice (the runner's own tests check the bound is kept).
    QByteArray csv = "customerId,firstName,lastName,email,dateAgreed\n";
    for (int i = 0; i < 3; ++i)
        csv += m_seed.take().id.toUtf8() + ",Ada,Lovelace,ada" + QByteArray::number(i) + "@contoso.com,"
            + utcDate(-3).toUtf8() + "\n";
    const QString path = Test::writeFile(m_directory.filePath(QStringLiteral("concurrency-one.csv")), csv);
    const int before = m_sandbox->stat(QStringLiteral("agreements"));
    const CliRun run = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path, QStringLiteral("--concurrency"),
        QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QLatin1String("outcomes")).toObject().value(QLatin1String("confirmed")).toInt(), 3);
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before + 3);
}

void TestBulkCli::twoThousandRowsWithTheThrottleOn()
{
    // 1,150 new confirmations by ID, 150 second contacts, 50 by domain, 25 + 25 phones against
    // the customer's country, 300 invalid offline, 100 unknown customers, 100 contacts the
    // sandbox has, 100 exact copies.
    const QList<ExpectedRow> rows = Test::BulkScenario::mixedRows(m_seed, 2000, 20260301);
    QCOMPARE(rows.size(), 2000);

    const QString input
        = Test::writeFile(m_directory.filePath(QStringLiteral("two-thousand.csv")), Test::BulkScenario::csv(rows));
    const QString results = m_directory.filePath(QStringLiteral("two-thousand-results.csv"));
    const QString journal = m_directory.filePath(QStringLiteral("two-thousand-journal.sqlite"));

    const int agreementsBefore = m_sandbox->stat(QStringLiteral("agreements"));
    QElapsedTimer clock;
    clock.start();
    const CliRun run = cli({QStringLiteral("bulk"), QStringLiteral("attest"), input, QStringLiteral("--rate"),
        QStringLiteral("60000"), QStringLiteral("--journal"), journal, QStringLiteral("--results"), results,
        QStringLiteral("--format"), QStringLiteral("json")});
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(run.exitCode, 5); // some rows invalid, all others done

    // The summary.
    const QJsonObject summary = run.json();
    const QJsonObject outcomes = summary.value(QLatin1String("outcomes")).toObject();
    QCOMPARE(summary.value(QLatin1String("rows")).toInt(), 2000);
    QCOMPARE(outcomes.value(QLatin1String("confirmed")).toInt(), 1375);
    QCOMPARE(outcomes.value(QLatin1String("alreadyConfirmed")).toInt(), 100);
    QCOMPARE(outcomes.value(QLatin1String("invalid")).toInt(), 425);
    QCOMPARE(outcomes.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(outcomes.value(QLatin1String("skipped")).toInt(), 100);
    const int throttled = summary.value(QLatin1String("throttled")).toInt();
    QVERIFY2(throttled > 0, "the throttle never answered 429: the test does not test it");
    qInfo("2,000 rows: %lld ms, %d requests, %d answered 429", elapsed,
        summary.value(QLatin1String("requests")).toInt(), throttled);

    // The service's own count: every new confirmation exactly once.
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), agreementsBefore + 1375);
    QCOMPARE(m_sandbox->stat(QStringLiteral("duplicateAgreements")), 0);
    const Test::StoredConfirmations stored = Test::StoredConfirmations::read(m_sandbox->databasePath());

    // The result file, row by row; every confirmation recorded once, with the date of the file
    // (never "now").
    const QList<QStringList> records = Test::BulkScenario::readRecords(results);
    const QString difference = Test::BulkScenario::compareResults(records, rows);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    for (const ExpectedRow& expected : rows) {
        if (expected.outcome != QLatin1String("confirmed"))
            continue;
        QVERIFY2(stored.count(expected.confirmationKey()) == 1, qPrintable(expected.confirmationKey()));
        QCOMPARE(stored.dates.value(expected.confirmationKey()), expected.date());
    }
}

void TestBulkCli::killedRunResumesExactlyOnce()
{
    QByteArray csv = "customerId,firstName,lastName,email,dateAgreed\n";
    QList<QString> customerIds;
    for (int i = 0; i < 300; ++i) {
        const SeededCustomer c = m_seed.take();
        customerIds << c.id;
        csv += c.id.toUtf8() + ",Katherine,Johnson,kj" + QByteArray::number(i) + "@contoso.com," + utcDate(-5).toUtf8()
            + "\n";
    }
    const QString input = Test::writeFile(m_directory.filePath(QStringLiteral("kill.csv")), csv);
    const QString results = m_directory.filePath(QStringLiteral("kill-results.csv"));
    const QString journal = m_directory.filePath(QStringLiteral("kill-journal.sqlite"));
    const QStringList arguments{QStringLiteral("bulk"), QStringLiteral("attest"), input, QStringLiteral("--rate"),
        QStringLiteral("60000"), QStringLiteral("--journal"), journal, QStringLiteral("--results"), results,
        QStringLiteral("--format"), QStringLiteral("json")};
    const int before = m_sandbox->stat(QStringLiteral("agreements"));

    // Killed (SIGKILL: no chance to clean up) once some rows are confirmed.
    QProcess* first = Test::startCli(arguments, m_sandbox->baseUrl(), this);
    QVERIFY(QTest::qWaitFor(
        [this, before] { return m_sandbox->stat(QStringLiteral("agreements")) >= before + 40; }, 120000));
    first->kill();
    QVERIFY(first->waitForFinished(10000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    const int afterKill = m_sandbox->stat(QStringLiteral("agreements"));
    QVERIFY2(afterKill < before + 300, "the run ended before it could be killed");
    QVERIFY(!QFile::exists(results)); // it never got to write them

    // The same file with the same journal: the rest, and nothing twice.
    const CliRun second = cli(arguments);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(QLatin1String("outcomes")).toObject().value(QLatin1String("confirmed")).toInt(), 300);
    // Resumed, not restarted: rows recorded as done cost nothing; at most one row per request
    // in flight (4) was confirmed but not yet recorded, and is settled by a read. (Each 429
    // costs one more request: the retry.)
    const int doneBeforeKill = afterKill - before;
    const QJsonObject resumed = second.json();
    QVERIFY2(resumed.value(QLatin1String("requests")).toInt() - resumed.value(QLatin1String("throttled")).toInt()
            <= 3 * (300 - doneBeforeKill + 4) + 1,
        second.out.constData());
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before + 300);
    QCOMPARE(m_sandbox->stat(QStringLiteral("duplicateAgreements")), 0);
    const QList<QStringList> records = Test::BulkScenario::readRecords(results);
    QCOMPARE(records.size(), 301);
    const int outcome = static_cast<int>(BulkResultFile::columns().indexOf(QStringLiteral("outcome")));
    const int resolved = static_cast<int>(BulkResultFile::columns().indexOf(QStringLiteral("resolvedCustomerId")));
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(records.at(i + 1).at(outcome), QStringLiteral("confirmed"));
        QCOMPARE(records.at(i + 1).at(resolved), customerIds.at(i));
    }

    // And once more: nothing left to do, nothing sent.
    const CliRun third = cli(arguments);
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(third.json().value(QLatin1String("requests")).toInt(), 0);
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before + 300);
}

QTEST_GUILESS_MAIN(TestBulkCli)
#include "TestBulkCli.moc"
