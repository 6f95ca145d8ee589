// partnerdesk-sandbox: the Partner Center look-alike on its own, for tests and demos.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGINT/SIGTERM only write a byte to this pair; the event loop reads it and quits, so no
// Qt function runs inside the signal handler.
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

bool installTerminationHandlers(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto bytesRead = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

// A whole number option in [minimum, maximum]; prints the problem and returns false otherwise.
bool readNumber(const QCommandLineParser& parser, const QString& name, qint64 minimum, qint64 maximum, qint64* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        std::fprintf(stderr, "--%s must be a whole number from %lld to %lld\n", qPrintable(name),
            static_cast<long long>(minimum), static_cast<long long>(maximum));
        return false;
    }
    *value = number;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A Partner Center look-alike on 127.0.0.1 for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QCoreApplication::translate("main", "Port on 127.0.0.1 (0 = any free port)."),
            QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("database"),
            QCoreApplication::translate("main", "SQLite file (default: a temporary file removed on exit)."),
            QStringLiteral("FILE")},
        {QStringLiteral("seed-customers"),
            QCoreApplication::translate("main", "Customers to seed into a new database."), QStringLiteral("N"),
            QStringLiteral("200")},
        {QStringLiteral("seed"), QCoreApplication::translate("main", "Seed of the generated data."),
            QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("throttle"),
            QCoreApplication::translate("main", "Requests per minute before 429 (0 = no throttling)."),
            QStringLiteral("PER_MINUTE"), QStringLiteral("0")},
        {QStringLiteral("token-lifetime"), QCoreApplication::translate("main", "Access token lifetime."),
            QStringLiteral("SECONDS"), QStringLiteral("3600")},
        {QStringLiteral("bom"), QCoreApplication::translate("main", "Start JSON bodies with a UTF-8 byte-order mark.")},
        {QStringLiteral("faults"),
            QCoreApplication::translate("main",
                "Fail this share of /v1 requests, in percent per kind: 429, 500, 503, drop-before, drop-after, "
                "slow, malformed, or all (spread evenly); e.g. 429=5,drop-after=2 or all=20."),
            QStringLiteral("KIND=PERCENT,...")},
        {QStringLiteral("fault-seed"), QCoreApplication::translate("main", "Seed of the fault decisions."),
            QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("fault-retry-after"), QCoreApplication::translate("main", "Retry-After of an injected 429."),
            QStringLiteral("SECONDS"), QStringLiteral("1")},
        {QStringLiteral("fault-slow-ms"),
            QCoreApplication::translate("main", "How long a slow answer is held back (past the client's timeout)."),
            QStringLiteral("MS"), QStringLiteral("65000")},
    });
    parser.process(app);

    PartnerDesk::Sandbox::SandboxOptions options;
    qint64 port = options.port;
    qint64 seedCustomers = options.seedCustomers;
    qint64 seed = options.seed;
    qint64 throttle = options.throttlePerMinute;
    qint64 tokenLifetime = options.tokenLifetimeSeconds;
    qint64 faultSeed = options.faults.seed;
    qint64 faultRetryAfter = options.faults.retryAfterSeconds;
    qint64 faultSlow = options.faults.slowMilliseconds;
    if (!readNumber(parser, QStringLiteral("port"), 0, 65535, &port)
        || !readNumber(parser, QStringLiteral("seed-customers"), 0, 10'000'000, &seedCustomers)
        || !readNumber(parser, QStringLiteral("seed"), 0, 0xFFFFFFFFLL, &seed)
        || !readNumber(parser, QStringLiteral("throttle"), 0, 1'000'000, &throttle)
        || !readNumber(parser, QStringLiteral("token-lifetime"), 1, 86'400 * 30, &tokenLifetime)
        || !readNumber(parser, QStringLiteral("fault-seed"), 0, 0xFFFFFFFFLL, &faultSeed)
        || !readNumber(parser, QStringLiteral("fault-retry-after"), 0, 3600, &faultRetryAfter)
        || !readNumber(parser, QStringLiteral("fault-slow-ms"), 0, 3'600'000, &faultSlow)) {
        return 2;
    }
    if (parser.isSet(QStringLiteral("faults"))) {
        QString problem;
        const auto faults
            = PartnerDesk::Sandbox::FaultOptions::parseShares(parser.value(QStringLiteral("faults")), &problem);
        if (!faults) {
            std::fprintf(stderr, "--faults: %s\n", qPrintable(problem));
            return 2;
        }
        options.faults = *faults;
    }
    options.faults.seed = quint32(faultSeed);
    options.faults.retryAfterSeconds = int(faultRetryAfter);
    options.faults.slowMilliseconds = int(faultSlow);
    options.port = quint16(port);
    options.databasePath = parser.value(QStringLiteral("database"));
    options.seedCustomers = int(seedCustomers);
    options.seed = quint32(seed);
    options.throttlePerMinute = int(throttle);
    options.tokenLifetimeSeconds = int(tokenLifetime);
    options.emitByteOrderMark = parser.isSet(QStringLiteral("bom"));

    if (!installTerminationHandlers(app)) {
        std::fprintf(stderr, "Cannot install the SIGINT/SIGTERM handlers\n");
        return 1;
    }
    PartnerDesk::Sandbox::SandboxServer server;
    QString errorMessage;
    if (!server.start(options, &errorMessage)) {
        std::fprintf(stderr, "%s\n", qPrintable(errorMessage));
        return 1;
    }
    std::printf("Listening on %s\n", qPrintable(server.baseUrl().toString()));
    if (options.faults.isActive()) {
        std::printf("Injecting faults into /v1 requests: %s (seed %u)\n", qPrintable(options.faults.sharesText()),
            options.faults.seed);
    }
    std::fflush(stdout);

    const int exitCode = QCoreApplication::exec();
    server.stop();
    return exitCode;
}
