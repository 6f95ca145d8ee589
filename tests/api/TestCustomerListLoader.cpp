// The customer list read for the main window, parsed and decoded off its thread: every page
// arrives, in order, once; cancel stops everything at once; an unreadable page is read again,
// also when the next pages were already asked for on the strength of its envelope.
#include "Await.h"
#include "FakeNetworkAccessManager.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "auth/TokenSource.h"
#include "flows/CustomerListLoader.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace PartnerDesk;
using PartnerDesk::Test::FakeNetworkAccessManager;
using PartnerDesk::Test::FakeReply;
using PartnerDesk::Test::SandboxFixture;

namespace {

struct Collected
{
    QStringList ids;
    QStringList companyNames;
    QList<QCollatorSortKey> companyKeys; // of every page, in order
    int pages = 0;
    int finished = 0;
    QList<ApiError> failures;
    // CustomerListPage::companyOrderOfLoad of the pages that came with one, and which they were.
    QList<int> orderOfLoad;
    QList<int> pagesWithOrder;

    // The order of every customer by company key (equal keys in list order), as sorting the
    // whole list gives it.
    [[nodiscard]] QList<int> sortedByCompany() const
    {
        QList<int> order(companyKeys.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [this](int left, int right) { return companyKeys.at(left).compare(companyKeys.at(right)) < 0; });
        return order;
    }
};

void collect(CustomerListLoader& loader, Collected& into)
{
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&into](const CustomerListPage& page) {
        ++into.pages;
        QCOMPARE(page.companyKeys.size(), page.customers.size());
        QCOMPARE(page.searchTexts.size(), page.customers.size());
        for (const Customer& customer : page.customers) {
            into.ids << customer.id;
            into.companyNames << customer.companyProfile.companyName;
        }
        into.companyKeys << page.companyKeys;
        if (!page.companyOrderOfLoad.isEmpty()) {
            into.orderOfLoad = page.companyOrderOfLoad;
            into.pagesWithOrder << into.pages;
        }
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

// A customer list served by a fake network: `pages` pages of three customers, the first at
// /v1/customers, each next one behind the continuation token "page-<index>".
struct FakeCustomerList
{
    int pages = 6;

    static QByteArray itemJson(const QByteArray& id, const QByteArray& companyName)
    {
        return "{\"companyProfile\":{\"companyName\":\"" + companyName + "\",\"domain\":\"" + id
            + ".onmicrosoft.com\",\"tenantId\":\"" + id + "\"},\"id\":\"" + id
            + "\",\"relationshipToPartner\":\"reseller\"}";
    }

    [[nodiscard]] QByteArray body(int index, const QByteArray& items) const
    {
        QByteArray links;
        if (index + 1 < pages)
            links = "\"next\":{\"headers\":[{\"key\":\"MS-ContinuationToken\",\"value\":\"page-"
                + QByteArray::number(index + 1)
                + "\"}],\"method\":\"GET\",\"uri\":\"/v1/customers?size=3&seekOperation=Next\"}";
        return "{\"continuationToken\":\"page-" + QByteArray::number(index + 1) + "\",\"items\":[" + items
            + "],\"links\":{" + links + "},\"totalCount\":3}";
    }

    [[nodiscard]] static QByteArray id(int index, int item)
    {
        return "customer-" + QByteArray::number(index) + "-" + QByteArray::number(item);
    }

    // The company names say which answer to the page they came with.
    [[nodiscard]] static QByteArray companyName(int index, int item, int answer)
    {
        return "Company " + id(index, item) + " (answer " + QByteArray::number(answer) + ")";
    }

    [[nodiscard]] QByteArray page(int index, int answer) const
    {
        QByteArrayList items;
        for (int item = 0; item < 3; ++item)
            items << itemJson(id(index, item), companyName(index, item, answer));
        return body(index, items.join(','));
    }

    // The same page as JSON whose envelope reads, but whose last company name is not UTF-8 (so
    // neither the fast reader nor Json::parse reads it), after `padding` more customers: reading
    // it takes the worker long enough for the next pages to be asked for meanwhile.
    [[nodiscard]] QByteArray unreadablePage(int index, int padding) const
    {
        QByteArrayList items;
        for (int item = 0; item < padding; ++item)
            items << itemJson("padding-" + QByteArray::number(item), "Padding");
        for (int item = 0; item < 3; ++item)
            items << itemJson(
                id(index, item), item == 2 ? QByteArray("Broken \xC3\x28 name") : companyName(index, item, 1));
        return body(index, items.join(','));
    }

    // The company names of every page's customers as the answer to it given by `answers` says.
    [[nodiscard]] QStringList companyNames(const QList<int>& answers) const
    {
        QStringList all;
        for (int index = 0; index < pages; ++index) {
            for (int item = 0; item < 3; ++item)
                all << QString::fromLatin1(companyName(index, item, answers.at(index)));
        }
        return all;
    }

    [[nodiscard]] QStringList ids() const
    {
        QStringList all;
        for (int index = 0; index < pages; ++index) {
            for (int item = 0; item < 3; ++item)
                all << QString::fromLatin1(id(index, item));
        }
        return all;
    }

    // The page a request asks for, by its continuation token.
    [[nodiscard]] static int pageAsked(const FakeNetworkAccessManager::Request& request)
    {
        const QByteArray token = request.header("MS-ContinuationToken");
        return token.isEmpty() ? 0 : token.mid(int(qstrlen("page-"))).toInt();
    }
};

// A client of Partner Center on a fake network, with a token and quick retries.
struct FakeClient
{
    explicit FakeClient(FakeNetworkAccessManager* network)
        : client(network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), &tokens)
    {
        client.setRetryPolicy(quickRetries());
    }

    StaticTokenSource tokens{QStringLiteral("token")};
    PartnerCenterClient client;
};

} // namespace

class TestCustomerListLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageInOrderOnce();
    void orderOfLoadKeepsTiesInListOrder();
    void cancelStopsEverything();
    void restartBeginsAgain();
    void deletedWhileLoading();
    void unreadablePagesAreReadAgain();
    void aPageThatStaysUnreadableFails();
    void aPageUnreadableAfterItsEnvelopeIsAskedForAgain_data();
    void aPageUnreadableAfterItsEnvelopeIsAskedForAgain();
    void aPageUnreadableAfterItsEnvelopeFailsAsBefore();

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
    // The last page comes with the order of the whole list by company, the others without.
    QCOMPARE(collected.pagesWithOrder, QList<int>{14});
    QCOMPARE(collected.orderOfLoad, collected.sortedByCompany());
    QTest::qWait(100);
    QCOMPARE(collected.finished, 1);
}

void TestCustomerListLoader::orderOfLoadKeepsTiesInListOrder()
{
    // Many customers of the same names over pages of every size the merge meets (runs of one
    // page, of two, of four... and a short last page): the order of the load is what a stable
    // sort of all of them gives, equal names in list order.
    for (const int pages : {1, 2, 3, 7, 13}) {
        FakeCustomerList list;
        list.pages = pages;
        FakeNetworkAccessManager network;
        network.setHandler([&list](const FakeNetworkAccessManager::Request& request, FakeReply* reply) {
            const int page = FakeCustomerList::pageAsked(request);
            QByteArrayList items;
            for (int item = 0; item < 3; ++item) {
                static const QByteArrayList names{"Zeta", "alpha", "Beta", "Alpha", "zeta", "Gamma 10", "Gamma 9"};
                items << FakeCustomerList::itemJson(
                    FakeCustomerList::id(page, item), names.at((page * 5 + item * 3) % names.size()));
            }
            reply->respond(200, list.body(page, items.join(',')));
        });
        FakeClient fake(&network);
        CustomerListLoader loader(&fake.client, 3);
        Collected collected;
        collect(loader, collected);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(collected.finished, 1, 30000);
        QCOMPARE(collected.ids.size(), 3 * pages);
        QCOMPARE(collected.pagesWithOrder, QList<int>{pages});
        const QList<int> expected = collected.sortedByCompany();
        QCOMPARE(collected.orderOfLoad, expected);
        // Names that tie ("alpha", "Alpha") there are, from two pages on.
        bool ties = false;
        for (qsizetype i = 1; i < expected.size(); ++i)
            ties = ties
                || collected.companyKeys.at(expected.at(i - 1)).compare(collected.companyKeys.at(expected.at(i))) == 0;
        QCOMPARE(ties, pages >= 2);
    }
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
    // The order of the second load only.
    QCOMPARE(collected.pagesWithOrder, QList<int>{3 + 14});
    collected.companyKeys = collected.companyKeys.mid(3 * 100);
    QCOMPARE(collected.orderOfLoad, collected.sortedByCompany());
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
    // Pages asked for again may leave the load without its order (then the list sorts it), but
    // never with a wrong one.
    QVERIFY(collected.pagesWithOrder.size() <= 1);
    if (!collected.orderOfLoad.isEmpty())
        QCOMPARE(collected.orderOfLoad, collected.sortedByCompany());
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

void TestCustomerListLoader::aPageUnreadableAfterItsEnvelopeIsAskedForAgain_data()
{
    QTest::addColumn<bool>("nextPageAnswered"); // the third page's first request, asked for meanwhile

    // The worker finds the second page unreadable while the third is still on its way: its
    // request is canceled.
    QTest::newRow("the next page still asked for") << false;
    // The later pages were answered and went to the worker before the verdict: their results,
    // and the last page they found, are dropped (the list has grown by two pages since).
    QTest::newRow("the next pages answered meanwhile") << true;
}

void TestCustomerListLoader::aPageUnreadableAfterItsEnvelopeIsAskedForAgain()
{
    QFETCH(bool, nextPageAnswered);
    FakeCustomerList list;
    FakeNetworkAccessManager network;
    QList<int> asked; // the pages asked for, in order
    QList<QPointer<FakeReply>> firstThirdPage;
    QPointer<FakeReply> seventhPage; // answered once six pages are handed over
    network.setHandler([&](const FakeNetworkAccessManager::Request& request, FakeReply* reply) {
        const int page = FakeCustomerList::pageAsked(request);
        asked << page;
        const auto times = asked.count(page);
        if (page == 1 && times == 2)
            list.pages = 8; // customers were added meanwhile
        if (page == 1 && times == 1) {
            reply->respond(200, list.unreadablePage(1, nextPageAnswered ? 3000 : 0));
        } else if (page == 2 && times == 1 && !nextPageAnswered) {
            firstThirdPage << reply;
            reply->hang();
        } else if (page == 6) {
            seventhPage = reply;
            reply->hang();
        } else {
            reply->respond(200, list.page(page, int(times)));
        }
    });
    FakeClient fake(&network);
    CustomerListLoader loader(&fake.client, 3);
    Collected collected;
    collect(loader, collected);
    // The first answers ended the list at the sixth page; it must not be taken for the last.
    QObject::connect(&loader, &CustomerListLoader::pageLoaded, &loader, [&] {
        if (collected.pages == 6 && seventhPage)
            seventhPage->respond(200, list.page(6, 1));
    });
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(collected.finished + int(collected.failures.size()), 1, 30000);
    QTest::qWait(100); // nothing more arrives
    QVERIFY2(collected.failures.isEmpty(), qPrintable(collected.failures.value(0).message()));
    QCOMPARE(collected.finished, 1);
    QCOMPARE(list.pages, 8);
    QCOMPARE(collected.ids, list.ids()); // every customer once, in order
    QCOMPARE(collected.pages, list.pages);
    // Each page as its last answer has it: nothing of the first answers to the pages after the
    // second is kept.
    QList<int> lastAnswers;
    for (int page = 0; page < list.pages; ++page)
        lastAnswers << int(asked.count(page));
    QCOMPARE(collected.companyNames, list.companyNames(lastAnswers));
    if (!collected.orderOfLoad.isEmpty())
        QCOMPARE(collected.orderOfLoad, collected.sortedByCompany());
    // The second page asked for twice, and the third asked for on the strength of its first
    // answer, then again after its second.
    QCOMPARE(asked.count(1), 2);
    QCOMPARE(asked.count(2), 2);
    const qsizetype again = asked.lastIndexOf(1);
    QCOMPARE(asked.mid(again), QList<int>({1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(asked.indexOf(2) < again);
    if (!nextPageAnswered) {
        QCOMPARE(firstThirdPage.size(), 1);
        QVERIFY(!firstThirdPage.constFirst() || firstThirdPage.constFirst()->isFinished()); // aborted
    }
}

void TestCustomerListLoader::aPageUnreadableAfterItsEnvelopeFailsAsBefore()
{
    const FakeCustomerList list;
    const QByteArray unreadable = list.unreadablePage(1, 0);
    FakeNetworkAccessManager network;
    QList<int> asked;
    QByteArray lastRequestId; // of the second page
    network.setHandler([&](const FakeNetworkAccessManager::Request& request, FakeReply* reply) {
        const int page = FakeCustomerList::pageAsked(request);
        asked << page;
        if (page == 1)
            lastRequestId = request.header("MS-RequestId");
        reply->respond(200, page == 1 ? unreadable : list.page(page, 1));
    });
    FakeClient fake(&network);
    CustomerListLoader loader(&fake.client, 3);
    Collected collected;
    collect(loader, collected);
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(collected.failures.size(), qsizetype(1), 30000);
    const qsizetype requests = asked.size();
    QTest::qWait(200); // nothing more is asked for, nothing more arrives
    QCOMPARE(asked.size(), requests);
    QCOMPARE(collected.failures.size(), qsizetype(1));
    QCOMPARE(collected.finished, 0);
    QCOMPARE(collected.ids, list.ids().mid(0, 3)); // the first page only
    // The error the load ends with when the worker is the first to read the page (as it was
    // before the envelope was skimmed): the parser's words, the answer's status and ids.
    QString problem;
    QVERIFY(!Json::parse(unreadable, &problem));
    const ApiError& error = collected.failures.constFirst();
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(error.description, problem);
    QCOMPARE(error.requestId, QString::fromLatin1(lastRequestId));
    // The second page asked for as often as the client asks for any read, and the third
    // asked for after each of its answers, in vain (and maybe the ones after it).
    QCOMPARE(asked.count(1), RetryPolicy{}.maxAttempts);
    QCOMPARE(asked.count(2), RetryPolicy{}.maxAttempts);
}

QTEST_MAIN(TestCustomerListLoader)
#include "TestCustomerListLoader.moc"
