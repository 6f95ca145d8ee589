#pragma once

#include <QJsonArray>
#include <QString>

#include <deque>

namespace PartnerDesk::Sandbox {

// The last requests the sandbox answered, for GET /sandbox/requests: enough for a test to
// check which headers a client sent, never the token or a body.
class RequestJournal
{
public:
    struct Entry
    {
        QString method;
        QString path;
        QString query;
        QString requestId;
        QString correlationId;
        QString locale; // X-Locale
        QString application; // MS-PartnerCenter-Application
        bool hasAuthorization = false;
        int status = 0; // 0: the connection was dropped unanswered
        QString fault; // the injected fault ("429", "drop-after", ...), empty when none
    };

    static constexpr std::size_t capacity = 1000;

    void record(Entry entry);
    [[nodiscard]] QJsonArray toJson() const;

private:
    std::deque<Entry> m_entries;
};

} // namespace PartnerDesk::Sandbox
