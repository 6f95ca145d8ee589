// PartnerDesk at partner scale (issue #9): a sandbox seeded with 100,000 customers, and each
// figure measured in the same run as its floor:
//   list_load_s / list_raw_s      the main window loading every customer through the client,
//                                 and the same pages fetched over HTTP with no decoding
//   filter_p50_ms / filter_p95_ms a keystroke in the search box until the view has repainted
//   status_all_s / status_raw_s   the coverage scan (the MCA status of every customer, at the
//                                 app's sandbox limits) and the same requests sent bare
//   bulk_rows_per_s / bulk_raw_rows_per_s
//                                 a bulk attestation run at the default concurrency, after
//                                 the check (dry run) as the bulk window does it, and the
//                                 same confirmations POSTed bare at that concurrency; the
//                                 check's own speed beside it (bulk_check_rows_per_s)
//   rss_mb_100k                   peak memory of the partnerdesk process holding every customer
//   startup_ms / startup_floor_ms partnerdesk until the first page is painted, and a bare
//                                 Qt Widgets window with an empty table (BenchStartupFloor)
// Prints one JSON object on stdout; progress goes to stderr. No figure is asserted.
//
//   build/bench/BenchPartnerScale [--customers N] [--bulk-rows N] [--repeats N]
//       [--startup-runs N] [--skip list,filter,status,bulk,rss,startup]
#include "Await.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerListModel.h"
#include "flows/Workspace.h"
#include "flows/bulk/BulkAttestationRunner.h"
#include "flows/bulk/BulkInput.h"
#include "flows/coverage/CoverageScan.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

using namespace PartnerDesk;

namespace {

// Progress for people; stdout carries only the JSON.
void say(const QString& text)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(text));
    std::fflush(stderr);
}

// Names refuse digits: the row number in letters ("Ba", "Bb", ...).
QByteArray letters(int number)
{
    QByteArray text;
    do {
        text.prepend(char('a' + number % 26));
        number /= 26;
    } while (number > 0);
    text[0] = char(text.at(0) - 'a' + 'A');
    return text;
}

// The offscreen platform warns about every window it shows; that is not news.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// Nearest rank.
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonArray asArray(const QList<double>& values, int decimals = 3)
{
    QJsonArray array;
    for (double value : values)
        array.append(rounded(value, decimals));
    return array;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs the event loop until `done`, as QApplication::exec() would: the thread sleeps until an
// event comes and handles it at once. (Polling with a sleep between passes held every reply
// back by up to the sleep, and so slowed what it measured.) A timer wakes the wait to check
// the time.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(100);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Bare HTTP to the sandbox: the headers PartnerDesk's client sends, nothing decoded.
class RawHttp
{
public:
    RawHttp(const QUrl& base, const QString& token)
        : m_base(base)
        , m_token(token.toUtf8())
    { }

    QNetworkRequest request(const QString& path, const QString& query = {}) const
    {
        QUrl url = m_base;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("MS-RequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setRawHeader("MS-CorrelationId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setRawHeader("X-Locale", "en-US");
        request.setRawHeader("MS-PartnerCenter-Application", "PartnerDesk");
        return request;
    }

    QNetworkAccessManager& network() { return m_network; }

    // One request, waited for; the body (empty on failure).
    QByteArray fetch(QNetworkReply* reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300 ? reply->readAll() : QByteArray();
    }

    // `count` requests made by `send(i)`, at most `inFlight` at a time; the seconds taken.
    double pool(int count, int inFlight, const std::function<QNetworkReply*(int)>& send, int* failures)
    {
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        int next = 0;
        int done = 0;
        *failures = 0;
        std::function<void()> startOne = [&] {
            QNetworkReply* reply = send(next++);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status < 200 || status >= 300)
                    ++*failures;
                reply->readAll();
                reply->deleteLater();
                ++done;
                if (next < count)
                    startOne();
                else if (done == count)
                    loop.quit();
            });
        };
        for (int i = 0; i < std::min(count, inFlight); ++i)
            startOne();
        if (count > 0)
            loop.exec();
        return seconds(timer);
    }

private:
    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};

