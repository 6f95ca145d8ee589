#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace PartnerDesk {

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, int retryAfterSeconds) const
{
    const double draw = random ? random() : QRandomGenerator::global()->generateDouble();
    if (retryAfterSeconds >= 0) {
        // Honour Retry-After; a little jitter keeps parallel callers from returning together.
        const auto jitter = std::chrono::milliseconds(static_cast<long long>(draw * 250));
        return std::chrono::seconds(retryAfterSeconds) + jitter;
    }
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const double exponential = static_cast<double>(baseDelay.count()) * std::pow(2.0, exponent);
    const double capped = std::min(exponential, static_cast<double>(maxDelay.count()));
    // "Equal jitter": between half and all of the capped delay.
    return std::chrono::milliseconds(static_cast<long long>(capped * (0.5 + 0.5 * draw)));
}

} // namespace PartnerDesk
