#pragma once

#include "sandbox/FaultOptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <array>
#include <optional>

namespace PartnerDesk::Sandbox {

// Decides, request by request, whether a /v1 call fails and how: one draw from a generator
// seeded with FaultOptions::seed per request, so the same sequence of requests meets the same
// faults. Counts what it injected (GET /sandbox/faults). Lives in the server's thread.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultOptions& options = {});

    // New shares and seed; the counters start again from 0.
    void configure(const FaultOptions& options);
    [[nodiscard]] const FaultOptions& options() const { return m_options; }

    // Whether the next /v1 request fails, and how (*kind).
    [[nodiscard]] bool draw(FaultKind* kind);
    // A body cut at a (seeded) point strictly inside it: never valid JSON any more.
    [[nodiscard]] QByteArray truncated(const QByteArray& body);

    [[nodiscard]] qint64 requests() const { return m_requests; }
    [[nodiscard]] qint64 injected(FaultKind kind) const { return m_injected[static_cast<size_t>(kind)]; }
    // {"seed","shares":{kind:percent},"retryAfterSeconds","slowMilliseconds","requests","injected":{kind:n},"total"}
    [[nodiscard]] QJsonObject toJson() const;
    // The reverse of toJson() for PUT /sandbox/faults (only seed, shares, retryAfterSeconds and
    // slowMilliseconds are read; omitted ones keep their defaults).
    static std::optional<FaultOptions> fromJson(const QJsonObject& json, QString* error);

private:
    FaultOptions m_options;
    QRandomGenerator m_random;
    qint64 m_requests = 0;
    std::array<qint64, faultKindCount> m_injected{};
};

} // namespace PartnerDesk::Sandbox