// Every page of GET /v1/customers?size=500, following the continuation token found in the body
// by a byte search (no JSON parsing): the floor under loading the list.
double rawListPages(RawHttp& http, int* pages, qint64* bytes)
{
    QElapsedTimer timer;
    timer.start();
    *pages = 0;
    *bytes = 0;
    QByteArray token;
    const QByteArray marker = "\"continuationToken\":\"";
    for (;;) {
        QNetworkRequest request = token.isEmpty()
            ? http.request(QStringLiteral("/v1/customers"), QStringLiteral("size=500"))
            : http.request(QStringLiteral("/v1/customers"), QStringLiteral("size=500&seekOperation=Next"));
        if (!token.isEmpty())
            request.setRawHeader("MS-ContinuationToken", token);
        const QByteArray body = http.fetch(http.network().get(request));
        if (body.isEmpty())
            return -1;
        ++*pages;
        *bytes += body.size();
        const qsizetype at = body.indexOf(marker);
        if (at < 0)
            break;
        const qsizetype start = at + marker.size();
        token = body.mid(start, body.indexOf('"', start) - start);
    }
    return seconds(timer);
}

struct Figures
{
    QJsonObject json;
    void set(const char* key, const QJsonValue& value) { json.insert(QLatin1String(key), value); }
};

// The list, then the keystrokes, on one main window.
void measureListAndFilter(Test::SandboxFixture& sandbox, Workspace* workspace, int customers, int repeats, bool doList,
    bool doFilter, Figures& out)
{
    RawHttp raw(sandbox.baseUrl(), sandbox.accessToken());
    auto window = std::make_unique<MainWindow>(workspace);
    window->resize(1180, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        say(QStringLiteral("warning: the window was not exposed"));
    bool loaded = false;
    QObject::connect(window.get(), &MainWindow::customersLoaded, window.get(), [&loaded] { loaded = true; });
    waitUntil([&] { return loaded; }, 600000); // the load the window starts by itself
    if (window->customerModel()->rowCount() != customers)
        say(QStringLiteral("warning: the list holds %1 customers, not %2")
                .arg(window->customerModel()->rowCount())
                .arg(customers));

    if (doList) {
        QList<double> rawTimes;
        QList<double> loadTimes;
        int pages = 0;
        qint64 bytes = 0;
        for (int run = 0; run < repeats; ++run) {
            rawTimes << rawListPages(raw, &pages, &bytes);
            loaded = false;
            QElapsedTimer timer;
            timer.start();
            window->reloadCustomers();
            waitUntil([&] { return loaded; }, 600000);
            loadTimes << seconds(timer);
            say(QStringLiteral("list: raw %1 s, through the client into the window %2 s (%3 rows)")
                    .arg(rawTimes.constLast(), 0, 'f', 3)
                    .arg(loadTimes.constLast(), 0, 'f', 3)
                    .arg(window->customerModel()->rowCount()));
        }
        out.set("list_load_s", rounded(median(loadTimes)));
        out.set("list_raw_s", rounded(median(rawTimes)));
        out.set("list_ratio", rounded(median(loadTimes) / median(rawTimes), 2));
        out.set("list_target_ratio", 1.5);
        out.set("list_runs_load_s", asArray(loadTimes));
        out.set("list_runs_raw_s", asArray(rawTimes));
        out.set("list_pages", pages);
        out.set("list_bytes", double(bytes));
        out.set("list_rows", window->customerModel()->rowCount());
    }

    if (doFilter) {
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("customerSearchEdit"));
        auto* view = window->findChild<QTableView*>(QStringLiteral("customerTableView"));
        CustomerFilterModel* filter = window->filterModel();
        // A paint of the table after the filter changed is "the view updated".
        struct PaintWatch : QObject
        {
            bool painted = false;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                if (event->type() == QEvent::Paint)
                    painted = true;
                return QObject::eventFilter(watched, event);
            }
        } paints;
        view->viewport()->installEventFilter(&paints);
        search->setFocus();
        // Typed as a person would: words of company names and domains, corrected with Backspace.
        const QList<QString> words{QStringLiteral("northwind"), QStringLiteral("logistics"), QStringLiteral("gmbh"),
            QStringLiteral("yildiz"), QStringLiteral("contoso"), QStringLiteral("harbor")};
        QList<double> latencies;
        int shownMin = std::numeric_limits<int>::max();
        for (int pass = 0; pass < repeats; ++pass) {
            for (const QString& word : words) {
                QList<std::pair<Qt::Key, QChar>> keys;
                for (QChar c : word)
                    keys.append({Qt::Key_unknown, c});
                for (qsizetype i = 0; i < word.size(); ++i)
                    keys.append({Qt::Key_Backspace, QChar()});
                for (const auto& [key, character] : keys) {
                    QCoreApplication::processEvents();
                    paints.painted = false;
                    QElapsedTimer timer;
                    timer.start();
                    if (key == Qt::Key_Backspace)
                        QTest::keyClick(search, Qt::Key_Backspace);
                    else
                        QTest::keyClick(search, character.toLatin1());
                    const QString expected = search->text().trimmed();
                    waitUntil([&] { return filter->searchText() == expected; }, 10000);
                    // Then the paint the change asked for.
                    waitUntil([&] { return paints.painted; }, 1000);
                    latencies << double(timer.nsecsElapsed()) / 1e6;
                    shownMin = std::min(shownMin, filter->rowCount());
                    QTest::qWait(40); // a fast typist: 25 keys a second
                }
            }
        }
        say(QStringLiteral("filter: %1 keystrokes, p50 %2 ms, p95 %3 ms, max %4 ms")
                .arg(latencies.size())
                .arg(percentile(latencies, 50), 0, 'f', 2)
                .arg(percentile(latencies, 95), 0, 'f', 2)
                .arg(*std::max_element(latencies.cbegin(), latencies.cend()), 0, 'f', 2));
        out.set("filter_p50_ms", rounded(percentile(latencies, 50), 2));
        out.set("filter_p95_ms", rounded(percentile(latencies, 95), 2));
        out.set("filter_max_ms", rounded(*std::max_element(latencies.cbegin(), latencies.cend()), 2));
        out.set("filter_keystrokes", int(latencies.size()));
        out.set("filter_target_p95_ms", 16);
        view->viewport()->removeEventFilter(&paints);
    }
}

