// partnerdesk-cli, the real executable, against a sandbox on loopback: output and exit codes.
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/evidence/EvidenceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::Await;
using PartnerDesk::Test::SandboxFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

QString yesterday()
{
    return QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void metadataAsJson();
    void listsEveryCustomer();
    void listAsCsvAndTable();
    void searchByPrefix();
    void showCustomer();
    void statusNewestFirst();
    void confirmThenAlreadyConfirmed();
    void confirmAndBulkLeaveEvidenceRecords();
    void dryRunSendsNothing();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void unknownCustomerIsAServiceError();
    void unreachableServiceIsANetworkFailure();
    void plainHttpToARemoteHostIsRefused();
    void indirectResellerIsRefusedBeforeSending();
    void templateLinks();
    void inviteLink();
    void unknownCommand();
    void embeddedSandboxByDefault();

private:
    // `dataHome`: the child's XDG_DATA_HOME (where its evidence store lives), when given.
    Run cli(const QStringList& arguments, const QString& sandboxUser = {}, bool withApiBase = true,
        const QString& dataHome = {});
    [[nodiscard]] int postCount();

    std::unique_ptr<SandboxFixture> m_sandbox;
    QStringList m_ids;
};

void TestCli::initTestCase()
{
    Test::isolateEnvironment();
    SandboxFixture::Options options;
    options.seedCustomers = 1200; // more than two pages of 500
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_ids = m_sandbox->customerIds(100);
    QVERIFY(m_ids.size() == 100);
}

void TestCli::cleanupTestCase()
{
    m_sandbox.reset();
}

