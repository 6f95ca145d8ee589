#pragma once

#include "sandbox/Router.h"

namespace PartnerDesk::Sandbox {

struct SandboxContext;

// Orders (refused with 403/13605 until the customer's MCA acceptance is confirmed by the
// partner or made directly) and the subscriptions they create.
class OrderEndpoints
{
public:
    explicit OrderEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

private:
    SandboxResponse placeOrder(const RouteCall& call);
    SandboxResponse subscriptions(const RouteCall& call);

    SandboxContext& m_context;
};

} // namespace PartnerDesk::Sandbox
