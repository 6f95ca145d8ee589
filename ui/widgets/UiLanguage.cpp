#include "UiLanguage.h"

#include "util/Translations.h"

#include <QGuiApplication>

namespace PartnerDesk::UiLanguage {

QLocale apply(const QString& localeName)
{
    const QLocale locale = Translations::apply(localeName);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return locale;
}

} // namespace PartnerDesk::UiLanguage
