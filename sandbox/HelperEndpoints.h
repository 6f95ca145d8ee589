#pragma once

#include "sandbox/Router.h"

namespace PartnerDesk::Sandbox {

struct SandboxContext;

// Test and demo helpers under /sandbox/ (loopback, no bearer, not throttled): counts,
// coverage counts, re-seed, the request journal, the injected faults, and the agreement
// documents behind the short-lived links.
class HelperEndpoints
{
public:
    explicit HelperEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

private:
    SandboxResponse stats(const RouteCall& call);
    SandboxResponse coverage(const RouteCall& call);
    SandboxResponse reset(const RouteCall& call);
    SandboxResponse requests(const RouteCall& call);
    SandboxResponse document(const RouteCall& call);
    SandboxResponse faults(const RouteCall& call);
    SandboxResponse configureFaults(const RouteCall& call);

    SandboxContext& m_context;
};

} // namespace PartnerDesk::Sandbox
