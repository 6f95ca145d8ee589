// Exactly once under faults (issue 8). A sandbox that fails requests on purpose (each fault
// kind alone on 20 % of the /v1 requests, then all seven mixed on 20 %), and against it:
//
// - bulk attestation of a mixed file through BulkAttestationRunner, as the CLI runs it (valid,
//   invalid, already confirmed and repeated rows); after the first run every row's outcome is
//   checked against the sandbox's own database (a confirmed row is recorded once, a failed one
//   is not, unless its outcome is reported unknown), then the file is run again with its
//   journal until nothing failed, and the end state must be the fault-free one;
// - single confirmations through the channel the confirm page uses, with the same checks;
// - the real partnerdesk-cli killed with SIGKILL at five seeded moments of one run and
//   restarted with its journal: the end state is that of a run without kills.
//
// The figures (rows, requests, faults injected, duplicates, time) are printed as a Markdown
// table at the end; docs/reliability.md has them and the commands.
#include "BulkScenario.h"
#include "CliProcess.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "flows/AttestationChannel.h"
#include "flows/bulk/BulkAttestationRunner.h"
#include "flows/bulk/BulkInput.h"
#include "flows/bulk/BulkResultFile.h"
#include "sandbox/FaultOptions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

using namespace PartnerDesk;
using PartnerDesk::Sandbox::FaultKind;
using PartnerDesk::Sandbox::FaultOptions;
using PartnerDesk::Test::ExpectedRow;
using PartnerDesk::Test::SandboxFixture;
using PartnerDesk::Test::StoredConfirmations;

