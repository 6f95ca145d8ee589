#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk::Csv {

// One field as RFC 4180 wants it: quoted when it holds a separator, quote or line break.
// With `neutralizeFormulas`, a field a spreadsheet would run as a formula (starting with
// =, +, -, @, tab or carriage return) gets a leading apostrophe first.
[[nodiscard]] QString field(const QString& value, QChar separator = QLatin1Char(','), bool neutralizeFormulas = true);
// A whole record, ended by CRLF.
[[nodiscard]] QString record(
    const QStringList& values, QChar separator = QLatin1Char(','), bool neutralizeFormulas = true);

} // namespace PartnerDesk::Csv
