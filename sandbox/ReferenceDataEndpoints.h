#pragma once

#include "sandbox/CustomerInputValidator.h"
#include "sandbox/Router.h"

namespace PartnerDesk::Sandbox {

struct SandboxContext;

// Country validation rules, address validation and domain availability
// (reference/api-customers.md sections 5, 5a, 5b).
class ReferenceDataEndpoints
{
public:
    explicit ReferenceDataEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

private:
    SandboxResponse countryRules(const RouteCall& call);
    SandboxResponse validateAddress(const RouteCall& call);
    SandboxResponse domainAvailability(const RouteCall& call);

    SandboxContext& m_context;
    CustomerInputValidator m_validator;
};

} // namespace PartnerDesk::Sandbox
