// The bulk attestation runner against a fake Partner Center (no real network): outcomes of
// every kind of row, duplicates, existing confirmations, concurrency and rate caps, pause,
// resume and cancel, and the journal that makes a run resumable exactly once.
#include "FakeNetworkAccessManager.h"
#include "FixedClock.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/TokenSource.h"
#include "flows/AttestationChannel.h"
#include "flows/bulk/BulkAttestationRunner.h"
#include "flows/bulk/BulkJournal.h"
#include "flows/bulk/BulkResultFile.h"
#include "flows/bulk/RateLimiter.h"
#include "flows/bulk/RequestGate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::FakeNetworkAccessManager;
using PartnerDesk::Test::FakeReply;

Q_DECLARE_METATYPE(PartnerDesk::BulkOutcome)
Q_DECLARE_METATYPE(PartnerDesk::BulkColumn)

namespace {

const QString templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");

// A contact the service already has for customer 8 in several tests.
const Contact pat{QStringLiteral("Pat"), QStringLiteral("Carr"), QStringLiteral("pat@contoso.com"), QString()};

QString customerIdFor(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString domainFor(int n)
{
    return QStringLiteral("customer%1.onmicrosoft.com").arg(n);
}

QJsonObject contactJson(const Contact& contact)
{
    return QJsonObject{{QLatin1String("firstName"), contact.firstName}, {QLatin1String("lastName"), contact.lastName},
        {QLatin1String("email"), contact.email}, {QLatin1String("phoneNumber"), contact.phoneNumber}};
}

// A small Partner Center: customers, country rules, agreement metadata, confirmations (with
// the 600061 duplicate rule), and switches for failures, throttling and an outage.
class FakePartnerCenter : public QObject
{
public:
    struct CustomerData
    {
        QString domain;
        QString country;
        QList<QJsonObject> agreements;
    };

    explicit FakePartnerCenter(FakeNetworkAccessManager* network)
    {
        network->setHandler(
            [this](const FakeNetworkAccessManager::Request& request, FakeReply* reply) { handle(request, reply); });
    }

    void addCustomer(int n, const QString& country = QStringLiteral("US"))
    {
        customers.insert(customerIdFor(n), CustomerData{domainFor(n), country, {}});
    }
    void addAgreement(const QString& customerId, const Contact& contact, const QDate& date)
    {
        customers[customerId].agreements.append(agreementJson(contact, date));
    }
    [[nodiscard]] int agreementCount(const QString& customerId) const
    {
        return static_cast<int>(customers.value(customerId).agreements.size());
    }
    [[nodiscard]] int posts(const QString& customerId = {}) const
    {
        int count = 0;
        for (const auto& [method, path] : log)
            count += method == "POST" && (customerId.isEmpty() || path.contains(customerId)) ? 1 : 0;
        return count;
    }
    [[nodiscard]] int requests() const { return static_cast<int>(log.size()); }

    QHash<QString, CustomerData> customers;
    QHash<QString, QPair<int, QByteArray>> postFailures; // customer id -> status, body
    QHash<QString, QPair<int, QByteArray>> countryRulesFailures; // ISO code -> status, body
    int throttleNextPosts = 0; // answered 429 with Retry-After: retryAfterSeconds
    int retryAfterSeconds = 0;
    QStringList throttledPaths; // the POSTs answered 429
    bool down = false; // every request refused at the connection
    int delayMilliseconds = 3;
    int inFlight = 0;
    int maxInFlight = 0;
    QHash<QString, int> postsInFlight; // per customer
    int maxPostsInFlightPerCustomer = 0;
    QList<QPair<QByteArray, QString>> log; // method, path

private:
    static QJsonObject agreementJson(const Contact& contact, const QDate& date)
    {
        return QJsonObject{{QLatin1String("primaryContact"), contactJson(contact)},
            {QLatin1String("templateId"), templateId},
            {QLatin1String("dateAgreed"), QString(date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"))},
            {QLatin1String("type"), QStringLiteral("MicrosoftCustomerAgreement")}};
    }

    QJsonObject customerJson(const QString& id) const
    {
        const CustomerData data = customers.value(id);
        return QJsonObject{{QLatin1String("id"), id},
            {QLatin1String("companyProfile"),
                QJsonObject{{QLatin1String("tenantId"), id}, {QLatin1String("domain"), data.domain},
                    {QLatin1String("companyName"), QString(QStringLiteral("Company ") + id.right(4))}}},
            {QLatin1String("billingProfile"),
                QJsonObject{{QLatin1String("defaultAddress"), QJsonObject{{QLatin1String("country"), data.country}}}}},
            {QLatin1String("customDomains"), QJsonArray{data.domain}}};
    }

    static QByteArray page(const QJsonArray& items)
    {
        return QJsonDocument(QJsonObject{{QLatin1String("totalCount"), items.size()}, {QLatin1String("items"), items}})
            .toJson(QJsonDocument::Compact);
    }

    void handle(const FakeNetworkAccessManager::Request& request, FakeReply* reply)
    {
        const QString path = request.url.path();
        log.append({request.method, path});
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        QString postCustomer;
        if (request.method == "POST") {
            postCustomer = path.section(QLatin1Char('/'), 3, 3);
            const int count = ++postsInFlight[postCustomer];
            maxPostsInFlightPerCustomer = std::max(maxPostsInFlightPerCustomer, count);
        }
        connect(reply, &QNetworkReply::finished, this, [this, postCustomer] {
            --inFlight;
            if (!postCustomer.isEmpty())
                --postsInFlight[postCustomer];
        });
        if (down) {
            reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
            return;
        }
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        answer(request, path, &status, &body, &headers);
        const QPointer<FakeReply> target(reply);
        QTimer::singleShot(delayMilliseconds, this, [target, status, body, headers] {
            if (target)
                target->respond(status, body, headers);
        });
    }

    void answer(const FakeNetworkAccessManager::Request& request, const QString& path, int* status, QByteArray* body,
        QList<QPair<QByteArray, QByteArray>>* headers)
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // v1, customers, id, ...
        const QByteArray notFound = R"({"code":60003,"description":"Tenant not found"})";
        if (parts.value(1) == QLatin1String("agreements")) {
            *body = page(QJsonArray{QJsonObject{{QLatin1String("templateId"), templateId},
                {QLatin1String("agreementType"), QStringLiteral("MicrosoftCustomerAgreement")},
                {QLatin1String("agreementLink"), QStringLiteral("https://aka.ms/customeragreement")},
                {QLatin1String("versionRank"), 0}}});
            return;
        }
        if (parts.value(1) == QLatin1String("countryvalidationrules")) {
            const QString country = parts.value(2);
            if (countryRulesFailures.contains(country)) {
                *status = countryRulesFailures.value(country).first;
                *body = countryRulesFailures.value(country).second;
                return;
            }
            const QString regex = country == QLatin1String("DE") ? QStringLiteral("^(\\+49|0)[0-9 ]{6,14}$")
                                                                 : QStringLiteral("^\\+?1?[0-9 ()-]{10,16}$");
            *body = QJsonDocument(
                QJsonObject{{QLatin1String("iso2Code"), country}, {QLatin1String("phoneNumberRegex"), regex}})
                        .toJson(QJsonDocument::Compact);
            return;
        }
        if (parts.value(1) != QLatin1String("customers")) {
            *status = 404;
            *body = notFound;
            return;
        }
        if (parts.size() == 2) {
            // Search by domain prefix.
            const QJsonObject filter = QJsonDocument::fromJson(
                QUrlQuery(request.url).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).toUtf8())
                                           .object();
            const QString prefix = filter.value(QLatin1String("Value")).toString();
            QJsonArray items;
            for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
                if (it->domain.startsWith(prefix, Qt::CaseInsensitive)) {
                    QJsonObject listed = customerJson(it.key());
                    listed.remove(QLatin1String("billingProfile")); // lists carry no billing profile
                    items.append(listed);
                }
            }
            *body = page(items);
            return;
        }
        const QString id = parts.value(2);
        if (!customers.contains(id)) {
            *status = 404;
            *body = notFound;
            return;
        }
        if (parts.size() == 3) {
            *body = QJsonDocument(customerJson(id)).toJson(QJsonDocument::Compact);
            return;
        }
        if (parts.value(3) == QLatin1String("agreements") && request.method == "GET") {
            QJsonArray items;
            for (const QJsonObject& agreement : std::as_const(customers[id].agreements))
                items.append(agreement);
            *body = page(items);
            return;
        }
        if (parts.value(3) == QLatin1String("agreements") && request.method == "POST") {
            if (throttleNextPosts > 0) {
                --throttleNextPosts;
                throttledPaths.append(path);
                *status = 429;
                *body = R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 0 seconds."})";
                headers->append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds)));
                return;
            }
            if (postFailures.contains(id)) {
                *status = postFailures.value(id).first;
                *body = postFailures.value(id).second;
                return;
            }
            const QJsonObject posted = QJsonDocument::fromJson(request.body).object();
            const QJsonObject contact = posted.value(QLatin1String("primaryContact")).toObject();
            for (const QJsonObject& existing : std::as_const(customers[id].agreements)) {
                if (existing.value(QLatin1String("primaryContact")).toObject() == contact) {
                    *status = 409;
                    *body
                        = R"({"code":600061,"description":"A partner confirmed agreement already exists for the customer."})";
                    return;
                }
            }
            customers[id].agreements.append(posted);
            *status = 201;
            *body = QJsonDocument(posted).toJson(QJsonDocument::Compact);
            return;
        }
        *status = 404;
        *body = notFound;
    }
};

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(1);
    policy.maxDelay = std::chrono::milliseconds(5);
    policy.timeout = std::chrono::milliseconds(2000);
    policy.random = [] { return 0.2; };
    return policy;
}