namespace {

constexpr int seededCustomers = 6000;
constexpr int rowsPerKind = 500; // each fault kind alone
constexpr int rowsMixed = 2000; // all kinds mixed
constexpr int singlesPerKind = 200;
constexpr int killRows = 600;
constexpr double faultPercent = 20;
constexpr int maxResumes = 10; // runs with the journal after the first, at most
// Short, so that "slower than the timeout" costs little; the slow answers are held longer.
constexpr int clientTimeoutMs = 400;
constexpr int slowAnswerMs = 1000;

// One line of the figures.
struct Figures
{
    QString what;
    int rows = 0;
    qint64 requests = 0; // seen by the sandbox on /v1, all runs
    QJsonObject injected; // by kind, all runs
    int failedFirstRun = 0; // rows (or calls) that ended failed in the first run
    int unknownFirstRun = 0; // of which "outcome unknown"
    int runs = 0; // the first and the resumes needed
    int duplicates = 0;
    int wrongOutcomes = 0;
    qint64 milliseconds = 0;
};

QList<Figures>& figures()
{
    static QList<Figures> all;
    return all;
}

FaultOptions faultsOf(const QString& kind, quint32 seed)
{
    QString error;
    FaultOptions options
        = *FaultOptions::parseShares((kind == QLatin1String("all") ? QStringLiteral("all=") : kind + QLatin1Char('='))
                + QString::number(faultPercent),
            &error);
    options.seed = seed;
    options.retryAfterSeconds = 0; // Partner Center says 1 s or more; 0 keeps the suite short
    options.slowMilliseconds = slowAnswerMs;
    return options;
}

QString injectedText(const QJsonObject& injected)
{
    QStringList parts;
    for (auto it = injected.constBegin(); it != injected.constEnd(); ++it) {
        if (it.value().toInt() > 0)
            parts << it.key() + QLatin1Char(' ') + QString::number(it.value().toInt());
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject addCounts(const QJsonObject& a, const QJsonObject& b)
{
    QJsonObject sum = a;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        sum.insert(it.key(), sum.value(it.key()).toInt() + it.value().toInt());
    return sum;
}

} // namespace

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void bulkRunUnderFaults_data();
    void bulkRunUnderFaults();
    void singleConfirmationsUnderFaults_data();
    void singleConfirmationsUnderFaults();
    void cliKilledFiveTimesEndsAsWithoutKills();

private:
    // One bulk run of `input` through the runner, as `partnerdesk-cli bulk attest` runs it.
    bool runBulk(const QString& input, const QString& journal, const QString& results, BulkProgress* progress);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_directory;
    Test::SandboxSeed m_seed;
};

void TestExactlyOnce::initTestCase()
{
    Test::isolateEnvironment();
    QVERIFY(m_directory.isValid());
    SandboxFixture::Options options;
    options.seedCustomers = seededCustomers;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
    QVERIFY(m_sandbox->signIn(Role::AdminAgent, PartnerType::DirectBill));
    const std::optional<Test::SandboxSeed> seed = Test::SandboxSeed::load(m_sandbox->databasePath());
    QVERIFY(seed);
    m_seed = *seed;

    // The client's own retry rules, with short waits: a timeout of 400 ms, backoff from 20 ms.
    RetryPolicy policy;
    policy.timeout = std::chrono::milliseconds(clientTimeoutMs);
    policy.baseDelay = std::chrono::milliseconds(20);
    policy.maxDelay = std::chrono::milliseconds(200);
    policy.random = [] { return QRandomGenerator::global()->generateDouble() * 0.2; };
    m_sandbox->client()->setRetryPolicy(policy);
}

void TestExactlyOnce::cleanupTestCase()
{
    QString table = QStringLiteral(
        "\n| Run | Rows/calls | /v1 requests | Faults injected | Failed in run 1 (unknown) | Runs | Duplicates | "
        "Wrong outcomes | Time |\n|---|---|---|---|---|---|---|---|---|\n");
    for (const Figures& f : std::as_const(figures())) {
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 (%6) | %7 | %8 | %9 | %10 s |\n")
                     .arg(f.what)
                     .arg(f.rows)
                     .arg(f.requests)
                     .arg(injectedText(f.injected))
                     .arg(f.failedFirstRun)
                     .arg(f.unknownFirstRun)
                     .arg(f.runs)
                     .arg(f.duplicates)
                     .arg(f.wrongOutcomes)
                     .arg(double(f.milliseconds) / 1000.0, 0, 'f', 1);
    }
    qInfo("%s", qPrintable(table));
    m_sandbox.reset();
}

bool TestExactlyOnce::runBulk(
    const QString& input, const QString& journal, const QString& results, BulkProgress* progress)
{
    const BulkInputResult read = BulkInputReader::readFile(input);
    if (!read.ok())
        return false;
    PartnerConfirmationChannel channel(m_sandbox->client());
    BulkAttestationRunner runner(m_sandbox->client(), &channel);
    BulkRunOptions options;
    options.concurrency = 8;
    options.requestsPerMinute = 1'000'000; // the faults are the only limit here
    options.journalPath = journal;
    options.resultsPath = results;
    if (!runner.start(read.input, options))
        return false;
    if (!QTest::qWaitFor([&runner] { return runner.state() == BulkAttestationRunner::State::Finished; }, 600000))
        return false;
    *progress = runner.progress();
    return runner.resultsError().isEmpty();
}

void TestExactlyOnce::bulkRunUnderFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("429") << QStringLiteral("429") << rowsPerKind;
    QTest::newRow("500") << QStringLiteral("500") << rowsPerKind;
    QTest::newRow("503") << QStringLiteral("503") << rowsPerKind;
    QTest::newRow("dropped before the answer") << QStringLiteral("drop-before") << rowsPerKind;
    QTest::newRow("dropped after the commit") << QStringLiteral("drop-after") << rowsPerKind;
    QTest::newRow("slower than the timeout") << QStringLiteral("slow") << rowsPerKind;
    QTest::newRow("malformed body") << QStringLiteral("malformed") << rowsPerKind;
    QTest::newRow("all mixed") << QStringLiteral("all") << rowsMixed;
}

