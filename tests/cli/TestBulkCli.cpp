// `partnerdesk-cli bulk attest`, the real executable, against a real sandbox on loopback with
// its throttle on: a file of 2,000 mixed rows checked row by row against the result file and
// the sandbox's own count, and a run killed with SIGKILL and resumed from its journal.
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "flows/bulk/BulkResultFile.h"
#include "util/Csv.h"
#include "util/CsvReader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
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

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

struct SeededCustomer
{
    QString id;
    QString domain;
    QString country;
};

struct SeededContact
{
    QString customerId;
    QString firstName;
    QString lastName;
    QString email;
};

// One row of the generated file and what must become of it.
struct ExpectedRow
{
    QStringList fields; // customerId, domain, firstName, lastName, email, phoneNumber, dateAgreed
    QString outcome;
    QString code;
    QString resolvedCustomerId; // for rows that reach the service
};

QString utcDate(int daysFromToday)
{
    return QDateTime::currentDateTimeUtc().date().addDays(daysFromToday).toString(Qt::ISODate);
}

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
    void twoThousandRowsWithTheThrottleOn();
    void killedRunResumesExactlyOnce();

private:
    Run cli(const QStringList& arguments, const QString& sandboxUser = {}, int timeoutMs = 240000);
    QProcess* startCli(const QStringList& arguments);
    [[nodiscard]] int agreementCount();
    [[nodiscard]] int duplicateCount();
    QString writeFile(const QString& name, const QByteArray& bytes);
    QList<QStringList> readResults(const QString& path);
    void loadSeed();
    QSet<QString> sandboxConfirmations(); // "customerId|email|date"

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_directory;
    QList<SeededCustomer> m_customers; // without a seeded confirmation
    QList<SeededContact> m_seededContacts; // one per customer, phone number empty
    int m_nextCustomer = 0;
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
    loadSeed();
    QVERIFY(m_customers.size() >= 1800);
    QVERIFY(m_seededContacts.size() >= 100);
}

void TestBulkCli::cleanupTestCase()
{
    m_sandbox.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk-cli-seed"));
}

void TestBulkCli::loadSeed()
{
    // Straight from the sandbox's database: reading through the API would use up the throttle.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk-cli-seed"));
        db.setDatabaseName(m_sandbox->databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery contacts(db);
        QVERIFY(contacts.exec(
            QStringLiteral("SELECT customer_id, first_name, last_name, email FROM agreements "
                           "WHERE type = 'MicrosoftCustomerAgreement' AND phone_number = '' ORDER BY id")));
        QSet<QString> withContact;
        while (contacts.next()) {
            const QString customerId = contacts.value(0).toString();
            if (withContact.contains(customerId) || m_seededContacts.size() >= 100)
                continue;
            withContact.insert(customerId);
            m_seededContacts.append(SeededContact{
                customerId, contacts.value(1).toString(), contacts.value(2).toString(), contacts.value(3).toString()});
        }
        QSqlQuery customers(db);
        QVERIFY(customers.exec(QStringLiteral("SELECT id, domain, address_country FROM customers ORDER BY row_id")));
        while (customers.next()) {
            if (!withContact.contains(customers.value(0).toString()))
                m_customers.append(SeededCustomer{
                    customers.value(0).toString(), customers.value(1).toString(), customers.value(2).toString()});
        }
    }
}

QSet<QString> TestBulkCli::sandboxConfirmations()
{
    QSet<QString> found;
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("bulk-cli-seed")));
    if (!query.exec(QStringLiteral("SELECT customer_id, email, date_agreed FROM agreements "
                                   "WHERE type = 'MicrosoftCustomerAgreement'")))
        return found;
    while (query.next())
        found.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
            + query.value(2).toString().left(10));
    return found;
}

QProcess* TestBulkCli::startCli(const QStringList& arguments)
{
    auto* process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PARTNERDESK_TOKEN"));
    environment.remove(QStringLiteral("PARTNERDESK_SANDBOX_USER"));
    process->setProcessEnvironment(environment);
    process->start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        arguments + QStringList{QStringLiteral("--api-base"), m_sandbox->baseUrl().toString()});
    return process;
}

Run TestBulkCli::cli(const QStringList& arguments, const QString& sandboxUser, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PARTNERDESK_TOKEN"));
    if (sandboxUser.isEmpty())
        environment.remove(QStringLiteral("PARTNERDESK_SANDBOX_USER"));
    else
        environment.insert(QStringLiteral("PARTNERDESK_SANDBOX_USER"), sandboxUser);
    process.setProcessEnvironment(environment);
    process.start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        arguments + QStringList{QStringLiteral("--api-base"), m_sandbox->baseUrl().toString()});
    Run run;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

