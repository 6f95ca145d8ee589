// The sandbox server over real loopback HTTP, driven with a plain QNetworkAccessManager (no
// client library): sign-in, every endpoint, every rule and error the reference describes,
// paging, the throttle, the byte-order mark, injected faults (seen on a raw socket), and a
// 100,000-customer seed.
#include "TestEnvironment.h"

#include "sandbox/CustomerStore.h"
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/FaultOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TokenService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace PartnerDesk::Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString customerAgreementTemplate = u"117a77b0-9360-443b-8795-c6dedc750cf9"_s;
const QString cloudAgreementTemplate = u"998b88de-aa99-4388-a42c-1b3517d49490"_s;
const QString adminUser = u"admin.agent@contosocloudsandbox.onmicrosoft.com"_s;
const QString salesUser = u"sales.agent@contosocloudsandbox.onmicrosoft.com"_s;
const QString helpdeskUser = u"helpdesk.agent@contosocloudsandbox.onmicrosoft.com"_s;
const QString resellerUser = u"reseller.admin@contosocloudsandbox.onmicrosoft.com"_s;
const QString providerUser = u"provider.admin@contosocloudsandbox.onmicrosoft.com"_s;
constexpr int seededCustomers = 200;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    [[nodiscard]] QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] int code() const { return json().value(u"code"_s).toInt(); }
    [[nodiscard]] QString description() const { return json().value(u"description"_s).toString(); }
    [[nodiscard]] QStringList data() const
    {
        QStringList list;
        const QJsonArray array = json().value(u"data"_s).toArray();
        for (const QJsonValue& value : array)
            list.append(value.toString());
        return list;
    }
};

QByteArray jwtPayload(const QString& token)
{
    const QStringList parts = token.split(u'.');
    return parts.size() == 3 ? QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding)
                             : QByteArray();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString todayUtc()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

// One request written on a fresh TCP connection, and everything the server sent back until
// the answer was complete, the server closed the connection, or `waitMs` passed.
struct RawExchange
{
    QByteArray received;
    bool closedByServer = false;
    qint64 firstByteMs = -1; // after the request was written; -1: nothing came

    [[nodiscard]] int status() const
    {
        // "HTTP/1.1 201 Created"
        return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0;
    }
    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        const QList<QByteArray> lines = received.left(received.indexOf("\r\n\r\n")).split('\n');
        for (const QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    [[nodiscard]] QByteArray body() const
    {
        const qsizetype end = received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : received.mid(end + 4);
    }
    [[nodiscard]] bool bodyIsJson() const
    {
        QJsonParseError error;
        QJsonDocument::fromJson(body(), &error);
        return error.error == QJsonParseError::NoError;
    }
};

RawExchange rawExchange(quint16 port, const QByteArray& request, int waitMs = 5000)
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return exchange;
    QElapsedTimer clock;
    clock.start();
    socket.write(request);
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            if (socket.bytesAvailable() > 0) {
                if (exchange.firstByteMs < 0)
                    exchange.firstByteMs = clock.elapsed();
                exchange.received += socket.readAll();
            }
            // Done when the server closed, or when the whole answer is in (it keeps the
            // connection open otherwise).
            const qsizetype headerEnd = exchange.received.indexOf("\r\n\r\n");
            const bool complete = headerEnd >= 0 && exchange.body().size() >= exchange.header("Content-Length").toInt();
            return complete || socket.state() == QAbstractSocket::UnconnectedState;
        },
        waitMs);
    exchange.received += socket.readAll();
    exchange.closedByServer = socket.state() == QAbstractSocket::UnconnectedState;
    return exchange;
}

QByteArray rawRequest(const QByteArray& verb, const QByteArray& path, const QString& accessToken,
    const QByteArray& body = {}, const QByteArray& requestId = {})
{
    QByteArray request = verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n";
    if (!accessToken.isEmpty())
        request += "Authorization: Bearer " + accessToken.toLatin1() + "\r\n";
    if (!requestId.isEmpty())
        request += "MS-RequestId: " + requestId + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

// The stand-alone partnerdesk-sandbox started with `arguments`: its address, read from the
// first line it prints, or an empty URL (`firstLine` then says what it printed or why not).
QUrl startStandaloneSandbox(QProcess& process, const QStringList& arguments, QString* firstLine)
{
    process.start(PartnerDesk::Test::binaryDirectory() + u"/partnerdesk-sandbox"_s, arguments);
    if (!process.waitForStarted(10000) || !QTest::qWaitFor([&process] { return process.canReadLine(); }, 20000)) {
        *firstLine = process.errorString();
        return {};
    }
    *firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(*firstLine);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void demoUsersAreListed();
    void signInIssuesEntraLikeTokens_data();
    void signInIssuesEntraLikeTokens();
    void signInErrors_data();
    void signInErrors();
    void refreshTokenIsSingleUse();
    void partnerApiNeedsIssuedToken_data();
    void partnerApiNeedsIssuedToken();

    void agreementMetadataByType_data();
    void agreementMetadataByType();
    void customerAgreementsDefaultToCloudAgreement();
    void confirmAcceptance();
    void confirmAcceptanceAcceptsPascalCase();
    void confirmAcceptanceNamesTheBadField_data();
    void confirmAcceptanceNamesTheBadField();
    void confirmAcceptanceRefusesCloudTemplate();
    void confirmAcceptanceComparesDateWithTodayInUtc();
    void duplicateConfirmationIs600061();
    void repeatedRequestIdReplaysTheAnswer();
    void onlyAgentsWhoSellMayAttest_data();
    void onlyAgentsWhoSellMayAttest();
    void unknownCustomerIs404_data();
    void unknownCustomerIs404();
    void directSignStatus();
    void documentLinksAreFreshAndDownloadable();
    void documentCountryAndLanguage_data();
    void documentCountryAndLanguage();
    void expiredOrUnknownDocumentLinkIsRefused();

    void listingPagesThroughEveryCustomerOnce();
    void listingRejectsBadContinuation_data();
    void listingRejectsBadContinuation();
    void listingSizeLimits();
    void searchIsCaseInsensitivePrefix_data();
    void searchIsCaseInsensitivePrefix();
    void searchAllowsOnlyStartsWith();
    void customerByIdHasTheFullShape();
    void createCustomer();
    void createCustomerAcceptsTheDocsPascalCaseBody();
    void createCustomerNamesTheBadField_data();
    void createCustomerNamesTheBadField();
    void createCustomerNeedsAnAgentWhoSells_data();
    void createCustomerNeedsAnAgentWhoSells();
    void turkishCustomerNeedsPhone();
    void searchFoldsGermanSharpS();
    void billingProfileNeedsTheCurrentEtag();
    void countryValidationRules_data();
    void countryValidationRules();
    void addressValidation_data();
    void addressValidation();
    void domainAvailability();
    void relationshipRequestLink();
    void subscriptionsOfACustomer();
    void orderNeedsConfirmedAcceptance();
    void orderRules_data();
    void orderRules();

    void requestIdsAreEchoedAndJournaled();
    void unknownRouteAndWrongMethod();
    void throttleAnswers429WithRetryAfter();
    void faultKindsOnTheWire_data();
    void faultKindsOnTheWire();
    void faultsAreSeededCountedAndOnlyForTheApi();
    void faultSharesAreValidated_data();
    void faultSharesAreValidated();
    void executableInjectsFaults();
    void embeddedSandboxWithByteOrderMark();
    void embeddedSandboxStartsInBackground();
    void executableServesUntilTerminated();
    void resetReseedsDeterministically();
    void seedsAndPagesHundredThousandCustomers();

private:
    HttpResult send(const QByteArray& verb, const QUrl& url, const QByteArray& body = {}, const Headers& headers = {});
    HttpResult call(const QByteArray& verb, const QString& pathAndQuery, const QString& user,
        const QByteArray& body = {}, Headers headers = {});
    QUrl url(const QString& pathAndQuery) const;
    HttpResult postToken(const QUrl& base, const QByteArray& form);
    // The device code sign-in as the sandbox's page approves it for this demo user: the token
    // endpoint's answer (empty when a step failed).
    QJsonObject deviceCodeTokens(const QUrl& base, const QString& userPrincipalName);
    QString signIn(const QUrl& base, const QString& userPrincipalName);
    QString token(const QString& user) const { return m_tokens.value(user); }
    // A seeded customer no other test has used, in one of the seed scenarios.
    QString takeCustomer(const QString& condition);
    QByteArray confirmationBody(const QString& email, const QString& date = todayUtc(),
        const QString& templateId = customerAgreementTemplate) const;
    QJsonObject newCustomerBody(const QString& domain) const;
    QByteArray signingSecret() const;

    QNetworkAccessManager m_network;
    SandboxServer m_server;
    QHash<QString, QString> m_tokens; // user principal name -> access token
    QHash<QString, QString> m_refreshTokens;
    QSet<QString> m_usedCustomers;
    QSqlDatabase m_database; // the server's file, read (and for expiry tests written) directly
};

// ---------------------------------------------------------------------------------------
// Helpers

HttpResult TestSandboxServer::send(
    const QByteArray& verb, const QUrl& target, const QByteArray& body, const Headers& headers)
{
    QNetworkRequest request(target);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = verb == "HEAD" ? m_network.head(request)
        : verb == "GET" && body.isEmpty() ? m_network.get(request)
                                          : m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    HttpResult result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto& [name, value] : pairs)
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QUrl TestSandboxServer::url(const QString& pathAndQuery) const
{
    // Encoded as written, so a test controls "*" against "%2A" exactly.
    return QUrl::fromEncoded(m_server.baseUrl().toEncoded() + pathAndQuery.toUtf8());
}

HttpResult TestSandboxServer::call(
    const QByteArray& verb, const QString& pathAndQuery, const QString& user, const QByteArray& body, Headers headers)
{
    if (!user.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + token(user).toLatin1());
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", "application/json");
    headers.emplaceBack("Accept", "application/json");
    return send(verb, url(pathAndQuery), body, headers);
}

HttpResult TestSandboxServer::postToken(const QUrl& base, const QByteArray& form)
{
    return send("POST", QUrl(base.toString() + u"/organizations/oauth2/v2.0/token"_s), form,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QJsonObject TestSandboxServer::deviceCodeTokens(const QUrl& base, const QString& userPrincipalName)
{
    const Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
    QUrlQuery start;
    start.addQueryItem(u"client_id"_s, u"partnerdesk-tests"_s);
    start.addQueryItem(u"scope"_s, u"https://api.partnercenter.microsoft.com/user_impersonation offline_access"_s);
    const HttpResult code = send("POST", QUrl(base.toString() + u"/organizations/oauth2/v2.0/devicecode"_s),
        start.toString(QUrl::FullyEncoded).toUtf8(), form);
    if (code.status != 200)
        return {};
    QUrlQuery decision;
    decision.addQueryItem(u"user_code"_s, code.json().value(u"user_code"_s).toString());
    decision.addQueryItem(u"user"_s, userPrincipalName);
    decision.addQueryItem(u"decision"_s, u"approve"_s);
    const HttpResult approved = send("POST", QUrl(base.toString() + u"/sandbox/device"_s),
        decision.toString(QUrl::FullyEncoded).toUtf8(), form + Headers{{"Accept", "application/json"}});
    if (approved.status != 200)
        return {};
    QUrlQuery poll;
    poll.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
    poll.addQueryItem(u"client_id"_s, u"partnerdesk-tests"_s);
    poll.addQueryItem(u"device_code"_s, code.json().value(u"device_code"_s).toString());
    const HttpResult tokens = postToken(base, poll.toString(QUrl::FullyEncoded).toUtf8());
    return tokens.status == 200 ? tokens.json() : QJsonObject();
}

QString TestSandboxServer::signIn(const QUrl& base, const QString& userPrincipalName)
{
    const QJsonObject json = deviceCodeTokens(base, userPrincipalName);
    if (base == m_server.baseUrl())
        m_refreshTokens.insert(userPrincipalName, json.value(u"refresh_token"_s).toString());
    return json.value(u"access_token"_s).toString();
}

QString TestSandboxServer::takeCustomer(const QString& condition)
{
    QSqlQuery query(m_database);
    const QString sql = u"SELECT id FROM customers c WHERE "_s + condition + u" ORDER BY row_id"_s;
    if (!query.exec(sql))
        qFatal("Cannot pick a customer: %s", qPrintable(sql));
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (!m_usedCustomers.contains(id)) {
            m_usedCustomers.insert(id);
            return id;
        }
    }
    return {};
}

// Seed scenarios, as SQL conditions on customers c.
const QString withoutAnything
    = u"c.direct_signed = 0 AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.customer_id = c.id) "
      "AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id)"_s;
const QString withPurchasesButNoAcceptance
    = u"c.direct_signed = 0 AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.customer_id = c.id) "
      "AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id)"_s;
const QString acceptedDirectly = u"c.direct_signed = 1"_s;
const QString confirmedByPartner
    = u"EXISTS (SELECT 1 FROM agreements a WHERE a.customer_id = c.id AND a.type = 'MicrosoftCustomerAgreement')"_s;
const QString withCloudAgreementRecord
    = u"EXISTS (SELECT 1 FROM agreements a WHERE a.customer_id = c.id AND a.type = 'MicrosoftCloudAgreement')"_s;

QByteArray TestSandboxServer::confirmationBody(
    const QString& email, const QString& date, const QString& templateId) const
{
    return compact(QJsonObject{
        {u"primaryContact"_s,
            QJsonObject{{u"firstName"_s, u"Ayşe"_s}, {u"lastName"_s, u"Yılmaz"_s}, {u"email"_s, email},
                {u"phoneNumber"_s, u"+90 212 555 01 23"_s}}},
        {u"templateId"_s, templateId},
        {u"dateAgreed"_s, QString(date + u"T00:00:00Z"_s)},
        {u"type"_s, u"MicrosoftCustomerAgreement"_s},
    });
}

QJsonObject TestSandboxServer::newCustomerBody(const QString& domain) const
{
    return QJsonObject{
        {u"companyProfile"_s, QJsonObject{{u"domain"_s, domain}}},
        {u"billingProfile"_s,
            QJsonObject{
                {u"culture"_s, u"EN-us"_s},
                {u"email"_s, u"owner@example.com"_s},
                {u"language"_s, u"en"_s},
                {u"companyName"_s, u"Tailspin Sandbox Test LLC"_s},
                {u"defaultAddress"_s,
                    QJsonObject{
                        {u"firstName"_s, u"Test"_s},
                        {u"lastName"_s, u"Owner"_s},
                        {u"addressLine1"_s, u"One Microsoft Way"_s},
                        {u"city"_s, u"Redmond"_s},
                        {u"state"_s, u"WA"_s},
                        {u"postalCode"_s, u"98052"_s},
                        {u"country"_s, u"US"_s},
                    }},
            }},
    };
}

QByteArray TestSandboxServer::signingSecret() const
{
    QSqlQuery query(m_database);
    query.exec(u"SELECT value FROM meta WHERE key = 'signingSecret'"_s);
    return query.next() ? QByteArray::fromBase64(query.value(0).toString().toLatin1()) : QByteArray();
}

// ---------------------------------------------------------------------------------------

void TestSandboxServer::initTestCase()
{
    PartnerDesk::Test::isolateEnvironment();
    SandboxOptions options;
    options.seedCustomers = seededCustomers;
    options.seed = 7;
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QCOMPARE(m_server.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_server.port() != 0);
    QVERIFY(QFile::exists(m_server.databasePath()));

    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-reader"_s);
    m_database.setDatabaseName(m_server.databasePath());
    QVERIFY(m_database.open());

    for (const QString& user : {adminUser, salesUser, helpdeskUser, resellerUser, providerUser}) {
        const QString accessToken = signIn(m_server.baseUrl(), user);
        QVERIFY2(!accessToken.isEmpty(), qPrintable(user));
        m_tokens.insert(user, accessToken);
    }
}

void TestSandboxServer::cleanupTestCase()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"test-reader"_s);
    const QString path = m_server.databasePath();
    m_server.stop();
    QVERIFY2(!QFile::exists(path), "the temporary database is removed on stop");
}

