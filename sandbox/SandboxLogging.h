#pragma once

#include <QLoggingCategory>

// The sandbox's own category (it does not link partnerdesk_core). Requests are logged by
// method, path and status only: never tokens, Authorization headers, bodies or contact data.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxServer)
