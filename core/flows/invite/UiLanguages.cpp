#include "UiLanguages.h"

#include <QDir>
#include <QLocale>

namespace PartnerDesk {

QStringList UiLanguages::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("partnerdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(int(qstrlen("partnerdesk_"))).chopped(int(qstrlen(".qm")));
        if (!code.isEmpty() && !languages.contains(code))
            languages << code;
    }
    return languages;
}

QString UiLanguages::current()
{
    return QLocale().name();
}

} // namespace PartnerDesk
