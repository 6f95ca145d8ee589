#include "sandbox/SeedVocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

QList<VocabularyWord> readWords(const QJsonValue& value)
{
    QList<VocabularyWord> words;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isArray()) {
            const QJsonArray pair = item.toArray();
            words.append({pair.at(0).toString(), pair.at(1).toString()});
        } else {
            const QString text = item.toString();
            words.append({text, SeedVocabulary::slugOf(text)});
        }
    }
    return words;
}

QStringList readStrings(const QJsonValue& value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        strings.append(item.toString());
    return strings;
}

} // namespace

QString SeedVocabulary::slugOf(const QString& text)
{
    // Letters that Unicode decomposition does not reduce to ASCII.
    static const QList<std::pair<QString, QString>> replacements{{u"ß"_s, u"ss"_s}, {u"ı"_s, u"i"_s}, {u"ø"_s, u"o"_s},
        {u"æ"_s, u"ae"_s}, {u"œ"_s, u"oe"_s}, {u"đ"_s, u"d"_s}, {u"ł"_s, u"l"_s}, {u"ð"_s, u"d"_s}, {u"þ"_s, u"th"_s}};
    QString lower = text.toLower();
    for (const auto& [from, to] : replacements)
        lower.replace(from, to);
    const QString decomposed = lower.normalized(QString::NormalizationForm_D);
    QString slug;
    for (const QChar character : decomposed) {
        if ((character >= u'a' && character <= u'z') || (character >= u'0' && character <= u'9'))
            slug.append(character);
    }
    return slug;
}

bool SeedVocabulary::load(QString* errorMessage)
{
    QFile file(u":/partnerdesk/sandbox/seedvocabulary.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = u"Seed vocabulary resource missing: "_s + file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray offers = root.value(u"offers"_s).toArray();
    for (const QJsonValue& value : offers) {
        const QJsonObject offer = value.toObject();
        m_offers.append({offer.value(u"offerId"_s).toString(), offer.value(u"offerName"_s).toString()});
    }
    const QJsonArray locales = root.value(u"locales"_s).toArray();
    for (const QJsonValue& value : locales) {
        const QJsonObject object = value.toObject();
        SeedLocale locale;
        locale.country = object.value(u"country"_s).toString();
        locale.weight = object.value(u"weight"_s).toInt(1);
        locale.currency = object.value(u"currency"_s).toString();
        locale.culture = object.value(u"culture"_s).toString();
        locale.companyPatterns = readStrings(object.value(u"companyPatterns"_s));
        locale.words = readWords(object.value(u"words"_s));
        locale.sectors = readWords(object.value(u"sectors"_s));
        locale.suffixes = readWords(object.value(u"suffixes"_s));
        locale.firstNames = readWords(object.value(u"firstNames"_s));
        locale.lastNames = readWords(object.value(u"lastNames"_s));
        const QJsonArray cities = object.value(u"cities"_s).toArray();
        for (const QJsonValue& cityValue : cities) {
            const QJsonObject city = cityValue.toObject();
            locale.cities.append({city.value(u"city"_s).toString(), city.value(u"region"_s).toString(),
                city.value(u"state"_s).toString(), city.value(u"postalCode"_s).toString()});
        }
        locale.streets = readStrings(object.value(u"streets"_s));
        locale.streetFormat = object.value(u"streetFormat"_s).toString();
        locale.phoneFormat = object.value(u"phoneFormat"_s).toString();
        if (locale.companyPatterns.isEmpty() || locale.words.isEmpty() || locale.sectors.isEmpty()
            || locale.suffixes.isEmpty() || locale.firstNames.isEmpty() || locale.lastNames.isEmpty()
            || locale.cities.isEmpty() || locale.streets.isEmpty()) {
            *errorMessage = u"Incomplete seed vocabulary for "_s + locale.country;
            return false;
        }
        m_totalWeight += locale.weight;
        m_locales.append(locale);
    }
    return !m_locales.isEmpty() && !m_offers.isEmpty();
}

const SeedOffer* SeedVocabulary::findOffer(const QString& offerId) const
{
    for (const SeedOffer& offer : m_offers) {
        if (offer.offerId.compare(offerId, Qt::CaseInsensitive) == 0)
            return &offer;
    }
    return nullptr;
}

QString SeedVocabulary::currencyOf(const QString& country) const
{
    for (const SeedLocale& locale : m_locales) {
        if (locale.country.compare(country, Qt::CaseInsensitive) == 0)
            return locale.currency;
    }
    return u"USD"_s;
}

} // namespace PartnerDesk::Sandbox
