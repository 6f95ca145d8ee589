#include "sandbox/WireFormat.h"

#include "sandbox/JsonText.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::WireFormat {

QJsonObject link(const QString& uri, const QString& method, const QJsonArray& headers)
{
    return {{u"uri"_s, uri}, {u"method"_s, method}, {u"headers"_s, headers}};
}

void writeLink(
    JsonText& json, const QString& uri, const QString& method, const QList<std::pair<QString, QString>>& headers)
{
    json.beginObject().key("headers").beginArray();
    for (const auto& [key, value] : headers)
        json.beginObject().key("key").string(key).key("value").string(value).endObject();
    json.endArray().key("method").string(method).key("uri").string(uri).endObject();
}

QJsonObject attributes(const QString& objectType, const QString& etag)
{
    QJsonObject object{{u"objectType"_s, objectType}};
    if (!etag.isEmpty())
        object.insert(u"etag"_s, etag);
    return object;
}

QJsonObject collection(const QJsonArray& items, const QString& selfUri)
{
    return {
        {u"totalCount"_s, items.size()},
        {u"items"_s, items},
        {u"links"_s, QJsonObject{{u"self"_s, link(selfUri)}}},
        {u"attributes"_s, attributes(u"Collection"_s)},
    };
}

// Formatted by hand: QDateTime::toString() is a noticeable share of seeding 100,000 customers.
QString isoUtc(const QDateTime& moment)
{
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(),
        time.hour(), time.minute(), time.second());
    return QString::fromLatin1(text);
}

QString isoUtcWithMilliseconds(const QDateTime& moment)
{
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
        time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(text);
}

} // namespace PartnerDesk::Sandbox::WireFormat
