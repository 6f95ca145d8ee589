#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace PartnerDesk::Translations {

namespace {

std::unique_ptr<QTranslator>& appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QLocale& currentLocale()
{
    static QLocale locale;
    return locale;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("partnerdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(12, file.size() - 12 - 3); // "partnerdesk_" … ".qm"
    return languages;
}

QLocale resolve(const QString& localeName)
{
    const QStringList available = availableLanguages();
    const auto match = [&available](const QLocale& locale) -> QString {
        const QString full = locale.name(); // "pt_BR"
        if (available.contains(full))
            return full;
        const QString language = full.section(QLatin1Char('_'), 0, 0);
        if (available.contains(language))
            return language;
        // "zh_TW" has no translation of its own; "zh_CN" is the nearest for Chinese script users.
        for (const QString& candidate : available) {
            if (candidate.section(QLatin1Char('_'), 0, 0) == language)
                return candidate;
        }
        return {};
    };
    if (!localeName.isEmpty()) {
        const QString found = match(QLocale(localeName));
        if (!found.isEmpty())
            return QLocale(found);
    }
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString found = match(QLocale(name));
        if (!found.isEmpty())
            return QLocale(found);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale apply(const QString& localeName)
{
    const QLocale locale = resolve(localeName);
    // Formats first: widgets re-read QLocale() when the LanguageChange event arrives.
    QLocale::setDefault(locale);
    currentLocale() = locale;

    for (std::unique_ptr<QTranslator>* slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    } else {
        qCWarning(lcUi) << "no PartnerDesk translation for" << locale.name();
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return locale;
}

QLocale current()
{
    return currentLocale();
}

} // namespace PartnerDesk::Translations
