#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace PartnerDesk {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(std::max(0, perMinute))
    , m_interval(m_perMinute > 0 ? 60000.0 / m_perMinute : 0.0)
{ }

qint64 RateLimiter::nextAllowed(qint64 now) const
{
    qint64 next = now;
    if (m_started)
        next = std::max(next, static_cast<qint64>(std::ceil(m_theoreticalArrival)));
    return std::max(next, m_holdUntil);
}

void RateLimiter::record(qint64 at, int count)
{
    double start = static_cast<double>(at);
    if (m_started)
        start = std::max(start, m_theoreticalArrival);
    m_theoreticalArrival = start + m_interval * std::max(0, count);
    m_started = true;
}

void RateLimiter::holdUntil(qint64 until)
{
    m_holdUntil = std::max(m_holdUntil, until);
}

} // namespace PartnerDesk
