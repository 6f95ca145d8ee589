// The client against the real sandbox server over loopback: every endpoint, rule and error.
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/Jwt.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"
#include "flows/evidence/EvidenceStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::Await;
using PartnerDesk::Test::SandboxFixture;

namespace {

Agreement agreementFor(const QString& email, const QDate& date, const QString& phone = {})
{
    Agreement agreement;
    agreement.primaryContact = Contact{QStringLiteral("İpek"), QStringLiteral("Yılmaz"), email, phone};
    agreement.templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");
    agreement.type = QString(AgreementTypes::MicrosoftCustomerAgreement);
    agreement.setAcceptanceDate(date);
    return agreement;
}

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace

class TestClientAgainstSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signInPutsRoleInToken();
    void agreementMetadata();
    void listEveryCustomerThroughContinuationLinks();
    void searchByCompanyNamePrefix();
    void customerBillingProfileAndCountryRules();
    void confirmThenDuplicateIsAlreadyConfirmed();
    void changedContactIsANewConfirmation();
    void futureDateRefusedByServer();
    void orderNeedsAgreement();
    void seededStatusesAreConsistent();
    void templateLinksAreFreshAndDownloadable();
    void billingProfileEtag();
    void domainAvailability();
    void createCustomerReturnsCredentialsOnce();
    void addressValidation();
    void relationshipRequestLink();
    void unknownCustomerIsNotFound();
    void forgedTokenIsUnauthorized();
    void indirectResellerCannotConfirm();
    void helpdeskCannotConfirm();
    void throttledCallsWaitAndSucceed();
    void byteOrderMarkBodies();
    void expiredTokenIsRefreshed();
    void workspaceAttestationLeavesEvidence();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QStringList m_customerIds;
};

void TestClientAgainstSandbox::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_customerIds = m_sandbox->customerIds(500);
    QVERIFY(m_customerIds.size() >= 50);
}

void TestClientAgainstSandbox::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestClientAgainstSandbox::signInPutsRoleInToken()
{
    bool hasRole = false;
    bool hasType = false;
    const Session session = Jwt::sessionFromClaims(Jwt::claims(m_sandbox->accessToken()), &hasRole, &hasType);
    QVERIFY(hasRole);
    QVERIFY(hasType);
    QCOMPARE(session.role, Role::AdminAgent);
    QCOMPARE(session.partnerType, PartnerType::DirectBill);
    QVERIFY(!session.userId.isEmpty());
    QVERIFY(!session.tenantId.isEmpty());
    QVERIFY(!session.partnerName.isEmpty()); // the invitations sign with it
}

void TestClientAgainstSandbox::agreementMetadata()
{
    Await<QList<AgreementMetadata>> metadata;
    m_sandbox->client()->agreementMetadata(
        QString(AgreementTypes::MicrosoftCustomerAgreement), nullptr, metadata.callback());
    QVERIFY(metadata.wait());
    QVERIFY(metadata.ok());
    QCOMPARE(metadata.value().size(), 1);
    QCOMPARE(metadata.value().at(0).templateId, QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9"));
    QCOMPARE(metadata.value().at(0).agreementLink, QStringLiteral("https://aka.ms/customeragreement"));

    Await<QList<AgreementMetadata>> all;
    m_sandbox->client()->agreementMetadata(QString(AgreementTypes::All), nullptr, all.callback());
    QVERIFY(all.wait());
    QCOMPARE(all.value().size(), 2);
}

void TestClientAgainstSandbox::listEveryCustomerThroughContinuationLinks()
{
    QSet<QString> seen;
    int pages = 0;
    Await<Page<Customer>> first;
    m_sandbox->client()->customers(7, nullptr, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.ok());
    Page<Customer> page = first.value();
    while (true) {
        ++pages;
        QVERIFY(page.items.size() <= 7);
        for (const Customer& customer : page.items) {
            QVERIFY2(!seen.contains(customer.id), "a customer came twice");
            seen.insert(customer.id);
            QVERIFY(!customer.companyProfile.companyName.isEmpty());
            QVERIFY(!customer.billingProfile.has_value()); // list items carry no billing profile
        }
        if (!page.next)
            break;
        QVERIFY(!page.next->headers.isEmpty());
        Await<Page<Customer>> next;
        m_sandbox->client()->nextCustomers(*page.next, nullptr, next.callback());
        QVERIFY(next.wait());
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message()));
        page = next.value();
    }
    const int total
        = m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats")).toObject().value(QLatin1String("customers")).toInt();
    QCOMPARE(seen.size(), total);
    QVERIFY(pages > 1);
}

