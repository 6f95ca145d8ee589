// Evidence records: the SQLite store, its JSON export, retention of contact data, and the
// channel decorator that records every attestation.
#include "FixedClock.h"
#include "TestEnvironment.h"
#include "flows/evidence/EvidenceStore.h"
#include "flows/evidence/RecordingAttestationChannel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace PartnerDesk;

namespace {

QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

EvidenceRecord makeRecord(const QString& customerId, const QDateTime& at)
{
    EvidenceRecord record;
    record.recordedAtUtc = at;
    record.userId = QStringLiteral("user-1");
    record.userPrincipalName = QStringLiteral("ada@partner.example");
    record.role = Role::AdminAgent;
    record.partnerType = PartnerType::IndirectProvider;
    record.customerId = customerId;
    record.contact = Contact{QStringLiteral("Grace"), QStringLiteral("Hopper"),
        QStringLiteral("grace@customer.example"), QStringLiteral("+1 555 0100")};
    record.acceptanceDate = QDate(2026, 3, 1);
    record.templateId = QStringLiteral("117a2a2c-0000-4c3e-8c9b-000000000001");
    record.requestId = QStringLiteral("req-1");
    record.correlationId = QStringLiteral("corr-1");
    record.outcome = EvidenceRecord::Outcome::Confirmed;
    record.channel = QStringLiteral("form");
    return record;
}

// A channel that answers at once with a canned result.
class TestChannel final : public AttestationChannel
{
public:
    explicit TestChannel(Result<AgreementConfirmation> result)
        : m_result(std::move(result))
    { }

    ApiOperation* attest(
        const AttestationRequest& request, QObject*, ResultCallback<AgreementConfirmation> done) override
    {
        lastRequest = request;
        ++calls;
        done(m_result);
        return nullptr;
    }

    std::optional<AttestationRequest> lastRequest;
    int calls = 0;

private:
    Result<AgreementConfirmation> m_result;
};

Session adminSession()
{
    Session session;
    session.userId = QStringLiteral("oid-42");
    session.userPrincipalName = QStringLiteral("admin@partner.example");
    session.displayName = QStringLiteral("Admin");
    session.role = Role::AdminAgent;
    session.partnerType = PartnerType::DirectBill;
    return session;
}

AttestationRequest sampleRequest()
{
    AttestationRequest request;
    request.customerId = QStringLiteral("cust-9");
    request.contact
        = Contact{QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("alan@customer.example"), QString()};
    request.acceptanceDate = QDate(2026, 11, 20);
    return request;
}

} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void init();
    void cleanup();

    void addAndReadPerCustomerNewestFirst();
    void betweenBounds();
    void purgeRemovesOnlyOldContactData();
    void purgeZeroKeepsAll();
    void jsonKeysAndFormats();
    void jsonRoundTrip();
    void reopenKeepsRecords();
    void refusesWithoutTime();
    void defaultPathInDataDirectory();

    void decoratorRecordsSuccess();
    void decoratorRecordsAlreadyConfirmed();
    void decoratorRecordsFailure();
    void decoratorSkipsCanceled();

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

void TestEvidenceStore::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("evidence.sqlite"));
}

void TestEvidenceStore::cleanup()
{
    m_dir.reset();
}

void TestEvidenceStore::addAndReadPerCustomerNewestFirst()
{
    EvidenceStore store;
    QString error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error));
    QVERIFY(store.isOpen());

    const qint64 a = store.add(makeRecord(QStringLiteral("c1"), utc(2026, 1, 1)));
    const qint64 b = store.add(makeRecord(QStringLiteral("c1"), utc(2026, 3, 1)));
    const qint64 c = store.add(makeRecord(QStringLiteral("c2"), utc(2026, 2, 1)));
    const qint64 d = store.add(makeRecord(QStringLiteral("c1"), utc(2026, 2, 1)));
    QVERIFY(a > 0 && b > a && c > b && d > c);

    const QList<EvidenceRecord> c1 = store.forCustomer(QStringLiteral("c1"));
    QCOMPARE(c1.size(), 3);
    QCOMPARE(c1.at(0).id, b);
    QCOMPARE(c1.at(1).id, d);
    QCOMPARE(c1.at(2).id, a);

    EvidenceRecord expected = makeRecord(QStringLiteral("c1"), utc(2026, 3, 1));
    expected.id = b;
    QCOMPARE(c1.at(0), expected);
    QCOMPARE(c1.at(0).recordedAtUtc.timeSpec(), Qt::UTC);

    QCOMPARE(store.forCustomer(QStringLiteral("c2")).size(), 1);
    QVERIFY(store.forCustomer(QStringLiteral("nobody")).isEmpty());
}

