#pragma once

#include "sandbox/DeviceAuthorizations.h"
#include "sandbox/Router.h"

namespace PartnerDesk::Sandbox {

struct SandboxContext;

// Entra-like sign-in: POST /{tenant}/oauth2/v2.0/devicecode and /token (the device code and
// refresh_token grants for the demo users; no password grant, so a demo sign-in goes the way
// a Partner Center sign-in goes), the device sign-in page at
// /sandbox/device (the verification_uri: enter the code, pick a demo user, approve or deny),
// and GET /sandbox/users.
class AuthEndpoints
{
public:
    explicit AuthEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

private:
    SandboxResponse deviceCode(const RouteCall& call);
    SandboxResponse token(const RouteCall& call);
    SandboxResponse devicePage(const RouteCall& call);
    SandboxResponse deviceDecision(const RouteCall& call);
    SandboxResponse users(const RouteCall& call);

    SandboxContext& m_context;
    DeviceAuthorizations m_devices;
};

} // namespace PartnerDesk::Sandbox
