#pragma once

#include <QtGlobal>

namespace PartnerDesk {

// A request-rate cap as a schedule (the "generic cell rate algorithm"): requests are spaced at
// least 60 000 / perMinute milliseconds apart, so no minute ever holds more than `perMinute`
// of them. Pure arithmetic on a caller-given monotonic time in milliseconds, so that tests
// can drive it with any clock.
//
// `perMinute` 0 (or less) is no cap: nothing is spaced, only holdUntil() holds requests back.
// (A very large cap is not the same: the next request would be due a fraction of a
// millisecond after the last one, which on a clock of whole milliseconds means the next
// tick, so at most one request a millisecond would start, each after a timer.)
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    [[nodiscard]] int perMinute() const { return m_perMinute; } // 0: no cap
    [[nodiscard]] double intervalMilliseconds() const { return m_interval; }

    // The earliest time at which the next request may start.
    [[nodiscard]] qint64 nextAllowed(qint64 now) const;
    // Whether a request may start now.
    [[nodiscard]] bool mayStart(qint64 now) const { return nextAllowed(now) <= now; }
    // Records `count` requests starting at `at` (or as soon as allowed, when that is later):
    // the next ones move back accordingly. Requests the caller cannot hold back (the client's
    // own retries) are recorded too, so that they count against the cap.
    void record(qint64 at, int count = 1);
    // Nothing starts before `until` (a Retry-After that applies to the whole tenant).
    void holdUntil(qint64 until);

private:
    int m_perMinute;
    double m_interval; // 0 without a cap
    double m_theoreticalArrival = 0; // when the next request is due, given all recorded ones
    qint64 m_holdUntil = 0;
    bool m_started = false;
};

} // namespace PartnerDesk
