#pragma once

#include "BulkInput.h"
#include "BulkJournal.h"
#include "BulkRowResult.h"
#include "api/Result.h"
#include "model/Agreement.h"
#include "model/CountryRules.h"
#include "model/Customer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace PartnerDesk {

class AttestationChannel;
class Clock;
struct BulkFindings;
class PartnerCenterClient;
class RequestGate;

struct BulkRunOptions
{
    // Partner Center documents 500 requests a minute per tenant for the customer resource;
    // 300 leaves room for the partner's other tools and for the client's own retries.
    static constexpr int defaultConcurrency = 4;
    static constexpr int defaultRequestsPerMinute = 300;

    bool dryRun = false; // check everything, send nothing that changes state
    int concurrency = defaultConcurrency; // requests in flight at most
    int requestsPerMinute = defaultRequestsPerMinute; // every request of the run counted; 0: no cap
    QString journalPath; // empty: no journal (a dry run never keeps one)
    QString resultsPath; // empty: none written; otherwise written at the end and on cancel
    const Clock* clock = nullptr; // "today" for the acceptance date; nullptr: Clock::instance()
    // What the dry run of the same file read (BulkAttestationRunner::findings()): the run
    // starts from it and reads again only what it lacks. Ignored for another file.
    std::shared_ptr<const BulkFindings> findings;
};

// Runs a bulk attestation file: the dry run (every row checked with the forms' rules, the
// customer resolved, the phone checked against the customer's country, duplicates in the file
// found, existing confirmations with the same contact found) and then, unless it is a dry run,
// the confirmations through the AttestationChannel — with bounded concurrency, a rate cap,
// pause, resume and cancel, and a journal that makes the run resumable exactly once.
//
// Every row ends in exactly one outcome. Nothing is sent for a row whose outcome is decided;
// rows of one customer are sent one after another; one failed row never stops the others. The
// run stops early only when the service cannot be reached at all or refuses the sign-in:
// the rows not done then end `failed` with code `serviceUnavailable` (and stay pending in the
// journal).
class BulkAttestationRunner : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Running,
        Paused, // nothing new starts; requests already sent finish
        Canceling, // waiting for requests in flight
        Finished,
    };
    Q_ENUM(State)

    BulkAttestationRunner(PartnerCenterClient* client, AttestationChannel* channel, QObject* parent = nullptr);
    ~BulkAttestationRunner() override;

    // Starts and returns at once; false (with *error) when the journal cannot be used.
    bool start(const BulkInput& input, const BulkRunOptions& options, BulkJournal::Error* error = nullptr);
    void pause();
    void resume();
    // Stops: nothing new starts, reads in flight are abandoned, confirmations in flight are
    // let finish. Rows not done end `skipped` (code `canceled`) and run again with the journal.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const BulkInput& input() const { return m_input; }
    [[nodiscard]] const BulkRunOptions& options() const { return m_options; }
    [[nodiscard]] const QList<BulkRowResult>& results() const { return m_results; }
    [[nodiscard]] BulkProgress progress() const;
    // The run stopped because the service could not be reached (or refused the sign-in).
    [[nodiscard]] bool serviceUnreachable() const { return m_stopReason == StopReason::Unreachable; }
    // Whether the service answered at least once in this run.
    [[nodiscard]] bool serviceAnswered() const { return m_serviceAnswered; }
    [[nodiscard]] const ApiError& stopError() const { return m_stopError; }
    // Empty, or why the result file could not be written.
    [[nodiscard]] QString resultsError() const { return m_resultsError; }
    [[nodiscard]] const RequestGate* gate() const { return m_gate; }
    // What this run read from the service: every customer found or not found, the phone rules
    // of their countries and the confirmations they already had. After a dry run, the run of
    // the same file that starts from it (BulkRunOptions::findings) sends only the
    // confirmations, as the check showed them: a confirmation made elsewhere in between is
    // still caught by the service's own duplicate rule (600061, alreadyConfirmed). A run that
    // resumes rows an interrupted run may have sent reads their confirmations again.
    [[nodiscard]] std::shared_ptr<const BulkFindings> findings() const;

    // The time left (BulkProgress::remainingMilliseconds) for `remainingRows` rows still to do,
    // after `requests` requests and `elapsedMilliseconds` of running time (pauses excluded) for
    // the `rowsDoneWithRequests` rows this run decided with the network's help: the larger of
    // what the rate cap allows (at the requests a row seen so far; 3, or 2 in a dry run, before
    // any) and, from the fifth such row on, the pace so far. Without a cap (`requestsPerMinute`
    // 0), the pace alone, and -1 (unknown) before the fifth row.
    [[nodiscard]] static qint64 estimateRemainingMilliseconds(int remainingRows, qint64 requests,
        int rowsDoneWithRequests, qint64 elapsedMilliseconds, int requestsPerMinute, bool dryRun);

