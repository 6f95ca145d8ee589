#include "RequestGate.h"

#include "api/ApiOperation.h"

#include <algorithm>

namespace PartnerDesk {

RequestGate::RequestGate(int maxInFlight, int perMinute, QObject* parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_limiter(perMinute)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestGate::pump);
}

RequestGate::~RequestGate()
{
    // Operations still running report to callbacks that no longer care; stop them quietly.
    for (auto& [ticket, running] : m_inFlight) {
        if (running.operation)
            running.operation->disconnect(this);
    }
}

void RequestGate::setTimeSource(std::function<qint64()> now)
{
    m_now = std::move(now);
}

qint64 RequestGate::now() const
{
    return m_now ? m_now() : m_clock.elapsed();
}

void RequestGate::enqueue(Job job)
{
    m_queue.emplace(std::make_tuple(-job.priority, job.order, m_nextTicket++), std::move(job));
    pump();
}

void RequestGate::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        pump();
}

int RequestGate::clearQueue()
{
    const int dropped = static_cast<int>(m_queue.size());
    m_queue.clear();
    if (m_inFlight.empty())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_queue.empty() && m_inFlight.empty())
                    Q_EMIT drained();
            },
            Qt::QueuedConnection);
    return dropped;
}

void RequestGate::abortInFlight()
{
    m_aborting = true;
    QList<QPointer<ApiOperation>> reads;
    const qint64 current = now();
    for (const auto& [ticket, running] : m_inFlight) {
        if (running.operation && (running.abortable || current < running.retrySafeUntil))
            reads << running.operation;
    }
    for (const QPointer<ApiOperation>& operation : std::as_const(reads)) {
        if (operation)
            operation->cancel();
    }
}

void RequestGate::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_paused && !m_queue.empty() && static_cast<int>(m_inFlight.size()) < m_maxInFlight) {
        const qint64 current = now();
        const qint64 next = m_limiter.nextAllowed(current);
        if (next > current) {
            m_timer.start(static_cast<int>(std::min<qint64>(next - current, 60000)));
            break;
        }
        auto first = m_queue.begin();
        Job job = std::move(first->second);
        m_queue.erase(first);

        const quint64 ticket = m_nextTicket++;
        m_limiter.record(current, job.cost);
        m_charged += job.cost;
        m_startTimes.append(current);
        m_inFlight.emplace(ticket, Running{nullptr, job.abortable});
        m_peakInFlight = std::max(m_peakInFlight, static_cast<int>(m_inFlight.size()));

        ApiOperation* operation = job.start ? job.start() : nullptr;
        const auto running = m_inFlight.find(ticket);
        if (!operation) {
            if (running != m_inFlight.end())
                m_inFlight.erase(running);
            continue;
        }
        if (running == m_inFlight.end())
            continue; // already released
        running->second.operation = operation;
        connect(operation, &ApiOperation::finished, this, [this, ticket] { release(ticket); });
        connect(operation, &QObject::destroyed, this, [this, ticket] { release(ticket); });
        connect(operation, &ApiOperation::retrying, this,
            [this, ticket](
                int, int delayMilliseconds, const ApiError& cause) { onRetrying(ticket, delayMilliseconds, cause); });
    }
    m_pumping = false;
}

void RequestGate::release(quint64 ticket)
{
    const auto running = m_inFlight.find(ticket);
    if (running == m_inFlight.end())
        return;
    if (running->second.operation)
        running->second.operation->disconnect(this);
    m_inFlight.erase(running);
    pump();
    if (m_queue.empty() && m_inFlight.empty()) {
        // Queued: whoever listens may tear things down, which must not happen inside this call.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_queue.empty() && m_inFlight.empty())
                    Q_EMIT drained();
            },
            Qt::QueuedConnection);
    }
}

void RequestGate::onRetrying(quint64 ticket, int delayMilliseconds, const ApiError& cause)
{
    const qint64 current = now();
    // The retry is a request too: it counts against the cap.
    m_limiter.record(current, 1);
    ++m_charged;
    if (cause.isThrottled()) {
        // Partner Center throttles per tenant: the others would only be refused too.
        ++m_throttled;
        // Until a little after the retry is due (its timer may fire up to 5% late), so that
        // the retries get the tokens the service frees before anything new does.
        m_limiter.holdUntil(current + delayMilliseconds + delayMilliseconds / 10 + 100);
        Q_EMIT throttled(delayMilliseconds);
    }
    const auto waiting = m_inFlight.find(ticket);
    if (waiting != m_inFlight.end()) {
        // The retry is sent when its timer fires; a coarse timer may fire up to 5% early.
        waiting->second.retrySafeUntil = current + delayMilliseconds - delayMilliseconds / 20 - 20;
    }
    if (m_aborting) {
        // Between two attempts nothing is on the wire: canceling now cannot lose an answer.
        const auto running = m_inFlight.find(ticket);
        if (running != m_inFlight.end() && running->second.operation) {
            const QPointer<ApiOperation> operation = running->second.operation;
            QMetaObject::invokeMethod(
                this,
                [operation] {
                    if (operation)
                        operation->cancel();
                },
                Qt::QueuedConnection);
        }
    }
}

} // namespace PartnerDesk
