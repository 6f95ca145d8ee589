#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The languages an invitation can be written in: those with a shipped template, those the
// windows speak, the languages of PartnerDesk's markets, and the customer's own (a template can
// be written and saved for a language even when none ships). Codes follow the template and
// translation files: "tr", "pt_BR".
class InvitationLanguages
{
public:
    // "tr-TR" -> "tr_TR", " de " -> "de"; anything that is not a language code gives "".
    [[nodiscard]] static QString normalize(const QString& code);
    // The code templates are kept under for a language: a known code as it is; else its
    // language alone when that is known or the territory is the language's usual one
    // ("tr_TR" -> "tr", "de_AT" -> "de" when "de" ships); else the full code ("pt_PT").
    [[nodiscard]] static QString resolve(const QString& code);
    // The shipped template languages, the UI languages and the market languages, plus `extra`
    // (resolved) when given.
    [[nodiscard]] static QStringList available(const QString& extra = {});
    // The language a composer starts in: the customer's, else the UI's.
    [[nodiscard]] static QString initial(const QString& customerLanguage, const QString& uiLanguage);
    // Whether PartnerDesk ships a template in this language (else the English one is shown).
    [[nodiscard]] static bool hasShippedTemplate(const QString& language);
    // The language's name in the language itself: "Türkçe", "Deutsch", "Português (Brasil)";
    // accepts cultures too ("de-DE" -> "Deutsch (Deutschland)").
    [[nodiscard]] static QString nativeName(const QString& code);
};

} // namespace PartnerDesk
