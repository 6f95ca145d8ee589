#pragma once

#include "sandbox/FaultOptions.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/TokenBucket.h"

#include <optional>

namespace PartnerDesk::Sandbox {

struct SandboxContext;

// What every request goes through, in order: an injected fault that fails it unhandled (for
// /v1 only, when faults are on), route (404/405), bearer token (401), the throttle (429),
// idempotent replay of a repeated MS-RequestId POST, the handler, an injected fault that
// spoils the answer of a handled request; then the common response headers, the optional
// byte-order mark, the journal and the log line.
class RequestDispatcher
{
public:
    RequestDispatcher(SandboxContext& context, const Router& router);

    [[nodiscard]] SandboxResponse dispatch(const SandboxRequest& request);

private:
    SandboxResponse route(const SandboxRequest& request, const QString& requestId);
    SandboxResponse runPartnerRoute(const Router::Route& route, RouteCall& call);
    [[nodiscard]] SandboxResponse injectedFailure(FaultKind kind) const;
    void spoilAnswer(FaultKind kind, SandboxResponse* response) const;
    void decorate(SandboxResponse* response, const QString& requestId, const QString& correlationId) const;

    SandboxContext& m_context;
    const Router& m_router;
    std::optional<TokenBucket> m_throttle;
};

} // namespace PartnerDesk::Sandbox
