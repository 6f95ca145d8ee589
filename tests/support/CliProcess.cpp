#include "CliProcess.h"

#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace PartnerDesk::Test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QProcess* startCli(const QStringList& arguments, const QUrl& apiBase, QObject* parent, const QString& sandboxUser)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PARTNERDESK_TOKEN"));
    if (sandboxUser.isEmpty())
        environment.remove(QStringLiteral("PARTNERDESK_SANDBOX_USER"));
    else
        environment.insert(QStringLiteral("PARTNERDESK_SANDBOX_USER"), sandboxUser);
    process->setProcessEnvironment(environment);
    process->start(Test::binaryDirectory() + QStringLiteral("/partnerdesk-cli"),
        arguments + QStringList{QStringLiteral("--api-base"), apiBase.toString()});
    return process;
}

CliRun runCli(const QStringList& arguments, const QUrl& apiBase, const QString& sandboxUser, int timeoutMs)
{
    QProcess* process = startCli(arguments, apiBase, nullptr, sandboxUser);
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished();
    }
    CliRun run;
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    delete process;
    return run;
}

} // namespace PartnerDesk::Test
