#pragma once

#include <QString>

namespace PartnerDesk::Paths {

// The sandbox's database, shared by the window and the command line of this user, so both
// see the same demo customers. The folder is created when missing.
[[nodiscard]] QString sandboxDatabase();
// PartnerDesk's own data folder (journals, evidence), created when missing.
[[nodiscard]] QString dataDirectory();

// A file name made from data (a server's answer, a customer's details) that stays one file in
// the folder it is joined to: no folder part, no leading dots, no control, format or reserved
// characters, no device name of Windows, at most 150 characters; `fallback` when nothing is left.
[[nodiscard]] QString safeFileName(const QString& name, const QString& fallback = QStringLiteral("file"));
// The absolute path of safeFileName(name) inside `folder`.
[[nodiscard]] QString fileInFolder(const QString& folder, const QString& name);

} // namespace PartnerDesk::Paths