int TestBulkCli::agreementCount()
{
    return m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats"))
        .toObject()
        .value(QLatin1String("agreements"))
        .toInt(-1);
}

int TestBulkCli::duplicateCount()
{
    return m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats"))
        .toObject()
        .value(QLatin1String("duplicateAgreements"))
        .toInt(-1);
}

QString TestBulkCli::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<QStringList> TestBulkCli::readResults(const QString& path)
{
    const CsvReadResult read = CsvReader().readFile(path);
    QList<QStringList> records;
    for (const CsvRecord& record : read.document.records)
        records << record.fields;
    return records;
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
    const int before = agreementCount();
    const QString path
        = writeFile(QStringLiteral("unusable-%1.csv").arg(QString::fromUtf8(QTest::currentDataTag())), bytes);
    const Run run = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentioned), run.err.constData());
    QVERIFY(run.out.trimmed().isEmpty());
    QCOMPARE(agreementCount(), before);
}

void TestBulkCli::indirectResellerMayOnlyDryRun()
{
    const QString reseller = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::IndirectReseller);
    QVERIFY(!reseller.isEmpty());
    const SeededCustomer customer = m_customers.at(m_nextCustomer++);
    const QString path = writeFile(QStringLiteral("reseller.csv"),
        "customerId,firstName,lastName,email,dateAgreed\n" + customer.id.toUtf8()
            + ",Ada,Lovelace,reseller@contoso.com," + utcDate(-3).toUtf8() + "\n");
    const int before = agreementCount();

    const Run refused = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path}, reseller);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("indirect provider"));
    QVERIFY(refused.err.contains("--dry-run"));

    // The hand-off path: the reseller checks the file; nothing is sent.
    const Run dryRun = cli({QStringLiteral("bulk"), QStringLiteral("attest"), path, QStringLiteral("--dry-run"),
                               QStringLiteral("--results"), m_directory.filePath(QStringLiteral("reseller-dry.csv")),
                               QStringLiteral("--format"), QStringLiteral("json")},
        reseller);
    QVERIFY2(dryRun.exitCode == 0 || dryRun.exitCode == 5, dryRun.err.constData());
    QCOMPARE(dryRun.json().value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(readResults(m_directory.filePath(QStringLiteral("reseller-dry.csv"))).size(), 2);
    QCOMPARE(agreementCount(), before);
}