void TestClientAgainstSandbox::searchByCompanyNamePrefix()
{
    Await<Customer> customer;
    m_sandbox->client()->customer(m_customerIds.at(3), nullptr, customer.callback());
    QVERIFY(customer.wait());
    const QString prefix = customer.value().companyProfile.companyName.left(3);
    Await<Page<Customer>> found;
    m_sandbox->client()->searchCustomers(
        CustomerSearchField::CompanyName, prefix.toLower(), 500, nullptr, found.callback());
    QVERIFY(found.wait());
    QVERIFY(found.ok());
    bool containsIt = false;
    for (const Customer& c : found.value().items) {
        QVERIFY(c.companyProfile.companyName.startsWith(prefix, Qt::CaseInsensitive));
        containsIt = containsIt || c.id == customer.value().id;
    }
    QVERIFY(containsIt);

    Await<Page<Customer>> byDomain;
    m_sandbox->client()->searchCustomers(
        CustomerSearchField::Domain, customer.value().companyProfile.domain, 10, nullptr, byDomain.callback());
    QVERIFY(byDomain.wait());
    QCOMPARE(byDomain.value().items.size(), 1);
}

void TestClientAgainstSandbox::customerBillingProfileAndCountryRules()
{
    Await<Customer> customer;
    m_sandbox->client()->customer(m_customerIds.at(0), nullptr, customer.callback());
    QVERIFY(customer.wait());
    QVERIFY(customer.ok());
    QVERIFY(customer.value().billingProfile.has_value());
    QVERIFY(!customer.value().billingProfile->etag.isEmpty());
    const QString country = customer.value().country();
    QCOMPARE(country.size(), 2);

    Await<CountryRules> rules;
    m_sandbox->client()->countryRules(country, nullptr, rules.callback());
    QVERIFY(rules.wait());
    QVERIFY(rules.ok());
    QCOMPARE(rules.value().iso2Code, country);
    QVERIFY(!rules.value().supportedCulturesList.isEmpty());

    Await<CountryRules> us;
    m_sandbox->client()->countryRules(QStringLiteral("US"), nullptr, us.callback());
    QVERIFY(us.wait());
    QVERIFY(us.value().isStateRequired);
    QCOMPARE(us.value().postalCodeRegex, QStringLiteral("^\\d{5}(-\\d{4})?$"));

    Await<CountryRules> unknown;
    m_sandbox->client()->countryRules(QStringLiteral("UK"), nullptr, unknown.callback());
    QVERIFY(unknown.wait());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().httpStatus, 404);
}

void TestClientAgainstSandbox::confirmThenDuplicateIsAlreadyConfirmed()
{
    const QString customerId = m_customerIds.at(10);
    const Agreement agreement = agreementFor(QStringLiteral("ipek.yilmaz@ornek.com.tr"), todayUtc().addDays(-3));
    Await<AgreementConfirmation> first;
    m_sandbox->client()->confirmCustomerAgreement(customerId, agreement, nullptr, first.callback());
    QVERIFY(first.wait());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
    QCOMPARE(first.value().outcome, AgreementConfirmation::Outcome::Confirmed);
    QVERIFY(!first.value().agreement.userId.isEmpty()); // derived from the token
    QCOMPARE(first.value().agreement.acceptanceDate(), todayUtc().addDays(-3));

    Await<AgreementConfirmation> again;
    m_sandbox->client()->confirmCustomerAgreement(customerId, agreement, nullptr, again.callback());
    QVERIFY(again.wait());
    QVERIFY(again.ok());
    QCOMPARE(again.value().outcome, AgreementConfirmation::Outcome::AlreadyConfirmed);

    Await<AgreementStatus> status;
    AgreementStatusLoader::load(m_sandbox->client(), customerId, nullptr, status.callback());
    QVERIFY(status.wait());
    QVERIFY(status.ok());
    QVERIFY(status.value().partnerConfirmed());
    QCOMPARE(status.value().verdict(), McaStatus::ConfirmedByPartner);
    int matching = 0;
    for (const Agreement& a : status.value().agreements)
        matching += a.primaryContact == agreement.primaryContact ? 1 : 0;
    QCOMPARE(matching, 1);
    QCOMPARE(m_sandbox->sandboxJson(QStringLiteral("/sandbox/stats"))
                 .toObject()
                 .value(QLatin1String("duplicateAgreements"))
                 .toInt(),
        0);
}

