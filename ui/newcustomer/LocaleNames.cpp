#include "LocaleNames.h"

#include <QLocale>

namespace PartnerDesk::LocaleNames {

namespace {

QLocale localeFor(const QString& code)
{
    return QLocale(QString(code).replace(QLatin1Char('-'), QLatin1Char('_')));
}

} // namespace

// Qt's own names, as the country list uses them. (A locale's native name would say
// "American English" for "en": Qt fills in the likeliest region.)
QString language(const QString& code)
{
    const QLocale locale = localeFor(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), code);
}

QString culture(const QString& code)
{
    const QLocale locale = localeFor(code);
    if (code.isEmpty() || locale.language() == QLocale::C || !code.contains(QLatin1Char('-')))
        return code;
    return QStringLiteral("%1 (%2) – %3")
        .arg(QLocale::languageToString(locale.language()), QLocale::territoryToString(locale.territory()), code);
}

} // namespace PartnerDesk::LocaleNames
