#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PartnerDesk::Sandbox {

// A word of seed data with the ASCII slug used for domains and email addresses
// ("Yıldız" -> "yildiz", "さくら" -> "sakura").
struct VocabularyWord
{
    QString text;
    QString slug;
};

struct SeedCity
{
    QString city;
    QString region;
    QString state;
    QString postalCodePattern; // '#' is a random digit
};

// Names, places and formats of one market (a country may have several, e.g. Hindi and
// English for India).
struct SeedLocale
{
    QString country;
    int weight = 1;
    QString currency;
    QString culture; // empty: the country's default culture
    QStringList companyPatterns; // {a} word, {b} sector, {s} suffix
    QList<VocabularyWord> words;
    QList<VocabularyWord> sectors;
    QList<VocabularyWord> suffixes;
    QList<VocabularyWord> firstNames;
    QList<VocabularyWord> lastNames;
    QList<SeedCity> cities;
    QStringList streets;
    QString streetFormat; // {street}, {n} house number, '#' digit
    QString phoneFormat; // '#' digit
};

struct SeedOffer
{
    QString offerId;
    QString offerName;
};

// The seed vocabulary compiled in from resources/sandbox/seedvocabulary.json; also the
// sandbox's small offer catalogue.
class SeedVocabulary
{
public:
    bool load(QString* errorMessage);

    [[nodiscard]] const QList<SeedLocale>& locales() const { return m_locales; }
    [[nodiscard]] int totalWeight() const { return m_totalWeight; }
    [[nodiscard]] const QList<SeedOffer>& offers() const { return m_offers; }
    [[nodiscard]] const SeedOffer* findOffer(const QString& offerId) const;
    // ISO 4217 code of the country's currency; "USD" for a country without seed data.
    [[nodiscard]] QString currencyOf(const QString& country) const;

    // Lower-case ASCII letters and digits of a Latin-script text ("Weiß & Köhler" -> "weisskohler").
    [[nodiscard]] static QString slugOf(const QString& text);

private:
    QList<SeedLocale> m_locales;
    QList<SeedOffer> m_offers;
    int m_totalWeight = 0;
};

} // namespace PartnerDesk::Sandbox
