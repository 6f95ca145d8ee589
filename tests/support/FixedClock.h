#pragma once

#include "util/Clock.h"

namespace PartnerDesk::Test {

// A clock pinned to one instant in one time zone.
class FixedClock final : public Clock
{
public:
    FixedClock(const QDateTime& nowUtc, const QTimeZone& zone)
        : m_now(nowUtc.toUTC())
        , m_zone(zone)
    { }

    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    [[nodiscard]] QTimeZone timeZone() const override { return m_zone; }

    void setNow(const QDateTime& nowUtc) { m_now = nowUtc.toUTC(); }

    // "Local time" in `zone` as written on the wall, e.g. at(2026, 3, 1, 0, 30, "Pacific/Kiritimati").
    static FixedClock at(int year, int month, int day, int hour, int minute, const QByteArray& zoneId)
    {
        const QTimeZone zone(zoneId);
        const QDateTime local(QDate(year, month, day), QTime(hour, minute), zone);
        return FixedClock(local, zone);
    }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

// Installs a clock as Clock::instance() for the lifetime of the guard.
class ScopedClock
{
public:
    explicit ScopedClock(const Clock* clock) { Clock::setInstance(clock); }
    ~ScopedClock() { Clock::setInstance(nullptr); }
    ScopedClock(const ScopedClock&) = delete;
    ScopedClock& operator=(const ScopedClock&) = delete;
};

} // namespace PartnerDesk::Test
