#pragma once

#include <QElapsedTimer>

namespace PartnerDesk::Sandbox {

// The throttle for all /v1 requests of the partner tenant: a bucket of `perMinute` tokens,
// refilled continuously, starting full (so a burst up to the limit passes).
class TokenBucket
{
public:
    explicit TokenBucket(int perMinute);

    // Takes one token. When the bucket is empty, returns false and the whole seconds until
    // the next token (at least 1) in *retryAfterSeconds.
    bool tryTake(int* retryAfterSeconds);

private:
    void refill();

    double m_capacity;
    double m_tokensPerMillisecond;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefill = 0;
};

} // namespace PartnerDesk::Sandbox
