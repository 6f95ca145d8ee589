#pragma once

#include <QString>

namespace PartnerDesk::Paths {

// The sandbox's database, shared by the window and the command line of this user, so both
// see the same demo customers. The folder is created when missing.
[[nodiscard]] QString sandboxDatabase();
// PartnerDesk's own data folder (journals, evidence), created when missing.
[[nodiscard]] QString dataDirectory();

} // namespace PartnerDesk::Paths
