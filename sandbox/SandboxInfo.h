#pragma once

#include <QString>

namespace PartnerDesk::Sandbox {

// The sandbox imitates Partner Center on 127.0.0.1 only (see sandbox/README.md).
[[nodiscard]] QString listenAddress();

} // namespace PartnerDesk::Sandbox
