#include "RecordingAttestationChannel.h"

#include "flows/evidence/EvidenceStore.h"
#include "util/Clock.h"
#include "util/Logging.h"

namespace PartnerDesk {

RecordingAttestationChannel::RecordingAttestationChannel(AttestationChannel* inner, EvidenceStore* store,
    std::function<Session()> session, QString channelName, const Clock& clock)
    : m_inner(inner)
    , m_store(store)
    , m_session(std::move(session))
    , m_channelName(std::move(channelName))
    , m_clock(&clock)
{
    Q_ASSERT(m_inner);
    Q_ASSERT(m_store);
}

std::unique_ptr<RecordingAttestationChannel> RecordingAttestationChannel::inDefaultStore(AttestationChannel* inner,
    std::unique_ptr<EvidenceStore>& store, const std::optional<Session>& session, const QString& channelName,
    QString* error)
{
    store = std::make_unique<EvidenceStore>();
    if (!store->open(EvidenceStore::defaultPath(), error)) {
        store.reset();
        return nullptr;
    }
    return std::make_unique<RecordingAttestationChannel>(
        inner, store.get(), [session] { return session.value_or(Session{}); }, channelName, Clock::instance());
}

ApiOperation* RecordingAttestationChannel::attest(
    const AttestationRequest& request, QObject* context, ResultCallback<AgreementConfirmation> done)
{
    // Who sends it now is who confirmed, even if the session changes before the answer.
    const Session session = m_session ? m_session() : Session();

    EvidenceRecord base;
    base.userId = session.userId;
    base.userPrincipalName = session.userPrincipalName;
    base.role = session.role;
    base.partnerType = session.partnerType;
    base.customerId = request.customerId;
    base.contact = request.contact;
    base.acceptanceDate = request.acceptanceDate;
    base.channel = m_channelName;

    AttestationChannel* inner = m_inner;
    EvidenceStore* store = m_store;
    const Clock* clock = m_clock;
    auto record = [inner, store, clock, recorded = m_recorded, base = std::move(base), done = std::move(done)](
                      const Result<AgreementConfirmation>& result) {
        if (result.ok() || result.error().kind != ApiError::Kind::Canceled) {
            EvidenceRecord evidence = base;
            evidence.recordedAtUtc = clock->nowUtc().toUTC();
            if (result.ok()) {
                const AgreementConfirmation& confirmation = result.value();
                evidence.templateId = confirmation.agreement.templateId;
                evidence.requestId = confirmation.requestId;
                evidence.correlationId = confirmation.correlationId;
                evidence.httpStatus = confirmation.httpStatus;
                if (confirmation.outcome == AgreementConfirmation::Outcome::AlreadyConfirmed) {
                    evidence.outcome = EvidenceRecord::Outcome::AlreadyConfirmed;
                    evidence.errorCode = QStringLiteral("600061");
                } else {
                    evidence.outcome = EvidenceRecord::Outcome::Confirmed;
                }
            } else {
                const ApiError& error = result.error();
                evidence.outcome = EvidenceRecord::Outcome::Failed;
                evidence.httpStatus = error.httpStatus;
                evidence.errorCode = error.code;
                evidence.errorDescription = error.description;
                evidence.requestId = error.requestId;
                evidence.correlationId = error.correlationId;
            }
            if (evidence.templateId.isEmpty()) {
                if (const auto* v1 = dynamic_cast<const PartnerConfirmationChannel*>(inner))
                    evidence.templateId = v1->templateId();
            }
            evidence.id = store->add(evidence);
            if (evidence.id < 0)
                qCWarning(lcFlows) << "attestation evidence not recorded for customer" << evidence.customerId
                                   << "channel" << evidence.channel << ":" << store->lastError();
            else if (recorded)
                recorded(evidence);
        }
        if (done)
            done(result);
    };
    return m_inner->attest(request, context, std::move(record));
}

} // namespace PartnerDesk