void TestEvidenceStore::betweenBounds()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    store.add(makeRecord(QStringLiteral("c1"), utc(2026, 1, 1, 0, 0)));
    store.add(makeRecord(QStringLiteral("c2"), utc(2026, 1, 31, 23, 59)));
    store.add(makeRecord(QStringLiteral("c3"), utc(2026, 2, 1, 0, 0)));
    store.add(makeRecord(QStringLiteral("c4"), utc(2025, 12, 31, 23, 59)));

    // From is included, to is not; the result is oldest first.
    const QList<EvidenceRecord> january = store.between(utc(2026, 1, 1, 0, 0), utc(2026, 2, 1, 0, 0));
    QCOMPARE(january.size(), 2);
    QCOMPARE(january.at(0).customerId, QStringLiteral("c1"));
    QCOMPARE(january.at(1).customerId, QStringLiteral("c2"));

    // Bounds given in another zone mean the same instants.
    const QTimeZone istanbul("Europe/Istanbul");
    const QList<EvidenceRecord> sameJanuary
        = store.between(utc(2026, 1, 1, 0, 0).toTimeZone(istanbul), utc(2026, 2, 1, 0, 0).toTimeZone(istanbul));
    QCOMPARE(sameJanuary.size(), 2);

    // Open bounds.
    QCOMPARE(store.between(QDateTime(), utc(2026, 1, 1, 0, 0)).size(), 1);
    QCOMPARE(store.between(utc(2026, 2, 1, 0, 0), QDateTime()).size(), 1);
    QCOMPARE(store.between(QDateTime(), QDateTime()).size(), 4);
    QVERIFY(store.between(utc(2027, 1, 1), utc(2028, 1, 1)).isEmpty());
}

void TestEvidenceStore::purgeRemovesOnlyOldContactData()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    const QDateTime now = utc(2026, 6, 1, 12, 0);
    const qint64 old = store.add(makeRecord(QStringLiteral("c1"), now.addDays(-91)));
    const qint64 fresh = store.add(makeRecord(QStringLiteral("c1"), now.addDays(-89)));

    const Test::FixedClock clock(now, QTimeZone::utc());
    QCOMPARE(store.purgeContactData(90, clock), 1);

    const QList<EvidenceRecord> records = store.forCustomer(QStringLiteral("c1"));
    QCOMPARE(records.size(), 2);
    const EvidenceRecord& newer = records.at(0);
    const EvidenceRecord& older = records.at(1);
    QCOMPARE(newer.id, fresh);
    QCOMPARE(older.id, old);

    QVERIFY(older.contact.isEmpty());
    QVERIFY(older.contact.firstName.isEmpty() && older.contact.lastName.isEmpty());
    QVERIFY(older.contact.email.isEmpty() && older.contact.phoneNumber.isEmpty());
    QCOMPARE(older.contactRemovedAtUtc, now);
    QVERIFY(older.contactRemoved());
    // Everything else is kept.
    EvidenceRecord expectedOlder = makeRecord(QStringLiteral("c1"), now.addDays(-91));
    expectedOlder.id = old;
    expectedOlder.contact = Contact();
    expectedOlder.contactRemovedAtUtc = now;
    QCOMPARE(older, expectedOlder);

    QCOMPARE(newer.contact.email, QStringLiteral("grace@customer.example"));
    QVERIFY(!newer.contactRemoved());

    // A second run changes nothing more (the removal time stays the first one).
    const Test::FixedClock later(now.addDays(1), QTimeZone::utc());
    QCOMPARE(store.purgeContactData(90, later), 0);
    QCOMPARE(store.forCustomer(QStringLiteral("c1")).at(1).contactRemovedAtUtc, now);
}

void TestEvidenceStore::purgeZeroKeepsAll()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    store.add(makeRecord(QStringLiteral("c1"), utc(2000, 1, 1)));
    const Test::FixedClock clock(utc(2026, 6, 1), QTimeZone::utc());
    QCOMPARE(store.purgeContactData(0, clock), 0);
    const QList<EvidenceRecord> records = store.forCustomer(QStringLiteral("c1"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).contact.firstName, QStringLiteral("Grace"));
    QVERIFY(!records.at(0).contactRemoved());
}