// ---------------------------------------------------------------------------------------
// Sign-in

void TestSandboxServer::demoUsersAreListed()
{
    const HttpResult result = call("GET", u"/sandbox/users"_s, {});
    QCOMPARE(result.status, 200);
    const QJsonArray users = result.jsonArray();
    QCOMPARE(users.size(), 5);
    QSet<QString> combinations;
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        for (const QString& field :
            {u"userPrincipalName"_s, u"displayName"_s, u"role"_s, u"partnerType"_s, u"userId"_s})
            QVERIFY2(!user.value(field).toString().isEmpty(), qPrintable(field));
        combinations.insert(user.value(u"role"_s).toString() + u'/' + user.value(u"partnerType"_s).toString());
    }
    QCOMPARE(combinations,
        (QSet<QString>{u"adminAgent/directBill"_s, u"salesAgent/directBill"_s, u"helpdeskAgent/directBill"_s,
            u"adminAgent/indirectReseller"_s, u"adminAgent/indirectProvider"_s}));
}

void TestSandboxServer::signInIssuesEntraLikeTokens_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("partnerType");
    QTest::newRow("admin agent") << adminUser << u"adminAgent"_s << u"directBill"_s;
    QTest::newRow("sales agent") << salesUser << u"salesAgent"_s << u"directBill"_s;
    QTest::newRow("helpdesk agent") << helpdeskUser << u"helpdeskAgent"_s << u"directBill"_s;
    QTest::newRow("indirect reseller") << resellerUser << u"adminAgent"_s << u"indirectReseller"_s;
    QTest::newRow("indirect provider") << providerUser << u"adminAgent"_s << u"indirectProvider"_s;
}

void TestSandboxServer::signInIssuesEntraLikeTokens()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QString, partnerType);

    const QJsonObject json = deviceCodeTokens(m_server.baseUrl(), user.toUpper());
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(json.value(u"scope"_s).toString(),
        u"https://api.partnercenter.microsoft.com/user_impersonation offline_access"_s);
    QCOMPARE(json.value(u"expires_in"_s).toInt(), 3600);
    QCOMPARE(json.value(u"ext_expires_in"_s).toInt(), 3600);
    QVERIFY(!json.value(u"refresh_token"_s).toString().isEmpty());

    const QJsonObject claims = QJsonDocument::fromJson(jwtPayload(json.value(u"access_token"_s).toString())).object();
    QCOMPARE(claims.value(u"upn"_s).toString(), user);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"https://api.partnercenter.microsoft.com"_s);
    QCOMPARE(claims.value(u"partnerRole"_s).toString(), role);
    QCOMPARE(claims.value(u"partnerType"_s).toString(), partnerType);
    QCOMPARE(claims.value(u"tid"_s).toString(), u"3b33e682-00c3-41ee-9dd2-a548adf56438"_s);
    for (const QString& claim : {u"oid"_s, u"name"_s, u"iss"_s})
        QVERIFY2(!claims.value(claim).toString().isEmpty(), qPrintable(claim));
    QVERIFY(claims.value(u"exp"_s).toInteger() > claims.value(u"iat"_s).toInteger());

    const QJsonObject identity = QJsonDocument::fromJson(jwtPayload(json.value(u"id_token"_s).toString())).object();
    QCOMPARE(identity.value(u"preferred_username"_s).toString(), user);
    QCOMPARE(identity.value(u"oid"_s).toString(), claims.value(u"oid"_s).toString());
}

void TestSandboxServer::signInErrors_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("error");
    // No password grant: the demo users sign in with the device code, as with Entra ID.
    QTest::newRow("password grant") << QByteArray(
        "grant_type=password&username=" + QUrl::toPercentEncoding(adminUser) + "&password=secret&client_id=c")
                                    << u"unsupported_grant_type"_s;
    QTest::newRow("unknown device code") << QByteArray(
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=forged&client_id=c")
                                         << u"invalid_grant"_s;
    QTest::newRow("no device code") << QByteArray(
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=c")
                                    << u"invalid_request"_s;
    QTest::newRow("bad refresh token") << QByteArray("grant_type=refresh_token&refresh_token=forged&client_id=c")
                                       << u"invalid_grant"_s;
    QTest::newRow("unsupported grant") << QByteArray("grant_type=client_credentials&client_id=c&client_secret=s")
                                       << u"unsupported_grant_type"_s;
    QTest::newRow("no client id") << QByteArray("grant_type=refresh_token&refresh_token=x") << u"invalid_request"_s;
}

void TestSandboxServer::signInErrors()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, error);
    const HttpResult result = postToken(m_server.baseUrl(), form);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"error"_s).toString(), error);
    QVERIFY(!result.json().value(u"error_description"_s).toString().isEmpty());
    QVERIFY(result.json().value(u"access_token"_s).isUndefined());
}

void TestSandboxServer::refreshTokenIsSingleUse()
{
    const QByteArray form = "grant_type=refresh_token&client_id=c&refresh_token="
        + QUrl::toPercentEncoding(m_refreshTokens.value(salesUser));
    const HttpResult first = postToken(m_server.baseUrl(), form);
    QCOMPARE(first.status, 200);
    const QString accessToken = first.json().value(u"access_token"_s).toString();
    QCOMPARE(QJsonDocument::fromJson(jwtPayload(accessToken)).object().value(u"upn"_s).toString(), salesUser);
    QVERIFY(first.json().value(u"refresh_token"_s).toString() != m_refreshTokens.value(salesUser));

    const HttpResult again = postToken(m_server.baseUrl(), form);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(u"error"_s).toString(), u"invalid_grant"_s);

    // An expired refresh token is refused too.
    const QString refreshToken = first.json().value(u"refresh_token"_s).toString();
    QSqlQuery expire(m_database);
    QVERIFY(expire.exec(u"UPDATE refresh_tokens SET expires_at = 0 WHERE redeemed = 0"_s));
    const HttpResult expired = postToken(m_server.baseUrl(),
        "grant_type=refresh_token&client_id=c&refresh_token=" + QUrl::toPercentEncoding(refreshToken));
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestSandboxServer::partnerApiNeedsIssuedToken_data()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject validClaims = QJsonDocument::fromJson(jwtPayload(token(adminUser))).object();
    QJsonObject expiredClaims = validClaims;
    expiredClaims.insert(u"iat"_s, now - 7200);
    expiredClaims.insert(u"nbf"_s, now - 7200);
    expiredClaims.insert(u"exp"_s, now - 3600);
    QJsonObject elevatedClaims = validClaims;
    elevatedClaims.insert(u"partnerType"_s, u"directBill"_s);

    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("code");
    QTest::newRow("no Authorization header") << QByteArray() << 800001;
    QTest::newRow("not a bearer token") << QByteArray("Basic YWRtaW46eA==") << 400;
    QTest::newRow("not a JWT") << QByteArray("Bearer not-a-token") << 400;
    QTest::newRow("signed with another secret")
        << QByteArray("Bearer " + TokenService::signJwt(validClaims, "some other secret").toLatin1()) << 400;
    QTest::newRow("expired (signed with the sandbox's own secret)")
        << QByteArray("Bearer " + TokenService::signJwt(expiredClaims, signingSecret()).toLatin1()) << 400;
    // A genuine token whose claims were edited keeps its old signature.
    const QStringList parts = token(resellerUser).split(u'.');
    const QByteArray tampered = parts.at(0).toLatin1() + '.'
        + compact(elevatedClaims).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.'
        + parts.at(2).toLatin1();
    QTest::newRow("claims edited after signing") << QByteArray("Bearer " + tampered) << 400;
}

void TestSandboxServer::partnerApiNeedsIssuedToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, code);
    Headers headers;
    if (!authorization.isEmpty())
        headers.emplaceBack("Authorization", authorization);
    const HttpResult result
        = call("GET", u"/v1/agreements?agreementType=MicrosoftCustomerAgreement"_s, {}, {}, headers);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), code);
    QCOMPARE(result.json().value(u"source"_s).toString(), u"PartnerFD"_s);
    QVERIFY(result.json().value(u"data"_s).isArray());
    QVERIFY(!result.header("WWW-Authenticate").isEmpty());
    if (code == 800001)
        QCOMPARE(result.description(), u"Partner Token missing in request context"_s);
}

// ---------------------------------------------------------------------------------------
// Agreements

void TestSandboxServer::agreementMetadataByType_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedTypes");
    const QString cloud = u"MicrosoftCloudAgreement"_s;
    const QString customer = u"MicrosoftCustomerAgreement"_s;
    QTest::newRow("no type: the Cloud Agreement only (documented default)") << QString() << QStringList{cloud};
    QTest::newRow("MicrosoftCustomerAgreement")
        << u"?agreementType=MicrosoftCustomerAgreement"_s << QStringList{customer};
    QTest::newRow("literal *") << u"?agreementType=*"_s << QStringList{customer, cloud};
    QTest::newRow("encoded %2A") << u"?agreementType=%2A"_s << QStringList{customer, cloud};
    QTest::newRow("unknown type") << u"?agreementType=SomethingNew"_s << QStringList{};
}

void TestSandboxServer::agreementMetadataByType()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedTypes);
    const HttpResult result = call("GET", u"/v1/agreements"_s + query, adminUser);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"attributes"_s).toObject().value(u"objectType"_s).toString(), u"Collection"_s);
    const QJsonArray items = json.value(u"items"_s).toArray();
    QCOMPARE(json.value(u"totalCount"_s).toInt(), items.size());
    QStringList types;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        types.append(item.value(u"agreementType"_s).toString());
        QVERIFY(item.contains(u"versionRank"_s));
        if (types.constLast() == u"MicrosoftCustomerAgreement") {
            QCOMPARE(item.value(u"templateId"_s).toString(), customerAgreementTemplate);
            QCOMPARE(item.value(u"agreementLink"_s).toString(), u"https://aka.ms/customeragreement"_s);
        } else {
            QCOMPARE(item.value(u"templateId"_s).toString(), cloudAgreementTemplate);
        }
    }
    QCOMPARE(types, expectedTypes);
}