void TestClientAgainstSandbox::changedContactIsANewConfirmation()
{
    const QString customerId = m_customerIds.at(11);
    Await<AgreementConfirmation> first;
    m_sandbox->client()->confirmCustomerAgreement(
        customerId, agreementFor(QStringLiteral("a@contoso.com"), todayUtc()), nullptr, first.callback());
    QVERIFY(first.wait());
    QCOMPARE(first.value().outcome, AgreementConfirmation::Outcome::Confirmed);
    Await<AgreementConfirmation> second;
    m_sandbox->client()->confirmCustomerAgreement(customerId,
        agreementFor(QStringLiteral("a@contoso.com"), todayUtc(), QStringLiteral("+1 425 555 0100")), nullptr,
        second.callback());
    QVERIFY(second.wait());
    QCOMPARE(second.value().outcome, AgreementConfirmation::Outcome::Confirmed);
}

void TestClientAgainstSandbox::futureDateRefusedByServer()
{
    // PartnerDesk never sends this (validation refuses it first); the server must refuse it too.
    Await<AgreementConfirmation> future;
    m_sandbox->client()->confirmCustomerAgreement(m_customerIds.at(12),
        agreementFor(QStringLiteral("future@contoso.com"), todayUtc().addDays(2)), nullptr, future.callback());
    QVERIFY(future.wait());
    QVERIFY(!future.ok());
    QCOMPARE(future.error().httpStatus, 400);
    QCOMPARE(future.error().code, QStringLiteral("600002"));
    QVERIFY(!future.error().description.isEmpty());
}

void TestClientAgainstSandbox::orderNeedsAgreement()
{
    // Find a customer with neither confirmation nor direct acceptance.
    QString customerId;
    for (const QString& id : std::as_const(m_customerIds)) {
        Await<AgreementStatus> status;
        AgreementStatusLoader::load(m_sandbox->client(), id, nullptr, status.callback());
        QVERIFY(status.wait());
        if (status.ok() && status.value().verdict() == McaStatus::NotConfirmed) {
            customerId = id;
            break;
        }
    }
    QVERIFY2(!customerId.isEmpty(), "the seed has no customer without an agreement");

    Order order;
    order.billingCycle = QStringLiteral("monthly");
    order.lineItems.append(
        OrderLineItem{0, QStringLiteral("CFQ7TTC0LH18:0001"), {}, {}, QStringLiteral("Business Basic"), 5, {}});
    Await<Order> refused;
    m_sandbox->client()->createOrder(customerId, order, nullptr, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 403);
    QVERIFY(refused.error().isAgreementMissing());

    Await<AgreementConfirmation> confirmed;
    m_sandbox->client()->confirmCustomerAgreement(
        customerId, agreementFor(QStringLiteral("buyer@contoso.com"), todayUtc()), nullptr, confirmed.callback());
    QVERIFY(confirmed.wait());
    QVERIFY(confirmed.ok());

    Await<Order> placed;
    m_sandbox->client()->createOrder(customerId, order, nullptr, placed.callback());
    QVERIFY(placed.wait());
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message()));
    QVERIFY(!placed.value().id.isEmpty());
    QCOMPARE(placed.value().lineItems.size(), 1);

    Await<QList<Subscription>> subscriptions;
    m_sandbox->client()->subscriptions(customerId, nullptr, subscriptions.callback());
    QVERIFY(subscriptions.wait());
    QVERIFY(subscriptions.ok());
    QVERIFY(!subscriptions.value().isEmpty());
}

