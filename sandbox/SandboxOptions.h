#pragma once

#include "sandbox/FaultOptions.h"

#include <QString>
#include <QtGlobal>

namespace PartnerDesk::Sandbox {

// How a sandbox server runs. The defaults give the GUI's embedded demo: a few hundred
// customers in a temporary database, no throttling, hour-long tokens.
struct SandboxOptions
{
    quint16 port = 0; // 0 = any free port
    QString databasePath; // SQLite file; empty = a temporary file removed on stop
    int seedCustomers = 200; // seeded only when the database is new (or on reset)
    quint32 seed = 1; // deterministic seed data
    int throttlePerMinute = 0; // 0 = off; beyond it: 429 + Retry-After
    int tokenLifetimeSeconds = 3600;
    int deviceCodeLifetimeSeconds = 900; // Entra's device codes last 15 minutes
    int deviceCodeIntervalSeconds = 5; // the polling interval the device code answer asks for
    bool emitByteOrderMark = false; // prefix JSON bodies with a UTF-8 BOM (client robustness tests)
    FaultOptions faults; // failures injected into /v1 requests; none by default
};

} // namespace PartnerDesk::Sandbox
