#pragma once

#include "api/ApiError.h"
#include "model/AgreementStatus.h"
#include "model/CountryRules.h"
#include "model/Customer.h"
#include "model/Order.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QPointer>

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;

// Reads what the customer page and the confirmation form show about one customer, one part
// after the other, each reported as soon as it arrives so a screen can fill in as it goes:
// the customer (company and billing profile), the country rules of its billing address, the
// agreement status (every confirmation and the direct acceptance) and the subscriptions bought
// through this partner (whether the customer can still accept directly depends on them).
// One call at a time: half the burst against Partner Center's rate limit, and one cancel().
class CustomerAccountLoader : public QObject
{
    Q_OBJECT

public:
    enum class Part {
        Customer = 0x1,
        CountryRules = 0x2, // needs Customer (the country of the billing address)
        AgreementStatus = 0x4,
        Subscriptions = 0x8,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    CustomerAccountLoader(PartnerCenterClient* client, QString customerId, QObject* parent = nullptr);
    ~CustomerAccountLoader() override;

    [[nodiscard]] QString customerId() const { return m_customerId; }

    // Starts reading these parts (a load already running is canceled first). When the
    // customer cannot be read, nothing after it is read: the screen offers to retry.
    void load(Parts parts);
    void cancel();
    [[nodiscard]] bool isBusy() const { return !m_pending.isEmpty(); }
    // The part being read now (meaningful while busy).
    [[nodiscard]] Part currentPart() const { return m_currentPart; }

Q_SIGNALS:
    void customerLoaded(const PartnerDesk::Customer& customer);
    void countryRulesLoaded(const PartnerDesk::CountryRules& rules);
    void agreementStatusLoaded(const PartnerDesk::AgreementStatus& status);
    void subscriptionsLoaded(const QList<PartnerDesk::Subscription>& subscriptions);
    // One part could not be read (a Canceled error after cancel()).
    void partFailed(PartnerDesk::CustomerAccountLoader::Part part, const PartnerDesk::ApiError& error);
    // Every requested part was read or failed.
    void finished();
    void busyChanged(bool busy);

private:
    void next();
    void settle(Part part);
    void fail(Part part, const ApiError& error);

    PartnerCenterClient* m_client;
    QString m_customerId;
    QList<Part> m_pending;
    Part m_currentPart = Part::Customer;
    QString m_country;
    QPointer<ApiOperation> m_current;
    quint64 m_generation = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CustomerAccountLoader::Parts)

} // namespace PartnerDesk
