// The customer list's fast page reader gives exactly what Json::parse and the JSON decoders give
// for the same body — every page a seeded sandbox serves, and a list of traps — or declines.
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/CustomerPageReader.h"
#include "api/PartnerCenterClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::SandboxFixture;

namespace {

// The page as the loader reads it without the fast reader.
std::optional<Page<Customer>> slowRead(const QByteArray& body)
{
    const std::optional<QJsonValue> json = Json::parse(body);
    if (!json || !json->isObject())
        return std::nullopt;
    return Json::pageFromJson<Customer>(json->toObject(), Json::customerFromJson);
}

// Json::parse's own reason for refusing a body (none when it reads it).
QJsonParseError::ParseError parseError(QByteArray body)
{
    if (body.startsWith("\xEF\xBB\xBF")) // as Json::parse
        body.remove(0, 3);
    QJsonParseError error{};
    static_cast<void>(QJsonDocument::fromJson(body, &error));
    return error.error;
}

// Empty when the fast reader declines or agrees; what differs otherwise.
QString disagreement(const QByteArray& body)
{
    // The envelope alone (what the loader reads to ask for the next page at once): it may read
    // pages Json::parse refuses, but only for what a string holds, and where Json::parse reads the
    // page it finds the same next link and as many items.
    const std::optional<CustomerPageReader::Envelope> envelope = CustomerPageReader::skimEnvelope(body);
    const std::optional<CustomerPageReader::Page> fast = CustomerPageReader::read(body);
    const std::optional<Page<Customer>> slow = slowRead(body);
    if (envelope) {
        const QJsonParseError::ParseError refused = parseError(body);
        if (refused != QJsonParseError::NoError && refused != QJsonParseError::IllegalUTF8String
            && refused != QJsonParseError::IllegalEscapeSequence)
            return QStringLiteral("the envelope read where Json::parse finds no JSON (error %1)").arg(int(refused));
        if (refused == QJsonParseError::NoError && !slow)
            return QStringLiteral("the envelope read where Json::parse finds no object");
        if (slow && (envelope->itemCount != slow->items.size() || envelope->next != slow->next))
            return QStringLiteral("the envelope differs");
    }
    if (!fast)
        return {};
    if (!envelope)
        return QStringLiteral("a page read whose envelope is declined");
    if (envelope->itemCount != fast->items.size() || envelope->next != fast->next)
        return QStringLiteral("the envelope differs from the page read");
    if (!slow)
        return QStringLiteral("read what Json::parse refuses");
    if (fast->items.size() != slow->items.size())
        return QStringLiteral("%1 items, not %2").arg(fast->items.size()).arg(slow->items.size());
    for (qsizetype i = 0; i < fast->items.size(); ++i) {
        if (!(fast->items.at(i) == slow->items.at(i)))
            return QStringLiteral("item %1 differs: id %2 / %3, company %4 / %5")
                .arg(i)
                .arg(fast->items.at(i).id, slow->items.at(i).id, fast->items.at(i).companyProfile.companyName,
                    slow->items.at(i).companyProfile.companyName);
    }
    if (fast->next != slow->next)
        return QStringLiteral("the next link differs");
    return {};
}

QByteArray item(const QByteArray& id, const QByteArray& company, const QByteArray& extra = {})
{
    return "{\"attributes\":{\"objectType\":\"Customer\"},\"companyProfile\":{\"attributes\":{\"objectType\":"
           "\"CustomerCompanyProfile\"},\"companyName\":"
        + company + ",\"domain\":\"contoso.onmicrosoft.com\",\"tenantId\":" + id + "},\"id\":" + id
        + ",\"links\":{\"self\":{\"headers\":[],\"method\":\"GET\",\"uri\":\"/customers/x\"}},"
          "\"relationshipToPartner\":\"reseller\""
        + extra + "}";
}

QByteArray envelope(const QByteArray& items, const QByteArray& links = {})
{
    return "{\"attributes\":{\"objectType\":\"Collection\"},\"continuationToken\":\"abc\",\"items\":[" + items
        + "],\"links\":{"
        + (links.isNull() ? QByteArray("\"next\":{\"headers\":[{\"key\":\"MS-ContinuationToken\",\"value\":\"abc\"}],"
                                       "\"method\":\"GET\",\"uri\":\"/v1/customers?size=500&seekOperation=Next\"}")
                          : links)
        + "},\"totalCount\":1}";
}

const QByteArray plainId = "\"8f3c0f1e-2f2b-4c38-9bd9-1f0fbc1a7d55\"";

} // namespace

class TestCustomerPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageOfTheSandbox();
    void mutatedPagesAgreeOrAreDeclined();
    void traps_data();
    void traps();
    void skimmedEnvelopes_data();
    void skimmedEnvelopes();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QList<QByteArray> m_pages;
};

void TestCustomerPageReader::initTestCase()
{
    Test::isolateEnvironment();
    SandboxFixture::Options options;
    options.seedCustomers = 6000; // every script and name shape of the seed vocabulary
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    std::optional<Link> next;
    do {
        Test::Await<RawResponse> answer;
        m_sandbox->client()->customersPageAnswer(500, next ? &*next : nullptr, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(answer.ok());
        m_pages << answer.value().body;
        const std::optional<Page<Customer>> page = slowRead(m_pages.constLast());
        QVERIFY(page);
        next = page->next;
    } while (next && m_pages.size() < 100);
    QCOMPARE(m_pages.size(), 12);
}

void TestCustomerPageReader::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestCustomerPageReader::everyPageOfTheSandbox()
{
    int customers = 0;
    for (const QByteArray& body : std::as_const(m_pages)) {
        // Read by the fast reader, not declined: it is there for exactly these pages.
        const std::optional<CustomerPageReader::Page> fast = CustomerPageReader::read(body);
        QVERIFY(fast);
        const QString problem = disagreement(body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        customers += static_cast<int>(fast->items.size());
        // And with a BOM and the white space of a pretty printer.
        const QByteArray indented = QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented);
        QVERIFY(CustomerPageReader::read("\xEF\xBB\xBF" + indented));
        QVERIFY(disagreement("\xEF\xBB\xBF" + indented).isEmpty());
    }
    QCOMPARE(customers, 6000);
    QVERIFY(!CustomerPageReader::read(m_pages.constLast())->next);
    QVERIFY(CustomerPageReader::read(m_pages.constFirst())->next);
}

void TestCustomerPageReader::mutatedPagesAgreeOrAreDeclined()
{
    // A byte changed, dropped or repeated anywhere: never a different reading.
    QRandomGenerator random(9);
    QJsonObject envelope = QJsonDocument::fromJson(m_pages.constFirst()).object();
    QJsonArray items = envelope.value(QStringLiteral("items")).toArray();
    while (items.size() > 12)
        items.removeLast();
    envelope.insert(QStringLiteral("items"), items);
    const QByteArray page = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    QVERIFY(CustomerPageReader::read(page));
    const QByteArray bytes = "\"\\{}[]:,0123456789.eE+-tfnu \t\r\n\x80\xC3\xED\xEF\xF0\xF4\xBF\xA0";
    int read = 0;
    int skimmedOnly = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = page;
        const int changes = 1 + int(random.bounded(3));
        for (int c = 0; c < changes; ++c) {
            const qsizetype at = random.bounded(body.size());
            switch (random.bounded(3)) {
            case 0:
                body[at] = bytes.at(random.bounded(bytes.size()));
                break;
            case 1:
                body.remove(at, 1);
                break;
            default:
                body.insert(at, bytes.at(random.bounded(bytes.size())));
                break;
            }
        }
        const QString problem = disagreement(body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(": ") + QString::fromLatin1(body.toBase64())));
        read += CustomerPageReader::read(body).has_value();
        skimmedOnly += CustomerPageReader::skimEnvelope(body) && !slowRead(body);
    }
    QVERIFY(read > 0); // some mutations (inside a name) are still pages it reads
    QVERIFY(skimmedOnly > 0); // and some leave a page whose envelope is read but not its strings
}

