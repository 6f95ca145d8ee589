#pragma once

#include "api/ApiError.h"
#include "validation/Validation.h"

#include <optional>

namespace PartnerDesk {

// Where a refused confirmation belongs on the form. One place, so a code Partner Center adds
// or repurposes is mapped once for every screen that confirms.
namespace AttestationRefusal {

// 600002 ("Date of agreement cannot be greater than the current date") belongs beside the
// acceptance date. The published catalogue also uses 600002 for an organization registration
// id problem, but a confirmation carries no such id, so on this call it is the date. Anything
// else concerns the form as a whole (empty).
[[nodiscard]] std::optional<Field> fieldOf(const ApiError& error);

} // namespace AttestationRefusal
} // namespace PartnerDesk
