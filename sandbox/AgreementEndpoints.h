#pragma once

#include "sandbox/Router.h"

#include <optional>

namespace PartnerDesk::Sandbox {

struct AgreementRecord;
struct AgreementTemplate;
struct SandboxContext;

// The Microsoft Customer Agreement endpoints (reference/api-agreements.md): metadata,
// confirmations (GET and POST), template documents, direct-sign status.
class AgreementEndpoints
{
public:
    explicit AgreementEndpoints(SandboxContext& context);
    void registerRoutes(Router& router);

private:
    // What ?agreementType= asks for: nullopt = every type ("*"); an empty string = a type
    // the sandbox does not know (an empty result).
    [[nodiscard]] std::optional<QString> requestedType(const RouteCall& call) const;

    SandboxResponse metadata(const RouteCall& call);
    SandboxResponse confirmations(const RouteCall& call);
    SandboxResponse confirm(const RouteCall& call);
    SandboxResponse document(const RouteCall& call);
    SandboxResponse directSignStatus(const RouteCall& call);

    SandboxContext& m_context;
};

} // namespace PartnerDesk::Sandbox