void TestSandboxServer::customerAgreementsDefaultToCloudAgreement()
{
    const QString customerId = takeCustomer(confirmedByPartner + u" AND "_s + withCloudAgreementRecord);
    QVERIFY(!customerId.isEmpty());
    const QString path = u"/v1/customers/"_s + customerId + u"/agreements"_s;

    const QJsonArray cloudOnly = call("GET", path, adminUser).json().value(u"items"_s).toArray();
    QVERIFY(!cloudOnly.isEmpty());
    for (const QJsonValue& item : cloudOnly)
        QCOMPARE(item.toObject().value(u"type"_s).toString(), u"MicrosoftCloudAgreement"_s);

    const QJsonArray customer = call("GET", path + u"?agreementType=MicrosoftCustomerAgreement"_s, adminUser)
                                    .json()
                                    .value(u"items"_s)
                                    .toArray();
    QVERIFY(!customer.isEmpty());
    const QJsonArray all = call("GET", path + u"?agreementType=*"_s, adminUser).json().value(u"items"_s).toArray();
    QCOMPARE(all.size(), cloudOnly.size() + customer.size());

    const QJsonObject item = customer.first().toObject();
    QCOMPARE(item.value(u"type"_s).toString(), u"MicrosoftCustomerAgreement"_s);
    QCOMPARE(item.value(u"templateId"_s).toString(), customerAgreementTemplate);
    QCOMPARE(item.value(u"agreementLink"_s).toString(), u"https://aka.ms/customeragreement"_s);
    QVERIFY(!item.value(u"userId"_s).toString().isEmpty());
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T00:00:00$"_s)
                .match(item.value(u"dateAgreed"_s).toString())
                .hasMatch());
    const QJsonObject contact = item.value(u"primaryContact"_s).toObject();
    for (const QString& field : {u"firstName"_s, u"lastName"_s, u"email"_s})
        QVERIFY2(!contact.value(field).toString().isEmpty(), qPrintable(field));

    // No confirmation at all: an empty collection, not an error.
    const QString untouched = takeCustomer(withoutAnything);
    const HttpResult empty = call("GET", u"/v1/customers/"_s + untouched + u"/agreements?agreementType=*"_s, adminUser);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(u"totalCount"_s).toInt(), 0);
}

void TestSandboxServer::confirmAcceptance()
{
    const QString customerId = takeCustomer(withoutAnything);
    const QString path = u"/v1/customers/"_s + customerId + u"/agreements"_s;
    const HttpResult created = call("POST", path, salesUser, confirmationBody(u"ayse@example.com"_s, u"2024-03-05"_s));
    QCOMPARE(created.status, 201);
    const QJsonObject agreement = created.json();
    QCOMPARE(agreement.value(u"dateAgreed"_s).toString(), u"2024-03-05T00:00:00.000Z"_s);
    QCOMPARE(agreement.value(u"type"_s).toString(), u"MicrosoftCustomerAgreement"_s);
    QCOMPARE(agreement.value(u"templateId"_s).toString(), customerAgreementTemplate);
    const QString salesOid = QJsonDocument::fromJson(jwtPayload(token(salesUser))).object().value(u"oid"_s).toString();
    QCOMPARE(agreement.value(u"userId"_s).toString(), salesOid);
    const QJsonObject contact = agreement.value(u"primaryContact"_s).toObject();
    QCOMPARE(contact.value(u"firstName"_s).toString(), u"Ayşe"_s);
    QCOMPARE(contact.value(u"lastName"_s).toString(), u"Yılmaz"_s);
    QCOMPARE(contact.value(u"phoneNumber"_s).toString(), u"+90 212 555 01 23"_s);

    const QJsonArray items = call("GET", path + u"?agreementType=MicrosoftCustomerAgreement"_s, adminUser)
                                 .json()
                                 .value(u"items"_s)
                                 .toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"dateAgreed"_s).toString(), u"2024-03-05T00:00:00"_s);
    QCOMPARE(items.first().toObject().value(u"userId"_s).toString(), salesOid);

    // A confirmed customer may now order; a different contact may confirm again.
    const HttpResult reconfirmed = call("POST", path, adminUser, confirmationBody(u"other@example.com"_s));
    QCOMPARE(reconfirmed.status, 201);
    QCOMPARE(call("GET", u"/sandbox/stats"_s, {}).json().value(u"duplicateAgreements"_s).toInt(), 0);
}

void TestSandboxServer::confirmAcceptanceAcceptsPascalCase()
{
    // What the .NET SDK sends: PascalCase, explicit nulls, seven fractional digits.
    const QString customerId = takeCustomer(withoutAnything);
    const QByteArray body = R"({"UserId":null,"PrimaryContact":{"FirstName":"Jürgen","LastName":"Weiß",
        "Email":"juergen@example.de","PhoneNumber":null},"TemplateId":"117a77b0-9360-443b-8795-c6dedc750cf9",
        "DateAgreed":"2023-11-30T00:00:00.0000000Z","Type":"MicrosoftCustomerAgreement","AgreementLink":null})";
    const HttpResult result = call("POST", u"/v1/customers/"_s + customerId + u"/agreements"_s, adminUser, body);
    QCOMPARE(result.status, 201);
    QCOMPARE(result.json().value(u"primaryContact"_s).toObject().value(u"lastName"_s).toString(), u"Weiß"_s);
    QCOMPARE(result.json().value(u"dateAgreed"_s).toString(), u"2023-11-30T00:00:00.000Z"_s);
    QVERIFY(!result.json().value(u"primaryContact"_s).toObject().contains(u"phoneNumber"_s));
}

void TestSandboxServer::confirmAcceptanceNamesTheBadField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QByteArray date = "\"dateAgreed\":\"2024-01-02T00:00:00Z\"";
    const QByteArray templateId = "\"templateId\":\"117a77b0-9360-443b-8795-c6dedc750cf9\"";
    const QByteArray contact = "\"primaryContact\":{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.c\"}";
    QTest::newRow("not JSON") << QByteArray("{\"primaryContact\": {") << 800002 << QString();
    QTest::newRow("trailing comma (strict parser)")
        << QByteArray("{" + contact + "," + date + "," + templateId + ",}") << 800002 << QString();
    QTest::newRow("no primary contact") << QByteArray("{" + date + "," + templateId + "}") << 3000
                                        << u"primaryContact"_s;
    QTest::newRow("primary contact not an object")
        << QByteArray("{\"primaryContact\":\"A B\"," + date + "," + templateId + "}") << 3000 << u"primaryContact"_s;
    QTest::newRow("no first name") << QByteArray(
        "{\"primaryContact\":{\"lastName\":\"B\",\"email\":\"a@b.c\"}," + date + "," + templateId + "}")
                                   << 3000 << u"primaryContact.firstName"_s;
    QTest::newRow("no last name") << QByteArray(
        "{\"primaryContact\":{\"firstName\":\"A\",\"email\":\"a@b.c\"}," + date + "," + templateId + "}")
                                  << 3000 << u"primaryContact.lastName"_s;
    QTest::newRow("blank email") << QByteArray(
        "{\"primaryContact\":{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\" \"}," + date + "," + templateId + "}")
                                 << 3000 << u"primaryContact.email"_s;
    QTest::newRow("no date") << QByteArray("{" + contact + "," + templateId + "}") << 3000 << u"dateAgreed"_s;
    QTest::newRow("date not ISO-8601") << QByteArray("{" + contact + ",\"dateAgreed\":\"05/03/2024\"," + templateId
        + "}") << 3000 << u"dateAgreed"_s;
    QTest::newRow("no template") << QByteArray("{" + contact + "," + date + "}") << 3000 << u"templateId"_s;
    QTest::newRow("unknown template") << QByteArray("{" + contact + "," + date + ",\"templateId\":\"nope\"}") << 3000
                                      << u"templateId"_s;
}

void TestSandboxServer::confirmAcceptanceNamesTheBadField()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, field);
    const QString customerId = takeCustomer(withoutAnything);
    const HttpResult result = call("POST", u"/v1/customers/"_s + customerId + u"/agreements"_s, adminUser, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), code);
    QCOMPARE(result.json().value(u"source"_s).toString(), u"PartnerFD"_s);
    if (!field.isEmpty()) {
        QVERIFY2(result.description().contains(field), qPrintable(result.description()));
        QVERIFY2(result.data().contains(field), qPrintable(result.data().join(u", "_s)));
    }
}

void TestSandboxServer::confirmAcceptanceRefusesCloudTemplate()
{
    const QString customerId = takeCustomer(withoutAnything);
    const HttpResult result = call("POST", u"/v1/customers/"_s + customerId + u"/agreements"_s, adminUser,
        confirmationBody(u"a@example.com"_s, u"2024-01-01"_s, cloudAgreementTemplate));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.description(),
        u"Microsoft Cloud Agreement Template ID '998b88de-aa99-4388-a42c-1b3517d49490' is no longer supported."_s);
}

void TestSandboxServer::confirmAcceptanceComparesDateWithTodayInUtc()
{
    const QString customerId = takeCustomer(withoutAnything);
    const QString path = u"/v1/customers/"_s + customerId + u"/agreements"_s;
    const QDate todayInUtc = QDateTime::currentDateTimeUtc().date();

    const HttpResult tomorrow = call(
        "POST", path, adminUser, confirmationBody(u"a@example.com"_s, todayInUtc.addDays(1).toString(Qt::ISODate)));
    QCOMPARE(tomorrow.status, 400);
    QCOMPARE(tomorrow.code(), 600002);
    QCOMPARE(tomorrow.description(), u"Date of agreement cannot be greater than the current date"_s);

    // Midnight tomorrow in UTC+14 is still today in UTC: accepted.
    QByteArray body = confirmationBody(u"kiribati@example.com"_s);
    body.replace(QByteArray(todayInUtc.toString(Qt::ISODate).toLatin1() + "T00:00:00Z"),
        QByteArray(todayInUtc.addDays(1).toString(Qt::ISODate).toLatin1() + "T00:00:00+14:00"));
    QCOMPARE(call("POST", path, adminUser, body).status, 201);

    QCOMPARE(call("POST", path, adminUser, confirmationBody(u"today@example.com"_s)).status, 201);
}

void TestSandboxServer::duplicateConfirmationIs600061()
{
    const QString customerId = takeCustomer(withoutAnything);
    const QString path = u"/v1/customers/"_s + customerId + u"/agreements"_s;
    QCOMPARE(call("POST", path, adminUser, confirmationBody(u"dup@example.com"_s)).status, 201);

    const HttpResult duplicate = call("POST", path, salesUser, confirmationBody(u"dup@example.com"_s));
    QCOMPARE(duplicate.status, 409);
    const QJsonObject body = duplicate.json();
    QVERIFY(body.value(u"code"_s).isDouble());
    QCOMPARE(body.value(u"code"_s).toInt(), 600061);
    QCOMPARE(body.value(u"message"_s).toString(), u"A partner confirmed agreement already exists for the customer."_s);
    QCOMPARE(body.value(u"description"_s).toString(), body.value(u"message"_s).toString());
    QCOMPARE(body.value(u"errorName"_s).toString(), u"PartnerConfirmedAgreementAlreadyExists"_s);
    QCOMPARE(body.value(u"isRetryable"_s).toBool(true), false);
    QVERIFY(body.value(u"parameters"_s).isObject());
    QCOMPARE(body.value(u"errorMessageExtended"_s).toString(), u"InternalErrorCode=600061"_s);

    // The comparison is case-sensitive: another spelling is another contact.
    QCOMPARE(call("POST", path, adminUser, confirmationBody(u"DUP@example.com"_s)).status, 201);
    QCOMPARE(call("GET", u"/sandbox/stats"_s, {}).json().value(u"duplicateAgreements"_s).toInt(), 0);
}

void TestSandboxServer::repeatedRequestIdReplaysTheAnswer()
{
    const QString customerId = takeCustomer(withoutAnything);
    const QString path = u"/v1/customers/"_s + customerId + u"/agreements"_s;
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const HttpResult first
        = call("POST", path, adminUser, confirmationBody(u"retry@example.com"_s), {{"MS-RequestId", requestId}});
    QCOMPARE(first.status, 201);
    // A retry after a timeout: same request id, same body -> the same answer, not 600061.
    const HttpResult retry
        = call("POST", path, adminUser, confirmationBody(u"retry@example.com"_s), {{"MS-RequestId", requestId}});
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.body, first.body);
    QCOMPARE(retry.header("MS-RequestId"), requestId);
    QCOMPARE(call("GET", path + u"?agreementType=*"_s, adminUser).json().value(u"totalCount"_s).toInt(), 1);

    // A new request id with the same contact is a duplicate again.
    QCOMPARE(call("POST", path, adminUser, confirmationBody(u"retry@example.com"_s)).status, 409);
}

void TestSandboxServer::onlyAgentsWhoSellMayAttest_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("indirect reseller") << resellerUser << 403;
    QTest::newRow("helpdesk agent") << helpdeskUser << 403;
    QTest::newRow("indirect provider") << providerUser << 201;
    QTest::newRow("sales agent") << salesUser << 201;
}

