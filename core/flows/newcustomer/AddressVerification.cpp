#include "AddressVerification.h"

#include "api/PartnerCenterClient.h"

namespace PartnerDesk {

namespace {

// The parts of an address the validation service looks at, compared without case.
bool samePlace(const Address& a, const Address& b)
{
    const auto same
        = [](const QString& x, const QString& y) { return x.trimmed().compare(y.trimmed(), Qt::CaseInsensitive) == 0; };
    return same(a.addressLine1, b.addressLine1) && same(a.addressLine2, b.addressLine2) && same(a.city, b.city)
        && same(a.state, b.state) && same(a.postalCode, b.postalCode) && same(a.country, b.country);
}

} // namespace

AddressVerification::AddressVerification(PartnerCenterClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &AddressVerification::ask);
}

AddressVerification::~AddressVerification()
{
    cancelQuestion();
}

void AddressVerification::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void AddressVerification::setAddress(const Address& address, bool complete)
{
    if (samePlace(address, m_address) && complete == m_complete && m_state != State::Idle)
        return;
    m_address = address;
    m_complete = complete;
    m_timer.stop();
    cancelQuestion();
    if (!complete) {
        setState(State::Idle);
        return;
    }
    setState(State::Pending);
    m_timer.start();
}

void AddressVerification::ask()
{
    const quint64 generation = ++m_generation;
    setState(State::Checking);
    const Address asked = m_address;
    m_operation
        = m_client->validateAddress(asked, this, [this, generation, asked](const Result<AddressValidation>& result) {
              if (generation != m_generation)
                  return;
              m_operation = nullptr;
              if (!result.ok()) {
                  if (result.error().kind == ApiError::Kind::Canceled)
                      return;
                  m_error = result.error();
                  setState(State::Unknown);
                  return;
              }
              m_answer = result.value();
              m_suggestion = {};
              for (const Address& suggested : m_answer.suggestedAddresses) {
                  if (!samePlace(suggested, asked)) {
                      m_suggestion = suggested;
                      break;
                  }
              }
              if (!m_suggestion.addressLine1.isEmpty() || !m_suggestion.postalCode.isEmpty())
                  setState(State::Suggested);
              else if (m_answer.isVerified())
                  setState(State::Verified);
              else
                  setState(State::NotVerified);
          });
}

void AddressVerification::cancelQuestion()
{
    ++m_generation;
    if (m_operation) {
        ApiOperation* operation = m_operation;
        m_operation = nullptr;
        operation->cancel();
    }
}

void AddressVerification::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace PartnerDesk
