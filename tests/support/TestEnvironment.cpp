#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QFile>
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

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString binaryDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("PARTNERDESK_BIN_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
}

} // namespace PartnerDesk::Test
