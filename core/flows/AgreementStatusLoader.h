#pragma once

#include "api/ApiOperation.h"
#include "api/Result.h"
#include "model/AgreementStatus.h"

namespace PartnerDesk {

class PartnerCenterClient;

// Reads what is known about one customer's acceptance: every confirmation (all agreement
// types) and the direct-acceptance status, side by side — the view no peer tool offered.
class AgreementStatusLoader
{
public:
    static ApiOperation* load(
        PartnerCenterClient* client, const QString& customerId, QObject* context, ResultCallback<AgreementStatus> done);
};

} // namespace PartnerDesk
