#include "sandbox/SeedGenerator.h"

#include "sandbox/AgreementCatalog.h"
#include "sandbox/CountryRulesCatalog.h"
#include "sandbox/DemoUsers.h"
#include "sandbox/SeedVocabulary.h"
#include "sandbox/WireFormat.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

constexpr int maximumSlugLength = 20;

} // namespace

SeedGenerator::SeedGenerator(const SeedVocabulary& vocabulary, const CountryRulesCatalog& countryRules,
    const AgreementCatalog& agreementCatalog, quint32 seed)
    : m_vocabulary(vocabulary)
    , m_countryRules(countryRules)
    , m_agreementCatalog(agreementCatalog)
    , m_random(seed)
{ }

int SeedGenerator::below(int bound)
{
    return bound <= 1 ? 0 : int(m_random.bounded(quint32(bound)));
}

QString SeedGenerator::guid()
{
    // A version-4 layout from the seeded generator, so ids repeat with the seed.
    const quint64 high = m_random.generate64();
    const quint64 low = m_random.generate64();
    const QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort((high & 0x0FFF) | 0x4000),
        uchar(((low >> 56) & 0x3F) | 0x80), uchar(low >> 48), uchar(low >> 40), uchar(low >> 32), uchar(low >> 24),
        uchar(low >> 16), uchar(low >> 8), uchar(low));
    return uuid.toString(QUuid::WithoutBraces);
}

QString SeedGenerator::withDigits(const QString& pattern)
{
    QString text = pattern;
    for (QChar& character : text) {
        if (character == u'#')
            character = QChar(u'0' + below(10));
    }
    return text;
}

QDateTime SeedGenerator::moment(const QDate& earliest, int spanDays)
{
    const QDate day = earliest.addDays(below(spanDays));
    return QDateTime(day, QTime(below(24), below(60), below(60)), Qt::UTC);
}

const SeedLocale& SeedGenerator::pickLocale()
{
    int ticket = below(m_vocabulary.totalWeight());
    for (const SeedLocale& locale : m_vocabulary.locales()) {
        if (ticket < locale.weight)
            return locale;
        ticket -= locale.weight;
    }
    return m_vocabulary.locales().constFirst();
}

QString SeedGenerator::companyName(const SeedLocale& locale, QString* slug)
{
    const QString& pattern = pick(locale.companyPatterns);
    const VocabularyWord& word = pick(locale.words);
    const VocabularyWord& sector = pick(locale.sectors);
    const VocabularyWord& suffix = pick(locale.suffixes);
    QString name = pattern;
    name.replace(u"{a}"_s, word.text).replace(u"{b}"_s, sector.text).replace(u"{s}"_s, suffix.text);
    *slug = QString(word.slug + sector.slug).left(maximumSlugLength);
    if (slug->isEmpty())
        *slug = u"customer"_s;
    return name.simplified();
}

QString SeedGenerator::cultureFor(const SeedLocale& locale)
{
    if (!locale.culture.isEmpty())
        return locale.culture;
    const CountryRule* rule = m_countryRules.find(locale.country);
    if (!rule)
        return u"en-US"_s;
    // Most customers use the country's default culture, some another supported one.
    if (chance(85) || rule->supportedCultures.isEmpty())
        return rule->defaultCulture;
    return pick(rule->supportedCultures);
}

AddressRecord SeedGenerator::address(const SeedLocale& locale, const Person& person)
{
    const SeedCity& city = pick(locale.cities);
    QString line = locale.streetFormat;
    line.replace(u"{street}"_s, pick(locale.streets)).replace(u"{n}"_s, QString::number(1 + below(250)));

    AddressRecord address;
    address.country = locale.country;
    address.region = city.region;
    address.city = city.city;
    address.state = city.state;
    address.addressLine1 = withDigits(line);
    address.postalCode = withDigits(city.postalCodePattern);
    address.firstName = person.firstName.text;
    address.lastName = person.lastName.text;
    address.phoneNumber = withDigits(locale.phoneFormat);
    return address;
}