void TestBulkCli::unreachableServiceExitsWithFour()
{
    const QString path = writeFile(QStringLiteral("unreachable.csv"),
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
    const QList<QStringList> results = readResults(m_directory.filePath(QStringLiteral("unreachable-results.csv")));
    QCOMPARE(results.size(), 3); // every row still listed
    QCOMPARE(results.at(1).at(BulkResultFile::columns().indexOf(QStringLiteral("outcome"))), QStringLiteral("failed"));
}

void TestBulkCli::twoThousandRowsWithTheThrottleOn()
{
    QList<ExpectedRow> rows;
    const auto row
        = [](const QStringList& fields, const QString& outcome, const QString& code, const QString& resolved = {}) {
              return ExpectedRow{fields, outcome, code, resolved};
          };
    const auto take = [this]() { return m_customers.at(m_nextCustomer++); };
    const QString past = utcDate(-30);

    // 1,150 new confirmations by ID, 150 second contacts for some of those customers.
    QList<SeededCustomer> confirmedCustomers;
    for (int i = 0; i < 1150; ++i) {
        const SeededCustomer c = take();
        confirmedCustomers << c;
        rows << row({c.id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("bulk%1@contoso.com").arg(i), {}, i % 2 ? past : utcDate(-1)},
            QStringLiteral("confirmed"), {}, c.id);
    }
    for (int i = 0; i < 150; ++i) {
        const SeededCustomer& c = confirmedCustomers.at(i * 7);
        rows << row({c.id, {}, QStringLiteral("Grace"), QStringLiteral("Hopper"),
                        QStringLiteral("grace%1@contoso.com").arg(i), {}, past},
            QStringLiteral("confirmed"), {}, c.id);
    }
    // 50 by domain only (in capitals: domains have no case).
    for (int i = 0; i < 50; ++i) {
        const SeededCustomer c = take();
        rows << row({{}, c.domain.toUpper(), QStringLiteral("Alan"), QStringLiteral("Turing"),
                        QStringLiteral("alan%1@contoso.com").arg(i), {}, past},
            QStringLiteral("confirmed"), {}, c.id);
    }
    // Phones against the customer's country: 25 US numbers for US customers (valid), the same
    // format for 25 German customers (not a German number).
    int us = 0;
    int de = 0;
    for (int i = m_nextCustomer; i < m_customers.size() && (us < 25 || de < 25); ++i) {
        const SeededCustomer c = m_customers.at(i);
        if (c.country == QLatin1String("US") && us < 25) {
            rows << row(
                {c.id, {}, QStringLiteral("Hedy"), QStringLiteral("Lamarr"),
                    QStringLiteral("hedy%1@contoso.com").arg(us), QStringLiteral("425-555-%1").arg(1000 + us), past},
                QStringLiteral("confirmed"), {}, c.id);
            ++us;
        } else if (c.country == QLatin1String("DE") && de < 25) {
            rows << row(
                {c.id, {}, QStringLiteral("Emmy"), QStringLiteral("Noether"),
                    QStringLiteral("emmy%1@contoso.com").arg(de), QStringLiteral("425-555-%1").arg(2000 + de), past},
                QStringLiteral("invalid"), QStringLiteral("phoneCountryFormat"), c.id);
            ++de;
        } else {
            continue;
        }
        m_customers.removeAt(i--);
    }
    QCOMPARE(us, 25);
    QCOMPARE(de, 25);
    // Rows that never reach the service.
    for (int i = 0; i < 150; ++i)
        rows << row({confirmedCustomers.at(i).id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("broken%1.contoso.com").arg(i), {}, past},
            QStringLiteral("invalid"), QStringLiteral("emailMissingAt"));
    for (int i = 0; i < 100; ++i)
        rows << row({confirmedCustomers.at(i).id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("future%1@contoso.com").arg(i), {}, utcDate(2)},
            QStringLiteral("invalid"), QStringLiteral("dateInFuture"));
    for (int i = 0; i < 50; ++i)
        rows << row({confirmedCustomers.at(i).id, {}, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                        QStringLiteral("culture%1@contoso.com").arg(i), {}, QStringLiteral("14.06.2025")},
            QStringLiteral("invalid"), QStringLiteral("dateInvalid"));
    // Customers that do not exist.
    for (int i = 0; i < 100; ++i)
        rows << row(
            {QStringLiteral("0badc0de-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), {}, QStringLiteral("Ada"),
                QStringLiteral("Lovelace"), QStringLiteral("ghost%1@contoso.com").arg(i), {}, past},
            QStringLiteral("invalid"), QStringLiteral("customerNotFound"));
    // Confirmations the sandbox already has (the same contact, another date).
    for (const SeededContact& contact : std::as_const(m_seededContacts))
        rows << row({contact.customerId, {}, contact.firstName, contact.lastName, contact.email, {}, past},
            QStringLiteral("alreadyConfirmed"), QStringLiteral("existingConfirmation"), contact.customerId);

    // Mixed together; then 100 exact copies, each somewhere after its original.
    QRandomGenerator random(20260301);
    for (qsizetype i = rows.size() - 1; i > 0; --i)
        rows.swapItemsAt(i, random.bounded(static_cast<int>(i + 1)));
    QList<int> validPositions;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).outcome == QLatin1String("confirmed")
            && rows.at(i).fields.at(4).startsWith(QLatin1String("bulk")))
            validPositions << static_cast<int>(i);
    }
    for (int i = 0; i < 100; ++i) {
        const int original = validPositions.at(i * 11);
        const int at = original + 1 + random.bounded(static_cast<int>(rows.size()) - original);
        ExpectedRow copy = rows.at(original);
        copy.outcome = QStringLiteral("skipped");
        copy.code = QStringLiteral("duplicateRow");
        copy.resolvedCustomerId.clear();
        rows.insert(at, copy);
        for (int& position : validPositions) {
            if (position >= at)
                ++position;
        }
    }
    QCOMPARE(rows.size(), 2000);

    QByteArray csv = "customerId,domain,firstName,lastName,email,phoneNumber,dateAgreed\r\n";
    for (const ExpectedRow& expected : std::as_const(rows))
        csv += Csv::record(expected.fields).toUtf8();
    const QString input = writeFile(QStringLiteral("two-thousand.csv"), csv);
    const QString results = m_directory.filePath(QStringLiteral("two-thousand-results.csv"));
    const QString journal = m_directory.filePath(QStringLiteral("two-thousand-journal.sqlite"));

    const int agreementsBefore = agreementCount();
    QElapsedTimer clock;
    clock.start();
    const Run run = cli({QStringLiteral("bulk"), QStringLiteral("attest"), input, QStringLiteral("--rate"),
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
    QCOMPARE(agreementCount(), agreementsBefore + 1375);
    QCOMPARE(duplicateCount(), 0);
    const QSet<QString> stored = sandboxConfirmations();

    // The result file, row by row.
    const QList<QStringList> records = readResults(results);
    QCOMPARE(records.size(), 2001);
    const QStringList columns = records.constFirst();
    QCOMPARE(columns, BulkResultFile::columns());
    const auto column = [&columns](const char* name) { return columns.indexOf(QLatin1String(name)); };
    const QStringList inputColumns{QStringLiteral("customerId"), QStringLiteral("domain"), QStringLiteral("firstName"),
        QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("phoneNumber"),
        QStringLiteral("dateAgreed")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ExpectedRow& expected = rows.at(i);
        const QStringList& fields = records.at(i + 1);
        const QString where = QStringLiteral("row %1 (%2)").arg(i).arg(expected.fields.join(QLatin1Char(',')));
        QVERIFY2(fields.size() == columns.size(), qPrintable(where));
        QCOMPARE(fields.at(column("line")), QString::number(i + 2));
        for (qsizetype c = 0; c < inputColumns.size(); ++c)
            QCOMPARE(fields.at(columns.indexOf(inputColumns.at(c))), expected.fields.at(c));
        QVERIFY2(fields.at(column("outcome")) == expected.outcome,
            qPrintable(where + QStringLiteral(": ") + fields.at(column("outcome")) + QLatin1Char(' ')
                + fields.at(column("code")) + QLatin1Char(' ') + fields.at(column("message"))));
        QCOMPARE(fields.at(column("code")), expected.code);
        QVERIFY(!fields.at(column("message")).isEmpty());
        if (!expected.resolvedCustomerId.isEmpty())
            QCOMPARE(fields.at(column("resolvedCustomerId")), expected.resolvedCustomerId);
        if (expected.outcome == QLatin1String("confirmed")) {
            // Recorded with the date of the file, never "now".
            const QString key = expected.resolvedCustomerId + QLatin1Char('|') + expected.fields.at(4)
                + QLatin1Char('|') + expected.fields.at(6);
            QVERIFY2(stored.contains(key), qPrintable(where));
        }
    }
}

void TestBulkCli::killedRunResumesExactlyOnce()
{
    QByteArray csv = "customerId,firstName,lastName,email,dateAgreed\n";
    QList<QString> customerIds;
    for (int i = 0; i < 300; ++i) {
        const SeededCustomer c = m_customers.at(m_nextCustomer++);
        customerIds << c.id;
        csv += c.id.toUtf8() + ",Katherine,Johnson,kj" + QByteArray::number(i) + "@contoso.com," + utcDate(-5).toUtf8()
            + "\n";
    }
    const QString input = writeFile(QStringLiteral("kill.csv"), csv);
    const QString results = m_directory.filePath(QStringLiteral("kill-results.csv"));
    const QString journal = m_directory.filePath(QStringLiteral("kill-journal.sqlite"));
    const QStringList arguments{QStringLiteral("bulk"), QStringLiteral("attest"), input, QStringLiteral("--rate"),
        QStringLiteral("60000"), QStringLiteral("--journal"), journal, QStringLiteral("--results"), results,
        QStringLiteral("--format"), QStringLiteral("json")};
    const int before = agreementCount();

    // Killed (SIGKILL: no chance to clean up) once some rows are confirmed.
    QProcess* first = startCli(arguments);
    QVERIFY(QTest::qWaitFor([this, before] { return agreementCount() >= before + 40; }, 120000));
    first->kill();
    QVERIFY(first->waitForFinished(10000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    const int afterKill = agreementCount();
    QVERIFY2(afterKill < before + 300, "the run ended before it could be killed");
    QVERIFY(!QFile::exists(results)); // it never got to write them

    // The same file with the same journal: the rest, and nothing twice.
    const Run second = cli(arguments);
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
    QCOMPARE(agreementCount(), before + 300);
    QCOMPARE(duplicateCount(), 0);
    const QList<QStringList> records = readResults(results);
    QCOMPARE(records.size(), 301);
    const int outcome = static_cast<int>(BulkResultFile::columns().indexOf(QStringLiteral("outcome")));
    const int resolved = static_cast<int>(BulkResultFile::columns().indexOf(QStringLiteral("resolvedCustomerId")));
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(records.at(i + 1).at(outcome), QStringLiteral("confirmed"));
        QCOMPARE(records.at(i + 1).at(resolved), customerIds.at(i));
    }

    // And once more: nothing left to do, nothing sent.
    const Run third = cli(arguments);
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(third.json().value(QLatin1String("requests")).toInt(), 0);
    QCOMPARE(agreementCount(), before + 300);
}

QTEST_GUILESS_MAIN(TestBulkCli)
#include "TestBulkCli.moc"
