#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace PartnerDesk::Sandbox {

// The ways a request to /v1/... can be made to fail (sandbox/README.md, "Fault injection").
enum class FaultKind {
    Throttled, // 429 + Retry-After, Partner Center's 429 body; nothing done
    ServerError, // 500, Partner Center's error shape; nothing done
    Unavailable, // 503, Partner Center's error shape; nothing done
    DropBeforeAnswer, // the connection closed before the request is handled; nothing done
    DropAfterCommit, // handled (a POST is committed), then the connection closed unanswered
    SlowAnswer, // handled (committed), the answer held back past the client's timeout
    MalformedBody, // handled (committed), the JSON body cut short
};

inline constexpr int faultKindCount = 7;

// The name of a kind on the command line, in /sandbox/faults and in the docs: "429", "500",
// "503", "drop-before", "drop-after", "slow", "malformed".
[[nodiscard]] QString faultKindName(FaultKind kind);
[[nodiscard]] std::optional<FaultKind> faultKindFromName(QStringView name);

// What share of the /v1 requests fails, and how. All shares 0: no faults (the default).
struct FaultOptions
{
    quint32 seed = 1; // the same seed gives the same decisions for the same sequence of requests
    std::array<double, faultKindCount> percent{}; // by FaultKind; their sum is at most 100
    int retryAfterSeconds = 1; // the Retry-After of an injected 429
    int slowMilliseconds = 65000; // how long a slow answer is held (the client's default timeout is 60 s)

    [[nodiscard]] double& share(FaultKind kind) { return percent[static_cast<size_t>(kind)]; }
    [[nodiscard]] double share(FaultKind kind) const { return percent[static_cast<size_t>(kind)]; }
    [[nodiscard]] double totalPercent() const;
    [[nodiscard]] bool isActive() const { return totalPercent() > 0; }

    // "429=5,drop-after=2.5" or "all=20" (20 % spread evenly over every kind); kinds not named
    // stay 0. False with *error for an unknown kind, a share outside 0–100, or a sum above 100.
    static std::optional<FaultOptions> parseShares(const QString& text, QString* error);
    // The shares in the same notation ("" when none).
    [[nodiscard]] QString sharesText() const;
};

} // namespace PartnerDesk::Sandbox
