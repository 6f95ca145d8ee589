#include "Clock.h"

#include <atomic>

namespace PartnerDesk {

namespace {
const SystemClock systemClock;
std::atomic<const Clock*> currentClock{nullptr};
} // namespace

const Clock& Clock::instance()
{
    const Clock* clock = currentClock.load();
    return clock ? *clock : systemClock;
}

void Clock::setInstance(const Clock* clock)
{
    currentClock.store(clock);
}

} // namespace PartnerDesk
