#include "sandbox/SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandboxServer, "partnerdesk.sandbox", QtWarningMsg)
