#include "sandbox/CountryRulesCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

QRegularExpression compiled(const QString& pattern)
{
    // The patterns are .NET syntax; PCRE2 reads these ones the same way.
    return pattern.isEmpty() ? QRegularExpression() : QRegularExpression(pattern);
}

} // namespace

bool CountryRulesCatalog::load(QString* errorMessage)
{
    QFile file(u":/partnerdesk/sandbox/countryrules.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = u"Country rules resource missing: "_s + file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList phoneRequired = toStringList(root.value(u"phoneRequiredCountries"_s));
    const QJsonArray countries = root.value(u"countries"_s).toArray();
    for (const QJsonValue& value : countries) {
        QJsonObject wire = value.toObject();
        CountryRule rule;
        rule.iso2Code = wire.value(u"iso2Code"_s).toString();
        rule.defaultCulture = wire.value(u"defaultCulture"_s).toString();
        rule.isStateRequired = wire.value(u"isStateRequired"_s).toBool();
        rule.supportedStates = toStringList(wire.value(u"supportedStatesList"_s));
        rule.supportedLanguages = toStringList(wire.value(u"supportedLanguagesList"_s));
        rule.supportedCultures = toStringList(wire.value(u"supportedCulturesList"_s));
        rule.isPostalCodeRequired = wire.value(u"isPostalCodeRequired"_s).toBool();
        rule.postalCodeRegex = compiled(wire.value(u"postalCodeRegex"_s).toString());
        rule.isCityRequired = wire.value(u"isCityRequired"_s).toBool();
        rule.phoneNumberRegex = compiled(wire.value(u"phoneNumberRegex"_s).toString());
        rule.isPhoneNumberRequired = phoneRequired.contains(rule.iso2Code);
        wire.insert(u"attributes"_s, QJsonObject{{u"objectType"_s, u"CountryValidationRules"_s}});
        rule.wire = wire;
        if (rule.iso2Code.size() != 2 || !rule.postalCodeRegex.isValid() || !rule.phoneNumberRegex.isValid()) {
            *errorMessage = u"Invalid country rules entry: "_s + rule.iso2Code;
            return false;
        }
        m_rules.insert(rule.iso2Code, rule);
    }
    return !m_rules.isEmpty();
}

const CountryRule* CountryRulesCatalog::find(const QString& iso2Code) const
{
    const auto it = m_rules.constFind(iso2Code.trimmed().toUpper());
    return it == m_rules.constEnd() ? nullptr : &it.value();
}

} // namespace PartnerDesk::Sandbox
