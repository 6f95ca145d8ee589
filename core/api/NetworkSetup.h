#pragma once

namespace PartnerDesk::NetworkSetup {

// What both executables set before their first request: the system's proxy settings
// (http_proxy, https_proxy, no_proxy on Linux; the system's on Windows and macOS) for every
// QNetworkAccessManager of the process. TLS errors are never ignored anywhere, proxy or not.
void useSystemProxy();

} // namespace PartnerDesk::NetworkSetup
