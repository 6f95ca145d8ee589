#pragma once

#include "api/ApiError.h"
#include "api/CustomerPageReader.h"
#include "api/Json.h"
#include "model/Customer.h"
#include "model/CustomerCollation.h"
#include "model/CustomerListPage.h"
#include "model/SortedKeyRuns.h"

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

// Reads the whole customer list for the main window, page after page. When an answer arrives,
// its envelope is skimmed on the loader's thread (CustomerPageReader::skimEnvelope: the next
// link and the item count, the items' strings not checked) and the next page is asked for at
// once; the page is read in full and decoded on a worker thread meanwhile, so the service
// prepares page n+1 while page n is read and shown, and the thread of the window only adds
// rows. Pages are handed over in order, on the loader's thread, each once.
//
// An answer that cannot be read is asked for again, as the client does for any read
// (RetryPolicy::maxAttempts in all, with its back-off); a page that still cannot be read, or
// any other error, ends the load with failed(). When the worker finds unreadable a page whose
// envelope was skimmed, the pages already asked for after it are dropped — their requests
// canceled, their results ignored — and asked for again after it.
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
    // A page asked for, and what its answer and the worker's results for it belong to.
    struct PageRequest
    {
        quint64 generation = 0; // the load (start() and cancel() begin a new one)
        int chain = 0; // within the load (see m_chainStarts)
        int page = 0;
        std::optional<Link> link; // what it was asked for with; none for the first page
        int attempt = 1;
    };

    struct Parsed
    {
        bool readable = false;
        bool notAnObject = false; // JSON, but not an object
        QString problem; // the parser's words
        std::optional<Link> next;
        qsizetype itemCount = 0;
    };

    void requestPage(int page, const std::optional<Link>& link, int attempt);
    void onAnswer(const PageRequest& request, const RawResponse& answer);
    // On the worker: reads the page in full and hands over its verdict, or its customers, or both.
    void readPage(const PageRequest& request, const RawResponse& answer, const QLocale& collationLocale,
        const std::optional<CustomerPageReader::Envelope>& skimmed);
    void onParsed(const PageRequest& request, const RawResponse& answer, const Parsed& parsed);
    void onDecoded(const PageRequest& request, const CustomerListPage& customers);
    void onEnvelopeMismatch(const PageRequest& request, int httpStatus);
    // Drops every page from `page` on that was asked for already: a new chain starts there.
    void startChainAt(int page);
    // The request is of this load, and no chain started since has asked for its page again.
    [[nodiscard]] bool isCurrent(const PageRequest& request) const;
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
    // The first page of each chain of the load, by chain: the load starts one at page 0, and a
    // new one at each page found unreadable, which is asked for again with those after it. A
    // chain's answers and results count for a page only while no later chain starts at or
    // before it.
    QList<int> m_chainStarts;
    bool m_running = false;
    int m_lastPage = -1; // known once the page without a next link was parsed
    int m_nextToHandOver = 0;
    QMap<int, CustomerListPage> m_decoded; // pages decoded ahead of their turn
    QLocale m_collationLocale;

    // Used on m_thread only.
    std::unique_ptr<CustomerCollation> m_workerCollation;
    // The order by company of the load's pages read so far (CustomerListPage::companyOrderOfLoad),
    // while they come in turn: one load, one chain, page after page, one collation.
    struct LoadOrder
    {
        quint64 generation = 0;
        int chain = 0;
        int nextPage = 0;
        QLocale collationLocale;
        bool broken = true;
        SortedKeyRuns runs;
    };
    LoadOrder m_loadOrder;
    void followLoadOrder(const PageRequest& request, bool lastPage, CustomerListPage& page);
};

} // namespace PartnerDesk