void TestSandboxServer::onlyAgentsWhoSellMayAttest()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    const QString customerId = takeCustomer(withoutAnything);
    const HttpResult result = call(
        "POST", u"/v1/customers/"_s + customerId + u"/agreements"_s, user, confirmationBody(u"role@example.com"_s));
    QCOMPARE(result.status, status);
    if (status == 403) {
        QCOMPARE(result.code(), 900150);
        QCOMPARE(
            result.description(), u"The supplied role doesn't have the rights to perform the requested operation"_s);
    }
}

void TestSandboxServer::unknownCustomerIs404_data()
{
    const QString unknown = u"/v1/customers/00000000-0000-4000-8000-000000000000"_s;
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("customer") << QByteArray("GET") << unknown << QByteArray();
    QTest::newRow("agreements") << QByteArray("GET") << unknown + u"/agreements"_s << QByteArray();
    QTest::newRow("confirm") << QByteArray("POST") << unknown + u"/agreements"_s
                             << confirmationBody(u"x@example.com"_s);
    QTest::newRow("direct sign status") << QByteArray("GET")
                                        << unknown + u"/directSignedMicrosoftCustomerAgreementStatus"_s << QByteArray();
    QTest::newRow("billing profile") << QByteArray("GET") << unknown + u"/profiles/billing"_s << QByteArray();
    QTest::newRow("subscriptions") << QByteArray("GET") << unknown + u"/subscriptions"_s << QByteArray();
    QTest::newRow("order") << QByteArray("POST") << unknown + u"/orders"_s << QByteArray("{\"lineItems\":[]}");
    QTest::newRow("not even a GUID") << QByteArray("GET") << u"/v1/customers/contoso"_s << QByteArray();
}

void TestSandboxServer::unknownCustomerIs404()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult result = call(verb, path, adminUser, body);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), 60003);
    QCOMPARE(result.description(), u"Tenant not found"_s);
}

void TestSandboxServer::directSignStatus()
{
    const QString signedDirectly = takeCustomer(acceptedDirectly);
    const QString notSigned = takeCustomer(withPurchasesButNoAcceptance);
    const QString suffix = u"/directSignedMicrosoftCustomerAgreementStatus"_s;
    const HttpResult yes = call("GET", u"/v1/customers/"_s + signedDirectly + suffix, helpdeskUser);
    QCOMPARE(yes.status, 200);
    QCOMPARE(yes.body, QByteArray("{\"isSigned\":true}"));
    const HttpResult no = call("GET", u"/v1/customers/"_s + notSigned + suffix, resellerUser);
    QCOMPARE(no.json().value(u"isSigned"_s).toBool(true), false);
}

void TestSandboxServer::documentLinksAreFreshAndDownloadable()
{
    const QString path
        = u"/v1/agreementtemplates/"_s + customerAgreementTemplate + u"/document?language=de-DE&country=DE"_s;
    const HttpResult first = call("GET", path, salesUser);
    const HttpResult second = call("GET", path, salesUser);
    QCOMPARE(first.status, 200);
    const QJsonObject document = first.json();
    QCOMPARE(document.value(u"country"_s).toString(), u"DE"_s);
    QCOMPARE(document.value(u"language"_s).toString(), u"de-DE"_s);
    const QString displayUri = document.value(u"displayUri"_s).toString();
    const QString downloadUri = document.value(u"downloadUri"_s).toString();
    QVERIFY(displayUri.startsWith(m_server.baseUrl().toString() + u"/sandbox/documents/"_s));
    QVERIFY(displayUri != second.json().value(u"displayUri"_s).toString());
    QVERIFY(downloadUri != second.json().value(u"downloadUri"_s).toString());

    // No bearer token: the link itself is the permission.
    const HttpResult download = send("GET", QUrl(downloadUri));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.header("Content-Type"),
        QByteArray("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    QCOMPARE(download.header("Content-Length").toLongLong(), download.body.size());
    QVERIFY2(download.body.size() > 200 * 1024, "a few hundred KB");
    QVERIFY(download.body.startsWith("PK\x03\x04"));
    QVERIFY(download.body.contains("Country: DE"));
    QVERIFY(download.body.contains("Language: de-DE"));
    QVERIFY(download.header("Content-Disposition").startsWith("attachment"));
    QVERIFY(send("GET", QUrl(displayUri)).header("Content-Disposition").startsWith("inline"));
}

void TestSandboxServer::documentCountryAndLanguage_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("language");
    const QString mca = customerAgreementTemplate;
    QTest::newRow("no country: US") << mca << QString() << 200 << u"US"_s << u"en-US"_s;
    QTest::newRow("Turkish in Turkey") << mca << u"?language=tr-TR&country=TR"_s << 200 << u"TR"_s << u"tr-TR"_s;
    QTest::newRow("unsupported language falls back")
        << mca << u"?language=ja-JP&country=FR"_s << 200 << u"FR"_s << u"en-US"_s;
    QTest::newRow("Canada in French") << mca << u"?language=fr-FR&country=CA"_s << 200 << u"CA"_s << u"fr-FR"_s;
    QTest::newRow("country is case-sensitive") << mca << u"?country=de"_s << 400 << QString() << QString();
    QTest::newRow("unsupported country") << mca << u"?country=ZZ"_s << 400 << QString() << QString();
    QTest::newRow("template id is case-sensitive") << mca.toUpper() << QString() << 404 << QString() << QString();
    QTest::newRow("unknown template") << u"00000000-0000-0000-0000-000000000000"_s << QString() << 404 << QString()
                                      << QString();
}

void TestSandboxServer::documentCountryAndLanguage()
{
    QFETCH(QString, templateId);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, country);
    QFETCH(QString, language);
    const HttpResult result
        = call("GET", u"/v1/agreementtemplates/"_s + templateId + u"/document"_s + query, adminUser);
    QCOMPARE(result.status, status);
    if (status == 200) {
        QCOMPARE(result.json().value(u"country"_s).toString(), country);
        QCOMPARE(result.json().value(u"language"_s).toString(), language);
    } else if (status == 400) {
        QVERIFY(result.data().contains(u"country"_s));
    }
}

void TestSandboxServer::expiredOrUnknownDocumentLinkIsRefused()
{
    const HttpResult link
        = call("GET", u"/v1/agreementtemplates/"_s + customerAgreementTemplate + u"/document"_s, adminUser);
    const QString displayUri = link.json().value(u"displayUri"_s).toString();
    const QString token = displayUri.section(u'/', -1);
    QSqlQuery expire(m_database);
    expire.prepare(u"UPDATE document_links SET expires_at = ? WHERE token = ?"_s);
    expire.addBindValue(QDateTime::currentSecsSinceEpoch() - 1);
    expire.addBindValue(token);
    QVERIFY(expire.exec());
    QCOMPARE(expire.numRowsAffected(), 1);
    QCOMPARE(send("GET", QUrl(displayUri)).status, 403);
    QCOMPARE(send("GET", url(u"/sandbox/documents/no-such-link"_s)).status, 404);
}

// ---------------------------------------------------------------------------------------
// Customers

void TestSandboxServer::listingPagesThroughEveryCustomerOnce()
{
    QSet<QString> seen;
    int pages = 0;
    HttpResult page = call("GET", u"/v1/customers?size=37"_s, helpdeskUser);
    Q_FOREVER
    {
        QCOMPARE(page.status, 200);
        ++pages;
        const QJsonObject json = page.json();
        const QJsonArray items = json.value(u"items"_s).toArray();
        QCOMPARE(json.value(u"totalCount"_s).toInt(), items.size());
        for (const QJsonValue& value : items) {
            const QString id = value.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), "every customer exactly once");
            seen.insert(id);
        }
        const QJsonObject next = json.value(u"links"_s).toObject().value(u"next"_s).toObject();
        if (next.isEmpty()) {
            QVERIFY(!json.contains(u"continuationToken"_s));
            break;
        }
        QCOMPARE(items.size(), 37);
        QCOMPARE(next.value(u"uri"_s).toString(), u"/v1/customers?size=37&seekOperation=Next"_s);
        QCOMPARE(next.value(u"method"_s).toString(), u"GET"_s);
        const QJsonObject header = next.value(u"headers"_s).toArray().first().toObject();
        QCOMPARE(header.value(u"key"_s).toString(), u"MS-ContinuationToken"_s);
        const QString continuation = header.value(u"value"_s).toString();
        QCOMPARE(json.value(u"continuationToken"_s).toString(), continuation);
        for (const QChar special : {u',', u'/', u'+', u'='})
            QVERIFY2(continuation.contains(special), "the token exercises verbatim copying");
        // Copied verbatim into the header of a GET on the given URI.
        page = call("GET", next.value(u"uri"_s).toString(), helpdeskUser, {},
            {{"MS-ContinuationToken", continuation.toUtf8()}});
    }
    QCOMPARE(pages, (seededCustomers + 36) / 37);
    QCOMPARE(seen.size(), call("GET", u"/sandbox/stats"_s, {}).json().value(u"customers"_s).toInt());
}

void TestSandboxServer::listingRejectsBadContinuation_data()
{
    QTest::addColumn<QByteArray>("continuation");
    const QString valid
        = call("GET", u"/v1/customers?size=5"_s, adminUser).json().value(u"continuationToken"_s).toString();
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("garbage") << QByteArray("AQAAAA==");
    QTest::newRow("URL-encoded by mistake") << QUrl::toPercentEncoding(valid);
    QString tampered = valid;
    tampered[tampered.indexOf(u',') + 3] = tampered[tampered.indexOf(u',') + 3] == u'A' ? u'B' : u'A';
    QTest::newRow("tampered") << tampered.toUtf8();
}

void TestSandboxServer::listingRejectsBadContinuation()
{
    QFETCH(QByteArray, continuation);
    Headers headers;
    if (!continuation.isEmpty())
        headers.emplaceBack("MS-ContinuationToken", continuation);
    const HttpResult result = call("GET", u"/v1/customers?size=5&seekOperation=Next"_s, adminUser, {}, headers);
    QCOMPARE(result.status, 400);
    QVERIFY(result.data().contains(u"MS-ContinuationToken"_s));
}

void TestSandboxServer::listingSizeLimits()
{
    const HttpResult clamped = call("GET", u"/v1/customers?size=100000"_s, adminUser);
    QCOMPARE(clamped.status, 200);
    QCOMPARE(clamped.json().value(u"links"_s).toObject().value(u"self"_s).toObject().value(u"uri"_s).toString(),
        u"/v1/customers?size=500"_s);
    const HttpResult unsized = call("GET", u"/v1/customers"_s, adminUser);
    QCOMPARE(unsized.json().value(u"totalCount"_s).toInt(), seededCustomers);
    QCOMPARE(call("GET", u"/v1/customers?size=-1"_s, adminUser).status, 400);
    QCOMPARE(call("GET", u"/v1/customers?size=ten"_s, adminUser).status, 400);
}

void TestSandboxServer::searchIsCaseInsensitivePrefix_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("country");
    QTest::newRow("Turkish company name, upper case") << u"CompanyName"_s << u"company_name"_s << u"TR"_s;
    QTest::newRow("German company name") << u"CompanyName"_s << u"company_name"_s << u"DE"_s;
    QTest::newRow("Japanese company name") << u"CompanyName"_s << u"company_name"_s << u"JP"_s;
    QTest::newRow("Arabic company name") << u"CompanyName"_s << u"company_name"_s << u"SA"_s;
    QTest::newRow("Greek company name") << u"CompanyName"_s << u"company_name"_s << u"GR"_s;
    QTest::newRow("domain") << u"Domain"_s << u"domain"_s << u"BR"_s;
}

void TestSandboxServer::searchIsCaseInsensitivePrefix()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    QFETCH(QString, country);
    QSqlQuery query(m_database);
    QVERIFY(query.exec(u"SELECT "_s + column + u" FROM customers WHERE address_country = '"_s + country
        + u"' ORDER BY row_id LIMIT 1"_s));
    QVERIFY2(query.next(), "the seed has customers in this country");
    const QString stored = query.value(0).toString();
    const QString prefix = stored.left(4).toUpper();

    QSqlQuery expected(m_database);
    QSet<QString> expectedIds;
    QVERIFY(expected.exec(u"SELECT id, "_s + column + u" FROM customers"_s));
    while (expected.next()) {
        if (CustomerStore::folded(expected.value(1).toString()).startsWith(CustomerStore::folded(prefix)))
            expectedIds.insert(expected.value(0).toString());
    }
    QVERIFY(!expectedIds.isEmpty());
    QVERIFY(expectedIds.size() < seededCustomers);

    const QByteArray filter
        = compact(QJsonObject{{u"Field"_s, field}, {u"Value"_s, prefix}, {u"Operator"_s, u"starts_with"_s}});
    QSet<QString> found;
    HttpResult page = call("GET",
        u"/v1/customers?size=5&filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(filter))),
        adminUser);
    Q_FOREVER
    {
        QCOMPARE(page.status, 200);
        const QJsonObject json = page.json();
        const QJsonArray items = json.value(u"items"_s).toArray();
        for (const QJsonValue& item : items)
            found.insert(item.toObject().value(u"id"_s).toString());
        // The continuation carries the search: the next URI has no filter.
        const QString continuation = json.value(u"continuationToken"_s).toString();
        if (continuation.isEmpty())
            break;
        page = call("GET", u"/v1/customers?size=5&seekOperation=Next"_s, adminUser, {},
            {{"MS-ContinuationToken", continuation.toUtf8()}});
    }
    QCOMPARE(found, expectedIds);
}

