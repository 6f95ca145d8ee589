#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

// Reads the ISO-8601 forms clients send for dateAgreed: "2024-05-01", "2024-05-01T00:00:00",
// with a fraction of any length (.NET sends seven digits), with "Z" or an offset. No offset
// means UTC, as Partner Center treats it. nullopt when the text is none of these.
[[nodiscard]] std::optional<QDateTime> parseIsoDateTime(const QString& text);

} // namespace PartnerDesk::Sandbox
