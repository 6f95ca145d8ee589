#include "CountryRulesLoader.h"

#include "api/PartnerCenterClient.h"

#include <QLocale>

namespace PartnerDesk {

CountryRulesLoader::CountryRulesLoader(PartnerCenterClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

CountryRulesLoader::~CountryRulesLoader()
{
    ++m_generation;
    if (m_operation)
        m_operation->cancel();
}

void CountryRulesLoader::load(const QString& iso2Code)
{
    const QString country = iso2Code.trimmed().toUpper();
    if (country == m_country && (isLoading() || m_known.contains(country)))
        return;
    m_country = country;
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    if (m_operation) {
        ApiOperation* operation = m_operation;
        m_operation = nullptr;
        operation->cancel();
    }
    if (const auto known = m_known.constFind(country); known != m_known.constEnd()) {
        if (wasLoading)
            Q_EMIT loadingChanged(false);
        finish(*known, false);
        return;
    }
    m_current = CountryRulesAnswer{fallbackRules(country), false, std::nullopt};
    m_operation = m_client->countryRules(country, this, [this, generation, country](const Result<CountryRules>& r) {
        if (generation != m_generation)
            return;
        m_operation = nullptr;
        Q_EMIT loadingChanged(false);
        if (r.ok() && r.value().isValid()) {
            finish(CountryRulesAnswer{r.value(), true, std::nullopt}, true);
            return;
        }
        const ApiError error = r.ok() ? ApiError::refused({}) : r.error();
        if (error.kind == ApiError::Kind::Canceled)
            return;
        // "No rules for this country" is an answer worth keeping; a network failure is not.
        finish(CountryRulesAnswer{fallbackRules(country), false, error}, error.isNotFound());
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void CountryRulesLoader::finish(const CountryRulesAnswer& answer, bool keep)
{
    if (keep)
        m_known.insert(answer.rules.iso2Code, answer);
    m_current = answer;
    Q_EMIT loaded(answer);
}

CountryRules CountryRulesLoader::fallbackRules(const QString& iso2Code)
{
    CountryRules rules;
    rules.iso2Code = iso2Code.trimmed().toUpper();
    rules.isCityRequired = true;

    const QLocale::Territory territory = QLocale::codeToTerritory(rules.iso2Code);
    const QLocale likely(QLocale::AnyLanguage, territory);
    QString culture;
    if (territory != QLocale::AnyTerritory && likely.territory() == territory && likely.language() != QLocale::C)
        culture = likely.name().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const QString& candidate : {culture, QStringLiteral("en-US")}) {
        if (!candidate.isEmpty() && !rules.supportedCulturesList.contains(candidate))
            rules.supportedCulturesList << candidate;
    }
    for (const QString& candidate : {culture.section(QLatin1Char('-'), 0, 0), QStringLiteral("en")}) {
        if (!candidate.isEmpty() && !rules.supportedLanguagesList.contains(candidate))
            rules.supportedLanguagesList << candidate;
    }
    rules.defaultCulture = rules.supportedCulturesList.constFirst();
    return rules;
}

QString CountryRulesLoader::defaultLanguage(const CountryRules& rules)
{
    const QStringList& languages = rules.supportedLanguagesList;
    if (languages.isEmpty())
        return rules.defaultCulture.section(QLatin1Char('-'), 0, 0);
    for (const QString& candidate : {rules.defaultCulture, rules.defaultCulture.section(QLatin1Char('-'), 0, 0)}) {
        for (const QString& language : languages) {
            if (!candidate.isEmpty() && language.compare(candidate, Qt::CaseInsensitive) == 0)
                return language;
        }
    }
    return languages.constFirst();
}

QString CountryRulesLoader::defaultCulture(const CountryRules& rules)
{
    for (const QString& culture : rules.supportedCulturesList) {
        if (culture.compare(rules.defaultCulture, Qt::CaseInsensitive) == 0)
            return culture;
    }
    return rules.supportedCulturesList.isEmpty() ? rules.defaultCulture : rules.supportedCulturesList.constFirst();
}

} // namespace PartnerDesk