void TestSandboxServer::searchAllowsOnlyStartsWith()
{
    const QByteArray filter
        = QUrl::toPercentEncoding(u"{\"Field\":\"CompanyName\",\"Value\":\"a\",\"Operator\":\"contains\"}"_s);
    const HttpResult result = call("GET", u"/v1/customers?size=10&filter="_s + QString::fromLatin1(filter), adminUser);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), 2000);
    QCOMPARE(result.description(), u"Customer search only allows starts with and equals operation."_s);
    QCOMPARE(call("GET", u"/v1/customers?filter=%7Bnot%20json"_s, adminUser).status, 400);
}

void TestSandboxServer::customerByIdHasTheFullShape()
{
    const HttpResult list = call("GET", u"/v1/customers?size=1"_s, adminUser);
    const QJsonObject listItem = list.json().value(u"items"_s).toArray().first().toObject();
    QVERIFY(!listItem.contains(u"billingProfile"_s));
    QVERIFY(!listItem.contains(u"allowDelegatedAccess"_s));
    const QString customerId = listItem.value(u"id"_s).toString();
    QCOMPARE(listItem.value(u"links"_s).toObject().value(u"self"_s).toObject().value(u"uri"_s).toString(),
        u"/customers/"_s + customerId);

    const HttpResult result = call("GET", u"/v1/customers/"_s + customerId.toUpper(), adminUser);
    QCOMPARE(result.status, 200);
    const QJsonObject customer = result.json();
    QCOMPARE(customer.value(u"id"_s).toString(), customerId);
    QVERIFY(!customer.value(u"commerceId"_s).toString().isEmpty());
    QCOMPARE(customer.value(u"relationshipToPartner"_s).toString(), u"reseller"_s);
    QVERIFY(customer.value(u"allowDelegatedAccess"_s).isBool());
    QCOMPARE(customer.value(u"attributes"_s).toObject().value(u"objectType"_s).toString(), u"Customer"_s);
    const QJsonObject company = customer.value(u"companyProfile"_s).toObject();
    QCOMPARE(company.value(u"tenantId"_s).toString(), customerId);
    QVERIFY(company.value(u"domain"_s).toString().endsWith(u".onmicrosoft.com"_s));
    QCOMPARE(customer.value(u"customDomains"_s).toArray().first().toString(), company.value(u"domain"_s).toString());
    const QJsonObject billing = customer.value(u"billingProfile"_s).toObject();
    for (const QString& field : {u"id"_s, u"email"_s, u"culture"_s, u"language"_s, u"companyName"_s})
        QVERIFY2(!billing.value(field).toString().isEmpty(), qPrintable(field));
    QVERIFY(!billing.value(u"attributes"_s).toObject().value(u"etag"_s).toString().isEmpty());
    QCOMPARE(billing.value(u"attributes"_s).toObject().value(u"objectType"_s).toString(), u"CustomerBillingProfile"_s);
    const QJsonObject address = billing.value(u"defaultAddress"_s).toObject();
    for (const QString& field :
        {u"country"_s, u"city"_s, u"addressLine1"_s, u"postalCode"_s, u"firstName"_s, u"lastName"_s})
        QVERIFY2(!address.value(field).toString().isEmpty(), qPrintable(field));
}

void TestSandboxServer::createCustomer()
{
    const QString domain = u"tailspin-sandbox-test.onmicrosoft.com"_s;
    QCOMPARE(call("HEAD", u"/v1/domains/"_s + domain, adminUser).status, 404);
    const HttpResult created = call("POST", u"/v1/customers"_s, salesUser, compact(newCustomerBody(domain)));
    QCOMPARE(created.status, 201);
    const QJsonObject customer = created.json();
    const QString customerId = customer.value(u"id"_s).toString();
    QVERIFY(!QUuid::fromString(customerId).isNull());
    QCOMPARE(customer.value(u"companyProfile"_s).toObject().value(u"tenantId"_s).toString(), customerId);
    QCOMPARE(customer.value(u"companyProfile"_s).toObject().value(u"domain"_s).toString(), domain);
    QCOMPARE(customer.value(u"billingProfile"_s).toObject().value(u"culture"_s).toString(), u"en-US"_s);
    const QJsonObject credentials = customer.value(u"userCredentials"_s).toObject();
    QCOMPARE(credentials.value(u"userName"_s).toString(), u"admin@"_s + domain);
    QVERIFY(credentials.value(u"password"_s).toString().size() >= 12);

    QCOMPARE(call("HEAD", u"/v1/domains/"_s + domain.toUpper(), adminUser).status, 200);
    const HttpResult fetched = call("GET", u"/v1/customers/"_s + customerId, adminUser);
    QCOMPARE(fetched.status, 200);
    QVERIFY2(!fetched.json().contains(u"userCredentials"_s), "the password is shown once");

    const HttpResult taken = call("POST", u"/v1/customers"_s, adminUser, compact(newCustomerBody(domain.toUpper())));
    QCOMPARE(taken.status, 409);
    QVERIFY(taken.data().contains(u"companyProfile.domain"_s));

    // A new customer has neither confirmation nor direct acceptance: it cannot order yet.
    const QByteArray order = R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH18:0001","quantity":5}]})";
    QCOMPARE(call("POST", u"/v1/customers/"_s + customerId + u"/orders"_s, adminUser, order).code(), 13605);
}

void TestSandboxServer::createCustomerAcceptsTheDocsPascalCaseBody()
{
    // The docs' request with explicit nulls (strict JSON: the docs' trailing commas removed).
    const QByteArray body = R"({"Id":null,"CommerceId":null,"CompanyProfile":{"Domain":"xyz-pascal.ccsctp.net",
        "TenantId":null},"BillingProfile":{"Culture":"EN-US","Email":"test@outlook.com","Language":"en",
        "CompanyName":"test company","DefaultAddress":{"FirstName":"Test","LastName":"Test",
        "AddressLine1":"One Microsoft Way","AddressLine2":null,"City":"Redmond","State":"wa","PostalCode":"98052",
        "Country":"US","Region":null}}})";
    const HttpResult result = call("POST", u"/v1/customers"_s, adminUser, body);
    QCOMPARE(result.status, 201);
    const QJsonObject billing = result.json().value(u"billingProfile"_s).toObject();
    QCOMPARE(billing.value(u"culture"_s).toString(), u"en-US"_s);
    QCOMPARE(billing.value(u"defaultAddress"_s).toObject().value(u"state"_s).toString(), u"WA"_s);
}

void TestSandboxServer::createCustomerNamesTheBadField_data()
{
    QTest::addColumn<QString>("pointer"); // where to change the valid body
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove
    QTest::addColumn<QString>("field");
    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("no email") << u"billingProfile/email"_s << remove << u"billingProfile.email"_s;
    QTest::newRow("email not an address")
        << u"billingProfile/email"_s << QJsonValue(u"owner"_s) << u"billingProfile.email"_s;
    QTest::newRow("no culture") << u"billingProfile/culture"_s << remove << u"billingProfile.culture"_s;
    QTest::newRow("culture not of the country")
        << u"billingProfile/culture"_s << QJsonValue(u"tr-TR"_s) << u"billingProfile.culture"_s;
    QTest::newRow("no language") << u"billingProfile/language"_s << remove << u"billingProfile.language"_s;
    QTest::newRow("no company name") << u"billingProfile/companyName"_s << remove << u"billingProfile.companyName"_s;
    QTest::newRow("no street") << u"billingProfile/defaultAddress/addressLine1"_s << remove
                               << u"billingProfile.defaultAddress.addressLine1"_s;
    QTest::newRow("no city") << u"billingProfile/defaultAddress/city"_s << remove
                             << u"billingProfile.defaultAddress.city"_s;
    QTest::newRow("no postal code") << u"billingProfile/defaultAddress/postalCode"_s << remove
                                    << u"billingProfile.defaultAddress.postalCode"_s;
    QTest::newRow("postal code not of the US") << u"billingProfile/defaultAddress/postalCode"_s << QJsonValue(u"9805"_s)
                                               << u"billingProfile.defaultAddress.postalCode"_s;
    QTest::newRow("not a US state") << u"billingProfile/defaultAddress/state"_s << QJsonValue(u"XX"_s)
                                    << u"billingProfile.defaultAddress.state"_s;
    QTest::newRow("no country") << u"billingProfile/defaultAddress/country"_s << remove
                                << u"billingProfile.defaultAddress.country"_s;
    QTest::newRow("country without rules") << u"billingProfile/defaultAddress/country"_s << QJsonValue(u"UK"_s)
                                           << u"billingProfile.defaultAddress.country"_s;
    QTest::newRow("no first name") << u"billingProfile/defaultAddress/firstName"_s << remove
                                   << u"billingProfile.defaultAddress.firstName"_s;
    QTest::newRow("no last name") << u"billingProfile/defaultAddress/lastName"_s << remove
                                  << u"billingProfile.defaultAddress.lastName"_s;
    QTest::newRow("US phone in the wrong format")
        << u"billingProfile/defaultAddress/phoneNumber"_s << QJsonValue(u"12"_s)
        << u"billingProfile.defaultAddress.phoneNumber"_s;
    QTest::newRow("no domain") << u"companyProfile/domain"_s << remove << u"companyProfile.domain"_s;
    QTest::newRow("domain not a domain") << u"companyProfile/domain"_s << QJsonValue(u"not a domain"_s)
                                         << u"companyProfile.domain"_s;
}

void TestSandboxServer::createCustomerNamesTheBadField()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    // Edits one member of the valid body, however deep.
    std::function<QJsonObject(QJsonObject, QStringList)> edit = [&](QJsonObject object, QStringList path) {
        const QString key = path.takeFirst();
        if (path.isEmpty()) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        } else {
            object.insert(key, edit(object.value(key).toObject(), path));
        }
        return object;
    };
    const QJsonObject body = edit(newCustomerBody(u"field-test.onmicrosoft.com"_s), pointer.split(u'/'));
    const HttpResult result = call("POST", u"/v1/customers"_s, adminUser, compact(body));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), 3000);
    QVERIFY2(result.description().contains(field), qPrintable(result.description()));
    QVERIFY2(result.data().contains(field), qPrintable(result.data().join(u", "_s)));
}

void TestSandboxServer::createCustomerNeedsAnAgentWhoSells_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("indirect reseller") << resellerUser << compact(newCustomerBody(u"reseller-made.onmicrosoft.com"_s));
    QTest::newRow("helpdesk agent") << helpdeskUser << compact(newCustomerBody(u"helpdesk-made.onmicrosoft.com"_s));
}

void TestSandboxServer::createCustomerNeedsAnAgentWhoSells()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, body);
    const HttpResult result = call("POST", u"/v1/customers"_s, user, body);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.code(), 900150);
}

void TestSandboxServer::turkishCustomerNeedsPhone()
{
    // Phone required in Turkey (the reference's list); postal code by the country's pattern.
    QJsonObject address{{u"firstName"_s, u"Çağla"_s}, {u"lastName"_s, u"Öztürk"_s},
        {u"addressLine1"_s, u"İstiklal Caddesi No:5"_s}, {u"city"_s, u"İstanbul"_s}, {u"postalCode"_s, u"34433"_s},
        {u"country"_s, u"TR"_s}};
    auto body = [&] {
        QJsonObject customer = newCustomerBody(u"yildiz-bilisim.onmicrosoft.com"_s);
        QJsonObject billing = customer.value(u"billingProfile"_s).toObject();
        billing.insert(u"culture"_s, u"tr-tr"_s);
        billing.insert(u"language"_s, u"TR"_s);
        billing.insert(u"companyName"_s, u"Yıldız Bilişim A.Ş."_s);
        billing.insert(u"defaultAddress"_s, address);
        customer.insert(u"billingProfile"_s, billing);
        return compact(customer);
    };
    const HttpResult withoutPhone = call("POST", u"/v1/customers"_s, adminUser, body());
    QCOMPARE(withoutPhone.status, 400);
    QCOMPARE(withoutPhone.data(), QStringList{u"billingProfile.defaultAddress.phoneNumber"_s});

    address.insert(u"phoneNumber"_s, u"+90 212 555 01 23"_s);
    const HttpResult created = call("POST", u"/v1/customers"_s, adminUser, body());
    QCOMPARE(created.status, 201);
    const QJsonObject billing = created.json().value(u"billingProfile"_s).toObject();
    QCOMPARE(billing.value(u"culture"_s).toString(), u"tr-TR"_s);
    QCOMPARE(billing.value(u"language"_s).toString(), u"tr"_s);
    QCOMPARE(billing.value(u"companyName"_s).toString(), u"Yıldız Bilişim A.Ş."_s);

    // Found by a case-insensitive search in Turkish.
    const QByteArray filter = QUrl::toPercentEncoding(
        u"{\"Field\":\"CompanyName\",\"Value\":\"YILDIZ BİLİŞİM\",\"Operator\":\"starts_with\"}"_s);
    const HttpResult found = call("GET", u"/v1/customers?filter="_s + QString::fromLatin1(filter), adminUser);
    QCOMPARE(found.json().value(u"totalCount"_s).toInt(), 1);
}

