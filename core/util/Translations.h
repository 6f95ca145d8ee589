#pragma once

#include <QLocale>
#include <QStringList>

namespace PartnerDesk::Translations {

// The languages PartnerDesk ships (locale names: "en", "tr", "zh_CN", …).
[[nodiscard]] QStringList availableLanguages();

// The language to use for a setting: `localeName` when PartnerDesk ships it, otherwise the
// best match for the system's UI languages (or English).
[[nodiscard]] QLocale resolve(const QString& localeName);

// Makes `locale` the language of the process: QLocale's default (dates, numbers), PartnerDesk's
// translation and Qt's own (qtbase_<lang>, so standard buttons and dialogs match). Installing
// translators sends LanguageChange to every widget, so open windows retranslate at once.
// Returns the locale applied.
QLocale apply(const QString& localeName);

// The locale applied last (the system's until apply() is called).
[[nodiscard]] QLocale current();

} // namespace PartnerDesk::Translations
