#include "sandbox/RequestJournal.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

void RequestJournal::record(Entry entry)
{
    m_entries.push_back(std::move(entry));
    if (m_entries.size() > capacity)
        m_entries.pop_front();
}

QJsonArray RequestJournal::toJson() const
{
    QJsonArray array;
    for (const Entry& entry : m_entries) {
        array.append(QJsonObject{
            {u"method"_s, entry.method},
            {u"path"_s, entry.path},
            {u"query"_s, entry.query},
            {u"requestId"_s, entry.requestId},
            {u"correlationId"_s, entry.correlationId},
            {u"locale"_s, entry.locale},
            {u"application"_s, entry.application},
            {u"hasAuthorization"_s, entry.hasAuthorization},
            {u"status"_s, entry.status},
            {u"fault"_s, entry.fault},
        });
    }
    return array;
}

} // namespace PartnerDesk::Sandbox