void TestExactlyOnce::bulkRunUnderFaults()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QList<ExpectedRow> expected = Test::BulkScenario::mixedRows(m_seed, rows, 8000 + rows);
    const QString input = Test::writeFile(
        m_directory.filePath(QStringLiteral("bulk-%1.csv").arg(tag)), Test::BulkScenario::csv(expected));
    const QString journal = m_directory.filePath(QStringLiteral("bulk-%1-journal.sqlite").arg(tag));
    const QString results = m_directory.filePath(QStringLiteral("bulk-%1-results.csv").arg(tag));
    const StoredConfirmations before = StoredConfirmations::read(m_sandbox->databasePath());

    Figures f;
    f.what = QStringLiteral("bulk, %1 at %2 %")
                 .arg(kind == QLatin1String("all") ? QStringLiteral("all kinds mixed") : kind)
                 .arg(faultPercent);
    f.rows = rows;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_sandbox->setFaults(faultsOf(kind, 8000 + quint32(rows) + quint32(kind.size()))));
    BulkProgress progress;
    QVERIFY(runBulk(input, journal, results, &progress));
    f.runs = 1;

    // The first run, row by row against the database.
    const StoredConfirmations afterFirst = StoredConfirmations::read(m_sandbox->databasePath());
    const QList<QStringList> records = Test::BulkScenario::readRecords(results);
    QCOMPARE(records.size(), rows + 1); // no row missing
    const QStringList columns = BulkResultFile::columns();
    const int outcomeColumn = static_cast<int>(columns.indexOf(QStringLiteral("outcome")));
    const int codeColumn = static_cast<int>(columns.indexOf(QStringLiteral("code")));
    const int messageColumn = static_cast<int>(columns.indexOf(QStringLiteral("message")));
    QStringList wrong;
    for (int i = 0; i < rows; ++i) {
        const ExpectedRow& row = expected.at(i);
        const QString outcome = records.at(i + 1).at(outcomeColumn);
        const QString code = records.at(i + 1).at(codeColumn);
        const QString key = row.confirmationKey();
        const int was = key.isEmpty() ? 0 : before.count(key);
        const int now = key.isEmpty() ? 0 : afterFirst.count(key);
        const QString where = QStringLiteral("line %1 (%2 %3, expected %4 %5: %6)")
                                  .arg(i + 2)
                                  .arg(outcome, code, row.outcome, row.code, records.at(i + 1).at(messageColumn));
        if (now > 1)
            ++f.duplicates;
        if (outcome == QLatin1String("failed")) {
            ++f.failedFirstRun;
            if (code == QLatin1String("outcomeUnknown"))
                ++f.unknownFirstRun; // either way is true: it says it does not know
            else if (now != was)
                wrong << where + QStringLiteral(": failed, but recorded");
            continue;
        }
        if (outcome != row.outcome || code != row.code) {
            wrong << where;
            continue;
        }
        if (outcome == QLatin1String("confirmed")
            && (now != 1 || was != 0 || afterFirst.dates.value(key) != row.date()))
            wrong << where + QStringLiteral(": %1 record(s) before, %2 now").arg(was).arg(now);
        if ((outcome == QLatin1String("alreadyConfirmed") || outcome == QLatin1String("invalid")) && now != was)
            wrong << where + QStringLiteral(": recorded anyway");
    }
    f.wrongOutcomes = static_cast<int>(wrong.size());
    QJsonObject counts = m_sandbox->faultCounts();
    f.requests = counts.value(QLatin1String("requests")).toInteger();
    f.injected = counts.value(QLatin1String("injected")).toObject();

    // Run again with the journal, as a partner would, until nothing failed.
    int failed = f.failedFirstRun;
    while (failed > 0 && f.runs <= maxResumes) {
        QVERIFY(m_sandbox->setFaults(faultsOf(kind, 9000 + quint32(f.runs))));
        QVERIFY(runBulk(input, journal, results, &progress));
        ++f.runs;
        counts = m_sandbox->faultCounts();
        f.requests += counts.value(QLatin1String("requests")).toInteger();
        f.injected = addCounts(f.injected, counts.value(QLatin1String("injected")).toObject());
        failed = progress.count(BulkOutcome::Failed);
    }
    QVERIFY(m_sandbox->setFaults(FaultOptions()));
    f.milliseconds = clock.elapsed();

    // The end state: the fault-free outcome of every row, and each confirmation exactly once.
    const StoredConfirmations after = StoredConfirmations::read(m_sandbox->databasePath());
    for (const ExpectedRow& row : expected) {
        if (row.outcome == QLatin1String("confirmed") && after.count(row.confirmationKey()) != 1)
            wrong << row.confirmationKey()
                    + QStringLiteral(": %1 records at the end").arg(after.count(row.confirmationKey()));
    }
    const int duplicatesAtEnd = static_cast<int>(after.duplicated().size());
    f.duplicates = std::max(f.duplicates, duplicatesAtEnd);
    figures() << f;
    qInfo("%s: %d rows, %lld requests, faults %s; %d failed in run 1 (%d unknown), %d runs, %d duplicates, %d wrong, "
          "%lld ms",
        qPrintable(f.what), f.rows, f.requests, qPrintable(injectedText(f.injected)), f.failedFirstRun,
        f.unknownFirstRun, f.runs, f.duplicates, f.wrongOutcomes, f.milliseconds);

    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(duplicatesAtEnd, 0);
    QCOMPARE(failed, 0);
    const QString difference = Test::BulkScenario::compareResults(Test::BulkScenario::readRecords(results), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(after.total - before.total, Test::BulkScenario::count(expected, QStringLiteral("confirmed")));
    QVERIFY2(f.injected.value(kind == QLatin1String("all") ? QStringLiteral("drop-after") : kind).toInt() > 0,
        "no fault of this kind was injected: the run proves nothing");
}