void TestClientAgainstSandbox::seededStatusesAreConsistent()
{
    int confirmed = 0;
    int direct = 0;
    int none = 0;
    for (const QString& id : m_customerIds.mid(20, 40)) {
        Await<AgreementStatus> status;
        AgreementStatusLoader::load(m_sandbox->client(), id, nullptr, status.callback());
        QVERIFY(status.wait());
        QVERIFY(status.ok());
        switch (status.value().verdict()) {
        case McaStatus::ConfirmedByPartner:
            ++confirmed;
            break;
        case McaStatus::AcceptedDirectly:
            ++direct;
            break;
        case McaStatus::NotConfirmed:
            ++none;
            break;
        case McaStatus::Unknown:
            QFAIL("a loaded status is never unknown");
        }
    }
    QVERIFY(confirmed > 0);
    QVERIFY(direct > 0);
    QVERIFY(none > 0);
}

void TestClientAgainstSandbox::templateLinksAreFreshAndDownloadable()
{
    const QString templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");
    Await<AgreementDocument> first;
    m_sandbox->client()->agreementDocument(
        templateId, QStringLiteral("de-DE"), QStringLiteral("DE"), nullptr, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.ok());
    QCOMPARE(first.value().country, QStringLiteral("DE"));
    QCOMPARE(first.value().language, QStringLiteral("de-DE"));
    Await<AgreementDocument> second;
    m_sandbox->client()->agreementDocument(
        templateId, QStringLiteral("de-DE"), QStringLiteral("DE"), nullptr, second.callback());
    QVERIFY(second.wait());
    QVERIFY(second.value().downloadUri != first.value().downloadUri);

    QNetworkReply* download = m_sandbox->network()->get(QNetworkRequest(QUrl(first.value().downloadUri)));
    QTRY_VERIFY_WITH_TIMEOUT(download->isFinished(), 20000);
    QCOMPARE(download->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(download->readAll().size() > 1000);
    download->deleteLater();

    Await<AgreementDocument> fallback;
    m_sandbox->client()->agreementDocument(
        templateId, QStringLiteral("ja-JP"), QStringLiteral("DE"), nullptr, fallback.callback());
    QVERIFY(fallback.wait());
    QCOMPARE(fallback.value().language, QStringLiteral("en-US")); // not offered in DE: falls back

    Await<AgreementDocument> wrongCase;
    m_sandbox->client()->agreementDocument(
        templateId.toUpper(), {}, QStringLiteral("US"), nullptr, wrongCase.callback());
    QVERIFY(wrongCase.wait());
    QCOMPARE(wrongCase.error().httpStatus, 404); // the template id is case-sensitive
}

void TestClientAgainstSandbox::billingProfileEtag()
{
    const QString customerId = m_customerIds.at(13);
    Await<BillingProfile> profile;
    m_sandbox->client()->billingProfile(customerId, nullptr, profile.callback());
    QVERIFY(profile.wait());
    QVERIFY(profile.ok());
    BillingProfile changed = profile.value();
    changed.defaultAddress.addressLine2 = QStringLiteral("Kat 3");
    Await<BillingProfile> updated;
    m_sandbox->client()->updateBillingProfile(customerId, changed, nullptr, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message()));
    QCOMPARE(updated.value().defaultAddress.addressLine2, QStringLiteral("Kat 3"));
    QVERIFY(updated.value().etag != profile.value().etag);

    // The old etag is stale now.
    Await<BillingProfile> stale;
    m_sandbox->client()->updateBillingProfile(customerId, changed, nullptr, stale.callback());
    QVERIFY(stale.wait());
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, QStringLiteral("2055"));
}

void TestClientAgainstSandbox::domainAvailability()
{
    Await<Customer> customer;
    m_sandbox->client()->customer(m_customerIds.at(0), nullptr, customer.callback());
    QVERIFY(customer.wait());
    Await<bool> taken;
    m_sandbox->client()->domainAvailability(
        customer.value().companyProfile.domain.toUpper(), nullptr, taken.callback());
    QVERIFY(taken.wait());
    QVERIFY(taken.ok());
    QVERIFY(!taken.value());
    Await<bool> free;
    m_sandbox->client()->domainAvailability(
        QStringLiteral("nobodyhasthis%1.onmicrosoft.com").arg(QDateTime::currentMSecsSinceEpoch()), nullptr,
        free.callback());
    QVERIFY(free.wait());
    QVERIFY(free.ok());
    QVERIFY(free.value());
}

