#pragma once

#include "model/AgreementStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace PartnerDesk::StatusPresentation {

// How an MCA status reads and looks, in one place for every screen.
[[nodiscard]] QString text(McaStatus status);
[[nodiscard]] QString explanation(McaStatus status);
[[nodiscard]] QColor color(McaStatus status);
[[nodiscard]] QIcon icon(McaStatus status);
// The order of statuses when sorting: the ones that need attention first.
[[nodiscard]] int sortOrder(McaStatus status);

} // namespace PartnerDesk::StatusPresentation
