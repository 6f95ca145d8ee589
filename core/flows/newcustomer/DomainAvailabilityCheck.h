#pragma once

#include "api/ApiError.h"
#include "validation/Validation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;

// Whether "<prefix>.onmicrosoft.com" is still free, checked as the user types: a pause of
// `delay` after the last keystroke, then HEAD /v1/domains/{domain}. A newer prefix cancels
// the question about an older one, so an answer never lands on the wrong text.
class DomainAvailabilityCheck : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Empty, // nothing typed
        Invalid, // not a possible prefix (see validation()); nothing is asked
        Pending, // waiting for the user to stop typing
        Checking, // the question is on its way
        Available,
        Taken,
        Unknown, // the service could not be asked (see error()); Partner Center checks again on creation
    };
    Q_ENUM(State)

    explicit DomainAvailabilityCheck(PartnerCenterClient* client, QObject* parent = nullptr);
    ~DomainAvailabilityCheck() override;

    static constexpr int defaultDelayMilliseconds = 400;
    void setDelay(int milliseconds);

    // The prefix as typed; checked after the pause (at once when it did not change).
    void setPrefix(const QString& typedPrefix);
    // Asks again now, without the pause (for example after the service refused the domain).
    void checkNow();
    // The service refused this prefix because it is taken (at creation): no need to ask.
    void markTaken(const QString& typedPrefix);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString prefix() const { return m_prefix; } // normalized
    [[nodiscard]] QString domain() const; // "<prefix>.onmicrosoft.com"
    [[nodiscard]] FieldResult validation() const { return m_validation; }
    [[nodiscard]] ApiError error() const { return m_error; }
    // True while the answer for the current prefix is not known yet.
    [[nodiscard]] bool isBusy() const { return m_state == State::Pending || m_state == State::Checking; }

    [[nodiscard]] static QString stateKey(State state); // "available", "taken", ... (stable, for tests)

Q_SIGNALS:
    void stateChanged(PartnerDesk::DomainAvailabilityCheck::State state);

private:
    void ask();
    void setState(State state);
    void cancelQuestion();

    PartnerCenterClient* m_client;
    QTimer m_timer;
    QPointer<ApiOperation> m_operation;
    QString m_prefix;
    State m_state = State::Empty;
    FieldResult m_validation{Field::DomainPrefix, ValidationCode::Valid, 0, {}};
    ApiError m_error;
    quint64 m_generation = 0;
};

} // namespace PartnerDesk
