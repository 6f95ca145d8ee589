#pragma once

#include <QLocale>
#include <QString>

namespace PartnerDesk::UiLanguage {

// Switches the whole UI to a language at once, open windows included: translations (the
// app's and Qt's), formats, and the layout direction taken from the locale (right to left
// for Arabic) — never from a list of language codes. "" follows the system.
QLocale apply(const QString& localeName);

} // namespace PartnerDesk::UiLanguage
