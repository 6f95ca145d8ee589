#pragma once

#include "sandbox/CountryRule.h"

#include <QHash>
#include <QString>

namespace PartnerDesk::Sandbox {

// The country rules compiled in from resources/sandbox/countryrules.json.
class CountryRulesCatalog
{
public:
    bool load(QString* errorMessage);

    // Looked up by ISO code in any letter case; null when the sandbox has no rules for it.
    [[nodiscard]] const CountryRule* find(const QString& iso2Code) const;
    [[nodiscard]] QStringList countries() const { return m_rules.keys(); }

private:
    QHash<QString, CountryRule> m_rules;
};

} // namespace PartnerDesk::Sandbox
