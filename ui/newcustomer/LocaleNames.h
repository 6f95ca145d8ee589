#pragma once

#include <QString>

namespace PartnerDesk::LocaleNames {

// "Turkish (tr)" for a Partner Center language code ("tr", "pt-PT").
[[nodiscard]] QString language(const QString& code);
// "Turkish (Turkey) – tr-TR" for a culture code.
[[nodiscard]] QString culture(const QString& code);

} // namespace PartnerDesk::LocaleNames
