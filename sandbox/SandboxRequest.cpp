#include "sandbox/SandboxRequest.h"

namespace PartnerDesk::Sandbox {

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    return headers.value(name.toLower());
}

QString SandboxRequest::headerText(const QByteArray& name) const
{
    return QString::fromUtf8(header(name)).trimmed();
}

QString SandboxRequest::queryValue(QStringView name) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

} // namespace PartnerDesk::Sandbox
