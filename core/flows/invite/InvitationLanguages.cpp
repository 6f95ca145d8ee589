#include "InvitationLanguages.h"

#include "UiLanguages.h"
#include "flows/Invitation.h"

#include <QLocale>
#include <QRegularExpression>

namespace PartnerDesk {

namespace {

// The markets PartnerDesk is written for (DESIGN.md: "Partners in local markets"), offered
// even before a template or a translation ships for them, so a partner can write and save
// their own template in the customer's language.
const QStringList& marketLanguages()
{
    static const QStringList languages{QStringLiteral("tr"), QStringLiteral("de"), QStringLiteral("fr"),
        QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("zh_CN"), QStringLiteral("pt_BR"),
        QStringLiteral("ar")};
    return languages;
}

QStringList knownLanguages()
{
    QStringList known = Invitation::templateLanguages();
    for (const QStringList& more : {UiLanguages::available(), marketLanguages()}) {
        for (const QString& language : more) {
            if (!known.contains(language))
                known << language;
        }
    }
    return known;
}

QString languagePart(const QString& code)
{
    return code.section(QLatin1Char('_'), 0, 0);
}

} // namespace

QString InvitationLanguages::normalize(const QString& code)
{
    QString out = code.trimmed();
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    // ll, lll, ll_TT, ll_Script_TT (as QLocale::name() and the translation files spell them).
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}(_[A-Za-z]{4})?(_([A-Za-z]{2}|[0-9]{3}))?$"));
    if (!shape.match(out).hasMatch())
        return {};
    const QStringList parts = out.split(QLatin1Char('_'));
    QStringList fixed;
    fixed << parts.first().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        fixed << (part.size() == 4 ? part.left(1).toUpper() + part.mid(1).toLower() : part.toUpper());
    }
    return fixed.join(QLatin1Char('_'));
}

QString InvitationLanguages::resolve(const QString& code)
{
    const QString normalized = normalize(code);
    if (normalized.isEmpty())
        return {};
    const QStringList known = knownLanguages();
    if (known.contains(normalized))
        return normalized;
    const QString language = languagePart(normalized);
    if (known.contains(language))
        return language;
    // "tr_TR" is plain Turkish; "pt_PT" is not what "pt" (Brazilian) means.
    if (QLocale(language).territory() == QLocale(normalized).territory())
        return language;
    return normalized;
}

QStringList InvitationLanguages::available(const QString& extra)
{
    QStringList languages = knownLanguages();
    const QString resolved = resolve(extra);
    if (!resolved.isEmpty() && !languages.contains(resolved))
        languages << resolved;
    return languages;
}

QString InvitationLanguages::initial(const QString& customerLanguage, const QString& uiLanguage)
{
    const QString customer = resolve(customerLanguage);
    if (!customer.isEmpty())
        return customer;
    const QString ui = resolve(uiLanguage);
    return ui.isEmpty() ? QStringLiteral("en") : ui;
}

bool InvitationLanguages::hasShippedTemplate(const QString& language)
{
    const QStringList shipped = Invitation::templateLanguages();
    return shipped.contains(language) || shipped.contains(languagePart(language));
}

QString InvitationLanguages::nativeName(const QString& code)
{
    const QString normalized = normalize(code);
    const QLocale locale(normalized);
    if (normalized.isEmpty() || locale.language() == QLocale::C)
        return code;
    // The bare language's own name ("Deutsch"; Qt calls "en" "American English", so English
    // is named plainly), then the territory when the code names one: "Deutsch (Österreich)".
    const QLocale language(languagePart(normalized));
    QString name = language.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                           : language.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    if (normalized.contains(QLatin1Char('_'))) {
        const QString territory = locale.territory() == QLocale::AnyTerritory ? QString()
            : locale.nativeTerritoryName().isEmpty() ? QLocale::territoryToString(locale.territory())
                                                     : locale.nativeTerritoryName();
        if (!territory.isEmpty())
            name += QStringLiteral(" (") + territory + QLatin1Char(')');
    }
    return locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace PartnerDesk