void TestSandboxServer::searchFoldsGermanSharpS()
{
    QJsonObject customer = newCustomerBody(u"weiss-strassenbau.onmicrosoft.com"_s);
    QJsonObject billing = customer.value(u"billingProfile"_s).toObject();
    billing.insert(u"culture"_s, u"de-DE"_s);
    billing.insert(u"language"_s, u"de"_s);
    billing.insert(u"companyName"_s, u"Weiß Straßenbau GmbH"_s);
    billing.insert(u"defaultAddress"_s,
        QJsonObject{{u"firstName"_s, u"Jörg"_s}, {u"lastName"_s, u"Groß"_s}, {u"addressLine1"_s, u"Schloßallee 7"_s},
            {u"city"_s, u"München"_s}, {u"postalCode"_s, u"80331"_s}, {u"country"_s, u"DE"_s}});
    customer.insert(u"billingProfile"_s, billing);
    QCOMPARE(call("POST", u"/v1/customers"_s, salesUser, compact(customer)).status, 201);

    for (const QString& value : {u"WEISS STRASSENBAU"_s, u"weiß straßen"_s}) {
        const QByteArray filter = QUrl::toPercentEncoding(QString::fromUtf8(compact(
            QJsonObject{{u"Field"_s, u"CompanyName"_s}, {u"Value"_s, value}, {u"Operator"_s, u"starts_with"_s}})));
        const HttpResult found
            = call("GET", u"/v1/customers?size=10&filter="_s + QString::fromLatin1(filter), adminUser);
        QCOMPARE(found.json().value(u"totalCount"_s).toInt(), 1);
    }
}

void TestSandboxServer::billingProfileNeedsTheCurrentEtag()
{
    const QString customerId = takeCustomer(withoutAnything);
    const QString path = u"/v1/customers/"_s + customerId + u"/profiles/billing"_s;
    const HttpResult fetched = call("GET", path, helpdeskUser);
    QCOMPARE(fetched.status, 200);
    QJsonObject profile = fetched.json();
    const QString etag = profile.value(u"attributes"_s).toObject().value(u"etag"_s).toString();
    QVERIFY(!etag.isEmpty());
    profile.insert(u"email"_s, u"billing@example.org"_s);

    QJsonObject stale = profile;
    stale.insert(u"attributes"_s, QJsonObject{{u"etag"_s, u"12345"_s}, {u"objectType"_s, u"CustomerBillingProfile"_s}});
    const HttpResult refused = call("PUT", path, helpdeskUser, compact(stale));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), 2055);
    QCOMPARE(refused.description(), u"Etag is no longer valid"_s);

    QJsonObject withoutEtag = profile;
    withoutEtag.remove(u"attributes"_s);
    QCOMPARE(call("PUT", path, helpdeskUser, compact(withoutEtag)).code(), 3000);

    // Quoted If-Match, as the docs ask.
    const HttpResult updated
        = call("PUT", path, helpdeskUser, compact(withoutEtag), {{"If-Match", '"' + etag.toLatin1() + '"'}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"email"_s).toString(), u"billing@example.org"_s);
    const QString newEtag = updated.json().value(u"attributes"_s).toObject().value(u"etag"_s).toString();
    QVERIFY(!newEtag.isEmpty() && newEtag != etag);

    // The old ETag is stale now; the body's new one (what the .NET SDK sends) works.
    QCOMPARE(call("PUT", path, helpdeskUser, compact(profile)).code(), 2055);
    profile.insert(u"attributes"_s, QJsonObject{{u"Etag"_s, newEtag}});
    profile.insert(u"Culture"_s, profile.take(u"culture"_s));
    QCOMPARE(call("PUT", path, helpdeskUser, compact(profile)).status, 200);
}

void TestSandboxServer::countryValidationRules_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("defaultCulture");
    QTest::addColumn<QString>("postalCodeRegex");
    QTest::newRow("US (real capture)") << u"US"_s << u"en-US"_s << u"^\\d{5}(-\\d{4})?$"_s;
    QTest::newRow("PT (real capture)") << u"PT"_s << u"pt-PT"_s << u"^\\d{4}(-\\d{3})?$"_s;
    for (const char* country :
        {"DE", "TR", "JP", "GB", "FR", "ES", "BR", "CN", "SA", "AE", "IN", "CA", "NL", "IT", "KR", "MX"})
        QTest::newRow(country) << QString::fromLatin1(country) << QString() << QString();
}

void TestSandboxServer::countryValidationRules()
{
    QFETCH(QString, country);
    QFETCH(QString, defaultCulture);
    QFETCH(QString, postalCodeRegex);
    const HttpResult result = call("GET", u"/v1/countryvalidationrules/"_s + country, adminUser);
    QCOMPARE(result.status, 200);
    const QJsonObject rules = result.json();
    QCOMPARE(rules.value(u"iso2Code"_s).toString(), country);
    QVERIFY(!rules.contains(u"countryCode"_s));
    for (const QString& field : {u"defaultCulture"_s, u"isStateRequired"_s, u"supportedStatesList"_s,
             u"supportedLanguagesList"_s, u"supportedCulturesList"_s, u"isPostalCodeRequired"_s, u"isCityRequired"_s,
             u"isVatIdSupported"_s, u"isTaxIdSupported"_s, u"isTaxIdOptional"_s, u"countryCallingCodesList"_s}) {
        QVERIFY2(rules.contains(field), qPrintable(field));
    }
    QCOMPARE(rules.value(u"attributes"_s).toObject().value(u"objectType"_s).toString(), u"CountryValidationRules"_s);
    if (!defaultCulture.isEmpty()) {
        QCOMPARE(rules.value(u"defaultCulture"_s).toString(), defaultCulture);
        QCOMPARE(rules.value(u"postalCodeRegex"_s).toString(), postalCodeRegex);
    }
    if (country == u"US")
        QCOMPARE(rules.value(u"supportedStatesList"_s).toArray().size(), 51);
}

void TestSandboxServer::addressValidation_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QString>("status");
    QTest::newRow("verified") << QByteArray(R"({"AddressLine1":"1 Microsoft Way","City":"Redmond","State":"WA",
        "PostalCode":"98052","Country":"US"})")
                              << u"VerifiedShippable"_s;
    QTest::newRow("street without number") << QByteArray(R"({"addressLine1":"Microsoft Way","city":"Redmond",
        "state":"WA","postalCode":"98052","country":"US"})")
                                           << u"StreetPartial"_s;
    QTest::newRow("postal code not of the country") << QByteArray(R"({"addressLine1":"Rua Augusta 1",
        "city":"Lisboa","postalCode":"11000","country":"PT"})")
                                                    << u"None"_s;
    QTest::newRow("state missing") << QByteArray(R"({"addressLine1":"1 Main St","city":"Austin",
        "postalCode":"78701","country":"US"})")
                                   << u"None"_s;
    QTest::newRow("unknown country") << QByteArray(R"({"addressLine1":"1 Main St","city":"X","country":"ZZ"})")
                                     << u"None"_s;
}

void TestSandboxServer::addressValidation()
{
    QFETCH(QByteArray, address);
    QFETCH(QString, status);
    const HttpResult result = call("POST", u"/v1/validations/address"_s, adminUser, address);
    QCOMPARE(result.status, 200);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"status"_s).toString(), status);
    QVERIFY(json.value(u"originalAddress"_s).isObject());
    const QJsonArray suggestions = json.value(u"suggestedAddresses"_s).toArray();
    QCOMPARE(suggestions.isEmpty(), status == u"None");
    QCOMPARE(json.contains(u"validationMessage"_s), status != u"VerifiedShippable");
}

void TestSandboxServer::domainAvailability()
{
    QSqlQuery query(m_database);
    QVERIFY(query.exec(u"SELECT domain FROM customers ORDER BY row_id LIMIT 1"_s) && query.next());
    const QString domain = query.value(0).toString();
    const HttpResult taken = call("HEAD", u"/v1/domains/"_s + domain.toUpper(), salesUser);
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.header("Content-Length"), QByteArray("0"));
    QVERIFY(taken.body.isEmpty());
    const HttpResult free = call("HEAD", u"/v1/domains/surely-free-domain.onmicrosoft.com"_s, salesUser);
    QCOMPARE(free.status, 404);
    QCOMPARE(free.header("Content-Length"), QByteArray("0"));
    QVERIFY(free.body.isEmpty());
}

void TestSandboxServer::relationshipRequestLink()
{
    const HttpResult result = call("GET", u"/v1/customers/relationshiprequests"_s, resellerUser);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"url"_s).toString(),
        u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        "3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s);
    QCOMPARE(
        result.json().value(u"attributes"_s).toObject().value(u"objectType"_s).toString(), u"RelationshipRequest"_s);
}

void TestSandboxServer::subscriptionsOfACustomer()
{
    const QString customerId = takeCustomer(withPurchasesButNoAcceptance);
    const HttpResult result = call("GET", u"/v1/customers/"_s + customerId + u"/subscriptions"_s, helpdeskUser);
    QCOMPARE(result.status, 200);
    const QJsonArray items = result.json().value(u"items"_s).toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject subscription = items.first().toObject();
    for (const QString& field :
        {u"id"_s, u"offerId"_s, u"offerName"_s, u"friendlyName"_s, u"status"_s, u"creationDate"_s})
        QVERIFY2(!subscription.value(field).toString().isEmpty(), qPrintable(field));
    QVERIFY(subscription.value(u"quantity"_s).toInt() >= 1);
}

void TestSandboxServer::orderNeedsConfirmedAcceptance()
{
    // Existing purchases through a partner, no acceptance: the customer cannot order.
    const QString customerId = takeCustomer(withPurchasesButNoAcceptance);
    const QString ordersPath = u"/v1/customers/"_s + customerId + u"/orders"_s;
    const QByteArray order = R"({"ReferenceCustomerId":null,"BillingCycle":"monthly","LineItems":[
        {"LineItemNumber":0,"OfferId":"CFQ7TTC0LH18:0001","Quantity":5,"FriendlyName":"Basic for sales"},
        {"LineItemNumber":1,"OfferId":"CFQ7TTC0LFLX:0001","Quantity":2}]})";
    const int subscriptionsBefore = call("GET", u"/v1/customers/"_s + customerId + u"/subscriptions"_s, adminUser)
                                        .json()
                                        .value(u"totalCount"_s)
                                        .toInt();

    const HttpResult refused = call("POST", ordersPath, adminUser, order);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body,
        QByteArray("{\"code\":13605,\"data\":[],\"description\":\"Either a partner confirmation of the customer "
                   "acceptance of the Microsoft Customer Agreement must be provided or the customer must accept the "
                   "Microsoft Customer Agreement in the Microsoft Admin Center before you can complete this "
                   "purchase\",\"source\":\"PartnerFD\"}"));
    QCOMPARE(call("POST", ordersPath, resellerUser, order).status, 403);

    QCOMPARE(call("POST", u"/v1/customers/"_s + customerId + u"/agreements"_s, adminUser,
                 confirmationBody(u"buyer@example.com"_s))
                 .status,
        201);
    const HttpResult placed = call("POST", ordersPath, adminUser, order);
    QCOMPARE(placed.status, 201);
    const QJsonObject json = placed.json();
    QCOMPARE(json.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(json.value(u"referenceCustomerId"_s).toString(), customerId);
    QCOMPARE(json.value(u"billingCycle"_s).toString(), u"monthly"_s);
    QVERIFY(!json.value(u"currencyCode"_s).toString().isEmpty());
    QVERIFY(!json.value(u"creationDate"_s).toString().isEmpty());
    QCOMPARE(json.value(u"attributes"_s).toObject().value(u"objectType"_s).toString(), u"Order"_s);
    const QJsonArray lineItems = json.value(u"lineItems"_s).toArray();
    QCOMPARE(lineItems.size(), 2);
    QCOMPARE(lineItems.at(0).toObject().value(u"friendlyName"_s).toString(), u"Basic for sales"_s);
    QVERIFY(!lineItems.at(1).toObject().value(u"subscriptionId"_s).toString().isEmpty());

    const QJsonArray after = call("GET", u"/v1/customers/"_s + customerId + u"/subscriptions"_s, adminUser)
                                 .json()
                                 .value(u"items"_s)
                                 .toArray();
    QCOMPARE(after.size(), subscriptionsBefore + 2);
    QSet<QString> subscriptionIds;
    for (const QJsonValue& item : after)
        subscriptionIds.insert(item.toObject().value(u"id"_s).toString());
    QVERIFY(subscriptionIds.contains(lineItems.at(0).toObject().value(u"subscriptionId"_s).toString()));

    // A customer who accepted directly orders without a partner confirmation.
    const QString direct = takeCustomer(acceptedDirectly);
    QCOMPARE(call("POST", u"/v1/customers/"_s + direct + u"/orders"_s, salesUser, order).status, 201);
}