void measureStatus(Test::SandboxFixture& sandbox, Workspace* workspace, Figures& out)
{
    const CoverageScan::Limits limits = CoverageScan::limitsFor(Workspace::Connection::Sandbox);
    CoverageScan scan(workspace->client(), limits);
    std::optional<CoverageReport> report;
    QObject::connect(&scan, &CoverageScan::finished, &scan, [&report](const CoverageReport& r) { report = r; });
    QObject::connect(&scan, &CoverageScan::failed, &scan,
        [](const ApiError& error) { say(QStringLiteral("status: the scan failed: ") + error.message()); });
    say(QStringLiteral("status: coverage scan, %1 in flight, %2 a minute (0 = no cap)")
            .arg(limits.maxInFlight)
            .arg(limits.perMinute));
    QElapsedTimer timer;
    timer.start();
    scan.start();
    waitUntil([&] { return report.has_value() || !scan.isRunning(); }, 3600 * 1000);
    const double scanSeconds = seconds(timer);
    if (!report) {
        out.set("status_all_s", -1);
        return;
    }
    say(QStringLiteral("status: %1 customers in %2 s, %3 requests, %4 not fully read")
            .arg(report->rows().size())
            .arg(scanSeconds, 0, 'f', 2)
            .arg(scan.requestCount())
            .arg(report->failedCount()));

    // The same requests sent bare, as many at a time: the list's pages, then for each customer
    // its details, confirmations and direct acceptance, and the purchases of those not confirmed.
    RawHttp raw(sandbox.baseUrl(), sandbox.accessToken());
    QList<std::pair<QString, QString>> requests; // path, query
    for (const CoverageRow& row : report->rows()) {
        const QString base = QStringLiteral("/v1/customers/") + row.customer.customerId;
        requests.append({base, {}});
        requests.append({base + QStringLiteral("/agreements"), QStringLiteral("agreementType=*")});
        requests.append({base + QStringLiteral("/directSignedMicrosoftCustomerAgreementStatus"), {}});
        if (row.customer.status == McaStatus::NotConfirmed)
            requests.append({base + QStringLiteral("/subscriptions"), {}});
    }
    int pages = 0;
    qint64 bytes = 0;
    const double listSeconds = rawListPages(raw, &pages, &bytes);
    int failures = 0;
    const double customerSeconds = raw.pool(
        static_cast<int>(requests.size()), limits.maxInFlight,
        [&](int i) { return raw.network().get(raw.request(requests.at(i).first, requests.at(i).second)); }, &failures);
    const double rawSeconds = listSeconds + customerSeconds;
    say(QStringLiteral("status: raw %1 s (%2 pages + %3 requests, %4 failed)")
            .arg(rawSeconds, 0, 'f', 2)
            .arg(pages)
            .arg(requests.size())
            .arg(failures));
    out.set("status_all_s", rounded(scanSeconds, 2));
    out.set("status_raw_s", rounded(rawSeconds, 2));
    out.set("status_ratio", rounded(scanSeconds / rawSeconds, 2));
    out.set("status_customers", int(report->rows().size()));
    out.set("status_requests", double(scan.requestCount()));
    out.set("status_raw_requests", double(requests.size() + pages));
    out.set("status_in_flight", limits.maxInFlight);
    out.set("status_per_minute_cap", limits.perMinute);
    out.set("status_not_fully_read", report->failedCount());
}