const QByteArray header = "customerId,domain,firstName,lastName,email,phoneNumber,dateAgreed\n";

QByteArray row(const QString& customerId, const QString& domain, const QString& first, const QString& email,
    const QString& date = QStringLiteral("2025-06-14"), const QString& phone = {})
{
    return QStringList{customerId, domain, first, QStringLiteral("Carr"), email, phone, date}
               .join(QLatin1Char(','))
               .toUtf8()
        + "\n";
}

} // namespace

class TestBulkAttestation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rateLimiterSpacesRequests();
    void noCapHoldsOnlyForRetryAfter();
    void everyKindOfRow();
    void dryRunSendsNothing();
    void runAfterTheCheckSendsOnlyTheConfirmations();
    void runAfterTheCheckStillMeetsChangesMadeMeanwhile();
    void resumedRunAfterTheCheckReadsConfirmationsAgain();
    void sameContactByIdAndByDomainIsSentOnce();
    void rowsByDomainUseTheCustomersCountry();
    void unreadableCountryRulesFailThePhoneRows();
    void countryWithoutRulesGetsTheInternationalCheck();
    void rowsOfOneCustomerAreSentOneAfterAnother();
    void concurrencyNeverExceedsTheBound();
    void rateCapIsRespected();
    void retryAfterHoldsBackTheOthers();
    void retryAfterStartsNothingElseUntilTheRetry();
    void timeLeftFromFinishedRowsAndElapsedTime_data();
    void timeLeftFromFinishedRowsAndElapsedTime();
    void pauseResumeCancel();
    void cancelDuringRetryAfterDoesNotWait();
    void resumeAfterCrashReadsBeforeSending();
    void sameFileSameJournalSendsNothing();
    void failedRowsRunAgain();
    void differentFileSameJournalIsRefused();
    void unreachableServiceStopsTheRun();

private:
    BulkInput input(const QByteArray& csv);
    std::unique_ptr<BulkAttestationRunner> runner();
    bool runToEnd(BulkAttestationRunner& runner, const BulkInput& input, BulkRunOptions options,
        BulkJournal::Error* error = nullptr);
    BulkRunOptions options() const;
    // The dry run the bulk window starts with, whose findings a run can start from.
    bool checkToEnd(BulkAttestationRunner& runner, const BulkInput& input);

    QTemporaryDir m_directory;
    Test::FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC), QTimeZone::utc()};
    FakeNetworkAccessManager* m_network = nullptr;
    FakePartnerCenter* m_server = nullptr;
    StaticTokenSource* m_tokens = nullptr;
    PartnerCenterClient* m_client = nullptr;
    PartnerConfirmationChannel* m_channel = nullptr;
    int m_fileNumber = 0;
};

void TestBulkAttestation::initTestCase()
{
    Test::isolateEnvironment();
    QVERIFY(m_directory.isValid());
}

void TestBulkAttestation::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_server = new FakePartnerCenter(m_network);
    m_tokens = new StaticTokenSource(QStringLiteral("test-token"));
    m_client = new PartnerCenterClient(m_network, QUrl(QStringLiteral("https://pc.test")), m_tokens, this);
    m_client->setRetryPolicy(fastPolicy());
    m_channel = new PartnerConfirmationChannel(m_client);
    for (int n = 1; n <= 80; ++n)
        m_server->addCustomer(n, n == 9 ? QStringLiteral("DE") : QStringLiteral("US"));
}

void TestBulkAttestation::cleanup()
{
    delete m_channel;
    delete m_client;
    delete m_tokens;
    delete m_server;
    delete m_network;
}

BulkInput TestBulkAttestation::input(const QByteArray& csv)
{
    const QString path = m_directory.filePath(QStringLiteral("bulk%1.csv").arg(++m_fileNumber));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        qFatal("cannot write the test file");
    file.close();
    const BulkInputResult result = BulkInputReader::readFile(path);
    if (!result.ok())
        qFatal("test file unusable: %s", qPrintable(result.error.message()));
    return result.input;
}

BulkRunOptions TestBulkAttestation::options() const
{
    BulkRunOptions options;
    options.clock = &m_clock;
    options.requestsPerMinute = 600'000; // the cap has its own tests
    return options;
}

std::unique_ptr<BulkAttestationRunner> TestBulkAttestation::runner()
{
    return std::make_unique<BulkAttestationRunner>(m_client, m_channel);
}

bool TestBulkAttestation::runToEnd(
    BulkAttestationRunner& runner, const BulkInput& input, BulkRunOptions options, BulkJournal::Error* error)
{
    if (!runner.start(input, options, error))
        return false;
    return QTest::qWaitFor([&runner] { return runner.state() == BulkAttestationRunner::State::Finished; }, 30000);
}

bool TestBulkAttestation::checkToEnd(BulkAttestationRunner& runner, const BulkInput& input)
{
    BulkRunOptions checkOptions = options();
    checkOptions.dryRun = true;
    return runToEnd(runner, input, checkOptions);
}

