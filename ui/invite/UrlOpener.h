#pragma once

#include <QUrl>

#include <functional>

namespace PartnerDesk {

// Opens a URL in the user's browser or mail program (QDesktopServices). Tests replace the
// handler so that no browser or mail program is ever launched, and record what was opened.
class UrlOpener
{
public:
    using Handler = std::function<bool(const QUrl&)>;

    // False when nothing could open it.
    static bool open(const QUrl& url);
    // Test hook: `handler` receives every URL instead; an empty handler restores the default.
    static void setHandler(Handler handler);
};

} // namespace PartnerDesk
