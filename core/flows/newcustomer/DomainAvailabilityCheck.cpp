#include "DomainAvailabilityCheck.h"

#include "NewCustomerDraft.h"
#include "api/PartnerCenterClient.h"

namespace PartnerDesk {

DomainAvailabilityCheck::DomainAvailabilityCheck(PartnerCenterClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &DomainAvailabilityCheck::ask);
}

DomainAvailabilityCheck::~DomainAvailabilityCheck()
{
    cancelQuestion();
}

void DomainAvailabilityCheck::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

QString DomainAvailabilityCheck::domain() const
{
    return m_prefix + NewCustomerDraft::domainSuffix();
}

void DomainAvailabilityCheck::setPrefix(const QString& typedPrefix)
{
    const QString prefix = Validation::normalized(Field::DomainPrefix, typedPrefix);
    if (prefix == m_prefix && m_state != State::Empty)
        return;
    m_prefix = prefix;
    cancelQuestion();
    m_timer.stop();

    m_validation = Validation::validate(Field::DomainPrefix, typedPrefix);
    if (prefix.isEmpty()) {
        setState(State::Empty);
        return;
    }
    if (!m_validation.isValid()) {
        setState(State::Invalid);
        return;
    }
    setState(State::Pending);
    m_timer.start();
}

void DomainAvailabilityCheck::checkNow()
{
    if (m_prefix.isEmpty() || !m_validation.isValid())
        return;
    m_timer.stop();
    cancelQuestion();
    ask();
}

void DomainAvailabilityCheck::markTaken(const QString& typedPrefix)
{
    m_timer.stop();
    cancelQuestion();
    m_prefix = Validation::normalized(Field::DomainPrefix, typedPrefix);
    m_validation = Validation::validate(Field::DomainPrefix, typedPrefix);
    setState(State::Taken);
}

void DomainAvailabilityCheck::ask()
{
    const quint64 generation = ++m_generation;
    setState(State::Checking);
    m_operation = m_client->domainAvailability(domain(), this, [this, generation](const Result<bool>& answer) {
        if (generation != m_generation)
            return; // an answer about a prefix the user has since changed
        m_operation = nullptr;
        if (answer.ok()) {
            setState(answer.value() ? State::Available : State::Taken);
            return;
        }
        if (answer.error().kind == ApiError::Kind::Canceled)
            return;
        m_error = answer.error();
        setState(State::Unknown);
    });
}

void DomainAvailabilityCheck::cancelQuestion()
{
    ++m_generation;
    if (m_operation) {
        ApiOperation* operation = m_operation;
        m_operation = nullptr;
        operation->cancel();
    }
}

void DomainAvailabilityCheck::setState(State state)
{
    if (state != State::Unknown)
        m_error = {};
    // Emitted even when the state stays (Pending while typing on, Invalid for another
    // reason): the prefix it is about changed.
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString DomainAvailabilityCheck::stateKey(State state)
{
    switch (state) {
    case State::Empty:
        return QStringLiteral("empty");
    case State::Invalid:
        return QStringLiteral("invalid");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Checking:
        return QStringLiteral("checking");
    case State::Available:
        return QStringLiteral("available");
    case State::Taken:
        return QStringLiteral("taken");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace PartnerDesk