// CPU seconds used by this process (every thread: the sandbox's too) and by the calling
// thread: less disturbed than wall time by other work on a shared machine.
struct CpuTimes
{
    double process = 0;
    double thread = 0;

    static CpuTimes now()
    {
        const auto read = [](clockid_t clock) {
            timespec t{};
            clock_gettime(clock, &t);
            return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
        };
        return {read(CLOCK_PROCESS_CPUTIME_ID), read(CLOCK_THREAD_CPUTIME_ID)};
    }
    [[nodiscard]] CpuTimes since(const CpuTimes& start) const
    {
        return {process - start.process, thread - start.thread};
    }
};

void measureBulk(
    Test::SandboxFixture& sandbox, Workspace* workspace, int rows, const QString& workDirectory, Figures& out)
{
    QStringList customerIds;
    {
        Test::Await<Page<Customer>> first;
        workspace->client()->customers(500, nullptr, first.callback());
        first.wait(60000);
        std::optional<Page<Customer>> page = first.ok() ? std::optional(first.value()) : std::nullopt;
        while (page && customerIds.size() < rows) {
            for (const Customer& customer : page->items)
                customerIds << customer.id;
            if (!page->next)
                break;
            Test::Await<Page<Customer>> next;
            workspace->client()->nextCustomers(*page->next, nullptr, next.callback());
            next.wait(60000);
            page = next.ok() ? std::optional(next.value()) : std::nullopt;
        }
    }
    if (customerIds.isEmpty()) {
        say(QStringLiteral("bulk: no customers"));
        return;
    }
    const QString date = QStringLiteral("2025-01-15");
    // One row per customer (customers repeat when there are fewer than rows).
    QByteArray csv = "customerId,firstName,lastName,email,phoneNumber,dateAgreed\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += customerIds.at(i % customerIds.size()).toUtf8() + ",Bench," + letters(i) + ",bench.row"
            + QByteArray::number(i) + "@example.com,," + date.toUtf8() + "\r\n";
    }
    const BulkInputResult input = BulkInputReader::fromBytes(csv);
    if (!input.ok()) {
        say(QStringLiteral("bulk: the input is not usable: ") + input.error.message());
        return;
    }

    // The floor first: the same POSTs (another contact, so not duplicates), bare, as many at a time.
    RawHttp raw(sandbox.baseUrl(), sandbox.accessToken());
    const QByteArray metadata = raw.fetch(raw.network().get(
        raw.request(QStringLiteral("/v1/agreements"), QStringLiteral("agreementType=MicrosoftCustomerAgreement"))));
    const QString templateId = QJsonDocument::fromJson(metadata)
                                   .object()
                                   .value(QLatin1String("items"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("templateId"))
                                   .toString();
    const int concurrency = BulkRunOptions::defaultConcurrency;
    int failures = 0;
    const CpuTimes rawStart = CpuTimes::now();
    const double rawSeconds = raw.pool(
        rows, concurrency,
        [&](int i) {
            const QJsonObject body{
                {QLatin1String("primaryContact"),
                    QJsonObject{{QLatin1String("firstName"), QLatin1String("Raw")},
                        {QLatin1String("lastName"), QString::fromLatin1(letters(i))},
                        {QLatin1String("email"), QStringLiteral("raw.row%1@example.com").arg(i)}}},
                {QLatin1String("templateId"), templateId},
                {QLatin1String("dateAgreed"), QString(date + QStringLiteral("T00:00:00Z"))},
                {QLatin1String("type"), QLatin1String("MicrosoftCustomerAgreement")},
            };
            QNetworkRequest request = raw.request(
                QStringLiteral("/v1/customers/%1/agreements").arg(customerIds.at(i % customerIds.size())));
            request.setRawHeader("Content-Type", "application/json");
            return raw.network().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        },
        &failures);
    const CpuTimes rawCpu = CpuTimes::now().since(rawStart);
    say(QStringLiteral("bulk: raw %1 POSTs in %2 s (%3 failed), %4 in flight")
            .arg(rows)
            .arg(rawSeconds, 0, 'f', 2)
            .arg(failures)
            .arg(concurrency));

    // The app's run as the bulk window does it: the check (a dry run, when the file is opened),
    // then the run from the check's findings, with the window's channel (evidence records) and
    // journal, at the default concurrency, without a rate cap, as the bulk window runs on the
    // embedded sandbox (which never throttles; at Partner Center's 300 requests a minute the run
    // would measure the cap, not PartnerDesk).
    BulkRunOptions options;
    options.concurrency = concurrency;
    options.requestsPerMinute = 0;
    const auto runToEnd = [&](BulkAttestationRunner& runner, const BulkRunOptions& runOptions) {
        bool finished = false;
        QObject::connect(&runner, &BulkAttestationRunner::finished, &runner, [&finished] { finished = true; });
        QElapsedTimer timer;
        timer.start();
        if (!runner.start(input.input, runOptions))
            return -1.0;
        waitUntil([&] { return finished; }, 3600 * 1000);
        return seconds(timer);
    };
    BulkAttestationRunner check(workspace->client(), workspace->bulkAttestation());
    BulkRunOptions checkOptions = options;
    checkOptions.dryRun = true;
    const double checkSeconds = runToEnd(check, checkOptions);
    say(QStringLiteral("bulk: checked %1 rows in %2 s, %3 requests")
            .arg(check.progress().done)
            .arg(checkSeconds, 0, 'f', 2)
            .arg(check.progress().requests));

    BulkAttestationRunner runner(workspace->client(), workspace->bulkAttestation());
    options.journalPath = workDirectory + QStringLiteral("/bulk-journal.sqlite");
    options.findings = check.findings();
    const CpuTimes runStart = CpuTimes::now();
    const double runSeconds = runToEnd(runner, options);
    const CpuTimes runCpu = CpuTimes::now().since(runStart);
    if (checkSeconds < 0 || runSeconds < 0) {
        say(QStringLiteral("bulk: the run did not start"));
        return;
    }
    const BulkProgress progress = runner.progress();
    say(QStringLiteral("bulk: %1 rows in %2 s: %3 confirmed, %4 already, %5 failed, %6 invalid, %7 requests")
            .arg(progress.done)
            .arg(runSeconds, 0, 'f', 2)
            .arg(progress.count(BulkOutcome::Confirmed))
            .arg(progress.count(BulkOutcome::AlreadyConfirmed))
            .arg(progress.count(BulkOutcome::Failed))
            .arg(progress.count(BulkOutcome::Invalid))
            .arg(progress.requests));
    out.set("bulk_rows", rows);
    out.set("bulk_rows_per_s", rounded(rows / runSeconds, 1));
    out.set("bulk_raw_rows_per_s", rounded(rows / rawSeconds, 1));
    out.set("bulk_ratio", rounded(rawSeconds / runSeconds, 2));
    out.set("bulk_target_ratio", 0.8);
    out.set("bulk_concurrency", concurrency);
    out.set("bulk_confirmed", progress.count(BulkOutcome::Confirmed));
    out.set("bulk_failed", progress.count(BulkOutcome::Failed));
    out.set("bulk_requests", double(progress.requests));
    out.set("bulk_check_rows_per_s", rounded(rows / checkSeconds, 1));
    // CPU seconds of the whole process (its sandbox included) and of its GUI thread, for the
    // bare POSTs and for the run: a ratio that other work on the machine disturbs less.
    out.set("bulk_raw_cpu_s", rounded(rawCpu.process, 2));
    out.set("bulk_raw_gui_cpu_s", rounded(rawCpu.thread, 2));
    out.set("bulk_cpu_s", rounded(runCpu.process, 2));
    out.set("bulk_gui_cpu_s", rounded(runCpu.thread, 2));
    out.set("bulk_check_requests", double(check.progress().requests));
    // The whole of it, the check and the run, against the same POSTs bare.
    out.set("bulk_check_and_run_ratio", rounded(rawSeconds / (checkSeconds + runSeconds), 2));
    out.set("bulk_raw_failed", failures);
}

