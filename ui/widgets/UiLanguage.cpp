#include "UiLanguage.h"

#include "util/Translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

namespace PartnerDesk::UiLanguage {

QLocale apply(const QString& localeName)
{
    const QLocale locale = Translations::apply(localeName);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    // Installing a translator only posts LanguageChange (to the application, which then posts
    // it to every window): deliver both rounds now, so the switch is complete on return.
    for (int round = 0; round < 2; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return locale;
}

} // namespace PartnerDesk::UiLanguage