void TestBulkAttestation::rateLimiterSpacesRequests()
{
    RateLimiter limiter(300); // one every 200 ms
    QCOMPARE(limiter.nextAllowed(1000), qint64(1000));
    limiter.record(1000);
    QCOMPARE(limiter.nextAllowed(1000), qint64(1200));
    QVERIFY(!limiter.mayStart(1199));
    QVERIFY(limiter.mayStart(1200));
    limiter.record(1200);
    limiter.record(1250, 2); // e.g. two requests charged at once: 1400 and 1600
    QCOMPARE(limiter.nextAllowed(1250), qint64(1800));
    limiter.holdUntil(5000); // a Retry-After
    QCOMPARE(limiter.nextAllowed(2000), qint64(5000));
    limiter.record(5000);
    QCOMPARE(limiter.nextAllowed(5000), qint64(5200));
    // After a quiet spell no burst is saved up: still one at a time.
    limiter.record(60000);
    QCOMPARE(limiter.nextAllowed(60000), qint64(60200));

    // 1000 requests as fast as allowed: no window of a minute ever holds more than 300.
    RateLimiter cap(300);
    QList<qint64> starts;
    qint64 now = 0;
    while (starts.size() < 1000) {
        now = cap.nextAllowed(now);
        cap.record(now);
        starts << now;
    }
    for (qsizetype i = 300; i < starts.size(); ++i)
        QVERIFY(starts.at(i) - starts.at(i - 300) >= 60000);
}

void TestBulkAttestation::noCapHoldsOnlyForRetryAfter()
{
    RateLimiter none(0);
    QCOMPARE(none.perMinute(), 0);
    for (int i = 0; i < 100; ++i)
        none.record(1000);
    QCOMPARE(none.nextAllowed(1000), qint64(1000)); // a hundred in one millisecond, and more
    none.holdUntil(5000); // a Retry-After still holds everything
    QCOMPARE(none.nextAllowed(2000), qint64(5000));
    QCOMPARE(none.nextAllowed(6000), qint64(6000));

    // A very large cap is not "no cap": on a clock of whole milliseconds the next request is
    // due at the next tick.
    RateLimiter huge(1'000'000);
    huge.record(1000);
    QCOMPARE(huge.nextAllowed(1000), qint64(1001));

    // The gate starts as many as it may at once, at one and the same moment, without a cap...
    const auto startedAtOnce = [](int perMinute) {
        struct Idle : ApiOperation
        {
            void cancel() override { }
        };
        auto gate = std::make_unique<RequestGate>(8, perMinute);
        gate->setTimeSource([] { return qint64(1000); });
        std::vector<std::unique_ptr<Idle>> operations;
        for (int i = 0; i < 8; ++i) {
            RequestGate::Job job;
            job.start = [&operations]() -> ApiOperation* { return operations.emplace_back(new Idle).get(); };
            gate->enqueue(std::move(job));
        }
        gate.reset(); // before the operations go, so that their end starts nothing
        return operations.size();
    };
    QCOMPARE(startedAtOnce(0), size_t(8));
    // ...and one a millisecond with a cap, however large.
    QCOMPARE(startedAtOnce(1'000'000), size_t(1));
}

void TestBulkAttestation::everyKindOfRow()
{
    m_server->addAgreement(customerIdFor(8), pat, QDate(2024, 1, 2));
    m_server->postFailures.insert(
        customerIdFor(10), {400, R"({"code":"600010","description":"The agreement could not be recorded."})"});

    QByteArray csv = header;
    csv += row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com")); // 0 confirmed
    csv += row({}, domainFor(2), QStringLiteral("Bea"), QStringLiteral("bea@contoso.com")); // 1 by domain
    csv += row(customerIdFor(3), {}, QStringLiteral("Cy"), QStringLiteral("cy.contoso.com")); // 2 bad email
    csv += row(customerIdFor(4), {}, QStringLiteral("Di"), QStringLiteral("di@contoso.com"),
        QStringLiteral("2026-03-05")); // 3 future date
    csv += row(customerIdFor(5), {}, QStringLiteral("Ed"), QStringLiteral("ed@contoso.com"),
        QStringLiteral("06/14/2025")); // 4 culture date
    csv += row(customerIdFor(99), {}, QStringLiteral("Flo"), QStringLiteral("flo@contoso.com")); // 5 unknown id
    csv += row({}, QStringLiteral("nobody.onmicrosoft.com"), QStringLiteral("Gus"),
        QStringLiteral("gus@contoso.com")); // 6 unknown domain
    csv += row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com")); // 7 duplicate of 0
    csv += row(customerIdFor(8), {}, QStringLiteral("Pat"), QStringLiteral("pat@contoso.com")); // 8 existing
    csv += row(customerIdFor(9), {}, QStringLiteral("Hal"), QStringLiteral("hal@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 425 555 0100")); // 9 DE phone rules
    csv += row(customerIdFor(10), {}, QStringLiteral("Ivy"), QStringLiteral("ivy@contoso.com")); // 10 refused
    csv += "00000000-0000-4000-8000-000000000011,,Jo,Carr,jo@contoso.com\n"; // 11 ragged
    csv += row(customerIdFor(12), {}, QStringLiteral("Kai"), QStringLiteral("kai@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 (425) 555-0101")); // 12 confirmed, US phone
    csv += row(customerIdFor(13), domainFor(14), QStringLiteral("Lu"), QStringLiteral("lu@contoso.com")); // 13
    csv += row(customerIdFor(15), {}, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("mo@contoso.com")); // 14
    csv += row(QStringLiteral("not-a-guid"), {}, QStringLiteral("Ned"), QStringLiteral("ned@contoso.com")); // 15

    const BulkInput bulk = input(csv);
    auto run = runner();
    QSignalSpy rows(run.get(), &BulkAttestationRunner::rowFinished);
    BulkRunOptions runOptions = options();
    runOptions.resultsPath = m_directory.filePath(QStringLiteral("every-kind-results.csv"));
    QVERIFY(runToEnd(*run, bulk, runOptions));

    struct Expected
    {
        BulkOutcome outcome;
        QString code;
        BulkColumn column;
    };
    const QList<Expected> expected{
        {BulkOutcome::Confirmed, {}, BulkColumn::None},
        {BulkOutcome::Confirmed, {}, BulkColumn::None},
        {BulkOutcome::Invalid, QStringLiteral("emailMissingAt"), BulkColumn::Email},
        {BulkOutcome::Invalid, QStringLiteral("dateInFuture"), BulkColumn::DateAgreed},
        {BulkOutcome::Invalid, QStringLiteral("dateInvalid"), BulkColumn::DateAgreed},
        {BulkOutcome::Invalid, QStringLiteral("customerNotFound"), BulkColumn::CustomerId},
        {BulkOutcome::Invalid, QStringLiteral("customerNotFound"), BulkColumn::Domain},
        {BulkOutcome::Skipped, QStringLiteral("duplicateRow"), BulkColumn::None},
        {BulkOutcome::AlreadyConfirmed, QStringLiteral("existingConfirmation"), BulkColumn::None},
        {BulkOutcome::Invalid, QStringLiteral("phoneCountryFormat"), BulkColumn::PhoneNumber},
        {BulkOutcome::Failed, QStringLiteral("600010"), BulkColumn::None},
        {BulkOutcome::Invalid, QStringLiteral("raggedRow"), BulkColumn::None},
        {BulkOutcome::Confirmed, {}, BulkColumn::None},
        {BulkOutcome::Invalid, QStringLiteral("domainMismatch"), BulkColumn::Domain},
        {BulkOutcome::Invalid, QStringLiteral("invalidCharacter"), BulkColumn::FirstName},
        {BulkOutcome::Invalid, QStringLiteral("customerIdInvalid"), BulkColumn::CustomerId},
    };
    QCOMPARE(run->results().size(), expected.size());
    QCOMPARE(rows.count(), expected.size()); // exactly one outcome per row
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const BulkRowResult& result = run->results().at(i);
        QVERIFY2(result.outcome == expected.at(i).outcome,
            qPrintable(QStringLiteral("row %1: %2 %3").arg(i).arg(BulkOutcomes::key(result.outcome), result.code)));
        QCOMPARE(result.code, expected.at(i).code);
        QCOMPARE(result.column(), expected.at(i).column);
        QVERIFY(!result.message.isEmpty());
    }
    QCOMPARE(run->results().at(1).customerId, customerIdFor(2)); // resolved from the domain
    QCOMPARE(run->results().at(7).duplicateOf, 0);
    QCOMPARE(run->results().at(7).duplicateOfLine, qsizetype(2));
    QVERIFY(!run->results().at(10).requestId.isEmpty());
    QCOMPARE(run->results().at(10).httpStatus, 400);

    // Sent: only the rows that passed; nothing for decided rows. Row 10's failure did not stop row 12.
    QCOMPARE(m_server->posts(), 4);
    for (int n : {1, 2, 10, 12})
        QCOMPARE(m_server->posts(customerIdFor(n)), 1);
    QCOMPARE(m_server->agreementCount(customerIdFor(1)), 1);
    QCOMPARE(m_server->agreementCount(customerIdFor(8)), 1);
    // The contact arrived as written, the date as given (never "now").
    const QJsonObject sent = m_server->customers.value(customerIdFor(12)).agreements.constFirst();
    QCOMPARE(sent.value(QLatin1String("dateAgreed")).toString().left(10), QStringLiteral("2025-06-14"));
    QCOMPARE(sent.value(QLatin1String("primaryContact")).toObject().value(QLatin1String("firstName")).toString(),
        QStringLiteral("Kai"));

    const BulkProgress progress = run->progress();
    if (qEnvironmentVariableIsSet("BULK_DEBUG"))
        for (const auto& [method, path] : std::as_const(m_server->log))
            qDebug() << method << path;
    QCOMPARE(progress.done, progress.total);
    QCOMPARE(progress.count(BulkOutcome::Confirmed), 3);
    QCOMPARE(progress.count(BulkOutcome::Invalid), 10);
    QCOMPARE(progress.count(BulkOutcome::Failed), 1);
    QCOMPARE(progress.requests, qint64(m_server->requests()));

    // The result file lists every row in input order, with its line, outcome and code.
    const BulkInputResult written = BulkInputReader::readFile(runOptions.resultsPath);
    QVERIFY(written.ok());
    const CsvReadResult results = CsvReader().readFile(runOptions.resultsPath);
    QCOMPARE(results.document.records.size(), expected.size() + 1);
    const QStringList columns = results.document.records.constFirst().fields;
    QCOMPARE(columns, BulkResultFile::columns());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList fields = results.document.records.at(i + 1).fields;
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("line"))), QString::number(bulk.rows.at(i).line));
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("outcome"))), BulkOutcomes::key(expected.at(i).outcome));
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("code"))), expected.at(i).code);
        QCOMPARE(fields.at(columns.indexOf(QStringLiteral("column"))), BulkColumns::key(expected.at(i).column));
    }
    // A formula cell comes back neutralised.
    QCOMPARE(results.document.records.at(15).fields.at(columns.indexOf(QStringLiteral("firstName"))),
        QStringLiteral("'=cmd|' /C calc'!A0"));
}

