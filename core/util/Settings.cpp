#include "Settings.h"

#include <QRegularExpression>
#include <QSettings>

#include <array>

namespace PartnerDesk {

namespace {

struct Entry
{
    Settings::Key key;
    const char* path;
    QVariant defaultValue;
};

const std::array<Entry, 12>& table()
{
    static const std::array<Entry, 12> entries{{
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::Connection, "connection/kind", QStringLiteral("sandbox")},
        {Settings::Key::PartnerCenterUrl, "connection/partnerCenterUrl",
            QStringLiteral("https://api.partnercenter.microsoft.com")},
        {Settings::Key::Authority, "connection/authority", QStringLiteral("https://login.microsoftonline.com")},
        {Settings::Key::Tenant, "connection/tenant", QStringLiteral("organizations")},
        {Settings::Key::ClientId, "connection/clientId", QString()},
        {Settings::Key::ManualRole, "connection/role", QStringLiteral("adminAgent")},
        {Settings::Key::ManualPartnerType, "connection/partnerType", QStringLiteral("directBill")},
        {Settings::Key::SandboxUser, "sandbox/user", QString()},
        {Settings::Key::SandboxSeedCustomers, "sandbox/seedCustomers", 2000},
        {Settings::Key::EvidenceRetentionDays, "evidence/retentionDays", 0},
        {Settings::Key::PartnerName, "partner/name", QString()},
    }};
    return entries;
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

QString safeName(const QString& name)
{
    // Names become settings paths: keep them to letters, digits, '_' and '-'.
    QString out = name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    out.replace(unsafe, QStringLiteral("_"));
    return out;
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry& e = entry(key);
    return QSettings().value(QLatin1String(e.path), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(entry(key).path), value);
}

void Settings::reset(Key key)
{
    QSettings().remove(QLatin1String(entry(key).path));
}

QByteArray Settings::geometry(const QString& windowName)
{
    return QSettings().value(QStringLiteral("geometry/") + safeName(windowName)).toByteArray();
}

void Settings::setGeometry(const QString& windowName, const QByteArray& geometry)
{
    QSettings().setValue(QStringLiteral("geometry/") + safeName(windowName), geometry);
}

QString Settings::invitationTemplate(const QString& kind, const QString& language)
{
    return QSettings()
        .value(QStringLiteral("invitations/") + safeName(kind) + QLatin1Char('/') + safeName(language))
        .toString();
}

void Settings::setInvitationTemplate(const QString& kind, const QString& language, const QString& text)
{
    QSettings().setValue(QStringLiteral("invitations/") + safeName(kind) + QLatin1Char('/') + safeName(language), text);
}

void Settings::resetInvitationTemplate(const QString& kind, const QString& language)
{
    QSettings().remove(QStringLiteral("invitations/") + safeName(kind) + QLatin1Char('/') + safeName(language));
}

} // namespace PartnerDesk
