#pragma once

#include <QString>

// Unpredictable values for things a client must not guess (links, refresh tokens,
// passwords); deterministic seed data uses SeedGenerator's own generator instead.
namespace PartnerDesk::Sandbox::Randomness {

[[nodiscard]] QString guid(); // lower-case, no braces
[[nodiscard]] QString urlSafeToken(int byteCount); // base64url, no padding
[[nodiscard]] QString password(int length); // letters, digits and symbols, at least one of each
[[nodiscard]] QString etag(); // a signed 64-bit number, as Partner Center's billing ETags look

} // namespace PartnerDesk::Sandbox::Randomness
