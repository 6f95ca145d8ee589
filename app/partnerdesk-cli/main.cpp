// partnerdesk-cli: the same operations as the window, for scripts. Wiring only: parse the
// arguments, start the embedded sandbox when no --api-base is given, run the command.
#include "api/NetworkSetup.h"
#include "auth/SecretStore.h"
#include "cli/CommandLineTool.h"
#include "sandbox/EmbeddedSandbox.h"
#include "util/CrashGuard.h"
#include "util/Paths.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>

int main(int argc, char** argv)
{
    PartnerDesk::CrashGuard::install("partnerdesk-cli");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    // The system's proxy (http_proxy, https_proxy, no_proxy), as the desktop app.
    PartnerDesk::NetworkSetup::useSystemProxy();

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    PartnerDesk::CommandLineTool::describe(parser);
    parser.process(app);

    // Messages meant for people follow --locale, else the system's language.
    PartnerDesk::Translations::apply(parser.value(QStringLiteral("locale")));

    QString error;
    std::optional<PartnerDesk::CliInvocation> invocation = PartnerDesk::CommandLineTool::parse(parser, &error);
    if (!invocation) {
        err << error << '\n';
        return PartnerDesk::ExitInvalidInput;
    }

    PartnerDesk::Sandbox::EmbeddedSandbox sandbox;
    if (invocation->apiBase.isEmpty()) {
        // No address given: a private sandbox for this run, seeded with demo customers.
        PartnerDesk::Sandbox::SandboxOptions options;
        options.databasePath = PartnerDesk::Paths::sandboxDatabase();
        QString sandboxError;
        if (!sandbox.start(options, &sandboxError)) {
            err << sandboxError << '\n';
            return PartnerDesk::ExitNetworkFailure;
        }
        invocation->apiBase = sandbox.baseUrl();
    }

    QNetworkAccessManager network;
    PartnerDesk::CommandLineTool tool(&network, out, err);
    // The system's secret store, only where a kept sign-in is used (never for the sandbox's demo users).
    PartnerDesk::KeychainSecretStore secretStore;
    const QString command = invocation->command.join(QLatin1Char(' '));
    if (command == QLatin1String("signin") || command == QLatin1String("signout")
        || PartnerDesk::CommandLineTool::usesStoredSignIn(*invocation))
        tool.setSecretStore(&secretStore);
    int exitCode = 0;
    tool.run(*invocation, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QCoreApplication::exec();
    sandbox.stop();
    return exitCode;
}
