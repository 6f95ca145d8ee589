#pragma once

#include <QJsonObject>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// The sandbox's own answer to "how many customers have which MCA status", read straight from
// its tables (GET /sandbox/coverage), so that tests can check a client's dashboard against
// the data rather than against another reading through the same API.
//
// A customer is confirmedByPartner with at least one MicrosoftCustomerAgreement record,
// else acceptedDirectly when it signed directly, else notConfirmed; withSubscriptions
// counts those of each status that have at least one subscription.
class CoverageQuery
{
public:
    explicit CoverageQuery(SandboxDatabase& database);

    // {"customers", "confirmedByPartner", "acceptedDirectly", "notConfirmed",
    //  "withSubscriptions": {status: n}, "byCountry": {ISO: {status: n}}}; empty on failure.
    [[nodiscard]] QJsonObject counts(QString* errorMessage = nullptr) const;

private:
    SandboxDatabase& m_database;
};

} // namespace PartnerDesk::Sandbox