void TestCustomerPageReader::traps_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("read"); // by the fast reader, rather than declined

    const QByteArray one = item(plainId, "\"Contoso\"");
    QTest::newRow("a page") << envelope(one) << true;
    QTest::newRow("the last page") << envelope(one, "\"self\":{\"uri\":\"/x\"}") << true;
    QTest::newRow("no items") << envelope({}) << true;
    QTest::newRow("BOM") << "\xEF\xBB\xBF" + envelope(one) << true;
    QTest::newRow("two BOMs") << "\xEF\xBB\xBF\xEF\xBB\xBF" + envelope(one) << false;
    QTest::newRow("white space everywhere") << QByteArray(" \r\n\t") + envelope(one).replace(",", " ,\n ") + "\n"
                                            << true;
    QTest::newRow("escapes in a name") << envelope(item(plainId, "\"A\\\"B\\\\C\\/D\\b\\f\\n\\r\\t\\u00e9\\u4E2D\""))
                                       << true;
    QTest::newRow("surrogate pair escaped") << envelope(item(plainId, "\"\\ud83d\\ude00 Emoji\"")) << true;
    QTest::newRow("four-byte UTF-8") << envelope(item(plainId, "\"\xF0\x9F\x98\x80 Emoji\"")) << true;
    QTest::newRow("lone high surrogate") << envelope(item(plainId, "\"\\ud83d x\"")) << false;
    QTest::newRow("lone low surrogate") << envelope(item(plainId, "\"\\ude00\"")) << false;
    QTest::newRow("bad escape") << envelope(item(plainId, "\"\\x41\"")) << false;
    QTest::newRow("invalid UTF-8") << envelope(item(plainId, "\"\xC3\x28\"")) << false;
    QTest::newRow("overlong UTF-8") << envelope(item(plainId, "\"\xC0\xAF\"")) << false;
    QTest::newRow("UTF-8 surrogate") << envelope(item(plainId, "\"\xED\xA0\x80\"")) << false;
    QTest::newRow("past U+10FFFF") << envelope(item(plainId, "\"\xF4\x90\x80\x80\"")) << false;
    QTest::newRow("noncharacter") << envelope(item(plainId, "\"\xEF\xBF\xBF\"")) << false;
    QTest::newRow("BOM starting a name") << envelope(item(plainId, "\"\xEF\xBB\xBFX\"")) << false;
    QTest::newRow("escaped BOM starting a name") << envelope(item(plainId, "\"\\ufeffX\"")) << false;
    QTest::newRow("control character") << envelope(item(plainId, "\"A\tB\"")) << false;
    QTest::newRow("NUL escaped") << envelope(item(plainId, "\"A\\u0000B\"")) << true;
    QTest::newRow("number as id") << envelope(item("42", "\"Contoso\"")) << false;
    QTest::newRow("null name") << envelope(item(plainId, "null")) << false;
    QTest::newRow("empty id takes the tenant") << envelope(item("\"\"", "\"Contoso\"")) << true;
    QTest::newRow("commerce id") << envelope(item(plainId, "\"Contoso\"", ",\"commerceId\":\"c-1\"")) << true;
    QTest::newRow("billing profile") << envelope(item(plainId, "\"Contoso\"", ",\"billingProfile\":{}")) << false;
    QTest::newRow("custom domains") << envelope(item(plainId, "\"Contoso\"", ",\"customDomains\":[]")) << false;
    QTest::newRow("id spelled otherwise") << envelope(item(plainId, "\"Contoso\"", ",\"ID\":\"other\"")) << false;
    QTest::newRow("id twice") << envelope(item(plainId, "\"Contoso\"", ",\"id\":\"other\"")) << false;
    QTest::newRow("Items spelled otherwise") << QByteArray("{\"Items\":[" + one + "]}") << false;
    QTest::newRow("items twice") << QByteArray("{\"items\":[],\"items\":[" + one + "]}") << false;
    QTest::newRow("items not an array") << QByteArray("{\"items\":{}}") << false;
    QTest::newRow("no items at all") << QByteArray("{\"totalCount\":0}") << false;
    QTest::newRow("an item not an object") << envelope("[]") << false;
    QTest::newRow("key with escape") << envelope(item(plainId, "\"Contoso\"", ",\"\\u0069d\":\"x\"")) << false;
    QTest::newRow("key outside ASCII (Kelvin sign)") << envelope(one, "\"ne\xE2\x84\xAAt\":{\"uri\":\"/x\"}") << false;
    QTest::newRow("next spelled otherwise") << envelope(one, "\"Next\":{\"uri\":\"/x\"}") << false;
    QTest::newRow("next empty") << envelope(one, "\"next\":{}") << true;
    QTest::newRow("next without uri") << envelope(one, "\"next\":{\"method\":\"GET\"}") << true;
    QTest::newRow("header without key") << envelope(
        one, "\"next\":{\"headers\":[{\"value\":\"v\"},{\"key\":\"k\"}],\"uri\":\"/x\"}")
                                        << true;
    QTest::newRow("header as a string") << envelope(one, "\"next\":{\"headers\":[\"k\"],\"uri\":\"/x\"}") << false;
    QTest::newRow("uri as a number") << envelope(one, "\"next\":{\"uri\":5}") << false;
    QTest::newRow("a fraction") << envelope(one).replace("\"totalCount\":1", "\"totalCount\":1.5") << false;
    QTest::newRow("an exponent") << envelope(one).replace("\"totalCount\":1", "\"totalCount\":1e3") << false;
    QTest::newRow("a leading zero") << envelope(one).replace("\"totalCount\":1", "\"totalCount\":01") << false;
    QTest::newRow("a long number") << envelope(one).replace("\"totalCount\":1", "\"totalCount\":12345678901234567890")
                                   << false;
    QTest::newRow("negative zero and literals")
        << envelope(one).replace("\"totalCount\":1", "\"totalCount\":-0,\"x\":[true,false,null,{}]") << true;
    QTest::newRow("garbage after") << envelope(one) + "x" << false;
    QTest::newRow("cut") << envelope(one).chopped(1) << false;
    QTest::newRow("an array") << QByteArray("[" + one + "]") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("deep nesting") << envelope(one).replace(
        "\"totalCount\":1", QByteArray("\"x\":" + QByteArray(40, '[') + QByteArray(40, ']')))
                                  << false;
    QTest::newRow("relationship in PascalCase")
        << envelope(item(plainId, "\"Contoso\"")).replace("\"reseller\"", "\"MicrosoftSupport\"") << true;
    QTest::newRow("address in the profile") << envelope(item(plainId, "\"Contoso\",\"address\":{}")) << false;
}

