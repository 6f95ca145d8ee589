#include "sandbox/TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace PartnerDesk::Sandbox {

TokenBucket::TokenBucket(int perMinute)
    : m_capacity(std::max(1, perMinute))
    , m_tokensPerMillisecond(m_capacity / 60000.0)
    , m_tokens(m_capacity)
{
    m_clock.start();
}

void TokenBucket::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_capacity, m_tokens + double(now - m_lastRefill) * m_tokensPerMillisecond);
    m_lastRefill = now;
}

bool TokenBucket::tryTake(int* retryAfterSeconds)
{
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    const double millisecondsUntilNextToken = (1.0 - m_tokens) / m_tokensPerMillisecond;
    *retryAfterSeconds = std::max(1, int(std::ceil(millisecondsUntilNextToken / 1000.0)));
    return false;
}

} // namespace PartnerDesk::Sandbox
