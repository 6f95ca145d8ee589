#include "AttestationRefusal.h"

namespace PartnerDesk::AttestationRefusal {

std::optional<Field> fieldOf(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Service && error.code == QLatin1String("600002"))
        return Field::AcceptanceDate;
    return std::nullopt;
}

} // namespace PartnerDesk::AttestationRefusal