Q_SIGNALS:
    void rowFinished(int index);
    void progressChanged(const PartnerDesk::BulkProgress& progress);
    void stateChanged(PartnerDesk::BulkAttestationRunner::State state);
    void finished();

private:
    enum class StopReason {
        None,
        Canceled,
        Unreachable,
    };

    // A confirmation known for a customer: read from the service, or made (or planned) by
    // this run's row `byRow`.
    struct KnownConfirmation
    {
        Contact contact;
        QDate date;
        int byRow = -1;
    };

    template<typename T> struct Lookup
    {
        enum class Status {
            Idle,
            Loading,
            Ready,
            NotFound,
            Failed,
        };
        Status status = Status::Idle;
        T value{};
        ApiError error;
        QList<std::function<void()>> waiters;
    };

    struct RowWork
    {
        bool admitted = false;
        bool decided = false;
        bool recovering = false; // the last run may have sent it: a match counts as confirmed
        bool sent = false; // its confirmation request was started in this run
    };

    void setState(State state);
    void startFrom(const BulkFindings& findings, bool withConfirmations);
    void decideOffline();
    void admitMore();
    void processRow(int index);
    void continueWithCustomer(int index, const Customer& customer);
    void checkExisting(int index, const QString& customerId);
    void send(int index, const QString& customerId);
    void templateSendFinished(bool succeeded);
    void finishRow(int index, BulkRowResult result);
    void finishWithError(int index, const ApiError& error, const QString& customerId = {});
    void stop(StopReason reason, const ApiError& error = {});
    void finishRun();
    void emitProgress();

    void resolveCustomer(int index, std::function<void(const Lookup<Customer>&)> done);
    void lookupCustomer(
        const QString& id, const QString& domain, int order, std::function<void(const Lookup<Customer>&)> done);
    // The rules of a country (nullptr when it has none: the international check), or the error
    // that kept them from being read.
    void countryRules(const QString& country, std::function<void(const CountryRules*, const ApiError*)> done);
    void knownConfirmations(const QString& customerId, std::function<void(Lookup<QList<KnownConfirmation>>&)> done);
    void lockCustomer(const QString& customerId, std::function<void()> then);
    void unlockCustomer(const QString& customerId);

    // Whether the answer is one from the service (it can be reached); counts failures in a row.
    void noteAnswer(const ApiError* error);
    [[nodiscard]] bool isStopping() const { return m_stopReason != StopReason::None; }

    PartnerCenterClient* m_client;
    AttestationChannel* m_channel;
    RequestGate* m_gate = nullptr;
    std::unique_ptr<BulkJournal> m_journal;
    BulkInput m_input;
    BulkRunOptions m_options;
    QList<BulkRowResult> m_results;
    QList<RowWork> m_work;
    State m_state = State::Idle;
    StopReason m_stopReason = StopReason::None;
    ApiError m_stopError;
    QString m_resultsError;

    int m_nextToAdmit = 0;
    int m_active = 0;
    int m_window = 16;
    bool m_admitting = false;
    int m_done = 0;
    std::array<int, bulkOutcomeCount> m_counts{};
    int m_doneAfterRequests = 0; // rows decided by this run with the network's help
    bool m_serviceAnswered = false;
    int m_networkFailuresInARow = 0;
    bool m_templateKnown = false;
    bool m_templateSendRunning = false;
    QList<std::function<void()>> m_waitingForTemplate;

    QHash<QString, Lookup<Customer>> m_customers; // "id:<id>" or "domain:<domain>", lower case
    QHash<QString, Lookup<std::optional<CountryRules>>> m_countryRules;
    QHash<QString, Lookup<QList<KnownConfirmation>>> m_confirmations; // by customer id, lower case
    QSet<QString> m_busyCustomers;
    QHash<QString, QList<std::function<void()>>> m_customerQueue;

    QElapsedTimer m_runningClock;
    qint64 m_runningBefore = 0; // running time before the last pause
};

} // namespace PartnerDesk