void TestBulkAttestation::dryRunSendsNothing()
{
    m_server->addAgreement(customerIdFor(8), pat, QDate(2024, 1, 2));
    QByteArray csv = header;
    csv += row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    csv += row({}, domainFor(2), QStringLiteral("Bea"), QStringLiteral("bea@contoso.com"));
    csv += row(customerIdFor(3), {}, QStringLiteral("Cy"), QStringLiteral("cy.contoso.com"));
    csv += row(customerIdFor(8), {}, QStringLiteral("Pat"), QStringLiteral("pat@contoso.com"));
    csv += row(customerIdFor(99), {}, QStringLiteral("Flo"), QStringLiteral("flo@contoso.com"));
    // A second contact for customer 1 (fine) and the same contact on another date (one per contact).
    csv += row(customerIdFor(1), {}, QStringLiteral("Ann"), QStringLiteral("ann@contoso.com"));
    csv += row(
        customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"), QStringLiteral("2025-06-15"));

    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.dryRun = true;
    runOptions.journalPath = m_directory.filePath(QStringLiteral("dry.sqlite")); // ignored by a dry run
    QVERIFY(runToEnd(*run, input(csv), runOptions));
    const QList<BulkOutcome> expected{BulkOutcome::Valid, BulkOutcome::Valid, BulkOutcome::Invalid,
        BulkOutcome::AlreadyConfirmed, BulkOutcome::Invalid, BulkOutcome::Valid, BulkOutcome::AlreadyConfirmed};
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(run->results().at(i).outcome, expected.at(i));
    QCOMPARE(m_server->posts(), 0);
    for (const auto& [method, path] : std::as_const(m_server->log))
        QCOMPARE(method, QByteArray("GET"));
    QVERIFY(!QFile::exists(runOptions.journalPath));
}

// The check (dry run) read every customer, their countries' rules and their confirmations; the
// run of the same file that starts from its findings sends the confirmations and nothing else,
// with the same outcome for every row as a run on its own.
void TestBulkAttestation::runAfterTheCheckSendsOnlyTheConfirmations()
{
    m_server->addAgreement(customerIdFor(8), pat, QDate(2024, 1, 2));
    QByteArray csv = header;
    csv += row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    csv += row({}, domainFor(2), QStringLiteral("Bea"), QStringLiteral("bea@contoso.com"));
    csv += row(customerIdFor(8), {}, QStringLiteral("Pat"), QStringLiteral("pat@contoso.com"));
    csv += row(customerIdFor(99), {}, QStringLiteral("Flo"), QStringLiteral("flo@contoso.com"));
    csv += row(customerIdFor(9), {}, QStringLiteral("Hal"), QStringLiteral("hal@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 425 555 0100")); // DE rules refuse it
    csv += row(customerIdFor(12), {}, QStringLiteral("Kai"), QStringLiteral("kai@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 (425) 555-0101"));
    csv += row(customerIdFor(1), {}, QStringLiteral("Ann"), QStringLiteral("ann@contoso.com"));
    const BulkInput bulk = input(csv);

    auto check = runner();
    QVERIFY(checkToEnd(*check, bulk));
    QCOMPARE(m_server->posts(), 0);
    const int checkRequests = m_server->requests();

    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.findings = check->findings();
    runOptions.journalPath = m_directory.filePath(QStringLiteral("after-check.sqlite"));
    QVERIFY(runToEnd(*run, bulk, runOptions));
    const QList<BulkOutcome> expected{BulkOutcome::Confirmed, BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed,
        BulkOutcome::Invalid, BulkOutcome::Invalid, BulkOutcome::Confirmed, BulkOutcome::Confirmed};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(run->results().at(i).outcome == expected.at(i),
            qPrintable(QStringLiteral("row %1: %2").arg(i).arg(BulkOutcomes::key(run->results().at(i).outcome))));
    }
    QCOMPARE(run->results().at(1).customerId, customerIdFor(2)); // resolved by the check
    QCOMPARE(run->results().at(2).code, QStringLiteral("existingConfirmation")); // as the check showed: not sent
    QCOMPARE(run->results().at(3).code, QStringLiteral("customerNotFound"));
    QCOMPARE(run->results().at(4).code, QStringLiteral("phoneCountryFormat"));
    // Four confirmations, the template's metadata once, and no read of anything the check read.
    QCOMPARE(m_server->posts(), 4);
    const auto runLog = m_server->log.mid(checkRequests);
    QCOMPARE(runLog.size(), qsizetype(5));
    for (const auto& [method, path] : runLog)
        QVERIFY2(method == "POST" || path == QLatin1String("/v1/agreements"), qPrintable(path));

    // Findings of another file are not used: everything is read again.
    QByteArray other = header;
    other += row(customerIdFor(20), {}, QStringLiteral("Zed"), QStringLiteral("zed@contoso.com"));
    const int before = m_server->requests();
    auto otherRun = runner();
    BulkRunOptions otherOptions = options();
    otherOptions.findings = check->findings();
    QVERIFY(runToEnd(*otherRun, input(other), otherOptions));
    QCOMPARE(otherRun->results().at(0).outcome, BulkOutcome::Confirmed);
    QCOMPARE(m_server->requests() - before, 3); // the customer, its confirmations, the POST
}

