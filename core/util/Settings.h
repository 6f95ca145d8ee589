#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace PartnerDesk {

// Every persistent setting of PartnerDesk, in one table (Settings.cpp): a key, its place in
// the settings file and its default. Secrets never go here: tokens live in the system's
// secret store or in memory, and the table has no key that could hold one.
class Settings
{
public:
    enum class Key {
        Language, // "" = follow the system; else a locale name such as "tr" or "zh_CN"
        Connection, // "sandbox" or "partnerCenter"
        PartnerCenterUrl, // https://api.partnercenter.microsoft.com
        Authority, // https://login.microsoftonline.com
        Tenant, // organizations or the partner's tenant id
        ClientId, // the application (client) id registered for PartnerDesk
        ManualRole, // role key when the token names none (Partner Center mode)
        ManualPartnerType, // partner type key when the token names none
        SandboxUser, // the demo user signed in last (user principal name)
        SandboxSeedCustomers, // how many customers a new sandbox database gets
        EvidenceRetentionDays, // contact data in evidence records is removed after this many days (0 = keep)
        PartnerName, // shown in invitation emails and reports
    };

    [[nodiscard]] static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static void reset(Key key);

    [[nodiscard]] static QString string(Key key) { return value(key).toString(); }
    [[nodiscard]] static int integer(Key key) { return value(key).toInt(); }

    // Window and dialog geometry, by the window's object name.
    [[nodiscard]] static QByteArray geometry(const QString& windowName);
    static void setGeometry(const QString& windowName, const QByteArray& geometry);

    // The user's edited invitation template for a language ("" when never edited).
    [[nodiscard]] static QString invitationTemplate(const QString& kind, const QString& language);
    static void setInvitationTemplate(const QString& kind, const QString& language, const QString& text);
    static void resetInvitationTemplate(const QString& kind, const QString& language);
};

} // namespace PartnerDesk
