#pragma once

#include "flows/AttestationChannel.h"
#include "model/Session.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace PartnerDesk {

class Clock;
class EvidenceStore;
struct EvidenceRecord;

// Wraps another channel and adds one evidence record for every result it gives (a
// confirmation or an error; a cancellation leaves none), then passes the result on unchanged.
// The session is read when the attestation is sent: the record names who sent it.
// The store, the wrapped channel and the clock must outlive the operations started here.
class RecordingAttestationChannel final : public AttestationChannel
{
public:
    RecordingAttestationChannel(AttestationChannel* inner, EvidenceStore* store, std::function<Session()> session,
        QString channelName, const Clock& clock);

    ApiOperation* attest(
        const AttestationRequest& request, QObject* context, ResultCallback<AgreementConfirmation> done) override;

    // `inner` recorded as `channelName` in the evidence store at its default path, for one
    // fixed session (the command-line tool's): the store is opened into `store`. When it cannot
    // be opened, `store` stays empty, nothing is returned and `error` says why — an attestation
    // never depends on its record.
    [[nodiscard]] static std::unique_ptr<RecordingAttestationChannel> inDefaultStore(AttestationChannel* inner,
        std::unique_ptr<EvidenceStore>& store, const std::optional<Session>& session, const QString& channelName,
        QString* error);

    [[nodiscard]] QString channelName() const { return m_channelName; }
    // Called after each record is stored (with its id), before the result is passed on; for
    // screens that show the records. Set it before attesting.
    void setRecordedCallback(std::function<void(const EvidenceRecord&)> recorded) { m_recorded = std::move(recorded); }

private:
    AttestationChannel* m_inner;
    EvidenceStore* m_store;
    std::function<Session()> m_session;
    QString m_channelName;
    const Clock* m_clock;
    std::function<void(const EvidenceRecord&)> m_recorded;
};

} // namespace PartnerDesk
