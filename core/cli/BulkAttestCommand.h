#pragma once

#include "OutputWriter.h"
#include "flows/bulk/BulkAttestationRunner.h"
#include "model/Session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace PartnerDesk {

class AttestationChannel;
class EvidenceStore;
class PartnerCenterClient;
class PartnerConfirmationChannel;

// What `partnerdesk-cli bulk attest FILE.csv` was asked to do.
struct BulkAttestOptions
{
    QString filePath;
    bool dryRun = false;
    int concurrency = BulkRunOptions::defaultConcurrency;
    int requestsPerMinute = BulkRunOptions::defaultRequestsPerMinute;
    QString journalPath; // empty: "<name>-journal.sqlite" beside the results
    QString resultsPath; // empty: "<name>-results.csv" (or "-dry-run.csv") beside the file
    OutputFormat format = OutputFormat::Table;
};

// `partnerdesk-cli bulk attest`: checks the permission first (an indirect reseller may only
// do the dry run, the file being for its indirect provider), reads the file, runs it with a
// journal, prints progress to stderr now and then and a summary to stdout. Every confirmation
// sent leaves an evidence record (channel "cli-bulk") in the user's evidence store; a store that
// cannot be opened or written only logs a warning.
//
// Exit codes: 0 every row confirmed or already confirmed (or valid, in a dry run; rows
// skipped as duplicates of such rows count as done); 5 some rows invalid or failed, all others
// done; 2 the file (or the journal) is unusable, or the user may not attest; 4 the service
// could not be reached at all.
class BulkAttestCommand : public QObject
{
    Q_OBJECT

public:
    BulkAttestCommand(PartnerCenterClient* client, std::optional<Session> session, QTextStream& out, QTextStream& err,
        QObject* parent = nullptr);
    ~BulkAttestCommand() override;

    // Returns at once; `finished` gets the exit code.
    void run(const BulkAttestOptions& options, std::function<void(int exitCode)> finished);

    // The exit code for a finished run (see above).
    [[nodiscard]] static int exitCodeFor(const BulkAttestationRunner& runner);

private:
    void onProgress(const BulkProgress& progress);
    void onFinished();
    void printSummary();
    void end(int exitCode);

    PartnerCenterClient* m_client;
    std::optional<Session> m_session;
    QTextStream& m_out;
    QTextStream& m_err;
    BulkAttestOptions m_options;
    std::function<void(int)> m_finished;
    std::unique_ptr<PartnerConfirmationChannel> m_channel;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<AttestationChannel> m_recordingChannel; // m_channel, recorded in m_evidence
    std::unique_ptr<BulkAttestationRunner> m_runner; // after the channel: destroyed before it
    QString m_journalPath;
    QString m_resultsPath;
    QElapsedTimer m_sinceLastReport;
    int m_lastReportedDone = -1;
};

} // namespace PartnerDesk
