// partnerdesk-cli signin / signout and the kept sign-in, in-process against the sandbox's
// emulation of Entra ID, with an in-memory secret store standing for the system's.
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "auth/SecretStore.h"
#include "auth/TokenEndpoint.h"
#include "cli/CommandLineTool.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace PartnerDesk;
using PartnerDesk::Test::SandboxFixture;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInKeepsTheSignInForLaterCommands();
    void deniedSignInFails();
    void signInNeedsAClientId();
    void signInNeedsASecretStore();
    void signOutWithoutSignIn();
    void refusedKeptSignInIsForgotten();

private:
    // Runs one command; `approveAs` answers the sign-in page when a code is shown ("" denies).
    CliRun run(const QStringList& command, SecretStore* store, const QString& clientId = QStringLiteral("cli-tests"),
        std::optional<QString> approveAs = std::nullopt);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestCliSignIn::initTestCase()
{
    Test::isolateEnvironment();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
}

CliRun TestCliSignIn::run(
    const QStringList& command, SecretStore* store, const QString& clientId, std::optional<QString> approveAs)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLineTool tool(&m_network, outStream, errStream);
    tool.setSecretStore(store);
    CliInvocation invocation;
    invocation.command = command;
    invocation.apiBase = m_sandbox->baseUrl();
    invocation.clientId = clientId;
    invocation.format = OutputFormat::Json;

    CliRun result;
    bool finished = false;
    tool.run(invocation, [&](int code) {
        result.exitCode = code;
        finished = true;
    });
    bool answered = false;
    const QRegularExpression codePattern(QStringLiteral("\\b([A-Z]{4}-[A-Z]{4})\\b"));
    const bool done = QTest::qWaitFor(
        [&] {
            if (!answered && approveAs) {
                errStream.flush();
                const QRegularExpressionMatch match = codePattern.match(err);
                if (match.hasMatch()) {
                    answered = true;
                    m_sandbox->decideDeviceCode(match.captured(1), *approveAs);
                }
            }
            return finished;
        },
        30000);
    if (!done)
        result.exitCode = -2;
    outStream.flush();
    errStream.flush();
    result.out = out;
    result.err = err;
    return result;
}

void TestCliSignIn::signInKeepsTheSignInForLaterCommands()
{
    MemorySecretStore store(true);
    const QString admin = m_sandbox->userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    const CliRun signIn = run({QStringLiteral("signin")}, &store, QStringLiteral("cli-tests"), admin);
    QCOMPARE(signIn.exitCode, 0);
    QVERIFY2(signIn.err.contains(QLatin1String("/sandbox/device")), qPrintable(signIn.err));
    QVERIFY2(signIn.out.contains(admin), qPrintable(signIn.out));
    QCOMPARE(store.size(), 1);

    AuthorityConfig config;
    config.authority = m_sandbox->baseUrl();
    config.tenant = QStringLiteral("organizations");
    config.clientId = QStringLiteral("cli-tests");
    const QString kept = store.peek(config.secretKey());
    QVERIFY(!kept.isEmpty());
    // The code is on standard error, never the tokens; nothing secret on standard output.
    QVERIFY(!signIn.out.contains(kept) && !signIn.err.contains(kept));

    // A later command uses the kept sign-in (no PARTNERDESK_TOKEN), and keeps the new refresh token.
    const CliRun list = run({QStringLiteral("customers"), QStringLiteral("list")}, &store);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(QLatin1Char('[')), qPrintable(list.err));
    QTRY_VERIFY(store.peek(config.secretKey()) != kept);

    // Another application id is another sign-in.
    const CliRun other
        = run({QStringLiteral("customers"), QStringLiteral("list")}, &store, QStringLiteral("other-app"));
    QCOMPARE(other.exitCode, int(ExitInvalidInput));
    QVERIFY(other.err.contains(QLatin1String("signin")));

    const CliRun signOut = run({QStringLiteral("signout")}, &store);
    QCOMPARE(signOut.exitCode, 0);
    QCOMPARE(store.size(), 0);
    const CliRun after = run({QStringLiteral("customers"), QStringLiteral("list")}, &store);
    QCOMPARE(after.exitCode, int(ExitInvalidInput));
    QVERIFY(after.err.contains(QLatin1String("PARTNERDESK_TOKEN")));
}

void TestCliSignIn::deniedSignInFails()
{
    MemorySecretStore store(true);
    const CliRun denied = run({QStringLiteral("signin")}, &store, QStringLiteral("cli-tests"), QString());
    QCOMPARE(denied.exitCode, int(ExitServiceError));
    QVERIFY2(denied.err.contains(QLatin1String("declined")), qPrintable(denied.err));
    QCOMPARE(store.size(), 0);
}

void TestCliSignIn::signInNeedsAClientId()
{
    MemorySecretStore store(true);
    const CliRun result = run({QStringLiteral("signin")}, &store, QString());
    QCOMPARE(result.exitCode, int(ExitInvalidInput));
    QVERIFY(result.err.contains(QLatin1String("--client-id")));
}

void TestCliSignIn::signInNeedsASecretStore()
{
    MemorySecretStore memoryOnly(false);
    const CliRun result = run({QStringLiteral("signin")}, &memoryOnly);
    QCOMPARE(result.exitCode, int(ExitInvalidInput));
    QVERIFY(result.err.contains(QLatin1String("PARTNERDESK_TOKEN")));
    QCOMPARE(memoryOnly.size(), 0);
}

void TestCliSignIn::signOutWithoutSignIn()
{
    MemorySecretStore store(true);
    const CliRun result = run({QStringLiteral("signout")}, &store);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("no kept sign-in")));
}

void TestCliSignIn::refusedKeptSignInIsForgotten()
{
    MemorySecretStore store(true);
    AuthorityConfig config;
    config.authority = m_sandbox->baseUrl();
    config.tenant = QStringLiteral("organizations");
    config.clientId = QStringLiteral("cli-tests");
    bool written = false;
    store.write(config.secretKey(), QStringLiteral("revoked-refresh-token"), nullptr,
        [&written](const SecretStore::Answer& answer) { written = answer.ok(); });
    QTRY_VERIFY(written);

    const CliRun result = run({QStringLiteral("customers"), QStringLiteral("list")}, &store);
    QCOMPARE(result.exitCode, int(ExitInvalidInput));
    QVERIFY2(result.err.contains(QLatin1String("signin")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("invalid_grant")));
    QTRY_COMPARE(store.size(), 0);
}

QTEST_MAIN(TestCliSignIn)
#include "TestCliSignIn.moc"