void TestEvidenceStore::jsonKeysAndFormats()
{
    EvidenceRecord removed = makeRecord(QStringLiteral("c2"), utc(2026, 1, 2, 3, 4));
    removed.contact = Contact();
    removed.contactRemovedAtUtc = utc(2026, 5, 6, 7, 8);
    removed.outcome = EvidenceRecord::Outcome::Failed;
    removed.httpStatus = 403;
    removed.errorCode = QStringLiteral("13605");
    removed.errorDescription = QStringLiteral("No agreement");
    const EvidenceRecord kept = makeRecord(QStringLiteral("c1"), utc(2026, 3, 1, 10, 15));

    const QJsonDocument document = QJsonDocument::fromJson(EvidenceStore::toJson({kept, removed}));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 2);

    const QJsonObject first = array.at(0).toObject();
    QStringList keys = first.keys();
    keys.sort();
    QStringList expectedKeys{QStringLiteral("id"), QStringLiteral("recordedAtUtc"), QStringLiteral("userId"),
        QStringLiteral("userPrincipalName"), QStringLiteral("role"), QStringLiteral("partnerType"),
        QStringLiteral("customerId"), QStringLiteral("contact"), QStringLiteral("acceptanceDate"),
        QStringLiteral("templateId"), QStringLiteral("requestId"), QStringLiteral("correlationId"),
        QStringLiteral("outcome"), QStringLiteral("httpStatus"), QStringLiteral("errorCode"),
        QStringLiteral("errorDescription"), QStringLiteral("channel"), QStringLiteral("contactRemovedAtUtc")};
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);

    QCOMPARE(first.value(QLatin1String("recordedAtUtc")).toString(), QStringLiteral("2026-03-01T10:15:00.000Z"));
    QCOMPARE(first.value(QLatin1String("acceptanceDate")).toString(), QStringLiteral("2026-03-01"));
    QVERIFY(first.value(QLatin1String("contactRemovedAtUtc")).isNull());
    QCOMPARE(first.value(QLatin1String("outcome")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(first.value(QLatin1String("role")).toString(), roleToKey(Role::AdminAgent));
    QCOMPARE(first.value(QLatin1String("partnerType")).toString(), partnerTypeToKey(PartnerType::IndirectProvider));
    QCOMPARE(first.value(QLatin1String("channel")).toString(), QStringLiteral("form"));
    const QJsonObject contact = first.value(QLatin1String("contact")).toObject();
    QCOMPARE(contact.value(QLatin1String("firstName")).toString(), QStringLiteral("Grace"));
    QCOMPARE(contact.value(QLatin1String("lastName")).toString(), QStringLiteral("Hopper"));
    QCOMPARE(contact.value(QLatin1String("email")).toString(), QStringLiteral("grace@customer.example"));
    QCOMPARE(contact.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+1 555 0100"));

    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("contactRemovedAtUtc")).toString(), QStringLiteral("2026-05-06T07:08:00.000Z"));
    QCOMPARE(second.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(second.value(QLatin1String("httpStatus")).toInt(), 403);
    QCOMPARE(second.value(QLatin1String("errorCode")).toString(), QStringLiteral("13605"));

    // A time given in another zone is written as UTC.
    EvidenceRecord zoned = kept;
    zoned.recordedAtUtc = utc(2026, 3, 1, 10, 15).toTimeZone(QTimeZone("Asia/Tokyo"));
    const QJsonObject zonedObject = QJsonDocument::fromJson(EvidenceStore::toJson({zoned})).array().at(0).toObject();
    QCOMPARE(zonedObject.value(QLatin1String("recordedAtUtc")).toString(), QStringLiteral("2026-03-01T10:15:00.000Z"));

    QCOMPARE(EvidenceStore::toJson({}).trimmed(), QByteArray("[\n]"));
}

void TestEvidenceStore::jsonRoundTrip()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    EvidenceRecord already = makeRecord(QStringLiteral("c1"), utc(2026, 4, 1));
    already.outcome = EvidenceRecord::Outcome::AlreadyConfirmed;
    store.add(makeRecord(QStringLiteral("c1"), utc(2026, 3, 1)));
    store.add(already);
    const QList<EvidenceRecord> stored = store.forCustomer(QStringLiteral("c1"));

    bool ok = false;
    const QList<EvidenceRecord> back = EvidenceStore::fromJson(EvidenceStore::toJson(stored), &ok);
    QVERIFY(ok);
    QCOMPARE(back, stored);

    QVERIFY(EvidenceStore::fromJson("{}", &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY(EvidenceStore::fromJson("not json", &ok).isEmpty());
    QVERIFY(!ok);
}

void TestEvidenceStore::reopenKeepsRecords()
{
    QList<EvidenceRecord> before;
    {
        EvidenceStore store;
        QVERIFY(store.open(m_path));
        store.add(makeRecord(QStringLiteral("c1"), utc(2026, 1, 1)));
        store.add(makeRecord(QStringLiteral("c1"), utc(2026, 1, 2)));
        before = store.forCustomer(QStringLiteral("c1"));
        QVERIFY(QFile::exists(m_path + QStringLiteral("-wal"))); // write-ahead log
    }
    EvidenceStore again;
    QVERIFY(again.open(m_path));
    QCOMPARE(again.forCustomer(QStringLiteral("c1")), before);
    // Ids keep growing after a reopen.
    QVERIFY(again.add(makeRecord(QStringLiteral("c1"), utc(2026, 1, 3))) > before.at(0).id);

    // Two stores (two connections) on one file at the same time.
    EvidenceStore second;
    QVERIFY(second.open(m_path));
    QCOMPARE(second.forCustomer(QStringLiteral("c1")).size(), 3);
}

void TestEvidenceStore::refusesWithoutTime()
{
    EvidenceStore closed;
    QCOMPARE(closed.add(makeRecord(QStringLiteral("c1"), utc(2026, 1, 1))), qint64(-1));
    QVERIFY(closed.forCustomer(QStringLiteral("c1")).isEmpty());

    EvidenceStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.add(makeRecord(QStringLiteral("c1"), QDateTime())), qint64(-1));
    QVERIFY(store.forCustomer(QStringLiteral("c1")).isEmpty());

    EvidenceStore bad;
    QString error;
    QVERIFY(!bad.open(m_dir->filePath(QStringLiteral("missing/folder/evidence.sqlite")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!bad.isOpen());
}

void TestEvidenceStore::defaultPathInDataDirectory()
{
    QVERIFY(EvidenceStore::defaultPath().endsWith(QLatin1String("/evidence.sqlite")));
}

void TestEvidenceStore::decoratorRecordsSuccess()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    AgreementConfirmation confirmation;
    confirmation.outcome = AgreementConfirmation::Outcome::Confirmed;
    confirmation.agreement.templateId = QStringLiteral("tmpl-1");
    confirmation.requestId = QStringLiteral("req-201");
    confirmation.correlationId = QStringLiteral("corr-201");
    confirmation.httpStatus = 201;
    TestChannel inner{Result<AgreementConfirmation>(confirmation)};
    const Test::FixedClock clock(utc(2026, 11, 26, 9, 30), QTimeZone::utc());
    RecordingAttestationChannel channel(&inner, &store, adminSession, QStringLiteral("form"), clock);

    int calls = 0;
    std::optional<Result<AgreementConfirmation>> got;
    QObject context;
    channel.attest(sampleRequest(), &context, [&](const Result<AgreementConfirmation>& result) {
        ++calls;
        got = result;
    });
    QCOMPARE(calls, 1);
    QCOMPARE(inner.calls, 1);
    QCOMPARE(inner.lastRequest->customerId, QStringLiteral("cust-9"));
    QVERIFY(got->ok());
    QCOMPARE(got->value().agreement, confirmation.agreement);
    QCOMPARE(got->value().outcome, AgreementConfirmation::Outcome::Confirmed);

    const QList<EvidenceRecord> records = store.forCustomer(QStringLiteral("cust-9"));
    QCOMPARE(records.size(), 1);
    const EvidenceRecord& record = records.at(0);
    QCOMPARE(record.outcome, EvidenceRecord::Outcome::Confirmed);
    QCOMPARE(record.userId, QStringLiteral("oid-42"));
    QCOMPARE(record.userPrincipalName, QStringLiteral("admin@partner.example"));
    QCOMPARE(record.role, Role::AdminAgent);
    QCOMPARE(record.partnerType, PartnerType::DirectBill);
    QCOMPARE(record.recordedAtUtc, utc(2026, 11, 26, 9, 30));
    QCOMPARE(record.contact, sampleRequest().contact);
    QCOMPARE(record.acceptanceDate, QDate(2026, 11, 20));
    QCOMPARE(record.templateId, QStringLiteral("tmpl-1"));
    QCOMPARE(record.channel, QStringLiteral("form"));
    QVERIFY(record.errorCode.isEmpty());
    // The ids and status of the request that recorded it, as for a failure.
    QCOMPARE(record.requestId, QStringLiteral("req-201"));
    QCOMPARE(record.correlationId, QStringLiteral("corr-201"));
    QCOMPARE(record.httpStatus, 201);
}

void TestEvidenceStore::decoratorRecordsAlreadyConfirmed()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    AgreementConfirmation confirmation;
    confirmation.outcome = AgreementConfirmation::Outcome::AlreadyConfirmed;
    confirmation.requestId = QStringLiteral("req-409");
    confirmation.correlationId = QStringLiteral("corr-409");
    confirmation.httpStatus = 409;
    TestChannel inner{Result<AgreementConfirmation>(confirmation)};
    const Test::FixedClock clock(utc(2026, 11, 26), QTimeZone::utc());
    RecordingAttestationChannel channel(&inner, &store, adminSession, QStringLiteral("bulk"), clock);
    QList<EvidenceRecord> notified;
    channel.setRecordedCallback([&notified](const EvidenceRecord& record) { notified.append(record); });

    int calls = 0;
    channel.attest(sampleRequest(), nullptr, [&](const Result<AgreementConfirmation>& result) {
        ++calls;
        QVERIFY(result.ok());
        QCOMPARE(result.value().outcome, AgreementConfirmation::Outcome::AlreadyConfirmed);
    });
    QCOMPARE(calls, 1);
    const QList<EvidenceRecord> records = store.forCustomer(QStringLiteral("cust-9"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).outcome, EvidenceRecord::Outcome::AlreadyConfirmed);
    QCOMPARE(records.at(0).errorCode, QStringLiteral("600061"));
    QCOMPARE(records.at(0).channel, QStringLiteral("bulk"));
    QCOMPARE(records.at(0).requestId, QStringLiteral("req-409"));
    QCOMPARE(records.at(0).correlationId, QStringLiteral("corr-409"));
    QCOMPARE(records.at(0).httpStatus, 409);
    // The callback saw the stored record, id included.
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0), records.at(0));
}

