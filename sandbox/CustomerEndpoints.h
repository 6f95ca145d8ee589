#pragma once

#include "sandbox/CustomerInputValidator.h"
#include "sandbox/Router.h"

namespace PartnerDesk::Sandbox {

struct CustomerRecord;
struct SandboxContext;

// Customers (reference/api-customers.md sections 2-4, 6): list with paging and search,
// get by id, create, billing profile with ETag, and the reseller relationship link.
class CustomerEndpoints
{
public:
    explicit CustomerEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

    static constexpr int maximumPageSize = 500;

private:
    SandboxResponse list(const RouteCall& call);
    SandboxResponse get(const RouteCall& call);
    SandboxResponse create(const RouteCall& call);
    SandboxResponse billingProfile(const RouteCall& call);
    SandboxResponse updateBillingProfile(const RouteCall& call);
    SandboxResponse relationshipRequest(const RouteCall& call);

    SandboxContext& m_context;
    CustomerInputValidator m_validator;
};

} // namespace PartnerDesk::Sandbox
