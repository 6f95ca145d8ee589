#pragma once

#include "api/ApiError.h"
#include "model/CountryRules.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;

// The rules a customer's country imposes, as far as they are known.
struct CountryRulesAnswer
{
    CountryRules rules; // from Partner Center, or the permissive fallback
    bool fromService = false;
    std::optional<ApiError> error; // why the service's rules could not be read
};

// Reads GET /v1/countryvalidationrules/{iso2} for the country the user picks. Choosing
// another country cancels the question about the previous one; answers are kept for the
// session (rules change rarely). When the rules cannot be read (no rules for the country,
// no network), the answer carries permissive fallback rules and the reason.
class CountryRulesLoader : public QObject
{
    Q_OBJECT

public:
    explicit CountryRulesLoader(PartnerCenterClient* client, QObject* parent = nullptr);
    ~CountryRulesLoader() override;

    void load(const QString& iso2Code);
    [[nodiscard]] bool isLoading() const { return !m_operation.isNull(); }
    [[nodiscard]] QString country() const { return m_country; }
    // The answer for country() (fallback rules while it is loading).
    [[nodiscard]] const CountryRulesAnswer& current() const { return m_current; }

    // Checks that never refuse a valid address: city required (as almost everywhere), no
    // state list, no postal code or phone pattern; the phone is required where Partner
    // Center documents it. Language and culture come from Qt's locale data for the country.
    [[nodiscard]] static CountryRules fallbackRules(const QString& iso2Code);
    // The language to preselect: the default culture itself when the list holds it (PT lists
    // "pt-PT"), else its language ("tr" for "tr-TR"), else the first in the list.
    [[nodiscard]] static QString defaultLanguage(const CountryRules& rules);
    // The default culture when the list holds it, else the first in the list.
    [[nodiscard]] static QString defaultCulture(const CountryRules& rules);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(const PartnerDesk::CountryRulesAnswer& answer);

private:
    void finish(const CountryRulesAnswer& answer, bool keep);

    PartnerCenterClient* m_client;
    QPointer<ApiOperation> m_operation;
    QString m_country;
    CountryRulesAnswer m_current;
    QHash<QString, CountryRulesAnswer> m_known;
    quint64 m_generation = 0;
};

} // namespace PartnerDesk