void TestEvidenceStore::decoratorRecordsFailure()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = 400;
    error.code = QStringLiteral("600059");
    error.description = QStringLiteral("The date is invalid");
    error.requestId = QStringLiteral("req-77");
    error.correlationId = QStringLiteral("corr-77");
    TestChannel inner{Result<AgreementConfirmation>(error)};
    const Test::FixedClock clock(utc(2026, 11, 26), QTimeZone::utc());
    Session reseller = adminSession();
    reseller.role = Role::GlobalAdmin;
    reseller.partnerType = PartnerType::IndirectReseller;
    RecordingAttestationChannel channel(
        &inner, &store, [reseller] { return reseller; }, QStringLiteral("wizard"), clock);

    int calls = 0;
    std::optional<Result<AgreementConfirmation>> got;
    channel.attest(sampleRequest(), nullptr, [&](const Result<AgreementConfirmation>& result) {
        ++calls;
        got = result;
    });
    QCOMPARE(calls, 1);
    QVERIFY(!got->ok());
    QCOMPARE(got->error().code, error.code);
    QCOMPARE(got->error().httpStatus, error.httpStatus);
    QCOMPARE(got->error().requestId, error.requestId);
    QCOMPARE(got->error().description, error.description);

    const QList<EvidenceRecord> records = store.forCustomer(QStringLiteral("cust-9"));
    QCOMPARE(records.size(), 1);
    const EvidenceRecord& record = records.at(0);
    QCOMPARE(record.outcome, EvidenceRecord::Outcome::Failed);
    QCOMPARE(record.httpStatus, 400);
    QCOMPARE(record.errorCode, QStringLiteral("600059"));
    QCOMPARE(record.errorDescription, QStringLiteral("The date is invalid"));
    QCOMPARE(record.requestId, QStringLiteral("req-77"));
    QCOMPARE(record.correlationId, QStringLiteral("corr-77"));
    QCOMPARE(record.role, Role::GlobalAdmin);
    QCOMPARE(record.partnerType, PartnerType::IndirectReseller);
    QCOMPARE(record.channel, QStringLiteral("wizard"));
}

void TestEvidenceStore::decoratorSkipsCanceled()
{
    EvidenceStore store;
    QVERIFY(store.open(m_path));
    TestChannel inner{Result<AgreementConfirmation>(ApiError::canceled())};
    const Test::FixedClock clock(utc(2026, 11, 26), QTimeZone::utc());
    RecordingAttestationChannel channel(&inner, &store, adminSession, QStringLiteral("form"), clock);

    int calls = 0;
    channel.attest(sampleRequest(), nullptr, [&](const Result<AgreementConfirmation>& result) {
        ++calls;
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Canceled);
    });
    QCOMPARE(calls, 1);
    QVERIFY(store.forCustomer(QStringLiteral("cust-9")).isEmpty());
    QVERIFY(store.between(QDateTime(), QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "TestEvidenceStore.moc"