// Between the check and the run someone else confirms a row's contact, and a customer goes
// away: the service's own answers still give every row its right outcome, nothing twice.
void TestBulkAttestation::runAfterTheCheckStillMeetsChangesMadeMeanwhile()
{
    QByteArray csv = header;
    csv += row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    csv += row(customerIdFor(2), {}, QStringLiteral("Bea"), QStringLiteral("bea@contoso.com"));
    const BulkInput bulk = input(csv);
    auto check = runner();
    QVERIFY(checkToEnd(*check, bulk));
    QCOMPARE(check->results().at(0).outcome, BulkOutcome::Valid);

    // Someone else's run confirms row 0's contact.
    auto elsewhere = runner();
    QVERIFY(runToEnd(*elsewhere,
        input(header + row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"))),
        options()));
    QCOMPARE(elsewhere->results().at(0).outcome, BulkOutcome::Confirmed);
    m_server->customers.remove(customerIdFor(2));

    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.findings = check->findings();
    QVERIFY(runToEnd(*run, bulk, runOptions));
    QCOMPARE(run->results().at(0).outcome, BulkOutcome::AlreadyConfirmed);
    QCOMPARE(run->results().at(0).code, QStringLiteral("600061"));
    QCOMPARE(m_server->agreementCount(customerIdFor(1)), 1);
    QCOMPARE(run->results().at(1).outcome, BulkOutcome::Failed);
    QCOMPARE(run->results().at(1).httpStatus, 404);
}

// A run that resumes rows an interrupted run may have sent reads their confirmations again,
// even after a check: the check may be older than the interrupted run.
void TestBulkAttestation::resumedRunAfterTheCheckReadsConfirmationsAgain()
{
    QByteArray csv = header;
    for (int n = 1; n <= 3; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    const BulkInput bulk = input(csv);
    auto check = runner();
    QVERIFY(checkToEnd(*check, bulk));

    const QString journalPath = m_directory.filePath(QStringLiteral("resume-after-check.sqlite"));
    {
        BulkJournal::Error error;
        auto journal
            = BulkJournal::open(journalPath, bulk.fileHashHex(), QStringLiteral("resume.csv"), bulk.rows, &error);
        QVERIFY(journal);
        QVERIFY(journal->markSending(0, customerIdFor(1))); // it reached the service, the answer was lost
    }
    m_server->addAgreement(customerIdFor(1),
        Contact{QStringLiteral("Ada"), QStringLiteral("Carr"), QStringLiteral("ada@contoso.com"), QString()},
        QDate(2025, 6, 14));

    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.findings = check->findings();
    runOptions.journalPath = journalPath;
    QVERIFY(runToEnd(*run, bulk, runOptions));
    QCOMPARE(run->results().at(0).outcome, BulkOutcome::Confirmed);
    QVERIFY(run->results().at(0).recovered);
    QCOMPARE(m_server->posts(customerIdFor(1)), 0);
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(m_server->agreementCount(customerIdFor(n)), 1);
}

void TestBulkAttestation::sameContactByIdAndByDomainIsSentOnce()
{
    QByteArray csv = header;
    csv += row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    csv += row({}, domainFor(1), QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    auto run = runner();
    QVERIFY(runToEnd(*run, input(csv), options()));
    QCOMPARE(m_server->posts(customerIdFor(1)), 1);
    const QList<BulkOutcome> outcomes{run->results().at(0).outcome, run->results().at(1).outcome};
    QVERIFY(outcomes.contains(BulkOutcome::Confirmed));
    QVERIFY(outcomes.contains(BulkOutcome::Skipped));
    QCOMPARE(m_server->agreementCount(customerIdFor(1)), 1);
}

void TestBulkAttestation::rowsByDomainUseTheCustomersCountry()
{
    // Search results carry no billing address: the phone rule still is the customer's country's.
    QByteArray csv = header;
    csv += row({}, domainFor(9), QStringLiteral("Hal"), QStringLiteral("hal@contoso.com"), QStringLiteral("2025-06-14"),
        QStringLiteral("+1 425 555 0100")); // a German customer
    csv += row({}, domainFor(12), QStringLiteral("Kai"), QStringLiteral("kai@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 (425) 555-0101")); // a US customer
    auto run = runner();
    QVERIFY(runToEnd(*run, input(csv), options()));
    QCOMPARE(run->results().at(0).outcome, BulkOutcome::Invalid);
    QCOMPARE(run->results().at(0).code, QStringLiteral("phoneCountryFormat"));
    QCOMPARE(run->results().at(0).column(), BulkColumn::PhoneNumber);
    QCOMPARE(run->results().at(0).customerId, customerIdFor(9));
    QCOMPARE(run->results().at(1).outcome, BulkOutcome::Confirmed);
    QCOMPARE(m_server->posts(), 1);
}

void TestBulkAttestation::unreadableCountryRulesFailThePhoneRows()
{
    // Found under injected faults (issue 8, TestExactlyOnce): when the German rules could not be
    // read, the US-format phone of a German customer was checked internationally and confirmed,
    // while a run with the rules refuses it. A passing failure must not change a row's outcome.
    QByteArray csv = header;
    csv += row(customerIdFor(9), {}, QStringLiteral("Hal"), QStringLiteral("hal@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 425 555 0100")); // a German customer
    csv += row(customerIdFor(9), {}, QStringLiteral("Ida"), QStringLiteral("ida@contoso.com")); // no phone
    csv += row(customerIdFor(12), {}, QStringLiteral("Kai"), QStringLiteral("kai@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 (425) 555-0101")); // a US customer
    const BulkInput bulk = input(csv);
    BulkRunOptions runOptions = options();
    runOptions.journalPath = m_directory.filePath(QStringLiteral("rules-unreadable.sqlite"));
    m_server->countryRulesFailures.insert(QStringLiteral("DE"),
        {500, R"({"code":800003,"description":"Unexpected service error.","data":[],"source":"PartnerFD"})"});

    auto first = runner();
    QVERIFY(runToEnd(*first, bulk, runOptions));
    QCOMPARE(first->results().at(0).outcome, BulkOutcome::Failed);
    QCOMPARE(first->results().at(0).customerId, customerIdFor(9));
    QCOMPARE(first->results().at(1).outcome, BulkOutcome::Confirmed); // needs no rules
    QCOMPARE(first->results().at(2).outcome, BulkOutcome::Confirmed);
    QCOMPARE(m_server->agreementCount(customerIdFor(9)), 1);

    // With the rules readable again, the journal's next run gives the fault-free outcome.
    m_server->countryRulesFailures.clear();
    auto second = runner();
    QVERIFY(runToEnd(*second, bulk, runOptions));
    QCOMPARE(second->results().at(0).outcome, BulkOutcome::Invalid);
    QCOMPARE(second->results().at(0).code, QStringLiteral("phoneCountryFormat"));
    QCOMPARE(m_server->agreementCount(customerIdFor(9)), 1);
    QCOMPARE(m_server->posts(customerIdFor(9)), 1);
}

void TestBulkAttestation::countryWithoutRulesGetsTheInternationalCheck()
{
    // 404: Partner Center has no rules for the country. That is an answer, not a failure.
    m_server->countryRulesFailures.insert(QStringLiteral("DE"),
        {404, R"({"code":1000,"description":"No validation rules were found for the country/region DE"})"});
    QByteArray csv = header;
    csv += row(customerIdFor(9), {}, QStringLiteral("Hal"), QStringLiteral("hal@contoso.com"),
        QStringLiteral("2025-06-14"), QStringLiteral("+1 425 555 0100"));
    auto run = runner();
    QVERIFY(runToEnd(*run, input(csv), options()));
    QCOMPARE(run->results().at(0).outcome, BulkOutcome::Confirmed);
}

void TestBulkAttestation::rowsOfOneCustomerAreSentOneAfterAnother()
{
    QByteArray csv = header;
    for (int i = 0; i < 12; ++i)
        csv += row(customerIdFor(1 + i % 2), {}, QStringLiteral("Ada"), QStringLiteral("ada%1@contoso.com").arg(i));
    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.concurrency = 6;
    QVERIFY(runToEnd(*run, input(csv), runOptions));
    QCOMPARE(run->progress().count(BulkOutcome::Confirmed), 12);
    QCOMPARE(m_server->maxPostsInFlightPerCustomer, 1);
    QCOMPARE(m_server->agreementCount(customerIdFor(1)), 6);
    // One read of each customer and its confirmations, whatever the number of rows.
    int customerReads = 0;
    for (const auto& [method, path] : std::as_const(m_server->log))
        customerReads += method == "GET" && path.endsWith(customerIdFor(1)) ? 1 : 0;
    QCOMPARE(customerReads, 1);
}

void TestBulkAttestation::concurrencyNeverExceedsTheBound()
{
    QByteArray csv = header;
    for (int n = 1; n <= 60; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"),
            QStringLiteral("2025-06-14"), n % 3 == 0 ? QStringLiteral("+1 425 555 0100") : QString());
    m_server->delayMilliseconds = 8;
    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.concurrency = 3;
    QVERIFY(runToEnd(*run, input(csv), runOptions));
    QCOMPARE(run->progress().count(BulkOutcome::Confirmed), 59); // customer 9's rules refuse the US phone
    QCOMPARE(m_server->maxInFlight, 3); // never more, and the bound is used
    QVERIFY(run->gate()->peakInFlight() <= 3);
}

void TestBulkAttestation::rateCapIsRespected()
{
    QByteArray csv = header;
    for (int n = 1; n <= 20; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.concurrency = 4;
    runOptions.requestsPerMinute = 6000; // one every 10 ms
    m_server->delayMilliseconds = 1;
    QVERIFY(runToEnd(*run, input(csv), runOptions));
    QCOMPARE(run->progress().count(BulkOutcome::Confirmed), 20);
    // Every request the run made was charged to the cap: 20 x (customer, confirmations, post) + template.
    QCOMPARE(run->gate()->requestsCharged(), qint64(m_server->requests()));
    QCOMPARE(m_server->requests(), 61);
    // The schedule: starts at least one interval apart (two after the first send, which also
    // read the template).
    const QList<qint64>& starts = run->gate()->startTimes();
    QCOMPARE(starts.size(), 60);
    for (qsizetype i = 1; i < starts.size(); ++i)
        QVERIFY2(starts.at(i) - starts.at(i - 1) >= 10,
            qPrintable(QStringLiteral("start %1 after %2 ms").arg(i).arg(starts.at(i) - starts.at(i - 1))));
    QVERIFY(starts.constLast() - starts.constFirst() >= 600);
}

void TestBulkAttestation::retryAfterHoldsBackTheOthers()
{
    QByteArray csv = header;
    for (int n = 1; n <= 6; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    m_server->throttleNextPosts = 1;
    auto run = runner();
    QVERIFY(run->start(input(csv), options()));
    QSignalSpy spy(run->gate(), &RequestGate::throttled);
    QVERIFY(QTest::qWaitFor([&run] { return run->state() == BulkAttestationRunner::State::Finished; }, 20000));
    QCOMPARE(run->progress().count(BulkOutcome::Confirmed), 6);
    QCOMPARE(run->progress().throttled, 1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_server->posts(), 7); // the throttled one again, with the others
    QCOMPARE(run->gate()->requestsCharged(), qint64(m_server->requests()));
}

void TestBulkAttestation::retryAfterStartsNothingElseUntilTheRetry()
{
    QByteArray csv = header;
    for (int n = 1; n <= 40; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    m_server->retryAfterSeconds = 1;
    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.concurrency = 2;
    // Once the template is known and a row is done, one confirmation is throttled: plenty of
    // rows are still queued then, each wanting to start a request.
    bool armed = false;
    connect(run.get(), &BulkAttestationRunner::rowFinished, this, [&](int) {
        if (!armed && run->progress().count(BulkOutcome::Confirmed) >= 1) {
            armed = true;
            m_server->throttleNextPosts = 1;
        }
    });
    qsizetype requestsBeforeTheHold = -1;
    QVERIFY(run->start(input(csv), runOptions));
    connect(run->gate(), &RequestGate::throttled, this,
        [&] { requestsBeforeTheHold = m_server->log.size(); }); // where the hold starts in the log
    QVERIFY(QTest::qWaitFor([&run] { return run->state() == BulkAttestationRunner::State::Finished; }, 30000));
    QCOMPARE(run->progress().count(BulkOutcome::Confirmed), 40);
    QCOMPARE(run->progress().throttled, 1);
    QCOMPARE(m_server->throttledPaths.size(), 1);
    QVERIFY(requestsBeforeTheHold > 0);
    QVERIFY2(requestsBeforeTheHold < m_server->log.size() - 10, "the throttle came too late to hold anything back");

    // The first request the service saw after the 429 was its retry, a second later: nothing
    // else started in between, although a slot was free and rows were waiting.
    const auto& [method, path] = m_server->log.at(requestsBeforeTheHold);
    QCOMPARE(method, QByteArray("POST"));
    QCOMPARE(path, m_server->throttledPaths.constFirst());
    for (int n = 1; n <= 40; ++n)
        QCOMPARE(m_server->agreementCount(customerIdFor(n)), 1);
}

void TestBulkAttestation::timeLeftFromFinishedRowsAndElapsedTime_data()
{
    QTest::addColumn<int>("remainingRows");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<int>("rowsDoneWithRequests");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<qint64>("expected");
    // 300 a minute: one request every 200 ms.
    QTest::newRow("before any row: three requests a row")
        << 10 << qint64(0) << 0 << qint64(0) << 300 << false << qint64(10 * 3 * 200);
    QTest::newRow("before any row, dry run: two")
        << 10 << qint64(0) << 0 << qint64(0) << 300 << true << qint64(10 * 2 * 200);
    QTest::newRow("the requests a row seen so far, at the cap")
        << 10 << qint64(40) << 10 << qint64(1000) << 600 << false << qint64(10 * 4 * 100);
    QTest::newRow("the pace so far when slower than the cap")
        << 20 << qint64(15) << 5 << qint64(10000) << 300 << false << qint64(10000 / 5 * 20);
    QTest::newRow("the pace not before the fifth row")
        << 20 << qint64(12) << 4 << qint64(60000) << 300 << false << qint64(20 * 3 * 200);
    QTest::newRow("never less than one request a row")
        << 10 << qint64(2) << 5 << qint64(0) << 300 << false << qint64(10 * 1 * 200);
    QTest::newRow("nothing left") << 0 << qint64(30) << 10 << qint64(5000) << 300 << false << qint64(0);
    // Without a cap (the sandbox) only the pace says anything.
    QTest::newRow("no cap: unknown before the fifth row")
        << 20 << qint64(4) << 4 << qint64(400) << 0 << false << qint64(-1);
    QTest::newRow("no cap: the pace") << 20 << qint64(5) << 5 << qint64(500) << 0 << false << qint64(500 / 5 * 20);
}

void TestBulkAttestation::timeLeftFromFinishedRowsAndElapsedTime()
{
    QFETCH(int, remainingRows);
    QFETCH(qint64, requests);
    QFETCH(int, rowsDoneWithRequests);
    QFETCH(qint64, elapsed);
    QFETCH(int, perMinute);
    QFETCH(bool, dryRun);
    QFETCH(qint64, expected);
    QCOMPARE(BulkAttestationRunner::estimateRemainingMilliseconds(
                 remainingRows, requests, rowsDoneWithRequests, elapsed, perMinute, dryRun),
        expected);
}

void TestBulkAttestation::pauseResumeCancel()
{
    QByteArray csv = header;
    for (int n = 1; n <= 40; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    const BulkInput bulk = input(csv);
    m_server->delayMilliseconds = 15;
    BulkRunOptions runOptions = options();
    runOptions.concurrency = 2;
    runOptions.journalPath = m_directory.filePath(QStringLiteral("pause.sqlite"));
    runOptions.resultsPath = m_directory.filePath(QStringLiteral("pause-results.csv"));

    {
        auto run = runner();
        QSignalSpy states(run.get(), &BulkAttestationRunner::stateChanged);
        QVERIFY(run->start(bulk, runOptions));
        QVERIFY(QTest::qWaitFor([&run] { return run->progress().count(BulkOutcome::Confirmed) >= 5; }, 10000));
        run->pause();
        QCOMPARE(run->state(), BulkAttestationRunner::State::Paused);
        QVERIFY(QTest::qWaitFor([&run] { return run->gate()->inFlight() == 0; }, 5000));
        const int requestsWhenPaused = m_server->requests();
        const int doneWhenPaused = run->progress().done;
        QTest::qWait(200);
        QCOMPARE(m_server->requests(), requestsWhenPaused); // nothing new while paused
        QCOMPARE(run->progress().done, doneWhenPaused);

        run->resume();
        QCOMPARE(run->state(), BulkAttestationRunner::State::Running);
        QVERIFY(QTest::qWaitFor([&] { return run->progress().done >= doneWhenPaused + 5; }, 10000));
        run->cancel();
        QVERIFY(QTest::qWaitFor([&run] { return run->state() == BulkAttestationRunner::State::Finished; }, 10000));
        QVERIFY(states.count() >= 4);

        const BulkProgress progress = run->progress();
        QCOMPARE(progress.done, 40);
        QVERIFY(progress.count(BulkOutcome::Skipped) > 0);
        QCOMPARE(progress.count(BulkOutcome::Pending), 0);
        QCOMPARE(progress.count(BulkOutcome::Confirmed) + progress.count(BulkOutcome::Skipped), 40);
        for (const BulkRowResult& result : run->results()) {
            if (result.outcome == BulkOutcome::Skipped)
                QCOMPARE(result.code, QStringLiteral("canceled"));
        }
        // Written on cancel too: every row.
        const CsvReadResult file = CsvReader().readFile(runOptions.resultsPath);
        QVERIFY(file.ok());
        QCOMPARE(file.document.records.size(), 41);
    }
    // The rest with the same journal: each customer confirmed exactly once.
    auto again = runner();
    QVERIFY(runToEnd(*again, bulk, runOptions));
    QCOMPARE(again->progress().count(BulkOutcome::Confirmed), 40);
    for (int n = 1; n <= 40; ++n) {
        QCOMPARE(m_server->agreementCount(customerIdFor(n)), 1);
        QCOMPARE(m_server->posts(customerIdFor(n)), 1);
    }
}

void TestBulkAttestation::cancelDuringRetryAfterDoesNotWait()
{
    QByteArray csv = header;
    for (int n = 1; n <= 3; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    const BulkInput bulk = input(csv);
    m_server->throttleNextPosts = 1;
    m_server->retryAfterSeconds = 60;
    BulkRunOptions runOptions = options();
    runOptions.concurrency = 1;
    runOptions.journalPath = m_directory.filePath(QStringLiteral("retry-after.sqlite"));
    {
        auto run = runner();
        QVERIFY(run->start(bulk, runOptions));
        QVERIFY(QTest::qWaitFor([&run] { return run->progress().throttled == 1; }, 10000));
        run->cancel();
        // Not a minute: the confirmation waiting to be retried had nothing on the wire.
        QVERIFY(QTest::qWaitFor([&run] { return run->state() == BulkAttestationRunner::State::Finished; }, 10000));
        QCOMPARE(run->results().at(0).outcome, BulkOutcome::Skipped);
        QCOMPARE(run->results().at(0).code, QStringLiteral("canceled"));
        QCOMPARE(m_server->posts(), 1);
        QCOMPARE(m_server->agreementCount(customerIdFor(1)), 0);
    }
    {
        BulkJournal::Error error;
        const auto journal
            = BulkJournal::open(runOptions.journalPath, bulk.fileHashHex(), QString(), bulk.rows, &error);
        QVERIFY(journal);
        QCOMPARE(journal->entries().value(0).state, BulkJournal::RowState::Sending); // settled by reading next time
        QCOMPARE(journal->entries().value(1).state, BulkJournal::RowState::Pending);
    }
    auto again = runner();
    QVERIFY(runToEnd(*again, bulk, runOptions));
    QCOMPARE(again->progress().count(BulkOutcome::Confirmed), 3);
    QCOMPARE(m_server->posts(customerIdFor(1)), 2); // the throttled one, then the real one
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(m_server->agreementCount(customerIdFor(n)), 1);
}

void TestBulkAttestation::resumeAfterCrashReadsBeforeSending()
{
    const Contact ada{QStringLiteral("Ada"), QStringLiteral("Carr"), QStringLiteral("ada@contoso.com"), QString()};
    QByteArray csv = header;
    for (int n = 1; n <= 5; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    const BulkInput bulk = input(csv);
    const QString journalPath = m_directory.filePath(QStringLiteral("crash.sqlite"));
    {
        // A run that died with rows 0 and 1 in `sending`: row 0's confirmation reached the
        // service, row 1's did not; row 2 was confirmed and recorded.
        BulkJournal::Error error;
        auto journal
            = BulkJournal::open(journalPath, bulk.fileHashHex(), QStringLiteral("crash.csv"), bulk.rows, &error);
        QVERIFY(journal);
        QVERIFY(journal->markSending(0, customerIdFor(1)));
        QVERIFY(journal->markSending(1, customerIdFor(2)));
        QVERIFY(journal->markSending(2, customerIdFor(3)));
        BulkRowResult confirmed;
        confirmed.outcome = BulkOutcome::Confirmed;
        confirmed.customerId = customerIdFor(3);
        QVERIFY(journal->markDone(2, confirmed));
    }
    m_server->addAgreement(customerIdFor(1), ada, QDate(2025, 6, 14));
    m_server->addAgreement(customerIdFor(3), ada, QDate(2025, 6, 14));

    auto run = runner();
    BulkRunOptions runOptions = options();
    runOptions.journalPath = journalPath;
    QVERIFY(runToEnd(*run, bulk, runOptions));
    QCOMPARE(run->results().at(0).outcome, BulkOutcome::Confirmed);
    QVERIFY(run->results().at(0).recovered);
    QCOMPARE(m_server->posts(customerIdFor(1)), 0); // found by reading: not sent again
    QCOMPARE(run->results().at(1).outcome, BulkOutcome::Confirmed);
    QCOMPARE(m_server->posts(customerIdFor(2)), 1); // absent: sent once
    QCOMPARE(run->results().at(2).outcome, BulkOutcome::Confirmed);
    QCOMPARE(m_server->posts(customerIdFor(3)), 0); // done before: not touched
    for (const auto& [method, path] : std::as_const(m_server->log))
        QVERIFY(!path.contains(customerIdFor(3)));
    for (int n = 1; n <= 5; ++n)
        QCOMPARE(m_server->agreementCount(customerIdFor(n)), 1);
}

void TestBulkAttestation::sameFileSameJournalSendsNothing()
{
    QByteArray csv = header;
    for (int n = 1; n <= 10; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    csv += row(customerIdFor(3), {}, QStringLiteral("Bo"), QStringLiteral("bo.contoso.com"));
    const BulkInput bulk = input(csv);
    BulkRunOptions runOptions = options();
    runOptions.journalPath = m_directory.filePath(QStringLiteral("again.sqlite"));

    auto first = runner();
    QVERIFY(runToEnd(*first, bulk, runOptions));
    QCOMPARE(first->progress().count(BulkOutcome::Confirmed), 10);
    const int requests = m_server->requests();

    auto second = runner();
    QVERIFY(runToEnd(*second, bulk, runOptions));
    QCOMPARE(m_server->requests(), requests); // not even a read
    for (qsizetype i = 0; i < bulk.rows.size(); ++i) {
        QCOMPARE(second->results().at(i).outcome, first->results().at(i).outcome);
        QCOMPARE(second->results().at(i).code, first->results().at(i).code);
        QCOMPARE(second->results().at(i).column(), first->results().at(i).column());
    }
}

void TestBulkAttestation::failedRowsRunAgain()
{
    QByteArray csv = header;
    for (int n = 1; n <= 3; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    const BulkInput bulk = input(csv);
    BulkRunOptions runOptions = options();
    runOptions.journalPath = m_directory.filePath(QStringLiteral("failed.sqlite"));
    m_server->postFailures.insert(customerIdFor(2), {400, R"({"code":"600010","description":"Try later."})"});

    auto first = runner();
    QVERIFY(runToEnd(*first, bulk, runOptions));
    QCOMPARE(first->results().at(1).outcome, BulkOutcome::Failed);

    m_server->postFailures.clear();
    auto second = runner();
    QVERIFY(runToEnd(*second, bulk, runOptions));
    QCOMPARE(second->results().at(1).outcome, BulkOutcome::Confirmed);
    QCOMPARE(m_server->posts(customerIdFor(1)), 1);
    QCOMPARE(m_server->posts(customerIdFor(2)), 2);
    QCOMPARE(m_server->agreementCount(customerIdFor(2)), 1);
}

void TestBulkAttestation::differentFileSameJournalIsRefused()
{
    const QString journalPath = m_directory.filePath(QStringLiteral("one-file.sqlite"));
    BulkRunOptions runOptions = options();
    runOptions.journalPath = journalPath;
    auto first = runner();
    QVERIFY(runToEnd(*first,
        input(header + row(customerIdFor(1), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"))),
        runOptions));
    const int requests = m_server->requests();

    auto second = runner();
    BulkJournal::Error error;
    QVERIFY(!second->start(
        input(header + row(customerIdFor(2), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"))), runOptions,
        &error));
    QCOMPARE(error.code, BulkJournal::Error::Code::DifferentFile);
    QVERIFY(!error.message(journalPath).isEmpty());
    QCOMPARE(second->state(), BulkAttestationRunner::State::Idle);
    QCOMPARE(m_server->requests(), requests);

    // Not a journal at all.
    const QString bogus = m_directory.filePath(QStringLiteral("bogus.sqlite"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    runOptions.journalPath = bogus;
    auto third = runner();
    QVERIFY(!third->start(
        input(header + row(customerIdFor(2), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"))), runOptions,
        &error));
    QCOMPARE(error.code, BulkJournal::Error::Code::Corrupt);

    // One run at a time: a journal in use is refused.
    const BulkInput bulk = input(header + row(customerIdFor(3), {}, QStringLiteral("Ada"), QStringLiteral("a@b.com")));
    const QString shared = m_directory.filePath(QStringLiteral("shared.sqlite"));
    auto holder = BulkJournal::open(shared, bulk.fileHashHex(), QStringLiteral("x.csv"), bulk.rows, &error);
    QVERIFY(holder);
    QVERIFY(!BulkJournal::open(shared, bulk.fileHashHex(), QStringLiteral("x.csv"), bulk.rows, &error));
    QCOMPARE(error.code, BulkJournal::Error::Code::InUse);
    holder.reset();
    QVERIFY(BulkJournal::open(shared, bulk.fileHashHex(), QStringLiteral("x.csv"), bulk.rows, &error));
}

void TestBulkAttestation::unreachableServiceStopsTheRun()
{
    QByteArray csv = header;
    for (int n = 1; n <= 30; ++n)
        csv += row(customerIdFor(n), {}, QStringLiteral("Ada"), QStringLiteral("ada@contoso.com"));
    csv += row(customerIdFor(3), {}, QStringLiteral("Bo"), QStringLiteral("bo.contoso.com"));
    m_server->down = true;
    auto run = runner();
    QVERIFY(runToEnd(*run, input(csv), options()));
    QVERIFY(run->serviceUnreachable());
    QCOMPARE(run->progress().count(BulkOutcome::Failed), 30);
    QCOMPARE(run->progress().count(BulkOutcome::Invalid), 1);
    // It stopped at the first failure (after the client's retries) instead of trying every row.
    QVERIFY2(m_server->requests() <= 4 * fastPolicy().maxAttempts, qPrintable(QString::number(m_server->requests())));
    QCOMPARE(m_server->posts(), 0);
}

QTEST_GUILESS_MAIN(TestBulkAttestation)
#include "TestBulkAttestation.moc"