void TestCustomerPageReader::traps()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, read);
    QCOMPARE(CustomerPageReader::read(body).has_value(), read);
    const QString problem = disagreement(body);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCustomerPageReader::skimmedEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("skimmed"); // the envelope read, rather than declined
    QTest::addColumn<bool>("parsed"); // by Json::parse
    QTest::addColumn<bool>("read"); // by the fast reader
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("next"); // the next link's uri, empty for none

    const QString nextUri = QStringLiteral("/v1/customers?size=500&seekOperation=Next");
    const QByteArray two = item(plainId, "\"Contoso\"") + "," + item(plainId, "\"Fabrikam\"");
    const auto withName
        = [&](const QByteArray& name) { return envelope(item(plainId, "\"Contoso\"") + "," + item(plainId, name)); };
    QTest::newRow("a page") << envelope(two) << true << true << true << 2 << nextUri;
    QTest::newRow("the last page") << envelope(two, "\"self\":{\"uri\":\"/x\"}") << true << true << true << 2
                                   << QString();
    QTest::newRow("no items") << envelope({}) << true << true << true << 0 << nextUri;
    // What a string in an item holds is not looked at: Json::parse or the fast reader refuse it later.
    QTest::newRow("invalid UTF-8 in an item") << withName("\"\xC3\x28\"") << true << false << false << 2 << nextUri;
    QTest::newRow("overlong UTF-8 in an item") << withName("\"\xC0\xAF\"") << true << false << false << 2 << nextUri;
    QTest::newRow("UTF-8 surrogate in an item")
        << withName("\"\xED\xA0\x80\"") << true << false << false << 2 << nextUri;
    QTest::newRow("a lead byte before the closing quote")
        << withName("\"abc\xE2\"") << true << false << false << 2 << nextUri;
    QTest::newRow("lone surrogate in an item") << withName("\"\\ud83d x\"") << true << true << false << 2 << nextUri;
    QTest::newRow("control characters in an item")
        << withName("\"A\tB\x01C\"") << true << true << false << 2 << nextUri;
    QTest::newRow("noncharacter in an item") << withName("\"\xEF\xBF\xBF\"") << true << true << false << 2 << nextUri;
    QTest::newRow("\\u without four hex digits") << withName("\"\\u12G4\"") << true << false << false << 2 << nextUri;
    QTest::newRow("an escape Qt takes as the letter") << withName("\"\\x41\"") << true << true << false << 2 << nextUri;
    QTest::newRow("an escaped key in an item")
        << envelope(item(plainId, "\"Contoso\"", ",\"a\\\"b\":1")) << true << true << false << 1 << nextUri;
    // The ends of strings found as a JSON parser finds them.
    QTest::newRow("an escaped quote and what looks like links")
        << withName("\"Contoso\\\"},\\\"links\\\":{\\\"next\\\":{\\\"uri\\\":\\\"/elsewhere\\\"}},{\\\"id\\\":\\\"\"")
        << true << true << true << 2 << nextUri;
    QTest::newRow("an escaped backslash before the closing quote")
        << withName("\"C:\\\\\",\"links\":{\"next\":{\"uri\":\"/elsewhere\"}},\"x\":\"\"") << true << true << true << 2
        << nextUri;
    QTest::newRow("a long name, escapes past sixteen bytes")
        << withName("\"" + QByteArray(37, 'a') + "\\\"" + QByteArray(15, 'b') + "\\\\" + QByteArray(16, 'c') + "\"")
        << true << true << true << 2 << nextUri;
    QTest::newRow("invalid UTF-8 in a long name")
        << withName("\"" + QByteArray(40, 'a') + "\xFF" + QByteArray(40, 'b') + "\"") << true << false << false << 2
        << nextUri;
    // Everything else is checked as before.
    QTest::newRow("the body ends in a backslash")
        << QByteArray("{\"items\":[{\"id\":\"\\") << false << false << false << 0 << QString();
    QTest::newRow("a name not closed") << envelope(item(plainId, "\"Contoso")) << false << false << false << 0
                                       << QString();
    QTest::newRow("invalid UTF-8 in the next link")
        << envelope(two, "\"next\":{\"uri\":\"/v1/\xC3\x28\"}") << false << false << false << 0 << QString();
    QTest::newRow("a lone surrogate in the next link")
        << envelope(two, "\"next\":{\"uri\":\"/v1/\\ud83d\"}") << false << true << false << 0 << QString();
    QTest::newRow("invalid UTF-8 in another member")
        << envelope(two).replace("\"continuationToken\":\"abc\"", "\"continuationToken\":\"\xC3\x28\"") << false
        << false << false << 0 << QString();
    QTest::newRow("a fraction in an item")
        << envelope(item(plainId, "\"Contoso\"", ",\"x\":1.5")) << false << true << false << 0 << QString();
    QTest::newRow("a missing comma in an item")
        << envelope(item(plainId, "\"Contoso\"", ",\"x\":1 \"y\":2")) << false << false << false << 0 << QString();
    QTest::newRow("an item not an object") << envelope("\"Contoso\"") << false << true << false << 0 << QString();
}

void TestCustomerPageReader::skimmedEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, skimmed);
    QFETCH(bool, parsed);
    QFETCH(bool, read);
    QFETCH(int, items);
    QFETCH(QString, next);
    const std::optional<CustomerPageReader::Envelope> envelope = CustomerPageReader::skimEnvelope(body);
    QCOMPARE(envelope.has_value(), skimmed);
    QCOMPARE(Json::parse(body).has_value(), parsed);
    QCOMPARE(CustomerPageReader::read(body).has_value(), read);
    if (envelope) {
        QCOMPARE(envelope->itemCount, qsizetype(items));
        QCOMPARE(envelope->next ? envelope->next->uri : QString(), next);
    }
    const QString problem = disagreement(body);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestCustomerPageReader)
#include "TestCustomerPageReader.moc"
