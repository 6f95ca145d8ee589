#pragma once

#include "api/ApiError.h"
#include "api/Json.h"
#include "model/Customer.h"
#include "model/CustomerCollation.h"
#include "model/CustomerListPage.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace PartnerDesk {

class ApiOperation;
class PartnerCenterClient;
struct RawResponse;

// Reads the whole customer list for the main window, page after page. Each answer is parsed
// and decoded on a worker thread, and the next page is asked for as soon as the worker has
// found its link: the service prepares page n+1 while page n is decoded and shown, and the
// thread of the window only adds rows. Pages are handed over in order, on the loader's thread.
//
// An answer that cannot be read is asked for again, as the client does for any read
// (RetryPolicy::maxAttempts in all, with its back-off); a page that still cannot be read, or
// any other error, ends the load with failed().
class CustomerListLoader : public QObject
{
    Q_OBJECT

public:
    CustomerListLoader(PartnerCenterClient* client, int pageSize, QObject* parent = nullptr);
    ~CustomerListLoader() override;

    // Starts from the first page (a load under way is canceled first).
    void start();
    // Stops: nothing more is sent or handed over, and no signal follows.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The UI language whose collation the pages' company sort keys are computed in (see
    // CustomerListPage); pages decoded from now on use it.
    void setCollationLocale(const QLocale& locale) { m_collationLocale = locale; }

Q_SIGNALS:
    void pageLoaded(const PartnerDesk::CustomerListPage& page);
    // Every page was handed over.
    void finished();
    void failed(const PartnerDesk::ApiError& error);

private:
    struct Parsed
    {
        bool readable = false;
        bool notAnObject = false; // JSON, but not an object
        QString problem; // the parser's words
        std::optional<Link> next;
        qsizetype itemCount = 0;
    };

    void requestPage(int page, const std::optional<Link>& link, int attempt);
    void onAnswer(int page, const std::optional<Link>& link, int attempt, const RawResponse& answer);
    void onParsed(quint64 generation, int page, const std::optional<Link>& link, int attempt, const RawResponse& answer,
        const Parsed& parsed);
    void onDecoded(quint64 generation, int page, const CustomerListPage& customers);
    void fail(const ApiError& error);
    [[nodiscard]] static Parsed parse(const QByteArray& body, QJsonArray& items);
    [[nodiscard]] static QList<Customer> decode(const QJsonArray& items);

    PartnerCenterClient* m_client;
    int m_pageSize;
    QThread m_thread;
    QObject* m_worker; // lives in m_thread
    QPointer<ApiOperation> m_request;
    QTimer m_retryTimer;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_lastPage = -1; // known once the page without a next link was parsed
    int m_nextToHandOver = 0;
    QMap<int, CustomerListPage> m_decoded; // pages decoded ahead of their turn
    QLocale m_collationLocale;
    std::unique_ptr<CustomerCollation> m_workerCollation; // used on m_thread only
};

} // namespace PartnerDesk
