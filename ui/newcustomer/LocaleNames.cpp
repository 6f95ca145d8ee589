#include "LocaleNames.h"

#include "util/IsoNames.h"

#include <QLocale>

namespace PartnerDesk::LocaleNames {

// Names in the UI language (iso-codes), with the code the service uses beside them.
QString language(const QString& code)
{
    if (code.isEmpty())
        return code;
    const QString name = IsoNames::language(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

QString culture(const QString& code)
{
    if (code.isEmpty() || !code.contains(QLatin1Char('-')))
        return language(code);
    return QStringLiteral("%1 – %2").arg(IsoNames::culture(code), code);
}

} // namespace PartnerDesk::LocaleNames
