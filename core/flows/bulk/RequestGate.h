#pragma once

#include "RateLimiter.h"
#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <tuple>

namespace PartnerDesk {

class ApiOperation;

// Where every request of a bulk run waits its turn: at most `maxInFlight` operations at a
// time, no more than `perMinute` requests a minute (the client's retries counted too), a
// Retry-After on one request holds back the others (the limit is per tenant), and nothing
// new starts while paused.
//
// Each job starts one operation that has at most one request in flight at any moment (a
// single call, or a chain of calls one after another) and returns it; its slot is free again
// when the operation finishes.
class RequestGate : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        int priority = 0; // higher first
        qint64 order = 0; // then lower first (the row's position)
        int cost = 1; // requests to charge when it starts
        bool abortable = true; // a read: may be canceled at any time
        std::function<ApiOperation*()> start;
    };

    RequestGate(int maxInFlight, int perMinute, QObject* parent = nullptr);
    ~RequestGate() override;

    // A monotonic clock in milliseconds (tests); the default is an elapsed timer.
    void setTimeSource(std::function<qint64()> now);

    void enqueue(Job job);
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // Drops the jobs that have not started; returns how many.
    int clearQueue();
    // Cancels the operations in flight that are reads, and the others that are waiting to
    // retry (nothing of them is on the wire then); the rest finish by themselves, or are
    // canceled as soon as they are about to retry.
    void abortInFlight();

    [[nodiscard]] int inFlight() const { return static_cast<int>(m_inFlight.size()); }
    [[nodiscard]] int queued() const { return static_cast<int>(m_queue.size()); }
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }
    [[nodiscard]] int perMinute() const { return m_limiter.perMinute(); }
    [[nodiscard]] qint64 requestsCharged() const { return m_charged; }
    [[nodiscard]] int throttledCount() const { return m_throttled; }
    [[nodiscard]] int peakInFlight() const { return m_peakInFlight; }
    // When each job started, on the gate's clock (for tests and estimates).
    [[nodiscard]] const QList<qint64>& startTimes() const { return m_startTimes; }
    [[nodiscard]] qint64 now() const;

Q_SIGNALS:
    // Nothing in flight and nothing queued.
    void drained();
    void throttled(int delayMilliseconds);

private:
    struct Running
    {
        QPointer<ApiOperation> operation;
        bool abortable = true;
        qint64 retrySafeUntil = -1; // waiting for a retry: nothing on the wire before this time
    };

    void pump();
    void release(quint64 ticket);
    void onRetrying(quint64 ticket, int delayMilliseconds, const ApiError& cause);

    int m_maxInFlight;
    RateLimiter m_limiter;
    std::function<qint64()> m_now;
    QElapsedTimer m_clock;
    QTimer m_timer;
    // Ordered by (priority descending, order ascending, arrival).
    std::map<std::tuple<int, qint64, quint64>, Job> m_queue;
    std::map<quint64, Running> m_inFlight;
    quint64 m_nextTicket = 1;
    bool m_paused = false;
    bool m_aborting = false;
    bool m_pumping = false;
    qint64 m_charged = 0;
    int m_throttled = 0;
    int m_peakInFlight = 0;
    QList<qint64> m_startTimes;
};

} // namespace PartnerDesk