void TestSandboxServer::orderRules_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("order");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    const QByteArray valid = R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH18:0001","quantity":1}]})";
    QTest::newRow("helpdesk agent") << helpdeskUser << valid << 403 << 900150;
    QTest::newRow("indirect reseller") << resellerUser << valid << 403 << 900150;
    QTest::newRow("no line items") << adminUser << QByteArray(R"({"lineItems":[]})") << 400 << 3000;
    QTest::newRow("line numbers not from 0")
        << adminUser << QByteArray(R"({"lineItems":[{"lineItemNumber":1,"offerId":"CFQ7TTC0LH18:0001","quantity":1}]})")
        << 400 << 800071;
    QTest::newRow("unknown offer") << adminUser
                                   << QByteArray(
                                          R"({"lineItems":[{"lineItemNumber":0,"offerId":"NOPE","quantity":1}]})")
                                   << 400 << 800004;
    QTest::newRow("quantity 0")
        << adminUser << QByteArray(R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH18:0001","quantity":0}]})")
        << 400 << 3000;
    QTest::newRow("indirect provider for its reseller")
        << providerUser
        << QByteArray(
               R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH18:0001","quantity":3,"partnerIdOnRecord":"4847383"}]})")
        << 201 << 0;
}

void TestSandboxServer::orderRules()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, order);
    QFETCH(int, status);
    QFETCH(int, code);
    const QString customerId = takeCustomer(confirmedByPartner);
    const HttpResult result = call("POST", u"/v1/customers/"_s + customerId + u"/orders"_s, user, order);
    QCOMPARE(result.status, status);
    if (code != 0)
        QCOMPARE(result.code(), code);
    else
        QCOMPARE(
            result.json().value(u"lineItems"_s).toArray().first().toObject().value(u"partnerIdOnRecord"_s).toString(),
            u"4847383"_s);
}

// ---------------------------------------------------------------------------------------
// Cross-cutting behaviour

void TestSandboxServer::requestIdsAreEchoedAndJournaled()
{
    const QByteArray requestId = "9f0c2b1e-6a57-4c1b-8c44-2d0c3f1b7a10";
    const QByteArray correlationId = "0d81c700-7f3a-4a55-9e1b-2b9c4d6e8f01";
    // Header names in any case.
    const HttpResult echoed = call("GET", u"/v1/agreements?agreementType=MicrosoftCustomerAgreement"_s, adminUser, {},
        {{"ms-requestid", requestId}, {"MS-CORRELATIONID", correlationId}, {"X-Locale", "tr-TR"},
            {"MS-PartnerCenter-Application", "PartnerDesk tests"}});
    QCOMPARE(echoed.status, 200);
    QCOMPARE(echoed.header("MS-RequestId"), requestId);
    QCOMPARE(echoed.header("MS-CorrelationId"), correlationId);

    const HttpResult generated = call("GET", u"/v1/agreements"_s, adminUser);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(generated.header("MS-RequestId"))).isNull());
    QVERIFY(!QUuid::fromString(QString::fromLatin1(generated.header("MS-CorrelationId"))).isNull());

    const HttpResult journal = call("GET", u"/sandbox/requests"_s, {});
    QCOMPARE(journal.status, 200);
    QVERIFY2(!journal.body.contains(token(adminUser).toLatin1()), "the journal never holds a token");
    QVERIFY(!journal.body.contains("Bearer"));
    const QJsonArray entries = journal.jsonArray();
    QVERIFY(entries.size() <= 1000);
    bool found = false;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"requestId"_s).toString() != QString::fromLatin1(requestId))
            continue;
        found = true;
        QCOMPARE(entry.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(entry.value(u"path"_s).toString(), u"/v1/agreements"_s);
        QCOMPARE(entry.value(u"query"_s).toString(), u"agreementType=MicrosoftCustomerAgreement"_s);
        QCOMPARE(entry.value(u"correlationId"_s).toString(), QString::fromLatin1(correlationId));
        QCOMPARE(entry.value(u"locale"_s).toString(), u"tr-TR"_s);
        QCOMPARE(entry.value(u"application"_s).toString(), u"PartnerDesk tests"_s);
        QCOMPARE(entry.value(u"hasAuthorization"_s).toBool(), true);
        QCOMPARE(entry.value(u"status"_s).toInt(), 200);
    }
    QVERIFY(found);
}

void TestSandboxServer::unknownRouteAndWrongMethod()
{
    const HttpResult unknown = call("GET", u"/v1/nothing/here"_s, adminUser);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(u"source"_s).toString(), u"PartnerFD"_s);
    const HttpResult wrongMethod = call("DELETE", u"/v1/agreements"_s, adminUser);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
    // "relationshiprequests" is a resource of its own, never read as a customer id.
    QCOMPARE(call("POST", u"/v1/customers/relationshiprequests"_s, adminUser, "{}").status, 405);
}

void TestSandboxServer::throttleAnswers429WithRetryAfter()
{
    SandboxServer throttled;
    SandboxOptions options;
    options.seedCustomers = 3;
    options.throttlePerMinute = 3;
    QString error;
    QVERIFY2(throttled.start(options, &error), qPrintable(error));
    const QString accessToken = signIn(throttled.baseUrl(), adminUser); // sign-in is not throttled
    QVERIFY(!accessToken.isEmpty());
    const QUrl target(throttled.baseUrl().toString() + u"/v1/agreements"_s);
    const Headers authorization{{"Authorization", "Bearer " + accessToken.toLatin1()}};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send("GET", target, {}, authorization).status, 200);

    const HttpResult refused = send("GET", target, {}, authorization);
    QCOMPARE(refused.status, 429);
    bool isNumber = false;
    const int retryAfter = refused.header("Retry-After").toInt(&isNumber);
    QVERIFY(isNumber);
    QVERIFY2(retryAfter >= 1 && retryAfter <= 20, "one token every 20 seconds");
    QCOMPARE(refused.json().value(u"statusCode"_s).toInt(), 429);
    QCOMPARE(refused.json().value(u"message"_s).toString(),
        u"Rate limit is exceeded. Try again in %1 seconds."_s.arg(retryAfter));

    // Helpers are not throttled.
    QCOMPARE(send("GET", QUrl(throttled.baseUrl().toString() + u"/sandbox/stats"_s)).status, 200);
}

void TestSandboxServer::faultKindsOnTheWire_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status"); // 0: the connection is dropped without an answer
    QTest::addColumn<bool>("committed");
    QTest::newRow("429") << u"429"_s << 429 << false;
    QTest::newRow("500") << u"500"_s << 500 << false;
    QTest::newRow("503") << u"503"_s << 503 << false;
    QTest::newRow("dropped before the answer") << u"drop-before"_s << 0 << false;
    QTest::newRow("dropped after the commit") << u"drop-after"_s << 0 << true;
    QTest::newRow("slow") << u"slow"_s << 201 << true;
    QTest::newRow("malformed body") << u"malformed"_s << 201 << true;
}

void TestSandboxServer::faultKindsOnTheWire()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(bool, committed);

    SandboxServer server;
    SandboxOptions options;
    options.seedCustomers = 5;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    const QString base = server.baseUrl().toString();
    const QString accessToken = signIn(server.baseUrl(), adminUser);
    QVERIFY(!accessToken.isEmpty());
    const QString customerId = send(
        "GET", QUrl(base + u"/v1/customers?size=1"_s), {}, {{"Authorization", "Bearer " + accessToken.toLatin1()}})
                                   .json()
                                   .value(u"items"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
    QVERIFY(!customerId.isEmpty());
    const auto agreements
        = [&] { return send("GET", QUrl(base + u"/sandbox/stats"_s)).json().value(u"agreements"_s).toInt(-1); };
    const int before = agreements();

    // Every /v1 request fails this way from now on.
    const QJsonObject faults{{u"seed"_s, 1}, {u"shares"_s, QJsonObject{{kind, 100}}}, {u"retryAfterSeconds"_s, 7},
        {u"slowMilliseconds"_s, 400}};
    const HttpResult configured
        = send("PUT", QUrl(base + u"/sandbox/faults"_s), compact(faults), {{"Content-Type", "application/json"}});
    QCOMPARE(configured.status, 200);
    QCOMPARE(configured.json().value(u"shares"_s).toObject().value(kind).toDouble(), 100.0);

    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const RawExchange exchange = rawExchange(server.port(),
        rawRequest("POST", "/v1/customers/" + customerId.toLatin1() + "/agreements", accessToken,
            confirmationBody(u"fault-%1@contoso.com"_s.arg(kind)), requestId));
    QCOMPARE(exchange.status(), status);
    if (status == 0) {
        // Really dropped: not one byte of an answer, and the connection is gone.
        QVERIFY2(exchange.received.isEmpty(), exchange.received.constData());
        QVERIFY(exchange.closedByServer);
    } else if (kind == u"429"_s) {
        QCOMPARE(exchange.header("Retry-After"), QByteArray("7"));
        const QJsonObject body = QJsonDocument::fromJson(exchange.body()).object();
        QCOMPARE(body.value(u"statusCode"_s).toInt(), 429);
        QCOMPARE(body.value(u"message"_s).toString(), u"Rate limit is exceeded. Try again in 7 seconds."_s);
    } else if (status >= 500) {
        const QJsonObject body = QJsonDocument::fromJson(exchange.body()).object();
        QCOMPARE(body.value(u"code"_s).toInt(), 800003);
        QCOMPARE(body.value(u"source"_s).toString(), u"PartnerFD"_s);
    } else if (kind == u"slow"_s) {
        QVERIFY2(exchange.firstByteMs >= 350, qPrintable(QString::number(exchange.firstByteMs)));
        QVERIFY(exchange.bodyIsJson());
        QCOMPARE(exchange.header("MS-RequestId"), requestId);
    } else if (kind == u"malformed"_s) {
        QVERIFY(!exchange.bodyIsJson());
        QVERIFY(!exchange.body().isEmpty());
        QCOMPARE(exchange.header("Content-Length").toInt(), exchange.body().size());
        QCOMPARE(exchange.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    }
    QCOMPARE(agreements(), before + (committed ? 1 : 0));

    // Counted, and named in the request journal.
    const QJsonObject counts = send("GET", QUrl(base + u"/sandbox/faults"_s)).json();
    QCOMPARE(counts.value(u"requests"_s).toInt(), 1);
    QCOMPARE(counts.value(u"total"_s).toInt(), 1);
    QCOMPARE(counts.value(u"injected"_s).toObject().value(kind).toInt(), 1);
    const QJsonArray journal = send("GET", QUrl(base + u"/sandbox/requests"_s)).jsonArray();
    QJsonObject last;
    for (const QJsonValue& entry : journal) {
        if (entry.toObject().value(u"requestId"_s).toString() == QString::fromLatin1(requestId))
            last = entry.toObject();
    }
    QCOMPARE(last.value(u"fault"_s).toString(), kind);
    QCOMPARE(last.value(u"status"_s).toInt(), status == 0 && !committed ? 0 : (committed ? 201 : status));

    // A committed POST repeated with its MS-RequestId, faults off, is the first answer again.
    QCOMPARE(send("PUT", QUrl(base + u"/sandbox/faults"_s), "{}", {{"Content-Type", "application/json"}}).status, 200);
    const RawExchange repeated = rawExchange(server.port(),
        rawRequest("POST", "/v1/customers/" + customerId.toLatin1() + "/agreements", accessToken,
            confirmationBody(u"fault-%1@contoso.com"_s.arg(kind)), requestId));
    QCOMPARE(repeated.status(), 201);
    QCOMPARE(agreements(), before + 1);
}

void TestSandboxServer::faultsAreSeededCountedAndOnlyForTheApi()
{
    SandboxServer server;
    SandboxOptions options;
    options.seedCustomers = 3;
    QString problem;
    options.faults = *FaultOptions::parseShares(u"all=70"_s, &problem);
    options.faults.seed = 11;
    options.faults.retryAfterSeconds = 0;
    options.faults.slowMilliseconds = 200;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    const QString base = server.baseUrl().toString();
    // The sign-in is never faulted.
    QString accessToken;
    for (int i = 0; i < 10; ++i) {
        accessToken = signIn(server.baseUrl(), adminUser);
        QVERIFY(!accessToken.isEmpty());
    }

    // What each of 60 requests met: the status on the wire (0: dropped) and whether the body
    // was JSON, and the fault the journal names.
    const auto run = [&] {
        QStringList seen;
        for (int i = 0; i < 60; ++i) {
            const RawExchange exchange
                = rawExchange(server.port(), rawRequest("GET", "/v1/agreements?agreementType=*", accessToken));
            seen << u"%1/%2"_s.arg(exchange.status()).arg(exchange.bodyIsJson());
            // Helpers between the requests are not faulted and not counted.
            if (send("GET", QUrl(base + u"/sandbox/stats"_s)).status != 200)
                seen << u"helper failed"_s;
        }
        const QJsonArray journal = send("GET", QUrl(base + u"/sandbox/requests"_s)).jsonArray();
        QStringList faults;
        for (const QJsonValue& entry : journal) {
            if (entry.toObject().value(u"path"_s).toString() == u"/v1/agreements"_s)
                faults << entry.toObject().value(u"fault"_s).toString();
        }
        return std::make_pair(seen, faults.mid(faults.size() - 60));
    };
    const auto first = run();
    const QJsonObject counts = send("GET", QUrl(base + u"/sandbox/faults"_s)).json();
    QCOMPARE(counts.value(u"requests"_s).toInt(), 60);
    QCOMPARE(counts.value(u"seed"_s).toInt(), 11);
    const QJsonObject injected = counts.value(u"injected"_s).toObject();
    int total = 0;
    for (const QString& kind :
        {u"429"_s, u"500"_s, u"503"_s, u"drop-before"_s, u"drop-after"_s, u"slow"_s, u"malformed"_s}) {
        QVERIFY2(injected.value(kind).toInt() > 0, qPrintable(kind)); // with this seed, every kind
        QCOMPARE(first.second.count(kind), injected.value(kind).toInt());
        total += injected.value(kind).toInt();
    }
    QCOMPARE(counts.value(u"total"_s).toInt(), total);
    QCOMPARE(first.second.count(QString()), 60 - total);
    QVERIFY(total > 30 && total < 55); // about 70 % of 60

    // The same seed again: the same faults for the same sequence of requests.
    QJsonObject again = counts;
    again.remove(u"injected"_s);
    QCOMPARE(send("PUT", QUrl(base + u"/sandbox/faults"_s), compact(again), {{"Content-Type", "application/json"}})
                 .json()
                 .value(u"total"_s)
                 .toInt(),
        0);
    const auto second = run();
    QCOMPARE(second.second, first.second);
    QCOMPARE(second.first, first.first);
}

void TestSandboxServer::faultSharesAreValidated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("total");
    QTest::newRow("none") << QString() << true << 0.0;
    QTest::newRow("all spread evenly") << u"all=21"_s << true << 21.0;
    QTest::newRow("two kinds") << u"429=5,drop-after=2.5"_s << true << 7.5;
    QTest::newRow("names in any case") << u"DROP-BEFORE=1,Slow=1"_s << true << 2.0;
    QTest::newRow("unknown kind") << u"404=5"_s << false << 0.0;
    QTest::newRow("no share") << u"429"_s << false << 0.0;
    QTest::newRow("share above 100") << u"500=101"_s << false << 0.0;
    QTest::newRow("negative share") << u"500=-1"_s << false << 0.0;
    QTest::newRow("sum above 100") << u"500=60,503=60"_s << false << 0.0;
}

