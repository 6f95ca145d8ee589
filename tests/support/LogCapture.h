#pragma once

#include <QString>

namespace PartnerDesk::Test::LogCapture {

// From now on every message is kept (the `partnerdesk.*` categories at debug by default);
// warnings and worse still reach the previous handler, so a test's output shows them.
void start(const QString& filterRules = QStringLiteral("partnerdesk.*=true"));
// The previous handler back.
void stop();
// What was kept since start() or the last take(), one "category message" a line; then cleared.
[[nodiscard]] QString take();
// Forgets what was kept so far.
void clear();

} // namespace PartnerDesk::Test::LogCapture
