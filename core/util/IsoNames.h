#pragma once

#include <QLocale>
#include <QString>

namespace PartnerDesk::IsoNames {

// Names of countries/regions (ISO 3166-1 alpha-2) and languages (ISO 639-1) in the language
// of `locale`, from Debian's iso-codes data and its translations; Qt's English names when
// those are missing.
[[nodiscard]] QString country(const QString& iso2Code, const QLocale& locale = QLocale());
[[nodiscard]] QString language(const QString& iso639Code, const QLocale& locale = QLocale());
// A culture such as "pt-BR": "Portuguese (Brazil)" in the UI language, with the code.
[[nodiscard]] QString culture(const QString& cultureCode, const QLocale& locale = QLocale());

// Where the data is read from (tests point it at a folder of their own).
void setDataDirectories(const QString& isoCodesJsonDirectory, const QString& localeDirectory);

} // namespace PartnerDesk::IsoNames
