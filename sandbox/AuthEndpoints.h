#pragma once

#include "sandbox/Router.h"

namespace PartnerDesk::Sandbox {

struct SandboxContext;

// Entra-like sign-in: POST /{tenant}/oauth2/v2.0/token (password and refresh_token
// grants for the demo users) and GET /sandbox/users.
class AuthEndpoints
{
public:
    explicit AuthEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

private:
    SandboxResponse token(const RouteCall& call);
    SandboxResponse users(const RouteCall& call);

    SandboxContext& m_context;
};

} // namespace PartnerDesk::Sandbox