Run TestCli::cli(const QStringList& arguments, const QString& sandboxUser, bool withApiBase, const QString& dataHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PARTNERDESK_TOKEN"));
    if (!dataHome.isEmpty())
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    if (!sandboxUser.isEmpty())
        environment.insert(QStringLiteral("PARTNERDESK_SANDBOX_USER"), sandboxUser);
    else
        environment.remove(QStringLiteral("PARTNERDESK_SANDBOX_USER"));
    process.setProcessEnvironment(environment);
    QStringList all = arguments;
    if (withApiBase)
        all << QStringLiteral("--api-base") << m_sandbox->baseUrl().toString();
    process.start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"), all);
    Run run;
    // The sandbox runs in this process, on its own thread: keep the event loop turning.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

int TestCli::postCount()
{
    int posts = 0;
    const QJsonArray requests = m_sandbox->sandboxJson(QStringLiteral("/sandbox/requests")).toArray();
    for (const QJsonValue& value : requests) {
        // Changes to Partner Center resources only; the sign-in's token requests are POSTs too.
        const QJsonObject request = value.toObject();
        posts += request.value(QLatin1String("method")).toString() == QLatin1String("POST")
                && request.value(QLatin1String("path")).toString().startsWith(QLatin1String("/v1/"))
            ? 1
            : 0;
    }
    return posts;
}

void TestCli::metadataAsJson()
{
    const Run run = cli(
        {QStringLiteral("agreement"), QStringLiteral("metadata"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray items = run.json().toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("templateId")).toString(),
        QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9"));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("agreementType")).toString(),
        QStringLiteral("MicrosoftCustomerAgreement"));
}

void TestCli::listsEveryCustomer()
{
    const Run run = cli(
        {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray customers = run.json().toArray();
    const int total
        = m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats")).toObject().value(QLatin1String("customers")).toInt();
    QCOMPARE(customers.size(), total);
    QSet<QString> ids;
    for (const QJsonValue& value : customers) {
        const QJsonObject c = value.toObject();
        QVERIFY(!c.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!c.value(QLatin1String("companyName")).toString().isEmpty());
        QVERIFY(c.value(QLatin1String("domain")).toString().contains(QLatin1Char('.')));
        QVERIFY(c.contains(QLatin1String("relationshipToPartner")));
        ids.insert(c.value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids.size(), total);
}

void TestCli::listAsCsvAndTable()
{
    const Run csv
        = cli({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("id,companyName,domain,relationshipToPartner"));
    QVERIFY(lines.size() > 1000);

    const Run table = cli({QStringLiteral("customers"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(m_ids.at(0).toUtf8()));
    QVERIFY(table.out.split('\n').at(1).startsWith("---"));
}

void TestCli::searchByPrefix()
{
    const Run all = cli({QStringLiteral("customers"), QStringLiteral("show"), m_ids.at(5), QStringLiteral("--format"),
        QStringLiteral("json")});
    const QString name = all.json().toObject().value(QLatin1String("companyName")).toString();
    const QString prefix = name.left(2);
    const Run run = cli({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--search"), prefix,
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray found = run.json().toArray();
    QVERIFY(!found.isEmpty());
    for (const QJsonValue& value : found)
        QVERIFY(
            value.toObject().value(QLatin1String("companyName")).toString().startsWith(prefix, Qt::CaseInsensitive));
}

void TestCli::showCustomer()
{
    const Run run = cli({QStringLiteral("customers"), QStringLiteral("show"), m_ids.at(0), QStringLiteral("--format"),
        QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject customer = run.json().toObject();
    QCOMPARE(customer.value(QLatin1String("id")).toString(), m_ids.at(0));
    QCOMPARE(customer.value(QLatin1String("country")).toString().size(), 2);
    QVERIFY(customer.value(QLatin1String("billingProfile")).toObject().contains(QLatin1String("email")));
}

void TestCli::statusNewestFirst()
{
    // A customer with at least two confirmations.
    QString customerId;
    for (const QString& id : std::as_const(m_ids)) {
        Await<AgreementStatus> status;
        AgreementStatusLoader::load(m_sandbox->client(), id, nullptr, status.callback());
        QVERIFY(status.wait());
        if (status.ok() && status.value().agreements.size() >= 2) {
            customerId = id;
            break;
        }
    }
    QVERIFY2(!customerId.isEmpty(), "no seeded customer with two confirmations");
    const Run run = cli({QStringLiteral("agreement"), QStringLiteral("status"), customerId, QStringLiteral("--format"),
        QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject status = run.json().toObject();
    QCOMPARE(status.value(QLatin1String("customerId")).toString(), customerId);
    QVERIFY(status.value(QLatin1String("partnerConfirmed")).isBool());
    QVERIFY(status.value(QLatin1String("directSigned")).isBool());
    QVERIFY(status.value(QLatin1String("canTransact")).toBool());
    const QJsonArray agreements = status.value(QLatin1String("agreements")).toArray();
    QVERIFY(agreements.size() >= 2);
    QString previous = QStringLiteral("9999-12-31");
    for (const QJsonValue& value : agreements) {
        const QJsonObject agreement = value.toObject();
        const QString date = agreement.value(QLatin1String("dateAgreed")).toString();
        QVERIFY(QDate::fromString(date, Qt::ISODate).isValid());
        QVERIFY2(date <= previous, "agreements are not newest first");
        previous = date;
        for (const char* key : {"firstName", "lastName", "email", "phoneNumber"})
            QVERIFY(agreement.value(QLatin1String("primaryContact")).toObject().contains(QLatin1String(key)));
        QVERIFY(agreement.contains(QLatin1String("templateId")));
        QVERIFY(agreement.contains(QLatin1String("type")));
        QVERIFY(agreement.contains(QLatin1String("agreementLink")));
    }
}

void TestCli::confirmThenAlreadyConfirmed()
{
    const QStringList arguments{QStringLiteral("agreement"), QStringLiteral("confirm"), m_ids.at(40),
        QStringLiteral("--first"), QStringLiteral("Işıl"), QStringLiteral("--last"), QStringLiteral("Şahin"),
        QStringLiteral("--email"), QStringLiteral("isil.sahin@örnek.com.tr"), QStringLiteral("--date"), yesterday(),
        QStringLiteral("--format"), QStringLiteral("json")};
    const Run first = cli(arguments);
    QCOMPARE(first.exitCode, 0);
    QJsonObject result = first.json().toObject();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(result.value(QLatin1String("customerId")).toString(), m_ids.at(40));
    const QJsonObject agreement = result.value(QLatin1String("agreement")).toObject();
    QCOMPARE(agreement.value(QLatin1String("dateAgreed")).toString(), yesterday());
    QCOMPARE(agreement.value(QLatin1String("primaryContact")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("isil.sahin@xn--rnek-4qa.com.tr")); // sent in its ASCII form

    const Run second = cli(arguments);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("alreadyConfirmed"));
    QCOMPARE(m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats"))
                 .toObject()
                 .value(QLatin1String("duplicateAgreements"))
                 .toInt(),
        0);
}

void TestCli::confirmAndBulkLeaveEvidenceRecords()
{
    // The child's data folder: its evidence store is <folder>/PartnerDesk/evidence.sqlite.
    QTemporaryDir dataHome;
    QVERIFY(dataHome.isValid());
    const QString adminUpn = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);

    // agreement confirm: a new confirmation, then the same one again.
    const QStringList confirm{QStringLiteral("agreement"), QStringLiteral("confirm"), m_ids.at(44),
        QStringLiteral("--first"), QStringLiteral("Grace"), QStringLiteral("--last"), QStringLiteral("Hopper"),
        QStringLiteral("--email"), QStringLiteral("grace@contoso.com"), QStringLiteral("--date"), yesterday()};
    const Run first = cli(confirm, {}, true, dataHome.path());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run again = cli(confirm, {}, true, dataHome.path());
    QVERIFY2(again.exitCode == 0, again.err.constData());

    // bulk attest: two rows, in the same store.
    const QString file = Test::writeFile(dataHome.filePath(QStringLiteral("evidence.csv")),
        "customerId,firstName,lastName,email,dateAgreed\n" + m_ids.at(45).toUtf8() + ",Ada,Lovelace,ada@contoso.com,"
            + yesterday().toUtf8() + "\n" + m_ids.at(46).toUtf8() + ",Alan,Turing,alan@contoso.com,"
            + yesterday().toUtf8() + "\n");
    const Run bulk = cli({QStringLiteral("bulk"), QStringLiteral("attest"), file}, {}, true, dataHome.path());
    QVERIFY2(bulk.exitCode == 0, bulk.err.constData());

    EvidenceStore store;
    const QString path = dataHome.filePath(QStringLiteral("PartnerDesk/evidence.sqlite"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(store.open(path));

    const QList<EvidenceRecord> confirmed = store.forCustomer(m_ids.at(44)); // newest first
    QCOMPARE(confirmed.size(), 2);
    QCOMPARE(confirmed.at(1).outcome, EvidenceRecord::Outcome::Confirmed);
    QCOMPARE(confirmed.at(0).outcome, EvidenceRecord::Outcome::AlreadyConfirmed);
    for (const EvidenceRecord& record : confirmed) {
        QCOMPARE(record.channel, QStringLiteral("cli"));
        QCOMPARE(record.customerId, m_ids.at(44));
        QCOMPARE(record.contact.email, QStringLiteral("grace@contoso.com"));
        QCOMPARE(record.contact.lastName, QStringLiteral("Hopper"));
        QCOMPARE(record.acceptanceDate, QDate::fromString(yesterday(), Qt::ISODate));
        QCOMPARE(record.userPrincipalName, adminUpn);
        QCOMPARE(record.role, Role::AdminAgent);
        QVERIFY(record.recordedAtUtc.isValid());
    }

    for (int i : {45, 46}) {
        const QList<EvidenceRecord> records = store.forCustomer(m_ids.at(i));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).channel, QStringLiteral("cli-bulk"));
        QCOMPARE(records.at(0).outcome, EvidenceRecord::Outcome::Confirmed);
        QCOMPARE(records.at(0).userPrincipalName, adminUpn);
        QCOMPARE(records.at(0).acceptanceDate, QDate::fromString(yesterday(), Qt::ISODate));
    }
    QCOMPARE(store.forCustomer(m_ids.at(45)).at(0).contact.email, QStringLiteral("ada@contoso.com"));
}

void TestCli::dryRunSendsNothing()
{
    const int postsBefore = postCount();
    const Run run = cli({QStringLiteral("agreement"), QStringLiteral("confirm"), m_ids.at(41),
        QStringLiteral("--first"), QStringLiteral("Ada"), QStringLiteral("--last"), QStringLiteral("Lovelace"),
        QStringLiteral("--email"), QStringLiteral("ada@contoso.com"), QStringLiteral("--date"), yesterday(),
        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("valid"));
    QCOMPARE(postCount(), postsBefore);
}

void TestCli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("options");
    const QString date = yesterday();
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate);
    const auto options = [](const QString& first, const QString& email, const QString& d, const QString& phone = {}) {
        QStringList list{QStringLiteral("--first"), first, QStringLiteral("--last"), QStringLiteral("Carr"),
            QStringLiteral("--email"), email, QStringLiteral("--date"), d};
        if (!phone.isEmpty())
            list << QStringLiteral("--phone") << phone;
        return list;
    };
    QTest::newRow("email without @") << options(QStringLiteral("Tania"), QStringLiteral("tania.example.com"), date);
    QTest::newRow("missing first name") << options(QString(), QStringLiteral("t@example.com"), date);
    QTest::newRow("future date") << options(QStringLiteral("Tania"), QStringLiteral("t@example.com"), tomorrow);
    QTest::newRow("date in US order") << options(
        QStringLiteral("Tania"), QStringLiteral("t@example.com"), QStringLiteral("06/14/2024"));
    QTest::newRow("phone with letters") << options(
        QStringLiteral("Tania"), QStringLiteral("t@example.com"), date, QStringLiteral("CALL-ME-NOW"));
}

void TestCli::invalidInputSendsNothing()
{
    QFETCH(QStringList, options);
    const int postsBefore = postCount();
    const Run run = cli(QStringList{QStringLiteral("agreement"), QStringLiteral("confirm"), m_ids.at(42)} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(run.out.trimmed().isEmpty());
    QCOMPARE(postCount(), postsBefore);
}

void TestCli::unknownCustomerIsAServiceError()
{
    const Run run = cli({QStringLiteral("agreement"), QStringLiteral("status"),
        QStringLiteral("00000000-0000-0000-0000-000000000000")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("404"));
}

void TestCli::unreachableServiceIsANetworkFailure()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARTNERDESK_TOKEN"), QStringLiteral("any"));
    process.setProcessEnvironment(environment);
    // Port 9 on loopback: nothing listens there.
    process.start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        {QStringLiteral("invite"), QStringLiteral("link"), QStringLiteral("--api-base"),
            QStringLiteral("http://127.0.0.1:9")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 4);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestCli::plainHttpToARemoteHostIsRefused()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARTNERDESK_TOKEN"), QStringLiteral("secret-token-value"));
    process.setProcessEnvironment(environment);
    process.start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        {QStringLiteral("invite"), QStringLiteral("link"), QStringLiteral("--api-base"),
            QStringLiteral("http://api.partnercenter.microsoft.com")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY(err.contains("https"));
    QVERIFY(!err.contains("secret-token-value"));
}

void TestCli::indirectResellerIsRefusedBeforeSending()
{
    const int postsBefore = postCount();
    const QString reseller = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::IndirectReseller);
    QVERIFY(!reseller.isEmpty());
    const Run run
        = cli({QStringLiteral("agreement"), QStringLiteral("confirm"), m_ids.at(43), QStringLiteral("--first"),
                  QStringLiteral("Ada"), QStringLiteral("--last"), QStringLiteral("Lovelace"),
                  QStringLiteral("--email"), QStringLiteral("ada@contoso.com"), QStringLiteral("--date"), yesterday()},
            reseller);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("indirect provider"));
    QCOMPARE(postCount(), postsBefore);
}

void TestCli::templateLinks()
{
    const Run run = cli(
        {QStringLiteral("agreement"), QStringLiteral("template"), QStringLiteral("--country"), QStringLiteral("DE"),
            QStringLiteral("--language"), QStringLiteral("de-DE"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = run.json().toObject();
    QCOMPARE(document.value(QLatin1String("country")).toString(), QStringLiteral("DE"));
    QCOMPARE(document.value(QLatin1String("language")).toString(), QStringLiteral("de-DE"));
    QVERIFY(document.value(QLatin1String("downloadUri")).toString().startsWith(QLatin1String("http")));

    const Run bad = cli({QStringLiteral("agreement"), QStringLiteral("template"), QStringLiteral("--country"),
        QStringLiteral("Germany")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCli::inviteLink()
{
    const Run run
        = cli({QStringLiteral("invite"), QStringLiteral("link"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json()
                .toObject()
                .value(QLatin1String("url"))
                .toString()
                .contains(QLatin1String("invType=ResellerRelationship")));
}

void TestCli::unknownCommand()
{
    const Run run = cli({QStringLiteral("agreement"), QStringLiteral("delete")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("agreement status"));
    const Run format
        = cli({QStringLiteral("invite"), QStringLiteral("link"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(format.exitCode, 2);
}

void TestCli::embeddedSandboxByDefault()
{
    const Run run = cli(
        {QStringLiteral("agreement"), QStringLiteral("metadata"), QStringLiteral("--format"), QStringLiteral("json")},
        {}, false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
