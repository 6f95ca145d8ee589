#pragma once

#include "sandbox/AgreementRecord.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/SeedVocabulary.h"
#include "sandbox/SubscriptionRecord.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace PartnerDesk::Sandbox {

class AgreementCatalog;
class CountryRulesCatalog;

// One seeded customer with its agreement records and subscriptions.
struct SeedCustomer
{
    CustomerRecord customer;
    QList<AgreementRecord> agreements;
    QList<SubscriptionRecord> subscriptions;
};

// Deterministic demo customers: the same seed gives the same customers, ids included.
// The mix (roughly): 40% confirmed by the partner 1-3 times (some also with an old Cloud
// Agreement record), 15% accepted directly in the admin center, 20% with subscriptions but
// neither (existing purchases through a partner: they cannot accept directly), the rest
// nothing. Every address passes its country's rules.
class SeedGenerator
{
public:
    SeedGenerator(const SeedVocabulary& vocabulary, const CountryRulesCatalog& countryRules,
        const AgreementCatalog& agreementCatalog, quint32 seed);

    // `index` (1, 2, ...) makes the domain unique: "<slug><index>.onmicrosoft.com".
    [[nodiscard]] SeedCustomer next(int index);

private:
    struct Person
    {
        VocabularyWord firstName;
        VocabularyWord lastName;
    };

    [[nodiscard]] int below(int bound);
    [[nodiscard]] bool chance(int percent) { return below(100) < percent; }
    template<typename T> [[nodiscard]] const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }
    [[nodiscard]] QString guid();
    [[nodiscard]] QString withDigits(const QString& pattern);
    [[nodiscard]] QDateTime moment(const QDate& earliest, int spanDays);
    [[nodiscard]] const SeedLocale& pickLocale();
    [[nodiscard]] QString companyName(const SeedLocale& locale, QString* slug);
    [[nodiscard]] QString cultureFor(const SeedLocale& locale);
    [[nodiscard]] AddressRecord address(const SeedLocale& locale, const Person& person);
    void addConfirmations(SeedCustomer* seeded, const SeedLocale& locale, const QString& emailDomain);
    void addSubscriptions(SeedCustomer* seeded);

    const SeedVocabulary& m_vocabulary;
    const CountryRulesCatalog& m_countryRules;
    const AgreementCatalog& m_agreementCatalog;
    QRandomGenerator m_random;
};

} // namespace PartnerDesk::Sandbox
