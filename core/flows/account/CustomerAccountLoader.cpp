#include "CustomerAccountLoader.h"

#include "api/PartnerCenterClient.h"
#include "flows/AgreementStatusLoader.h"

#include <QCoreApplication>

namespace PartnerDesk {

CustomerAccountLoader::CustomerAccountLoader(PartnerCenterClient* client, QString customerId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_customerId(std::move(customerId))
{ }

CustomerAccountLoader::~CustomerAccountLoader()
{
    // End quietly: `this` is still a live context here, so the canceled operation's callback
    // would run and report to an owner that is itself being destroyed; a new generation makes
    // the callback ignore the answer.
    ++m_generation;
    if (m_current)
        m_current->cancel();
}

void CustomerAccountLoader::load(Parts parts)
{
    const bool wasBusy = isBusy();
    ++m_generation; // answers of an earlier load are ignored from now on
    if (m_current)
        m_current->cancel();
    m_current = nullptr;
    m_pending.clear();
    // The order matters: the country rules need the customer's country.
    for (Part part : {Part::Customer, Part::CountryRules, Part::AgreementStatus, Part::Subscriptions}) {
        if (parts.testFlag(part))
            m_pending.append(part);
    }
    if (isBusy() != wasBusy)
        Q_EMIT busyChanged(isBusy());
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    next();
}

void CustomerAccountLoader::cancel()
{
    if (m_current)
        m_current->cancel(); // its callback reports Canceled and stops the rest
}

void CustomerAccountLoader::settle(Part part)
{
    m_current = nullptr;
    m_pending.removeOne(part);
    if (m_pending.isEmpty()) {
        Q_EMIT busyChanged(false);
        Q_EMIT finished();
        return;
    }
    next();
}

void CustomerAccountLoader::fail(Part part, const ApiError& error)
{
    Q_EMIT partFailed(part, error);
    // Canceled, or the customer itself is unreadable: stop here.
    if (error.kind == ApiError::Kind::Canceled || part == Part::Customer) {
        for (Part skipped : std::as_const(m_pending)) {
            if (skipped != part)
                Q_EMIT partFailed(skipped, error);
        }
        m_pending.clear();
        m_current = nullptr;
        Q_EMIT busyChanged(false);
        Q_EMIT finished();
        return;
    }
    settle(part);
}

void CustomerAccountLoader::next()
{
    const Part part = m_pending.constFirst();
    m_currentPart = part;
    const quint64 generation = m_generation;
    const auto current = [this, generation] { return generation == m_generation; };

    switch (part) {
    case Part::Customer:
        m_current = m_client->customer(m_customerId, this, [this, current](const Result<Customer>& result) {
            if (!current())
                return;
            if (!result.ok()) {
                fail(Part::Customer, result.error());
                return;
            }
            m_country = result.value().country();
            Q_EMIT customerLoaded(result.value());
            settle(Part::Customer);
        });
        break;
    case Part::CountryRules:
        if (m_country.isEmpty()) {
            fail(Part::CountryRules,
                ApiError::refused(QCoreApplication::translate("PartnerDesk::CustomerAccountLoader",
                    "The customer's billing address names no country, so its rules are unknown.")));
            return;
        }
        m_current = m_client->countryRules(m_country, this, [this, current](const Result<CountryRules>& result) {
            if (!current())
                return;
            if (!result.ok()) {
                fail(Part::CountryRules, result.error());
                return;
            }
            Q_EMIT countryRulesLoaded(result.value());
            settle(Part::CountryRules);
        });
        break;
    case Part::AgreementStatus:
        m_current = AgreementStatusLoader::load(
            m_client, m_customerId, this, [this, current](const Result<AgreementStatus>& result) {
                if (!current())
                    return;
                if (!result.ok()) {
                    fail(Part::AgreementStatus, result.error());
                    return;
                }
                Q_EMIT agreementStatusLoaded(result.value());
                settle(Part::AgreementStatus);
            });
        break;
    case Part::Subscriptions:
        m_current
            = m_client->subscriptions(m_customerId, this, [this, current](const Result<QList<Subscription>>& result) {
                  if (!current())
                      return;
                  if (!result.ok()) {
                      fail(Part::Subscriptions, result.error());
                      return;
                  }
                  Q_EMIT subscriptionsLoaded(result.value());
                  settle(Part::Subscriptions);
              });
        break;
    }
}

} // namespace PartnerDesk
