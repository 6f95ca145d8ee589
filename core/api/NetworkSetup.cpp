#include "NetworkSetup.h"

#include <QNetworkProxyFactory>

namespace PartnerDesk::NetworkSetup {

void useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace PartnerDesk::NetworkSetup
