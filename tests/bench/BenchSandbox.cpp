// The sandbox with 100,000 customers: seeding them, and listing them all through the
// client page by page over loopback, as `customers list` and the main window do.
#include "Await.h"
#include "BenchmarkSupport.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"

#include <QCoreApplication>

using namespace PartnerDesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Test::isolateEnvironment();
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    QElapsedTimer timer;
    timer.start();
    Test::SandboxFixture::Options options;
    options.seedCustomers = total;
    Test::SandboxFixture sandbox(options);
    if (!sandbox.isRunning()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(sandbox.startError()));
        return 1;
    }
    Bench::report("start sandbox and seed customers", timer.elapsed(), "ms");
    sandbox.signIn(Role::AdminAgent, PartnerType::DirectBill);

    timer.restart();
    int listed = 0;
    int pages = 0;
    Test::Await<Page<Customer>> first;
    sandbox.client()->customers(500, nullptr, first.callback());
    first.wait(60000);
    std::optional<Page<Customer>> page = first.ok() ? std::optional(first.value()) : std::nullopt;
    while (page) {
        listed += static_cast<int>(page->items.size());
        ++pages;
        if (!page->next)
            break;
        Test::Await<Page<Customer>> next;
        sandbox.client()->nextCustomers(*page->next, nullptr, next.callback());
        next.wait(60000);
        page = next.ok() ? std::optional(next.value()) : std::nullopt;
    }
    Bench::report("list every customer through links.next", timer.elapsed(), "ms");
    Bench::report("customers listed", listed, "customers");
    Bench::report("pages", pages, "pages");
    return listed == total ? 0 : 1;
}
