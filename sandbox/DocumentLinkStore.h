#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// Short-lived agreement document links ("A different link is returned each time you make
// a query. This link expires after five minutes."). Kept in SQLite so a test can move the
// expiry into the past instead of waiting five minutes.
class DocumentLinkStore
{
public:
    struct DocumentLink
    {
        QString token;
        QString templateId;
        QString country;
        QString language;
        QDateTime expiresAt; // UTC
    };

    explicit DocumentLinkStore(SandboxDatabase& database);

    // A fresh unguessable token for the document.
    [[nodiscard]] QString create(
        const QString& templateId, const QString& country, const QString& language, const QDateTime& expiresAt);
    [[nodiscard]] std::optional<DocumentLink> find(const QString& token) const;
    // Links expired for longer than this are forgotten (they then answer 404, not 403).
    void forgetExpiredBefore(const QDateTime& moment);

private:
    SandboxDatabase& m_database;
};

} // namespace PartnerDesk::Sandbox