void TestExactlyOnce::singleConfirmationsUnderFaults_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"429", "500", "503", "drop-before", "drop-after", "slow", "malformed", "all"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestExactlyOnce::singleConfirmationsUnderFaults()
{
    QFETCH(QString, kind);
    // 50 customers, four new contacts each.
    QList<AttestationRequest> requests;
    for (int c = 0; c < singlesPerKind / 4; ++c) {
        const QString customerId = m_seed.take().id;
        for (int i = 0; i < 4; ++i) {
            requests << AttestationRequest{customerId,
                Contact{QStringLiteral("Mary"), QStringLiteral("Jackson"),
                    QStringLiteral("single-%1-%2@contoso.com").arg(kind).arg(c * 4 + i), {}},
                QDate::currentDate().addDays(-3)};
        }
    }
    const auto keyOf
        = [](const AttestationRequest& r) -> QString { return r.customerId + QLatin1Char('|') + r.contact.email; };
    const StoredConfirmations before = StoredConfirmations::read(m_sandbox->databasePath());

    Figures f;
    f.what = QStringLiteral("single, %1 at %2 %")
                 .arg(kind == QLatin1String("all") ? QStringLiteral("all kinds mixed") : kind)
                 .arg(faultPercent);
    f.rows = static_cast<int>(requests.size());
    QElapsedTimer clock;
    clock.start();

    // Round 1: every call once, eight at a time (as the confirm page of eight windows would);
    // later rounds: the calls that did not end confirmed, again, as the partner would retry.
    QList<int> pending(requests.size());
    std::iota(pending.begin(), pending.end(), 0);
    QHash<int, bool> wasUncertain; // a call that failed earlier may find its own confirmation
    QStringList wrong;
    PartnerConfirmationChannel channel(m_sandbox->client());
    while (!pending.isEmpty() && f.runs <= maxResumes) {
        QVERIFY(m_sandbox->setFaults(faultsOf(kind, 7000 + quint32(f.runs) + quint32(kind.size()))));
        ++f.runs;
        QHash<int, Result<AgreementConfirmation>> answers;
        int next = 0;
        int inFlight = 0;
        std::function<void()> startMore = [&] {
            while (inFlight < 8 && next < pending.size()) {
                const int index = pending.at(next++);
                ++inFlight;
                channel.attest(requests.at(index), this, [&, index](const Result<AgreementConfirmation>& result) {
                    answers.insert(index, result);
                    --inFlight;
                    startMore();
                });
            }
        };
        startMore();
        QVERIFY(QTest::qWaitFor([&] { return answers.size() == pending.size(); }, 300000));
        const QJsonObject counts = m_sandbox->faultCounts();
        f.requests += counts.value(QLatin1String("requests")).toInteger();
        f.injected = addCounts(f.injected, counts.value(QLatin1String("injected")).toObject());
        QVERIFY(m_sandbox->setFaults(FaultOptions()));

        const StoredConfirmations now = StoredConfirmations::read(m_sandbox->databasePath());
        QList<int> again;
        for (const int index : std::as_const(pending)) {
            const Result<AgreementConfirmation>& result = answers.find(index).value();
            const QString key = keyOf(requests.at(index));
            if (now.count(key) > 1)
                ++f.duplicates;
            if (!result.ok()) {
                if (f.runs == 1) {
                    ++f.failedFirstRun;
                    if (result.error().kind == ApiError::Kind::OutcomeUnknown)
                        ++f.unknownFirstRun;
                }
                if (result.error().kind != ApiError::Kind::OutcomeUnknown && now.count(key) != before.count(key)
                    && !wasUncertain.value(index))
                    wrong << key + QStringLiteral(": failed (%1), but recorded").arg(result.error().message());
                wasUncertain[index]
                    = wasUncertain.value(index) || result.error().kind == ApiError::Kind::OutcomeUnknown;
                again << index;
                continue;
            }
            const bool already = result.value().outcome == AgreementConfirmation::Outcome::AlreadyConfirmed;
            // "Already confirmed" is true only for a call whose earlier attempt may have recorded it.
            if ((already && !wasUncertain.value(index)) || now.count(key) != 1)
                wrong << key
                        + QStringLiteral(": %1, %2 record(s)")
                              .arg(already ? QStringLiteral("already confirmed") : QStringLiteral("confirmed"))
                              .arg(now.count(key));
        }
        pending = again;
    }
    f.milliseconds = clock.elapsed();
    f.wrongOutcomes = static_cast<int>(wrong.size());
    const StoredConfirmations after = StoredConfirmations::read(m_sandbox->databasePath());
    f.duplicates = std::max(f.duplicates, static_cast<int>(after.duplicated().size()));
    figures() << f;
    qInfo("%s: %d calls, %lld requests, faults %s; %d failed in round 1 (%d unknown), %d rounds, %d duplicates, %d "
          "wrong, %lld ms",
        qPrintable(f.what), f.rows, f.requests, qPrintable(injectedText(f.injected)), f.failedFirstRun,
        f.unknownFirstRun, f.runs, f.duplicates, f.wrongOutcomes, f.milliseconds);

    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(QLatin1Char('\n'))));
    QVERIFY(pending.isEmpty());
    QCOMPARE(f.duplicates, 0);
    for (const AttestationRequest& request : std::as_const(requests))
        QCOMPARE(after.count(keyOf(request)), 1);
    QCOMPARE(after.total - before.total, static_cast<int>(requests.size()));
}