void TestClientAgainstSandbox::createCustomerReturnsCredentialsOnce()
{
    Customer customer;
    customer.companyProfile.domain
        = QStringLiteral("yenimusteri%1.onmicrosoft.com").arg(QDateTime::currentMSecsSinceEpoch());
    BillingProfile billing;
    billing.email = QStringLiteral("ayse@yenimusteri.com.tr");
    billing.culture = QStringLiteral("tr-TR");
    billing.language = QStringLiteral("tr");
    billing.companyName = QStringLiteral("Yeni Müşteri Yazılım A.Ş.");
    billing.firstName = QStringLiteral("Ayşe");
    billing.lastName = QStringLiteral("Öztürk");
    billing.defaultAddress.country = QStringLiteral("TR");
    billing.defaultAddress.city = QStringLiteral("İstanbul");
    billing.defaultAddress.addressLine1 = QStringLiteral("Büyükdere Cd. No:1");
    billing.defaultAddress.postalCode = QStringLiteral("34394");
    billing.defaultAddress.firstName = billing.firstName;
    billing.defaultAddress.lastName = billing.lastName;
    billing.defaultAddress.phoneNumber = QStringLiteral("+90 212 555 01 23");
    customer.billingProfile = billing;

    Await<Customer> created;
    m_sandbox->client()->createCustomer(customer, nullptr, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message()));
    QVERIFY(!created.value().id.isEmpty());
    QVERIFY(created.value().userCredentials.has_value());
    QVERIFY(!created.value().userCredentials->password.isEmpty());

    Await<Customer> fetched;
    m_sandbox->client()->customer(created.value().id, nullptr, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY(fetched.ok());
    QVERIFY(!fetched.value().userCredentials || fetched.value().userCredentials->password.isEmpty());
    QCOMPARE(fetched.value().billingProfile->companyName, billing.companyName);

    Await<bool> available;
    m_sandbox->client()->domainAvailability(customer.companyProfile.domain, nullptr, available.callback());
    QVERIFY(available.wait());
    QVERIFY(!available.value());

    Await<Customer> again;
    m_sandbox->client()->createCustomer(customer, nullptr, again.callback());
    QVERIFY(again.wait());
    QVERIFY(!again.ok()); // the domain is taken now
    QVERIFY(again.error().httpStatus >= 400 && again.error().httpStatus < 500);
}

void TestClientAgainstSandbox::addressValidation()
{
    Address address;
    address.country = QStringLiteral("US");
    address.addressLine1 = QStringLiteral("1 Microsoft Way");
    address.city = QStringLiteral("Redmond");
    address.state = QStringLiteral("WA");
    address.postalCode = QStringLiteral("98052");
    Await<AddressValidation> good;
    m_sandbox->client()->validateAddress(address, nullptr, good.callback());
    QVERIFY(good.wait());
    QVERIFY(good.ok());
    QVERIFY(good.value().isVerified());

    address.postalCode = QStringLiteral("9805");
    Await<AddressValidation> bad;
    m_sandbox->client()->validateAddress(address, nullptr, bad.callback());
    QVERIFY(bad.wait());
    QVERIFY(bad.ok());
    QVERIFY(!bad.value().isVerified());
}

void TestClientAgainstSandbox::relationshipRequestLink()
{
    Await<RelationshipRequest> link;
    m_sandbox->client()->relationshipRequest({}, nullptr, link.callback());
    QVERIFY(link.wait());
    QVERIFY(link.ok());
    const QUrl url(link.value().url);
    QCOMPARE(url.host(), QStringLiteral("admin.microsoft.com"));
    QVERIFY(url.query().contains(QLatin1String("invType=ResellerRelationship")));
    QVERIFY(url.query().contains(QLatin1String("partnerId=")));
}

void TestClientAgainstSandbox::unknownCustomerIsNotFound()
{
    Await<Customer> customer;
    m_sandbox->client()->customer(QStringLiteral("00000000-0000-0000-0000-000000000000"), nullptr, customer.callback());
    QVERIFY(customer.wait());
    QVERIFY(customer.error().isNotFound());
    Await<QList<Agreement>> agreements;
    m_sandbox->client()->customerAgreements(
        QStringLiteral("00000000-0000-0000-0000-000000000000"), {}, nullptr, agreements.callback());
    QVERIFY(agreements.wait());
    QVERIFY(agreements.error().isNotFound());
}

