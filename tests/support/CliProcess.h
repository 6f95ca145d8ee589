#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

class QObject;
class QProcess;

namespace PartnerDesk::Test {

// One finished run of the real partnerdesk-cli.
struct CliRun
{
    int exitCode = -1; // -1: crashed or killed
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const; // stdout of --format json
};

// partnerdesk-cli from the build's binary directory with `--api-base apiBase` appended, without
// PARTNERDESK_TOKEN; signed in as `sandboxUser` (PARTNERDESK_SANDBOX_USER) when given, else as
// the sandbox's default demo user.
[[nodiscard]] QProcess* startCli(
    const QStringList& arguments, const QUrl& apiBase, QObject* parent, const QString& sandboxUser = {});
// The same, waited for (killed after timeoutMs).
[[nodiscard]] CliRun runCli(
    const QStringList& arguments, const QUrl& apiBase, const QString& sandboxUser = {}, int timeoutMs = 240000);

} // namespace PartnerDesk::Test
