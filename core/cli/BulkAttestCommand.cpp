#include "BulkAttestCommand.h"

#include "CommandLineTool.h"
#include "flows/AttestationChannel.h"
#include "flows/bulk/BulkResultFile.h"
#include "flows/evidence/EvidenceStore.h"
#include "flows/evidence/RecordingAttestationChannel.h"
#include "util/Logging.h"
#include "validation/PermissionPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace PartnerDesk {

namespace {

// Progress goes to stderr at most this often (and once at the end).
constexpr qint64 reportIntervalMilliseconds = 2000;

QString duration(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("PartnerDesk::BulkAttestCommand", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("PartnerDesk::BulkAttestCommand", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    return QCoreApplication::translate("PartnerDesk::BulkAttestCommand", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

} // namespace

BulkAttestCommand::BulkAttestCommand(
    PartnerCenterClient* client, std::optional<Session> session, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_session(std::move(session))
    , m_out(out)
    , m_err(err)
{ }

BulkAttestCommand::~BulkAttestCommand() = default;

void BulkAttestCommand::run(const BulkAttestOptions& options, std::function<void(int)> finished)
{
    m_options = options;
    m_finished = std::move(finished);

    // 1. Who may do this. The dry run sends nothing: an indirect reseller uses it to prepare
    // the file its indirect provider will run.
    if (m_session && !m_options.dryRun) {
        const PermissionDecision decision = PermissionPolicy(*m_session).decide(Action::BulkAttest);
        if (!decision.isAllowed()) {
            QString text = decision.explanation();
            if (decision.reason == DenialReason::IndirectResellerMustUseProvider)
                text += QLatin1Char('\n')
                    + tr("Check the file with --dry-run and hand it to your indirect provider, who runs it.");
            m_err << text << '\n';
            end(ExitInvalidInput);
            return;
        }
    }

    // 2. The file.
    const BulkInputResult read = BulkInputReader::readFile(m_options.filePath);
    if (!read.ok()) {
        m_err << QDir::toNativeSeparators(m_options.filePath) << ": " << read.error.message() << '\n';
        end(ExitInvalidInput);
        return;
    }

    // 3. Where the results and the journal go.
    m_resultsPath = m_options.resultsPath.isEmpty() ? BulkResultFile::defaultPath(m_options.filePath, m_options.dryRun)
                                                    : m_options.resultsPath;
    if (!m_options.dryRun) {
        m_journalPath = m_options.journalPath.isEmpty()
            ? QFileInfo(m_resultsPath)
                  .absoluteDir()
                  .filePath(QFileInfo(m_options.filePath).completeBaseName() + QStringLiteral("-journal.sqlite"))
            : m_options.journalPath;
    }

    BulkRunOptions runOptions;
    runOptions.dryRun = m_options.dryRun;
    runOptions.concurrency = m_options.concurrency;
    runOptions.requestsPerMinute = m_options.requestsPerMinute;
    runOptions.journalPath = m_journalPath;
    runOptions.resultsPath = m_resultsPath;

    m_channel = std::make_unique<PartnerConfirmationChannel>(m_client);
    AttestationChannel* channel = m_channel.get();
    if (!m_options.dryRun) {
        // The evidence records, as for confirmations from the window; a run never depends on them.
        QString evidenceError;
        m_recordingChannel = RecordingAttestationChannel::inDefaultStore(
            m_channel.get(), m_evidence, m_session, QStringLiteral("cli-bulk"), &evidenceError);
        if (m_recordingChannel)
            channel = m_recordingChannel.get();
        else
            qCWarning(lcFlows) << "bulk run without evidence records: the store did not open:" << evidenceError;
    }
    m_runner = std::make_unique<BulkAttestationRunner>(m_client, channel);
    connect(m_runner.get(), &BulkAttestationRunner::progressChanged, this, &BulkAttestCommand::onProgress);
    connect(m_runner.get(), &BulkAttestationRunner::finished, this, &BulkAttestCommand::onFinished);
    m_sinceLastReport.start(); // the rows decided at once are not worth a line of their own
    BulkJournal::Error journalError;
    if (!m_runner->start(read.input, runOptions, &journalError)) {
        m_err << journalError.message(QDir::toNativeSeparators(m_journalPath)) << '\n';
        end(ExitInvalidInput);
        return;
    }
    const QString total = QString::number(read.input.rows.size());
    const QString file = QDir::toNativeSeparators(m_options.filePath);
    if (m_options.dryRun)
        m_err << tr("Checking %1 rows of %2 (dry run: nothing is sent).").arg(total, file) << '\n';
    else
        m_err << tr("Confirming %1 rows of %2 (journal: %3).").arg(total, file, QDir::toNativeSeparators(m_journalPath))
              << '\n';
    m_err.flush();
}

void BulkAttestCommand::onProgress(const BulkProgress& progress)
{
    if (m_sinceLastReport.isValid() && m_sinceLastReport.elapsed() < reportIntervalMilliseconds)
        return;
    if (progress.done == m_lastReportedDone || progress.done == progress.total)
        return; // the summary follows
    m_sinceLastReport.restart();
    m_lastReportedDone = progress.done;
    QString line
        = (m_options.dryRun ? tr("%1/%2 rows: %3 valid, %4 already confirmed, %5 invalid, %6 failed, %7 skipped")
                            : tr("%1/%2 rows: %3 confirmed, %4 already confirmed, %5 invalid, %6 failed, %7 skipped"))
              .arg(progress.done)
              .arg(progress.total)
              .arg(progress.count(m_options.dryRun ? BulkOutcome::Valid : BulkOutcome::Confirmed))
              .arg(progress.count(BulkOutcome::AlreadyConfirmed))
              .arg(progress.count(BulkOutcome::Invalid))
              .arg(progress.count(BulkOutcome::Failed))
              .arg(progress.count(BulkOutcome::Skipped));
    if (progress.remainingMilliseconds > 0)
        line += tr("; about %1 left").arg(duration(progress.remainingMilliseconds));
    if (progress.throttled > 0)
        line += tr("; throttled %n time(s)", nullptr, progress.throttled);
    m_err << line << '\n';
    m_err.flush();
}

int BulkAttestCommand::exitCodeFor(const BulkAttestationRunner& runner)
{
    if (runner.serviceUnreachable() && !runner.serviceAnswered())
        return ExitNetworkFailure;
    const BulkProgress progress = runner.progress();
    if (progress.count(BulkOutcome::Invalid) > 0 || progress.count(BulkOutcome::Failed) > 0)
        return ExitSomeRowsFailed;
    for (const BulkRowResult& result : runner.results()) {
        // Canceled rows are not done; duplicates of done rows are.
        if (result.outcome == BulkOutcome::Skipped && result.code != BulkCodes::DuplicateRow)
            return ExitSomeRowsFailed;
    }
    return ExitSuccess;
}

void BulkAttestCommand::onFinished()
{
    if (!m_runner->resultsError().isEmpty())
        m_err << m_runner->resultsError() << '\n';
    if (m_runner->serviceUnreachable())
        m_err << tr("The run stopped: %1").arg(m_runner->stopError().message()) << '\n';
    printSummary();
    end(exitCodeFor(*m_runner));
}

void BulkAttestCommand::printSummary()
{
    const BulkProgress progress = m_runner->progress();
    const QString results = QDir::toNativeSeparators(m_resultsPath);
    const QString journal = QDir::toNativeSeparators(m_journalPath);
    const QString seconds = QString::number(progress.elapsedMilliseconds / 1000.0, 'f', 1);
    QList<OutputWriter::Column> fields{{QStringLiteral("file"), tr("File")}, {QStringLiteral("rows"), tr("Rows")}};
    QStringList values{QDir::toNativeSeparators(m_options.filePath), QString::number(progress.total)};
    QJsonObject outcomes;
    const QList<BulkOutcome> shown = m_options.dryRun
        ? QList<BulkOutcome>{BulkOutcome::Valid, BulkOutcome::AlreadyConfirmed, BulkOutcome::Invalid,
            BulkOutcome::Failed, BulkOutcome::Skipped}
        : QList<BulkOutcome>{BulkOutcome::Confirmed, BulkOutcome::AlreadyConfirmed, BulkOutcome::Invalid,
            BulkOutcome::Failed, BulkOutcome::Skipped};
    for (const BulkOutcome outcome : shown) {
        fields.append({BulkOutcomes::key(outcome), BulkOutcomes::displayName(outcome)});
        values << QString::number(progress.count(outcome));
        outcomes.insert(BulkOutcomes::key(outcome), progress.count(outcome));
    }
    fields.append({{QStringLiteral("requests"), tr("Requests")}, {QStringLiteral("throttled"), tr("Throttled (429)")},
        {QStringLiteral("elapsedSeconds"), tr("Seconds")}, {QStringLiteral("results"), tr("Results")}});
    values << QString::number(progress.requests) << QString::number(progress.throttled) << seconds << results;
    if (!m_options.dryRun) {
        fields.append({QStringLiteral("journal"), tr("Journal")});
        values << journal;
    }
    QJsonObject json{{QLatin1String("file"), QDir::toNativeSeparators(m_options.filePath)},
        {QLatin1String("dryRun"), m_options.dryRun}, {QLatin1String("rows"), progress.total},
        {QLatin1String("outcomes"), outcomes}, {QLatin1String("requests"), progress.requests},
        {QLatin1String("throttled"), progress.throttled}, {QLatin1String("elapsedSeconds"), seconds.toDouble()},
        {QLatin1String("results"), results}};
    if (!m_options.dryRun)
        json.insert(QLatin1String("journal"), journal);
    if (m_runner->serviceUnreachable())
        json.insert(QLatin1String("stopped"), m_runner->stopError().message());
    OutputWriter(m_out, m_options.format).writeObject(fields, values, json);
}

void BulkAttestCommand::end(int exitCode)
{
    m_out.flush();
    m_err.flush();
    if (m_finished)
        std::exchange(m_finished, nullptr)(exitCode);
}

} // namespace PartnerDesk
