// partnerdesk: the desktop window. Wiring only: identity, the embedded sandbox when no
// Partner Center connection is configured, the controller.
#include "api/NetworkSetup.h"
#include "mainwindow/AppController.h"
#include "mainwindow/StartupProbe.h"
#include "sandbox/EmbeddedSandbox.h"
#include "util/CrashGuard.h"
#include "util/Paths.h"
#include "util/Settings.h"
#include "widgets/Dialogs.h"
#include "widgets/PlainTextPolicy.h"
#include "widgets/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>

#include <cstring>
#include <memory>

namespace {

// --help and --version must work without a display, so they are answered by a
// QCoreApplication before any window system is touched.
bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "PartnerDesk: confirm and review customer acceptance of the Microsoft Customer Agreement."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("sandbox"), QCoreApplication::translate("main", "Use the sandbox whatever Settings say.")});
    // For the benchmarks (tests/bench): print the time until the first page of customers (or
    // every customer) is on screen, and quit. Hidden: not for people.
    for (const char* probe : {"startup-probe", "load-probe"}) {
        QCommandLineOption option(QString::fromLatin1(probe));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    PartnerDesk::CrashGuard::install("partnerdesk");
    using namespace PartnerDesk;
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    NetworkSetup::useSystemProxy();
    QApplication::setApplicationDisplayName(QStringLiteral("PartnerDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/partnerdesk/icons/partnerdesk.svg")));
    PlainTextPolicy::install(&app);

    // The language of Settings, or the system's: before the first window exists.
    UiLanguage::apply(Settings::string(Settings::Key::Language));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    const bool sandboxMode = parser.isSet(QStringLiteral("sandbox"))
        || Settings::string(Settings::Key::Connection) != QLatin1String("partnerCenter");

    Sandbox::EmbeddedSandbox sandbox;
    QUrl apiBase;
    QUrl authority;
    if (sandboxMode) {
        // No Partner Center account configured: the sandbox runs in-process on 127.0.0.1.
        Sandbox::SandboxOptions options;
        options.databasePath = Paths::sandboxDatabase();
        options.seedCustomers = std::max(1, Settings::integer(Settings::Key::SandboxSeedCustomers));
        // It prepares its database in its own thread while the window is built; requests wait
        // for it on its socket.
        const auto cannotStart = [](const QString& error) {
            Dialogs::warning(nullptr, QCoreApplication::translate("main", "PartnerDesk"),
                QCoreApplication::translate("main", "The sandbox could not start: %1").arg(error));
        };
        QString error;
        if (!sandbox.startInBackground(
                options, &app,
                [cannotStart](const QString& failure) {
                    if (failure.isEmpty())
                        return;
                    cannotStart(failure);
                    QCoreApplication::exit(1);
                },
                &error)) {
            cannotStart(error);
            return 1;
        }
        apiBase = sandbox.baseUrl();
        authority = sandbox.baseUrl();
    } else {
        apiBase = QUrl(Settings::string(Settings::Key::PartnerCenterUrl));
        authority = QUrl(Settings::string(Settings::Key::Authority));
    }

    AppController controller(
        sandboxMode ? Workspace::Connection::Sandbox : Workspace::Connection::PartnerCenter, apiBase, authority);
    controller.start();
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(QStringLiteral("startup-probe")) || parser.isSet(QStringLiteral("load-probe"))) {
        probe = std::make_unique<StartupProbe>(parser.isSet(QStringLiteral("load-probe"))
                ? StartupProbe::Until::AllCustomers
                : StartupProbe::Until::FirstPage,
            sinceStart);
        probe->watch(controller.mainWindow());
    }
    const int result = QApplication::exec();
    sandbox.stop();
    return result;
}
