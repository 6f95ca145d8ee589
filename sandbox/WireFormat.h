#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <utility>

namespace PartnerDesk::Sandbox {
class JsonText;
}

// Shapes every Partner Center resource shares (reference/api-agreements.md section 1.4).
namespace PartnerDesk::Sandbox::WireFormat {

// {"uri":..., "method":..., "headers":[]}
[[nodiscard]] QJsonObject link(
    const QString& uri, const QString& method = QStringLiteral("GET"), const QJsonArray& headers = {});
// link() written as text; `headers` as key and value pairs.
void writeLink(JsonText& json, const QString& uri, const QString& method = QStringLiteral("GET"),
    const QList<std::pair<QString, QString>>& headers = {});
// {"objectType":...} (+ "etag" when given)
[[nodiscard]] QJsonObject attributes(const QString& objectType, const QString& etag = {});
// {"totalCount":n,"items":[...],"links":{"self":...},"attributes":{"objectType":"Collection"}}
[[nodiscard]] QJsonObject collection(const QJsonArray& items, const QString& selfUri);
// "2025-01-31T12:00:00Z"
[[nodiscard]] QString isoUtc(const QDateTime& moment);
// "2025-01-31T12:00:00.000Z"
[[nodiscard]] QString isoUtcWithMilliseconds(const QDateTime& moment);

} // namespace PartnerDesk::Sandbox::WireFormat
