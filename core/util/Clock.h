#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace PartnerDesk {

// Where "now" comes from. Everything that depends on today (the acceptance-date rule
// above all) takes a Clock so tests can pin the time and the user's time zone.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    [[nodiscard]] virtual QTimeZone timeZone() const = 0;

    [[nodiscard]] QDate todayInUserZone() const { return nowUtc().toTimeZone(timeZone()).date(); }
    [[nodiscard]] QDate todayInUtc() const { return nowUtc().toUTC().date(); }

    // The process-wide clock; the system clock unless a test replaced it.
    [[nodiscard]] static const Clock& instance();
    static void setInstance(const Clock* clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] QTimeZone timeZone() const override { return QTimeZone::systemTimeZone(); }
};

} // namespace PartnerDesk
