#pragma once

#include "OutputWriter.h"
#include "api/Result.h"
#include "model/Session.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace PartnerDesk {

class AttestationChannel;
class EvidenceStore;
class PartnerCenterClient;
class SecretStore;
class TokenSource;
struct AuthorityConfig;
struct Agreement;

// Exit codes of partnerdesk-cli.
enum CliExitCode {
    ExitSuccess = 0, // also "already confirmed"
    ExitInvalidInput = 2, // invalid input, or refused before anything was sent
    ExitServiceError = 3, // the service answered with an error (code and description printed)
    ExitNetworkFailure = 4,
    ExitSomeRowsFailed = 5, // bulk: some rows invalid or failed, the others done
};

// One run of the command line, parsed.
struct CliInvocation
{
    QStringList command; // positional words: {"agreement", "confirm", "<customer id>"}
    QUrl apiBase; // where to talk to
    OutputFormat format = OutputFormat::Table;
    QString token; // from PARTNERDESK_TOKEN; never from the command line
    QUrl authority; // sign-in service (--authority); empty = the default for apiBase
    QString tenant; // --tenant; empty = "organizations"
    QString clientId; // --client-id: the application registered for PartnerDesk
    QString sandboxUser; // with a loopback sandbox and no token: the demo user to sign in as
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString date;
    bool dryRun = false;
    QString country;
    QString language;
    QString search;
    int concurrency = 0; // bulk: requests in flight; 0 = the default
    int ratePerMinute = 0; // bulk: request-rate cap; 0 = the default
    QString journal; // bulk: the journal file; empty = beside the results
    QString results; // bulk: the result file; empty = beside the input
};

// partnerdesk-cli's commands over the Partner Center client. The executable parses the
// arguments (with the options declared here) and wires the sandbox; everything else is here.
class CommandLineTool : public QObject
{
    Q_OBJECT

public:
    CommandLineTool(QNetworkAccessManager* network, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~CommandLineTool() override;

    // Declares every option and the positional arguments.
    static void describe(QCommandLineParser& parser);
    // The invocation, or the reason the arguments are unusable (exit code 2).
    static std::optional<CliInvocation> parse(const QCommandLineParser& parser, QString* error);
    // The text of `partnerdesk-cli --help`'s command list.
    static QString commandSummary();

    // Runs the command; `finished` gets the exit code. Returns at once.
    void run(const CliInvocation& invocation, std::function<void(int exitCode)> finished);
    // Where `signin` keeps the refresh token and later commands find it (not owned). The
    // executable passes the system's secret store.
    void setSecretStore(SecretStore* store) { m_secretStore = store; }
    // Whether this invocation uses the sign-in kept by `signin`: a Partner Center address, or
    // an explicit --client-id (the sandbox otherwise signs in as a demo user by itself).
    [[nodiscard]] static bool usesStoredSignIn(const CliInvocation& invocation);

private:
    void signIn(std::function<void()> then);
    void signInWithStoredToken(std::function<void()> then);
    void deviceCodeSignIn();
    void signOut();
    [[nodiscard]] AuthorityConfig authorityConfig() const;
    void keepRefreshToken(const QString& refreshToken);
    void dispatch();
    void agreementMetadata();
    void agreementStatus(const QString& customerId);
    void agreementConfirm(const QString& customerId);
    void agreementTemplate();
    void customersList();
    void customersShow(const QString& customerId);
    void inviteLink();
    void bulkAttest(const QString& file);
    // The channel `agreement confirm` sends through: Partner Center's, leaving an evidence
    // record as `bulk attest` and the window do (unless the store cannot be opened).
    AttestationChannel* confirmationChannel();

    void fail(int exitCode, const QString& message);
    void failWith(const ApiError& error);
    void succeed();
    [[nodiscard]] QJsonObject agreementJson(const Agreement& agreement) const;

    QNetworkAccessManager* m_network;
    QTextStream& m_out;
    QTextStream& m_err;
    CliInvocation m_invocation;
    std::function<void(int)> m_finished;
    std::unique_ptr<TokenSource> m_tokens;
    std::unique_ptr<PartnerCenterClient> m_client;
    std::optional<Session> m_session;
    QObject* m_helpers = nullptr;
    SecretStore* m_secretStore = nullptr;
    std::unique_ptr<AttestationChannel> m_confirmationChannel;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<AttestationChannel> m_recordingChannel; // m_confirmationChannel, recorded in m_evidence
};

} // namespace PartnerDesk