// A child process with its own HOME: partnerdesk on its embedded sandbox, or the floor.
struct ProbeRun
{
    double externalMs = -1; // from QProcess::start to the probe's line
    QJsonObject line;
};

ProbeRun runProbe(const QString& program, const QStringList& arguments, const QString& home, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    ProbeRun run;
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(std::max<qint64>(1, timeoutMs - timer.elapsed())))
            break;
        output += process.readAllStandardOutput();
        const qsizetype start = output.indexOf("{\"probe\"");
        if (start >= 0 && output.indexOf('\n', start) > start) {
            run.externalMs = double(timer.nsecsElapsed()) / 1e6;
            run.line = QJsonDocument::fromJson(output.mid(start, output.indexOf('\n', start) - start)).object();
            break;
        }
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return run;
}

void measureStartupAndMemory(
    int customers, int startupRuns, int repeats, bool doStartup, bool doRss, const QString& workDirectory, Figures& out)
{
    const QString app = Test::binaryDirectory() + QStringLiteral("/partnerdesk");
    const QString floor = QCoreApplication::applicationDirPath() + QStringLiteral("/BenchStartupFloor");
    const QString home = workDirectory + QStringLiteral("/app-home");
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QDir().mkpath(home + QStringLiteral("/config/PartnerDesk"));
    {
        // A returning user: the demo user remembered (signed in without a dialog), and a sandbox
        // of the partner's size.
        QSettings settings(home + QStringLiteral("/config/PartnerDesk/partnerdesk.conf"), QSettings::IniFormat);
        settings.setValue(
            QStringLiteral("sandbox/user"), QStringLiteral("admin.agent@contosocloudsandbox.onmicrosoft.com"));
        settings.setValue(QStringLiteral("sandbox/seedCustomers"), customers);
    }
    // The first start seeds the app's own sandbox database; it is not measured.
    say(QStringLiteral("startup: first start (seeds %1 customers into the app's sandbox)").arg(customers));
    const ProbeRun seeding = runProbe(app, {QStringLiteral("--startup-probe")}, home, 600000);
    if (seeding.externalMs < 0) {
        say(QStringLiteral("startup: partnerdesk did not report; is it built?"));
        return;
    }
    runProbe(floor, {}, home, 60000);

    if (doStartup) {
        QList<double> appTimes;
        QList<double> appInternal;
        QList<double> floorTimes;
        for (int run = 0; run < startupRuns; ++run) {
            const ProbeRun floorRun = runProbe(floor, {}, home, 60000);
            const ProbeRun appRun = runProbe(app, {QStringLiteral("--startup-probe")}, home, 120000);
            floorTimes << floorRun.externalMs;
            appTimes << appRun.externalMs;
            appInternal << appRun.line.value(QLatin1String("ms")).toDouble();
            say(QStringLiteral("startup: partnerdesk %1 ms (%2 rows shown), floor %3 ms")
                    .arg(appRun.externalMs, 0, 'f', 1)
                    .arg(appRun.line.value(QLatin1String("rows")).toInt())
                    .arg(floorRun.externalMs, 0, 'f', 1));
        }
        out.set("startup_ms", rounded(median(appTimes), 1));
        out.set("startup_floor_ms", rounded(median(floorTimes), 1));
        out.set("startup_ratio", rounded(median(appTimes) / median(floorTimes), 2));
        out.set("startup_target_ratio", 3);
        out.set("startup_runs_ms", asArray(appTimes, 1));
        out.set("startup_floor_runs_ms", asArray(floorTimes, 1));
        out.set("startup_since_main_ms", rounded(median(appInternal), 1));
    }

    if (doRss) {
        QList<double> peaks;
        QList<double> loadTimes;
        for (int run = 0; run < repeats; ++run) {
            const ProbeRun loaded = runProbe(app, {QStringLiteral("--load-probe")}, home, 900000);
            peaks << loaded.line.value(QLatin1String("rssPeakKiB")).toDouble() / 1024.0;
            loadTimes << loaded.line.value(QLatin1String("ms")).toDouble() / 1000.0;
            say(QStringLiteral("memory: partnerdesk holding %1 customers: peak %2 MiB, now %3 MiB, loaded after %4 s")
                    .arg(loaded.line.value(QLatin1String("rows")).toInt())
                    .arg(peaks.constLast(), 0, 'f', 1)
                    .arg(loaded.line.value(QLatin1String("rssKiB")).toDouble() / 1024.0, 0, 'f', 1)
                    .arg(loadTimes.constLast(), 0, 'f', 2));
        }
        out.set("rss_mb_100k", rounded(median(peaks), 1));
        out.set("rss_target_mb", 150);
        out.set("rss_runs_mb", asArray(peaks, 1));
        out.set("app_full_load_s", rounded(median(loadTimes), 2));
    }
}

