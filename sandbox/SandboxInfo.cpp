#include "SandboxInfo.h"

#include <QHostAddress>

namespace PartnerDesk::Sandbox {

QString listenAddress()
{
    return QHostAddress(QHostAddress::LocalHost).toString();
}

} // namespace PartnerDesk::Sandbox