void TestClientAgainstSandbox::forgedTokenIsUnauthorized()
{
    // A JWT the sandbox did not sign, with an admin role in it.
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray claims
        = QByteArray(R"({"oid":"x","partnerRole":"adminAgent","partnerType":"directBill","exp":4102444800})")
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    StaticTokenSource forged(QString::fromLatin1(header + '.' + claims + ".c2lnbmF0dXJl"));
    PartnerCenterClient client(m_sandbox->network(), m_sandbox->baseUrl(), &forged);
    Await<Customer> customer;
    client.customer(m_customerIds.at(0), nullptr, customer.callback());
    QVERIFY(customer.wait());
    QVERIFY(!customer.ok());
    QCOMPARE(customer.error().httpStatus, 401);

    StaticTokenSource none(QStringLiteral("not-a-token"));
    PartnerCenterClient noneClient(m_sandbox->network(), m_sandbox->baseUrl(), &none);
    Await<Customer> other;
    noneClient.customer(m_customerIds.at(0), nullptr, other.callback());
    QVERIFY(other.wait());
    QCOMPARE(other.error().httpStatus, 401);
}

void TestClientAgainstSandbox::indirectResellerCannotConfirm()
{
    SandboxFixture reseller;
    QVERIFY(reseller.isRunning());
    QVERIFY(reseller.signIn(Role::AdminAgent, PartnerType::IndirectReseller));
    const QStringList ids = reseller.customerIds(5);
    QVERIFY(!ids.isEmpty());
    Await<AgreementConfirmation> confirm;
    reseller.client()->confirmCustomerAgreement(
        ids.at(0), agreementFor(QStringLiteral("r@contoso.com"), todayUtc()), nullptr, confirm.callback());
    QVERIFY(confirm.wait());
    QVERIFY(!confirm.ok());
    QCOMPARE(confirm.error().httpStatus, 403);
    QVERIFY(!confirm.error().message().isEmpty());
}

void TestClientAgainstSandbox::helpdeskCannotConfirm()
{
    SandboxFixture helpdesk;
    QVERIFY(helpdesk.signIn(Role::HelpdeskAgent, PartnerType::DirectBill));
    const QStringList ids = helpdesk.customerIds(5);
    Await<AgreementConfirmation> confirm;
    helpdesk.client()->confirmCustomerAgreement(
        ids.at(0), agreementFor(QStringLiteral("h@contoso.com"), todayUtc()), nullptr, confirm.callback());
    QVERIFY(confirm.wait());
    QCOMPARE(confirm.error().httpStatus, 403);
    // Reading is allowed.
    Await<Customer> customer;
    helpdesk.client()->customer(ids.at(0), nullptr, customer.callback());
    QVERIFY(customer.wait());
    QVERIFY(customer.ok());
}

void TestClientAgainstSandbox::throttledCallsWaitAndSucceed()
{
    SandboxFixture::Options options;
    options.seedCustomers = 10;
    options.throttlePerMinute = 120; // a burst of 120, then two a second
    SandboxFixture throttled(options);
    QVERIFY(throttled.signIn(Role::AdminAgent, PartnerType::DirectBill));
    const QStringList ids = throttled.customerIds(10);
    QVERIFY(!ids.isEmpty());

    int retries = 0;
    QList<std::shared_ptr<Await<DirectSignStatus>>> calls;
    for (int i = 0; i < 125; ++i) {
        auto call = std::make_shared<Await<DirectSignStatus>>();
        ApiOperation* operation
            = throttled.client()->directSignStatus(ids.at(i % ids.size()), nullptr, call->callback());
        connect(operation, &ApiOperation::retrying, this, [&retries](int, int delay, const ApiError& cause) {
            QCOMPARE(cause.httpStatus, 429);
            QVERIFY(cause.retryAfterSeconds >= 0);
            QVERIFY(delay >= cause.retryAfterSeconds * 1000);
            ++retries;
        });
        calls << call;
    }
    for (const auto& call : std::as_const(calls)) {
        QVERIFY(call->wait(60000));
        QVERIFY2(call->ok(), qPrintable(call->ok() ? QString() : call->error().message()));
    }
    QVERIFY2(retries > 0, "the throttle never answered 429");
}

