#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSettings>
#include <QStandardPaths>

namespace PartnerDesk::Test {

void isolateEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

QString binaryDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("PARTNERDESK_BIN_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
}

} // namespace PartnerDesk::Test