SeedCustomer SeedGenerator::next(int index)
{
    const SeedLocale& locale = pickLocale();
    SeedCustomer seeded;
    CustomerRecord& customer = seeded.customer;

    QString slug;
    customer.companyName = companyName(locale, &slug);
    customer.id = guid();
    customer.commerceId = guid();
    customer.domain = slug + QString::number(index) + u".onmicrosoft.com"_s;
    customer.customDomains = {customer.domain};
    customer.allowDelegatedAccess = chance(70);
    customer.createdAt = WireFormat::isoUtc(moment(QDate(2016, 1, 4), 2500));

    const Person contact{pick(locale.firstNames), pick(locale.lastNames)};
    BillingProfileRecord& billing = customer.billingProfile;
    billing.id = guid();
    billing.firstName = contact.firstName.text;
    billing.lastName = contact.lastName.text;
    billing.email = contact.firstName.slug + u'.' + contact.lastName.slug + u'@' + customer.domain;
    billing.culture = cultureFor(locale);
    billing.language = billing.culture.section(u'-', 0, 0);
    billing.companyName = customer.companyName;
    billing.defaultAddress = address(locale, contact);
    billing.etag = QString::number(static_cast<qint64>(m_random.generate64()));

    const int scenario = below(100);
    if (scenario < 40) {
        addConfirmations(&seeded, locale, customer.domain);
        if (chance(50))
            addSubscriptions(&seeded);
    } else if (scenario < 55) {
        customer.directSigned = true;
        if (chance(50))
            addSubscriptions(&seeded);
    } else if (scenario < 75) {
        // Existing purchases through a partner: the customer cannot accept directly.
        addSubscriptions(&seeded);
    }
    return seeded;
}

void SeedGenerator::addConfirmations(SeedCustomer* seeded, const SeedLocale& locale, const QString& emailDomain)
{
    const CustomerRecord& customer = seeded->customer;
    const AgreementTemplate* customerAgreement
        = m_agreementCatalog.findByType(AgreementCatalog::customerAgreementType());
    const AgreementTemplate* cloudAgreement = m_agreementCatalog.findByType(AgreementCatalog::cloudAgreementType());
    const QList<DemoUser>& users = DemoUsers::all();
    // Confirmations come from the users who may attest: admin and sales agents.
    const QList<DemoUser> attesters{users.at(0), users.at(1), users.at(4)};

    auto makeRecord = [&](const AgreementTemplate& agreementTemplate, const QDateTime& agreed) {
        AgreementRecord record;
        record.customerId = customer.id;
        record.type = agreementTemplate.agreementType;
        record.templateId = agreementTemplate.templateId;
        record.dateAgreed = QDateTime(agreed.date(), QTime(0, 0), Qt::UTC);
        record.userId = pick(attesters).userId;
        record.createdAt = WireFormat::isoUtc(agreed.addSecs(3600 * (1 + below(72))));
        // Seeded records were never POSTed here, so they carry no MS-RequestId.
        return record;
    };

    if (cloudAgreement && chance(30)) {
        AgreementRecord cloud = makeRecord(*cloudAgreement, moment(QDate(2017, 1, 2), 1000));
        cloud.firstName = customer.billingProfile.firstName;
        cloud.lastName = customer.billingProfile.lastName;
        cloud.email = customer.billingProfile.email;
        cloud.phoneNumber = customer.billingProfile.defaultAddress.phoneNumber;
        seeded->agreements.append(cloud);
    }
    if (!customerAgreement)
        return;

    const int confirmations = 1 + below(3);
    QDateTime agreed = moment(QDate(2020, 2, 3), 1100);
    for (int i = 0; i < confirmations; ++i) {
        AgreementRecord record = makeRecord(*customerAgreement, agreed);
        if (i == 0) {
            record.firstName = customer.billingProfile.firstName;
            record.lastName = customer.billingProfile.lastName;
            record.email = customer.billingProfile.email;
        } else {
            // A later confirmation by another person; the numbered address keeps each contact
            // distinct, so the seed never holds a duplicate.
            const VocabularyWord& firstName = pick(locale.firstNames);
            const VocabularyWord& lastName = pick(locale.lastNames);
            record.firstName = firstName.text;
            record.lastName = lastName.text;
            record.email = firstName.slug + u'.' + lastName.slug + QString::number(i + 1) + u'@' + emailDomain;
        }
        if (chance(80))
            record.phoneNumber = withDigits(locale.phoneFormat);
        seeded->agreements.append(record);
        agreed = agreed.addDays(30 + below(300));
    }
}

void SeedGenerator::addSubscriptions(SeedCustomer* seeded)
{
    const int count = 1 + below(3);
    for (int i = 0; i < count; ++i) {
        const SeedOffer& offer = pick(m_vocabulary.offers());
        SubscriptionRecord subscription;
        subscription.id = guid();
        subscription.customerId = seeded->customer.id;
        subscription.offerId = offer.offerId;
        subscription.offerName = offer.offerName;
        subscription.friendlyName = offer.offerName;
        subscription.quantity = chance(80) ? 1 + below(25) : 25 + below(275);
        subscription.status = chance(92) ? u"active"_s : u"suspended"_s;
        subscription.billingCycle = chance(70) ? u"monthly"_s : u"annual"_s;
        subscription.creationDate = WireFormat::isoUtc(moment(QDate(2019, 3, 1), 2000));
        seeded->subscriptions.append(subscription);
    }
}

} // namespace PartnerDesk::Sandbox
