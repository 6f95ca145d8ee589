#include "sandbox/ContinuationToken.h"

#include "sandbox/DemoUsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::ContinuationToken {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray macOf(const QByteArray& payload, const QByteArray& secret)
{
    return QMessageAuthenticationCode::hash(payload, secret, QCryptographicHash::Sha256).left(18);
}

int fieldNumber(CustomerStore::SearchField field)
{
    return static_cast<int>(field);
}

} // namespace

// Layout: <partner tenant>,<base64url payload>/<base64url mac>+p<page>=
QString encode(const CustomerCursor& cursor, const QByteArray& secret)
{
    const QByteArray payload = QJsonDocument(QJsonObject{
                                                 {u"a"_s, cursor.afterRowId},
                                                 {u"f"_s, fieldNumber(cursor.field)},
                                                 {u"v"_s, cursor.prefix},
                                                 {u"p"_s, cursor.page},
                                             })
                                   .toJson(QJsonDocument::Compact);
    return DemoUsers::partnerTenantId() + u',' + QString::fromLatin1(payload.toBase64(base64Url)) + u'/'
        + QString::fromLatin1(macOf(payload, secret).toBase64(base64Url)) + u"+p"_s + QString::number(cursor.page)
        + u'=';
}

std::optional<CustomerCursor> decode(const QString& token, const QByteArray& secret)
{
    const qsizetype comma = token.indexOf(u',');
    const qsizetype slash = token.indexOf(u'/', comma + 1);
    const qsizetype plus = token.indexOf(u'+', slash + 1);
    if (comma < 0 || slash < 0 || plus < 0 || !token.endsWith(u'='))
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(token.mid(comma + 1, slash - comma - 1).toLatin1(), base64Url);
    const QByteArray mac = QByteArray::fromBase64(token.mid(slash + 1, plus - slash - 1).toLatin1(), base64Url);
    if (payload.isEmpty() || mac != macOf(payload, secret))
        return std::nullopt;

    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    CustomerCursor cursor;
    cursor.afterRowId = object.value(u"a"_s).toInteger();
    const int field = object.value(u"f"_s).toInt();
    if (field < 0 || field > fieldNumber(CustomerStore::SearchField::Domain))
        return std::nullopt;
    cursor.field = static_cast<CustomerStore::SearchField>(field);
    cursor.prefix = object.value(u"v"_s).toString();
    cursor.page = object.value(u"p"_s).toInt();
    return cursor;
}

} // namespace PartnerDesk::Sandbox::ContinuationToken