void TestClientAgainstSandbox::byteOrderMarkBodies()
{
    SandboxFixture::Options options;
    options.seedCustomers = 5;
    options.byteOrderMark = true;
    SandboxFixture bom(options);
    QVERIFY(bom.signIn(Role::AdminAgent, PartnerType::DirectBill));
    Await<QList<AgreementMetadata>> metadata;
    bom.client()->agreementMetadata({}, nullptr, metadata.callback());
    QVERIFY(metadata.wait());
    QVERIFY(metadata.ok());
    QCOMPARE(metadata.value().size(), 1);
    QVERIFY(bom.customerIds(5).size() == 5);
}

void TestClientAgainstSandbox::expiredTokenIsRefreshed()
{
    SandboxFixture::Options options;
    options.seedCustomers = 5;
    options.tokenLifetimeSeconds = 2;
    SandboxFixture shortLived(options);
    QVERIFY(shortLived.signIn(Role::SalesAgent, PartnerType::DirectBill));
    const QString firstToken = shortLived.accessToken();
    QTest::qWait(3000);
    // The refresh margin (5 minutes) is longer than the token's life: every call refreshes.
    Await<Page<Customer>> page;
    shortLived.client()->customers(5, nullptr, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
    QVERIFY(shortLived.accessToken() != firstToken);
}

void TestClientAgainstSandbox::workspaceAttestationLeavesEvidence()
{
    std::unique_ptr<Workspace> workspace = m_sandbox->createWorkspace(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(workspace);
    QVERIFY(workspace->evidence());
    const QString customerId = m_customerIds.at(30);
    const int before = static_cast<int>(workspace->evidence()->forCustomer(customerId).size());

    Await<AgreementConfirmation> confirmed;
    workspace->attestation()->attest(
        AttestationRequest{customerId,
            Contact{QStringLiteral("Elif"), QStringLiteral("Çelik"), QStringLiteral("elif.celik@contoso.com"), {}},
            todayUtc().addDays(-1)},
        nullptr, confirmed.callback());
    QVERIFY(confirmed.wait());
    QVERIFY(confirmed.ok());

    const QList<EvidenceRecord> records = workspace->evidence()->forCustomer(customerId);
    QCOMPARE(records.size(), before + 1);
    const EvidenceRecord& record = records.constFirst();
    QCOMPARE(record.customerId, customerId);
    QCOMPARE(record.role, Role::SalesAgent);
    QCOMPARE(record.userPrincipalName, workspace->session().userPrincipalName);
    QCOMPARE(record.contact.email, QStringLiteral("elif.celik@contoso.com"));
    QCOMPARE(record.acceptanceDate, todayUtc().addDays(-1));
    QVERIFY(record.recordedAtUtc.isValid());
    QVERIFY(!record.templateId.isEmpty());
    QCOMPARE(record.outcome, EvidenceRecord::Outcome::Confirmed);
    QCOMPARE(record.requestId, confirmed.value().requestId);
    QCOMPARE(record.httpStatus, 201);

    // The ids are the ones the sandbox saw on the confirmation's POST.
    QJsonObject post;
    const QString path = QStringLiteral("/v1/customers/%1/agreements").arg(customerId);
    for (const QJsonValue& value : m_sandbox->sandboxJson(QStringLiteral("/sandbox/requests")).toArray()) {
        const QJsonObject request = value.toObject();
        if (request.value(QLatin1String("method")).toString() == QLatin1String("POST")
            && request.value(QLatin1String("path")).toString() == path)
            post = request; // the last one
    }
    QVERIFY(!post.isEmpty());
    QVERIFY(!record.requestId.isEmpty());
    QCOMPARE(record.requestId, post.value(QLatin1String("requestId")).toString());
    QCOMPARE(record.correlationId, post.value(QLatin1String("correlationId")).toString());
    QCOMPARE(record.httpStatus, post.value(QLatin1String("status")).toInt());
}

QTEST_GUILESS_MAIN(TestClientAgainstSandbox)
#include "TestClientAgainstSandbox.moc"
