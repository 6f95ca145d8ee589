// The customer list read for the main window, parsed and decoded off its thread: every page
// arrives, in order, once; cancel stops everything at once; an unreadable page is read again.
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "flows/CustomerListLoader.h"

#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::SandboxFixture;

namespace {

struct Collected
{
    QStringList ids;
    int pages = 0;
    int finished = 0;
    QList<ApiError> failures;
};

void collect(CustomerListLoader& loader, Collected& into)
{
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&into](const CustomerListPage& page) {
        ++into.pages;
        QCOMPARE(page.companyKeys.size(), page.customers.size());
        for (const Customer& customer : page.customers)
            into.ids << customer.id;
    });
    QObject::connect(&loader, &CustomerListLoader::finished, &loader, [&into] { ++into.finished; });
    QObject::connect(
        &loader, &CustomerListLoader::failed, &loader, [&into](const ApiError& error) { into.failures << error; });
}

// Every id in list order, read with the client one page after the other.
QStringList listedIds(PartnerCenterClient* client)
{
    QStringList ids;
    Test::Await<Page<Customer>> first;
    client->customers(500, nullptr, first.callback());
    if (!first.wait() || !first.ok())
        return ids;
    std::optional<Page<Customer>> page = first.value();
    while (page) {
        for (const Customer& customer : page->items)
            ids << customer.id;
        if (!page->next)
            break;
        Test::Await<Page<Customer>> next;
        client->nextCustomers(*page->next, nullptr, next.callback());
        page = next.wait() && next.ok() ? std::optional(next.value()) : std::nullopt;
    }
    return ids;
}

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(5);
    policy.maxDelay = std::chrono::milliseconds(20);
    return policy;
}

} // namespace

class TestCustomerListLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageInOrderOnce();
    void cancelStopsEverything();
    void restartBeginsAgain();
    void deletedWhileLoading();
    void unreadablePagesAreReadAgain();
    void aPageThatStaysUnreadableFails();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QStringList m_expected;
};

void TestCustomerListLoader::initTestCase()
{
    Test::isolateEnvironment();
    SandboxFixture::Options options;
    options.seedCustomers = 1310;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    m_expected = listedIds(m_sandbox->client());
    QCOMPARE(m_expected.size(), 1310);
}

void TestCustomerListLoader::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestCustomerListLoader::everyPageInOrderOnce()
{
    CustomerListLoader loader(m_sandbox->client(), 100);
    Collected collected;
    collect(loader, collected);
    loader.start();
    QVERIFY(loader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(collected.finished, 1, 30000);
    QVERIFY(!loader.isRunning());
    QCOMPARE(collected.pages, 14);
    QCOMPARE(collected.ids, m_expected);
    QVERIFY(collected.failures.isEmpty());
    QTest::qWait(100);
    QCOMPARE(collected.finished, 1);
}

void TestCustomerListLoader::cancelStopsEverything()
{
    CustomerListLoader loader(m_sandbox->client(), 100);
    Collected collected;
    collect(loader, collected);
    // Canceled from the first page's slot, with the next page already asked for and pages
    // possibly decoded ahead.
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&loader] { loader.cancel(); });
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(collected.pages, 1, 30000);
    QVERIFY(!loader.isRunning());
    QTest::qWait(500);
    QCOMPARE(collected.pages, 1);
    QCOMPARE(collected.finished, 0);
    QVERIFY(collected.failures.isEmpty());
    QCOMPARE(collected.ids, m_expected.mid(0, 100));
}

void TestCustomerListLoader::restartBeginsAgain()
{
    CustomerListLoader loader(m_sandbox->client(), 100);
    Collected collected;
    collect(loader, collected);
    bool restarted = false;
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&] {
        if (collected.pages == 3 && !restarted) {
            restarted = true;
            collected.ids.clear();
            loader.start(); // as the window's Refresh does
        }
    });
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(collected.finished, 1, 30000);
    QCOMPARE(collected.ids, m_expected);
    QCOMPARE(collected.pages, 3 + 14);
}

void TestCustomerListLoader::deletedWhileLoading()
{
    Collected collected;
    {
        CustomerListLoader loader(m_sandbox->client(), 100);
        collect(loader, collected);
        loader.start();
        QTRY_VERIFY_WITH_TIMEOUT(collected.pages >= 1, 30000);
    }
    QTest::qWait(300); // nothing arrives for a loader that is gone
    QVERIFY(collected.pages < 14);
    QCOMPARE(collected.finished, 0);
}

void TestCustomerListLoader::unreadablePagesAreReadAgain()
{
    Sandbox::FaultOptions faults;
    faults.seed = 7;
    faults.share(Sandbox::FaultKind::MalformedBody) = 30;
    QVERIFY(m_sandbox->setFaults(faults));
    m_sandbox->client()->setRetryPolicy(quickRetries());
    CustomerListLoader loader(m_sandbox->client(), 100);
    Collected collected;
    collect(loader, collected);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(collected.finished + int(collected.failures.size()), 1, 30000);
    const int malformed = m_sandbox->faultCounts()
                              .value(QLatin1String("injected"))
                              .toObject()
                              .value(QLatin1String("malformed"))
                              .toInt();
    QVERIFY(m_sandbox->setFaults({}));
    m_sandbox->client()->setRetryPolicy({});
    QVERIFY2(collected.failures.isEmpty(), qPrintable(collected.failures.value(0).message()));
    QVERIFY(malformed > 0);
    QCOMPARE(collected.ids, m_expected);
}

void TestCustomerListLoader::aPageThatStaysUnreadableFails()
{
    Sandbox::FaultOptions faults;
    faults.share(Sandbox::FaultKind::MalformedBody) = 100;
    QVERIFY(m_sandbox->setFaults(faults));
    m_sandbox->client()->setRetryPolicy(quickRetries());
    CustomerListLoader loader(m_sandbox->client(), 100);
    Collected collected;
    collect(loader, collected);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(collected.failures.size(), qsizetype(1), 30000);
    const int requests = m_sandbox->faultCounts().value(QLatin1String("requests")).toInt();
    QVERIFY(m_sandbox->setFaults({}));
    m_sandbox->client()->setRetryPolicy({});
    QCOMPARE(collected.failures.first().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(collected.pages, 0);
    QCOMPARE(collected.finished, 0);
    QCOMPARE(requests, RetryPolicy{}.maxAttempts); // the first page, asked for that many times
}

QTEST_MAIN(TestCustomerListLoader)
#include "TestCustomerListLoader.moc"