QJsonObject machine()
{
    QString cpu;
    QFile cpuInfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuInfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuInfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    double memoryGiB = 0;
    QFile memInfo(QStringLiteral("/proc/meminfo"));
    if (memInfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = memInfo.readLine();
        memoryGiB = first.mid(9).trimmed().split(' ').value(0).toDouble() / 1024.0 / 1024.0;
    }
    return QJsonObject{
        {QLatin1String("cores"), QThread::idealThreadCount()},
        {QLatin1String("cpu"), cpu},
        {QLatin1String("memory_gib"), rounded(memoryGiB, 1)},
        {QLatin1String("os"), QSysInfo::prettyProductName()},
        {QLatin1String("kernel"), QSysInfo::kernelVersion()},
        {QLatin1String("qt"), QString::fromLatin1(qVersion())},
        {QLatin1String("build"), QStringLiteral(PARTNERDESK_BENCH_BUILD_TYPE)},
    };
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    Test::isolateEnvironment();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PartnerDesk at partner scale: one JSON object on stdout."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers to seed (100000)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption bulkOption(QStringLiteral("bulk-rows"), QStringLiteral("Rows of the bulk file (10000)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"),
        QStringLiteral("Runs of the list load, the typed sequence and the memory probe (3)."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption startupOption(QStringLiteral("startup-runs"),
        QStringLiteral("Start-ups of each program (5)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption skipOption(QStringLiteral("skip"),
        QStringLiteral("Comma-separated parts to leave out: list,filter,status,bulk,rss,startup."),
        QStringLiteral("parts"));
    parser.addOptions({customersOption, bulkOption, repeatsOption, startupOption, skipOption});
    parser.process(app);
    const int customers = std::max(1, parser.value(customersOption).toInt());
    const int bulkRows = std::max(1, parser.value(bulkOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    const int startupRuns = std::max(1, parser.value(startupOption).toInt());
    const QStringList skip = parser.value(skipOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&skip](const char* part) { return !skip.contains(QLatin1String(part)); };

    QTemporaryDir work;
    // Its own home, so that every run starts from an empty evidence store (and settings) as a
    // new user does: the tests' shared one grows by every bulk run, and a bulk run's inserts get
    // slower with it.
    const QString home = work.path() + QStringLiteral("/home");
    QDir().mkpath(home);
    qputenv("HOME", QFile::encodeName(home));
    Figures out;
    out.set("customers", customers);

    say(QStringLiteral("seeding a sandbox with %1 customers").arg(customers));
    QElapsedTimer seedTimer;
    seedTimer.start();
    Test::SandboxFixture::Options options;
    options.seedCustomers = customers;
    Test::SandboxFixture sandbox(options);
    if (!sandbox.isRunning()) {
        say(QStringLiteral("the sandbox did not start: ") + sandbox.startError());
        return 1;
    }
    out.set("seed_s", rounded(seconds(seedTimer), 2));
    say(QStringLiteral("seeded in %1 s").arg(seconds(seedTimer), 0, 'f', 2));
    sandbox.signIn(Role::AdminAgent, PartnerType::DirectBill);
    std::unique_ptr<Workspace> workspace = sandbox.createWorkspace(Role::AdminAgent, PartnerType::DirectBill);
    if (!workspace) {
        say(QStringLiteral("the sign-in failed"));
        return 1;
    }

    if (wanted("list") || wanted("filter"))
        measureListAndFilter(sandbox, workspace.get(), customers, repeats, wanted("list"), wanted("filter"), out);
    if (wanted("status"))
        measureStatus(sandbox, workspace.get(), out);
    if (wanted("bulk"))
        measureBulk(sandbox, workspace.get(), bulkRows, work.path(), out);
    if (wanted("startup") || wanted("rss"))
        measureStartupAndMemory(customers, startupRuns, repeats, wanted("startup"), wanted("rss"), work.path(), out);

    out.set("machine", machine());
    std::fputs(QJsonDocument(out.json).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
    return 0;
}
