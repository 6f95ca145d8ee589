#include "CustomerListLoader.h"

#include "api/CustomerPageReader.h"
#include "api/PartnerCenterClient.h"
#include "model/CustomerSearchText.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace PartnerDesk {

CustomerListLoader::CustomerListLoader(PartnerCenterClient* client, int pageSize, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_pageSize(pageSize)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("PartnerDesk customer pages"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_retryTimer.setSingleShot(true);
}

CustomerListLoader::~CustomerListLoader()
{
    cancel();
    // The worker finishes what it is doing; what it hands back after that is dropped with
    // this object's posted events.
    m_thread.quit();
    m_thread.wait();
}

void CustomerListLoader::start()
{
    cancel();
    m_running = true;
    m_chainStarts = {0};
    requestPage(0, std::nullopt, 1);
}

void CustomerListLoader::cancel()
{
    ++m_generation; // results of the worker still under way are dropped
    m_running = false;
    m_retryTimer.stop();
    m_retryTimer.disconnect(this);
    m_chainStarts.clear();
    m_lastPage = -1;
    m_nextToHandOver = 0;
    m_decoded.clear();
    // The worker forgets the keys it was merging (after what it is doing): nothing of a load
    // stays with it once the load is over. (The destructor waits for the worker.)
    QMetaObject::invokeMethod(m_worker, [this] { m_loadOrder = LoadOrder(); });
    if (m_request) {
        ApiOperation* request = m_request;
        m_request = nullptr;
        request->cancel(); // its callback sees a newer generation and says nothing
    }
}

void CustomerListLoader::requestPage(int page, const std::optional<Link>& link, int attempt)
{
    PageRequest request;
    request.generation = m_generation;
    request.chain = int(m_chainStarts.size()) - 1;
    request.page = page;
    request.link = link;
    request.attempt = attempt;
    m_request = m_client->customersPageAnswer(
        m_pageSize, link ? &*link : nullptr, this, [this, request](const Result<RawResponse>& answer) {
            if (!isCurrent(request))
                return; // canceled, or dropped with the pages after one found unreadable
            m_request = nullptr;
            if (!answer.ok()) {
                fail(answer.error());
                return;
            }
            onAnswer(request, answer.value());
        });
}

void CustomerListLoader::onAnswer(const PageRequest& request, const RawResponse& answer)
{
    // A page as the service writes it: its envelope is skimmed here (about 1 M instructions for a
    // page of 500, its items' strings left to the worker) and the next page is asked for before
    // this one goes to the worker, which may still be busy with the page before; the service
    // prepares it meanwhile. Anything else goes to the worker as it is.
    const std::optional<CustomerPageReader::Envelope> skimmed = CustomerPageReader::skimEnvelope(answer.body);
    if (skimmed) {
        Parsed parsed;
        parsed.readable = true;
        parsed.next = skimmed->next;
        parsed.itemCount = skimmed->itemCount;
        onParsed(request, answer, parsed);
        if (!isCurrent(request))
            return; // the listing went wrong (checkNextPage)
    }
    QMetaObject::invokeMethod(m_worker, [this, request, answer, collationLocale = m_collationLocale, skimmed] {
        readPage(request, answer, collationLocale, skimmed);
    });
}

void CustomerListLoader::readPage(const PageRequest& request, const RawResponse& answer, const QLocale& collationLocale,
    const std::optional<CustomerPageReader::Envelope>& skimmed)
{
    // The items in one pass over the bytes when the reader takes them; otherwise with
    // QJsonDocument, as every other answer is read.
    std::optional<CustomerPageReader::Page> read = CustomerPageReader::read(answer.body);
    QJsonArray items;
    Parsed parsed;
    if (read) {
        parsed.readable = true;
        parsed.next = read->next;
        parsed.itemCount = read->items.size();
    } else {
        parsed = parse(answer.body, items);
    }
    // Unless its envelope was skimmed, the page's next link is known only now: the next page is
    // asked for while this one is decoded. A skimmed page found unreadable is asked for again,
    // and the pages asked for after it on the strength of its envelope are dropped.
    if (!skimmed || !parsed.readable) {
        QMetaObject::invokeMethod(
            this, [this, request, answer, parsed] { onParsed(request, answer, parsed); }, Qt::QueuedConnection);
    }
    if (!parsed.readable)
        return;
    if (skimmed && (parsed.next != skimmed->next || parsed.itemCount != skimmed->itemCount)) {
        // Cannot be (TestCustomerPageReader and FuzzJsonDecoders check that both readings agree
        // wherever the page is read); should it happen, the load stops rather than guess.
        QMetaObject::invokeMethod(
            this, [this, request, status = answer.httpStatus] { onEnvelopeMismatch(request, status); },
            Qt::QueuedConnection);
        return;
    }
    QList<Customer> customers = read ? std::move(read->items) : decode(items);
    // What the list model would compute for each row on the GUI thread.
    if (!m_workerCollation || m_workerCollation->locale() != CustomerCollation::localeFor(collationLocale))
        m_workerCollation = std::make_unique<CustomerCollation>(collationLocale);
    CustomerListPage decoded;
    decoded.collationLocale = m_workerCollation->locale();
    decoded.companyKeys.reserve(customers.size());
    decoded.searchTexts.reserve(customers.size());
    for (const Customer& customer : std::as_const(customers)) {
        decoded.companyKeys.append(m_workerCollation->sortKey(customer.companyProfile.companyName));
        decoded.searchTexts.append(
            CustomerSearchText::of(customer.companyProfile.companyName, customer.companyProfile.domain));
    }
    decoded.companyOrder = CustomerCollation::ascendingOrder(decoded.companyKeys);
    decoded.customers = std::move(customers);
    followLoadOrder(request, !parsed.next || parsed.itemCount == 0, decoded);
    QMetaObject::invokeMethod(
        this, [this, request, decoded] { onDecoded(request, decoded); }, Qt::QueuedConnection);
}

void CustomerListLoader::followLoadOrder(const PageRequest& request, bool lastPage, CustomerListPage& page)
{
    LoadOrder& order = m_loadOrder;
    if (request.generation != order.generation) {
        order.runs.clear();
        order.generation = request.generation;
        order.chain = request.chain;
        order.nextPage = 0;
        order.collationLocale = page.collationLocale;
        order.broken = false;
    }
    // A page asked for again (a new chain) or in another collation: the list is sorted on the
    // GUI thread as it would be without the order.
    if (order.broken || request.chain != order.chain || request.page != order.nextPage
        || page.collationLocale != order.collationLocale) {
        order.broken = true;
        order.runs.clear();
        return;
    }
    order.runs.add(page.companyKeys, page.companyOrder);
    ++order.nextPage;
    if (lastPage) {
        page.companyOrderOfLoad = order.runs.take();
        order.broken = true; // until the next load
    }
}

void CustomerListLoader::onParsed(const PageRequest& request, const RawResponse& answer, const Parsed& parsed)
{
    if (!isCurrent(request))
        return;
    if (!parsed.readable) {
        // As the client does with a read whose answer is cut or unreadable: ask again. Pages
        // already asked for after it (its envelope was skimmed) are dropped and asked for again
        // after it.
        startChainAt(request.page);
        const RetryPolicy& policy = m_client->retryPolicy();
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = answer.httpStatus;
        // The client's own words for the same trouble (ApiCall).
        error.description = parsed.notAnObject
            ? QCoreApplication::translate("PartnerDesk::ApiCall", "The answer is not a JSON object.")
            : parsed.problem;
        error.requestId = answer.requestId;
        error.correlationId = answer.correlationId;
        if (request.attempt >= policy.maxAttempts) {
            fail(error);
            return;
        }
        qCDebug(lcApi) << "unreadable customer page" << request.page << "- asking again";
        m_retryTimer.disconnect(this);
        connect(&m_retryTimer, &QTimer::timeout, this,
            [this, request] { requestPage(request.page, request.link, request.attempt + 1); });
        m_retryTimer.start(policy.delayBefore(request.attempt + 1, -1));
        return;
    }
    if (!parsed.next || parsed.itemCount == 0) {
        m_lastPage = request.page;
        return;
    }
    Link next = *parsed.next;
    if (const std::optional<ApiError> problem
        = PartnerCenterClient::checkNextPage(request.link, next, parsed.itemCount)) {
        fail(*problem); // a listing in a circle or without end
        return;
    }
    requestPage(request.page + 1, next, 1); // while this page is decoded
}

void CustomerListLoader::onDecoded(const PageRequest& request, const CustomerListPage& customers)
{
    if (!isCurrent(request))
        return;
    m_decoded.insert(request.page, customers);
    // In order, whatever order the worker finished in.
    const quint64 generation = m_generation;
    while (m_running && m_decoded.contains(m_nextToHandOver)) {
        const CustomerListPage next = m_decoded.take(m_nextToHandOver);
        const bool last = m_nextToHandOver == m_lastPage;
        ++m_nextToHandOver;
        Q_EMIT pageLoaded(next);
        if (generation != m_generation)
            return; // a slot canceled or restarted the load
        if (last) {
            m_running = false;
            Q_EMIT finished();
            return;
        }
    }
}

void CustomerListLoader::onEnvelopeMismatch(const PageRequest& request, int httpStatus)
{
    if (!isCurrent(request))
        return;
    fail(ApiError::invalidAnswer(tr("A page of customers could not be read consistently."), httpStatus));
}

void CustomerListLoader::startChainAt(int page)
{
    m_chainStarts.append(page);
    m_retryTimer.stop();
    m_retryTimer.disconnect(this);
    if (m_request) {
        // A page after this one: its callback finds it dropped and says nothing.
        ApiOperation* request = m_request;
        m_request = nullptr;
        request->cancel();
    }
    if (m_lastPage >= page)
        m_lastPage = -1; // the list may have grown or shrunk since
    // None can be there: the one worker hands pages over in the order they were asked for, and
    // this page's verdict came before any page after it. Dropped should that ever change.
    for (auto dropped = m_decoded.lowerBound(page); dropped != m_decoded.end();)
        dropped = m_decoded.erase(dropped);
}

bool CustomerListLoader::isCurrent(const PageRequest& request) const
{
    if (request.generation != m_generation)
        return false;
    for (qsizetype chain = request.chain + 1; chain < m_chainStarts.size(); ++chain) {
        if (m_chainStarts.at(chain) <= request.page)
            return false;
    }
    return true;
}

void CustomerListLoader::fail(const ApiError& error)
{
    cancel();
    Q_EMIT failed(error);
}

CustomerListLoader::Parsed CustomerListLoader::parse(const QByteArray& body, QJsonArray& items)
{
    Parsed parsed;
    const std::optional<QJsonValue> json = Json::parse(body, &parsed.problem);
    if (!json || !json->isObject()) {
        parsed.notAnObject = json.has_value();
        return parsed;
    }
    // What Json::pageFromJson reads, without decoding the items yet.
    const QJsonObject object = json->toObject();
    parsed.readable = true;
    items = Json::field(object, QLatin1String("items")).toArray();
    parsed.itemCount = items.size();
    const QJsonObject next
        = Json::field(Json::field(object, QLatin1String("links")).toObject(), QLatin1String("next")).toObject();
    if (!next.isEmpty()) {
        parsed.next = Json::linkFromJson(next);
        if (parsed.next->isEmpty())
            parsed.next.reset();
    }
    return parsed;
}

QList<Customer> CustomerListLoader::decode(const QJsonArray& items)
{
    QList<Customer> customers;
    customers.reserve(items.size());
    for (const QJsonValue& item : items)
        customers.append(Json::customerFromJson(item.toObject()));
    return customers;
}

} // namespace PartnerDesk
