#include "sandbox/DocumentLinkStore.h"

#include "sandbox/Randomness.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxLogging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

DocumentLinkStore::DocumentLinkStore(SandboxDatabase& database)
    : m_database(database)
{ }

QString DocumentLinkStore::create(
    const QString& templateId, const QString& country, const QString& language, const QDateTime& expiresAt)
{
    const QString token = Randomness::urlSafeToken(24);
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO document_links (token, template_id, country, language, expires_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(token);
    query.addBindValue(templateId);
    query.addBindValue(country);
    query.addBindValue(language);
    query.addBindValue(expiresAt.toSecsSinceEpoch());
    if (!query.exec())
        qCWarning(lcSandboxServer) << "Cannot store a document link:" << query.lastError().text();
    return token;
}

std::optional<DocumentLinkStore::DocumentLink> DocumentLinkStore::find(const QString& token) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT template_id, country, language, expires_at FROM document_links WHERE token = ?"_s);
    query.addBindValue(token);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return DocumentLink{token, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)};
}

void DocumentLinkStore::forgetExpiredBefore(const QDateTime& moment)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM document_links WHERE expires_at < ?"_s);
    query.addBindValue(moment.toSecsSinceEpoch());
    query.exec();
}

} // namespace PartnerDesk::Sandbox