void TestExactlyOnce::cliKilledFiveTimesEndsAsWithoutKills()
{
    const QList<ExpectedRow> expected = Test::BulkScenario::mixedRows(m_seed, killRows, 600);
    const int toConfirm = Test::BulkScenario::count(expected, QStringLiteral("confirmed"));
    const QString input
        = Test::writeFile(m_directory.filePath(QStringLiteral("kill.csv")), Test::BulkScenario::csv(expected));
    const QString results = m_directory.filePath(QStringLiteral("kill-results.csv"));
    const QString journal = m_directory.filePath(QStringLiteral("kill-journal.sqlite"));
    const QStringList arguments{QStringLiteral("bulk"), QStringLiteral("attest"), input, QStringLiteral("--rate"),
        QStringLiteral("60000"), QStringLiteral("--journal"), journal, QStringLiteral("--results"), results,
        QStringLiteral("--format"), QStringLiteral("json")};
    const int before = m_sandbox->stat(QStringLiteral("agreements"));
    QVERIFY(m_sandbox->setFaults(FaultOptions())); // no faults; its counter counts the requests
    QElapsedTimer clock;
    clock.start();

    // Five kills at seeded moments: once the sandbox holds a seeded share of the run's
    // confirmations (spread over the run), after a further seeded pause of up to 150 ms.
    QRandomGenerator random(5);
    QList<int> marks;
    for (int k = 0; k < 5; ++k)
        marks << (k * toConfirm) / 6 + random.bounded(std::max(1, toConfirm / 6));
    QStringList killedAt;
    for (const int mark : std::as_const(marks)) {
        QProcess* process = Test::startCli(arguments, m_sandbox->baseUrl(), this);
        QVERIFY2(
            QTest::qWaitFor([&] { return m_sandbox->stat(QStringLiteral("agreements")) >= before + mark; }, 120000),
            qPrintable(QStringLiteral("never reached %1 confirmations").arg(mark)));
        QTest::qWait(int(random.bounded(150)));
        QVERIFY2(process->state() == QProcess::Running, "the run ended before it could be killed");
        process->kill(); // SIGKILL: no chance to write anything
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        killedAt << QString::number(m_sandbox->stat(QStringLiteral("agreements")) - before);
        delete process;
    }
    QVERIFY(!QFile::exists(results)); // no run got to write them

    // Restarted with its journal: it finishes, and the end state is that of a run without
    // kills (TestBulkCli runs such a file without kills and gets exactly these outcomes).
    const Test::CliRun last = Test::runCli(arguments, m_sandbox->baseUrl());
    QCOMPARE(last.exitCode, 5); // invalid rows, all others done
    const QString difference = Test::BulkScenario::compareResults(Test::BulkScenario::readRecords(results), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before + toConfirm);
    const StoredConfirmations after = StoredConfirmations::read(m_sandbox->databasePath());
    QVERIFY(after.duplicated().isEmpty());
    for (const ExpectedRow& row : expected) {
        if (row.outcome == QLatin1String("confirmed"))
            QCOMPARE(after.count(row.confirmationKey()), 1);
    }
    // And once more: nothing left, nothing sent.
    const Test::CliRun again = Test::runCli(arguments, m_sandbox->baseUrl());
    QCOMPARE(again.json().value(QLatin1String("requests")).toInt(), 0);
    QCOMPARE(m_sandbox->stat(QStringLiteral("agreements")), before + toConfirm);

    Figures f;
    f.what = QStringLiteral("CLI killed 5 times (after %1 confirmations), no faults")
                 .arg(killedAt.join(QStringLiteral(", ")));
    f.rows = killRows;
    f.requests = m_sandbox->faultCounts().value(QLatin1String("requests")).toInteger();
    f.runs = 7; // five killed, the one that finished, the one that found nothing to do
    f.milliseconds = clock.elapsed();
    figures() << f;
    qInfo("%s: %d rows, %lld requests, %lld ms", qPrintable(f.what), f.rows, f.requests, f.milliseconds);
}

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "TestExactlyOnce.moc"
