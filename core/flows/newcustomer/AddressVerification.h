#pragma once

#include "api/ApiError.h"
#include "model/Address.h"
#include "model/Relationship.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;

// Asks Partner Center's address validation (POST /v1/validations/address) about the billing
// address once the user pauses, so a mistyped street or postal code is seen before the
// customer is created (an invalid address cannot be removed from a sandbox tenant). It only
// advises: the wizard never blocks on it, and a failure to ask is not the user's problem.
class AddressVerification : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // nothing to ask (the address is incomplete)
        Pending,
        Checking,
        Verified, // verified as typed (or the only suggestion is what was typed)
        Suggested, // the service suggests a corrected address
        NotVerified, // the service could not verify it
        Unknown, // the service could not be asked
    };
    Q_ENUM(State)

    explicit AddressVerification(PartnerCenterClient* client, QObject* parent = nullptr);
    ~AddressVerification() override;

    static constexpr int defaultDelayMilliseconds = 800;
    void setDelay(int milliseconds);

    // A complete address (locally valid) is asked about after the pause; an incomplete one
    // (`complete` false) clears the verdict.
    void setAddress(const Address& address, bool complete);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const AddressValidation& answer() const { return m_answer; }
    // The suggestion that differs from what was typed (state Suggested).
    [[nodiscard]] Address suggestion() const { return m_suggestion; }
    [[nodiscard]] ApiError error() const { return m_error; }

Q_SIGNALS:
    void stateChanged(PartnerDesk::AddressVerification::State state);

private:
    void ask();
    void setState(State state);
    void cancelQuestion();

    PartnerCenterClient* m_client;
    QTimer m_timer;
    QPointer<ApiOperation> m_operation;
    Address m_address;
    bool m_complete = false;
    State m_state = State::Idle;
    AddressValidation m_answer;
    Address m_suggestion;
    ApiError m_error;
    quint64 m_generation = 0;
};

} // namespace PartnerDesk
