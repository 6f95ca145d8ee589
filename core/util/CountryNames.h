#pragma once

#include <QLocale>
#include <QString>

namespace PartnerDesk::CountryNames {

// The name of a country/region (ISO 3166-1 alpha-2) in the language of `locale`, from
// Debian's iso-codes data and its translations; Qt's English names when those are missing.
[[nodiscard]] QString name(const QString& iso2Code, const QLocale& locale = QLocale());

// Where the data is read from (tests point it at a folder of their own).
void setDataDirectories(const QString& isoCodesJsonDirectory, const QString& localeDirectory);

} // namespace PartnerDesk::CountryNames
