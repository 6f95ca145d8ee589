#include "Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace PartnerDesk::Paths {

QString dataDirectory()
{
    const QString directory
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PartnerDesk");
    QDir().mkpath(directory);
    return directory;
}

QString sandboxDatabase()
{
    return dataDirectory() + QStringLiteral("/sandbox.sqlite");
}

} // namespace PartnerDesk::Paths
