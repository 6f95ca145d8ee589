#pragma once

#include <chrono>
#include <functional>

namespace PartnerDesk {

// How often and how patiently a call is repeated. The defaults follow Partner Center's
// throttling guidance: wait what Retry-After says, otherwise back off exponentially with
// jitter; the .NET SDK also retries three times.
struct RetryPolicy
{
    int maxAttempts = 4; // the first try and three retries
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxDelay{30000};
    std::chrono::seconds maxRetryAfter{300}; // a longer Retry-After is reported, not waited for
    std::chrono::milliseconds timeout{60000}; // no answer in this time: the attempt failed
    std::function<double()> random; // [0, 1); the default draws from QRandomGenerator

    // The pause before attempt `attempt` (2 for the first retry). `retryAfterSeconds` < 0: none given.
    [[nodiscard]] std::chrono::milliseconds delayBefore(int attempt, int retryAfterSeconds) const;
    [[nodiscard]] bool mayWaitFor(int retryAfterSeconds) const
    {
        return retryAfterSeconds < 0 || std::chrono::seconds(retryAfterSeconds) <= maxRetryAfter;
    }
};

} // namespace PartnerDesk
