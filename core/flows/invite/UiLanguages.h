#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// The languages PartnerDesk's own windows can be shown in: English, which the sources are
// written in, and every translation compiled in (":/i18n/partnerdesk_<lang>.qm", where
// qt_add_translations puts them). Codes follow the translation files: "tr", "pt_BR".
class UiLanguages
{
public:
    [[nodiscard]] static QStringList available();
    // The language the windows are shown in now (the default QLocale, which the app sets from
    // Settings::Key::Language or the system), as a code such as "en_US" or "tr_TR".
    [[nodiscard]] static QString current();
};

} // namespace PartnerDesk