void TestSandboxServer::faultSharesAreValidated()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, total);
    QString error;
    const std::optional<FaultOptions> parsed = FaultOptions::parseShares(text, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QVERIFY(qAbs(parsed->totalPercent() - total) < 1e-9);
        QCOMPARE(FaultOptions::parseShares(parsed->sharesText(), &error)->percent, parsed->percent);
    } else {
        QVERIFY(!error.isEmpty());
    }

    // The helper refuses what the parser refuses, and changes nothing then.
    QJsonObject shares;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'=');
        shares.insert(parts.at(0), parts.size() > 1 ? QJsonValue(parts.at(1).toDouble()) : QJsonValue(u"x"_s));
    }
    const HttpResult answer = call("PUT", u"/sandbox/faults"_s, {}, compact(QJsonObject{{u"shares"_s, shares}}));
    QCOMPARE(answer.status, valid ? 200 : 400);
    if (!valid)
        QCOMPARE(answer.code(), 3000);
    QCOMPARE(call("PUT", u"/sandbox/faults"_s, {}, "{}").status, 200); // off again for the other tests
    QCOMPARE(call("GET", u"/sandbox/faults"_s, {}).json().value(u"total"_s).toInt(), 0);
}

void TestSandboxServer::executableInjectsFaults()
{
    QProcess refused;
    refused.start(PartnerDesk::Test::binaryDirectory() + u"/partnerdesk-sandbox"_s, {u"--faults"_s, u"404=5"_s});
    QVERIFY(refused.waitForFinished(20000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY(refused.readAllStandardError().contains("unknown fault"));

    QProcess process;
    QString line;
    const QUrl base = startStandaloneSandbox(
        process, {u"--seed-customers"_s, u"3"_s, u"--faults"_s, u"503=100"_s, u"--fault-seed"_s, u"4"_s}, &line);
    QVERIFY2(base.isValid(), qPrintable(line));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    QCOMPARE(
        QString::fromUtf8(process.readLine()).trimmed(), u"Injecting faults into /v1 requests: 503=100 (seed 4)"_s);
    const QString accessToken = signIn(base, adminUser);
    QVERIFY(!accessToken.isEmpty());
    QCOMPARE(send("GET", QUrl(base.toString() + u"/v1/agreements"_s), {},
                 {{"Authorization", "Bearer " + accessToken.toLatin1()}})
                 .status,
        503);
    const QJsonObject counts = send("GET", QUrl(base.toString() + u"/sandbox/faults"_s)).json();
    QCOMPARE(counts.value(u"seed"_s).toInt(), 4);
    QCOMPARE(counts.value(u"injected"_s).toObject().value(u"503"_s).toInt(), 1);
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxServer::embeddedSandboxWithByteOrderMark()
{
    EmbeddedSandbox embedded;
    SandboxOptions options;
    options.seedCustomers = 10;
    options.emitByteOrderMark = true;
    QString error;
    QVERIFY2(embedded.start(options, &error), qPrintable(error));
    QVERIFY(embedded.isRunning());
    QCOMPARE(embedded.baseUrl().host(), u"127.0.0.1"_s);
    const QString databasePath = embedded.databasePath();
    QVERIFY(QFile::exists(databasePath));

    const HttpResult stats = send("GET", QUrl(embedded.baseUrl().toString() + u"/sandbox/stats"_s));
    QCOMPARE(stats.status, 200);
    QVERIFY2(stats.body.startsWith("\xEF\xBB\xBF{"), stats.body.left(8).toHex().constData());
    QCOMPARE(QJsonDocument::fromJson(stats.body.mid(3)).object().value(u"customers"_s).toInt(), 10);
    QCOMPARE(stats.header("Content-Length").toInt(), stats.body.size());

    const QString accessToken = signIn(embedded.baseUrl(), providerUser);
    QVERIFY(!accessToken.isEmpty());
    const HttpResult error404 = send("GET", QUrl(embedded.baseUrl().toString() + u"/v1/customers/nobody"_s), {},
        {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    QCOMPARE(error404.status, 404);
    QVERIFY(error404.body.startsWith("\xEF\xBB\xBF"));

    // A token from another sandbox (another database, another secret) is worthless here.
    QCOMPARE(send("GET", QUrl(embedded.baseUrl().toString() + u"/v1/agreements"_s), {},
                 {{"Authorization", "Bearer " + token(adminUser).toLatin1()}})
                 .status,
        401);

    embedded.stop();
    QVERIFY(!embedded.isRunning());
    QVERIFY(!QFile::exists(databasePath));
}

// The app's start: the address at once, the database prepared in the sandbox's thread, a
// request sent meanwhile answered once it is ready; failures reported either way.
void TestSandboxServer::embeddedSandboxStartsInBackground()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QObject context;
    QStringList readyCalls;
    const auto ready = [&readyCalls](const QString& failure) { readyCalls << failure; };
    {
        EmbeddedSandbox embedded;
        SandboxOptions options;
        options.seedCustomers = 3000; // seeded in the background
        options.databasePath = directory.filePath(u"background.sqlite"_s);
        QString error;
        QVERIFY2(embedded.startInBackground(options, &context, ready, &error), qPrintable(error));
        QCOMPARE(embedded.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(embedded.baseUrl().port() > 0);
        QVERIFY(readyCalls.isEmpty()); // told on this thread's event loop, not before returning
        // Sent before the sandbox said it is ready: it waits and is answered in full.
        const HttpResult stats = send("GET", QUrl(embedded.baseUrl().toString() + u"/sandbox/stats"_s));
        QCOMPARE(stats.status, 200);
        QCOMPARE(QJsonDocument::fromJson(stats.body).object().value(u"customers"_s).toInt(), 3000);
        QTRY_COMPARE(readyCalls, QStringList{QString()});
        QVERIFY(!signIn(embedded.baseUrl(), providerUser).isEmpty());
    }

    // The socket listens, the database cannot be opened: told through `ready`.
    readyCalls.clear();
    {
        EmbeddedSandbox embedded;
        SandboxOptions options;
        options.databasePath = directory.path(); // a directory
        QString error;
        QVERIFY2(embedded.startInBackground(options, &context, ready, &error), qPrintable(error));
        QTRY_COMPARE(readyCalls.size(), qsizetype(1));
        QVERIFY(!readyCalls.constFirst().isEmpty());
    }

    // Not even the socket: false at once, and `ready` is never called.
    readyCalls.clear();
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    {
        EmbeddedSandbox embedded;
        SandboxOptions options;
        options.port = taken.serverPort();
        QString error;
        QVERIFY(!embedded.startInBackground(options, &context, ready, &error));
        QVERIFY(error.contains(QString::number(taken.serverPort())));
        QVERIFY(!embedded.isRunning());
    }
    QTest::qWait(100);
    QVERIFY(readyCalls.isEmpty());
}

void TestSandboxServer::executableServesUntilTerminated()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QProcess process;
    QString line;
    const QUrl base = startStandaloneSandbox(process,
        {u"--port"_s, u"0"_s, u"--seed-customers"_s, u"12"_s, u"--seed"_s, u"3"_s, u"--database"_s,
            directory.filePath(u"sandbox.sqlite"_s)},
        &line);
    QVERIFY2(base.isValid(), qPrintable(line));

    const HttpResult stats = send("GET", QUrl(base.toString() + u"/sandbox/stats"_s));
    QCOMPARE(stats.json().value(u"customers"_s).toInt(), 12);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(directory.filePath(u"sandbox.sqlite"_s)));
}

void TestSandboxServer::resetReseedsDeterministically()
{
    const QJsonArray before = call("GET", u"/v1/customers?size=20"_s, adminUser).json().value(u"items"_s).toArray();
    const HttpResult reset = call("POST", u"/sandbox/reset"_s, {});
    QCOMPARE(reset.status, 200);
    const QJsonObject stats = reset.json();
    QCOMPARE(stats.value(u"customers"_s).toInt(), seededCustomers);
    QCOMPARE(stats.value(u"orders"_s).toInt(), 0);
    QCOMPARE(stats.value(u"duplicateAgreements"_s).toInt(), 0);
    // Same seed, same customers; the signed-in users stay signed in.
    const HttpResult after = call("GET", u"/v1/customers?size=20"_s, adminUser);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"items"_s).toArray(), before);
    m_usedCustomers.clear();
}

void TestSandboxServer::seedsAndPagesHundredThousandCustomers()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SandboxOptions options;
    options.databasePath = directory.filePath(u"large.sqlite"_s);
    options.seedCustomers = 100000;
    options.seed = 42;

    SandboxServer large;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(large.start(options, &error), qPrintable(error));
    const double seedSeconds = double(timer.elapsed()) / 1000.0;
    qInfo("Seeded 100,000 customers (with agreements and subscriptions) in %.2f s", seedSeconds);

    const QJsonObject stats = send("GET", QUrl(large.baseUrl().toString() + u"/sandbox/stats"_s)).json();
    QCOMPARE(stats.value(u"customers"_s).toInt(), 100000);
    QVERIFY(stats.value(u"agreements"_s).toInt() > 40000);
    QVERIFY(stats.value(u"subscriptions"_s).toInt() > 50000);
    QCOMPARE(stats.value(u"duplicateAgreements"_s).toInt(), 0);

    // Keyset paging keeps the last page as cheap as the first.
    const QString accessToken = signIn(large.baseUrl(), adminUser);
    const Headers authorization{{"Authorization", "Bearer " + accessToken.toLatin1()}};
    timer.restart();
    QSet<QString> seen;
    seen.reserve(100000);
    HttpResult page = send("GET", QUrl(large.baseUrl().toString() + u"/v1/customers?size=500"_s), {}, authorization);
    int pages = 0;
    Q_FOREVER
    {
        QCOMPARE(page.status, 200);
        ++pages;
        const QJsonObject json = page.json();
        const QJsonArray items = json.value(u"items"_s).toArray();
        for (const QJsonValue& item : items)
            seen.insert(item.toObject().value(u"id"_s).toString());
        const QString continuation = json.value(u"continuationToken"_s).toString();
        if (continuation.isEmpty())
            break;
        Headers next = authorization;
        next.emplaceBack("MS-ContinuationToken", continuation.toUtf8());
        page = send("GET",
            QUrl(large.baseUrl().toString()
                + json.value(u"links"_s).toObject().value(u"next"_s).toObject().value(u"uri"_s).toString()),
            {}, next);
    }
    qInfo("Listed 100,000 customers in %d pages of 500 in %.2f s", pages, double(timer.elapsed()) / 1000.0);
    QCOMPARE(pages, 200);
    QCOMPARE(seen.size(), 100000);
    large.stop();
    QVERIFY2(QFile::exists(options.databasePath), "a named database is kept");
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
