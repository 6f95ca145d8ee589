#include "CustomerListLoader.h"

#include "api/CustomerPageReader.h"
#include "api/PartnerCenterClient.h"
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
    requestPage(0, std::nullopt, 1);
}

void CustomerListLoader::cancel()
{
    ++m_generation; // results of the worker still under way are dropped
    m_running = false;
    m_retryTimer.stop();
    m_retryTimer.disconnect(this);
    m_lastPage = -1;
    m_nextToHandOver = 0;
    m_decoded.clear();
    if (m_request) {
        ApiOperation* request = m_request;
        m_request = nullptr;
        request->cancel(); // its callback sees a newer generation and says nothing
    }
}

void CustomerListLoader::requestPage(int page, const std::optional<Link>& link, int attempt)
{
    const quint64 generation = m_generation;
    m_request = m_client->customersPageAnswer(m_pageSize, link ? &*link : nullptr, this,
        [this, generation, page, link, attempt](const Result<RawResponse>& answer) {
            if (generation != m_generation)
                return;
            m_request = nullptr;
            if (!answer.ok()) {
                fail(answer.error());
                return;
            }
            onAnswer(page, link, attempt, answer.value());
        });
}

void CustomerListLoader::onAnswer(int page, const std::optional<Link>& link, int attempt, const RawResponse& answer)
{
    const quint64 generation = m_generation;
    // A page as the service writes it: its next link is found here (about 1 ms for a page of
    // 500) and the next page is asked for before this one goes to the worker, which may still be
    // busy with the page before; the service prepares it meanwhile. Anything else goes to the
    // worker as it is.
    const std::optional<CustomerPageReader::Envelope> envelope = CustomerPageReader::readEnvelope(answer.body);
    if (envelope) {
        Parsed parsed;
        parsed.readable = true;
        parsed.next = envelope->next;
        parsed.itemCount = envelope->itemCount;
        onParsed(generation, page, link, attempt, answer, parsed);
        if (generation != m_generation)
            return; // the listing went wrong (checkNextPage)
    }
    const bool parsedHere = envelope.has_value();
    const QLocale collationLocale = m_collationLocale;
    QMetaObject::invokeMethod(m_worker, [this, generation, page, link, attempt, answer, collationLocale, parsedHere] {
        const auto handOver = [&](const Parsed& parsed) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, page, link, attempt, answer, parsed] {
                    onParsed(generation, page, link, attempt, answer, parsed);
                },
                Qt::QueuedConnection);
        };
        const auto handOverCustomers = [&](QList<Customer> customers) {
            // What the list model would compute for each row on the GUI thread.
            if (!m_workerCollation || m_workerCollation->locale() != CustomerCollation::localeFor(collationLocale))
                m_workerCollation = std::make_unique<CustomerCollation>(collationLocale);
            CustomerListPage decoded;
            decoded.collationLocale = m_workerCollation->locale();
            decoded.companyKeys.reserve(customers.size());
            for (const Customer& customer : std::as_const(customers))
                decoded.companyKeys.append(m_workerCollation->sortKey(customer.companyProfile.companyName));
            decoded.companyOrder = CustomerCollation::ascendingOrder(decoded.companyKeys);
            decoded.customers = std::move(customers);
            QMetaObject::invokeMethod(
                this, [this, generation, page, decoded] { onDecoded(generation, page, decoded); },
                Qt::QueuedConnection);
        };
        // The items in one pass over the bytes when the reader takes them; otherwise with
        // QJsonDocument, as every other answer is read.
        const auto strings
            = parsedHere ? CustomerPageReader::Strings::CheckedByReadEnvelope : CustomerPageReader::Strings::Unchecked;
        if (std::optional<CustomerPageReader::Page> read = CustomerPageReader::read(answer.body, strings)) {
            if (!parsedHere) { // cannot be: read() takes no page readEnvelope() declines
                Parsed parsed;
                parsed.readable = true;
                parsed.next = std::move(read->next);
                parsed.itemCount = read->items.size();
                handOver(parsed);
            }
            handOverCustomers(std::move(read->items));
            return;
        }
        QJsonArray items;
        const Parsed parsed = parse(answer.body, items);
        if (!parsedHere)
            handOver(parsed); // the next page is asked for while this one is decoded
        if (parsed.readable) {
            handOverCustomers(decode(items));
        } else if (parsedHere) {
            // Cannot be either: a page whose envelope was read above is JSON (TestCustomerPageReader
            // and FuzzJsonDecoders check it). Should it happen, the load stops rather than wait.
            QMetaObject::invokeMethod(
                this,
                [this, generation, problem = parsed.problem] {
                    if (generation != m_generation)
                        return;
                    fail(ApiError::invalidAnswer(problem));
                },
                Qt::QueuedConnection);
        }
    });
}

void CustomerListLoader::onParsed(quint64 generation, int page, const std::optional<Link>& link, int attempt,
    const RawResponse& answer, const Parsed& parsed)
{
    if (generation != m_generation)
        return;
    if (!parsed.readable) {
        // As the client does with a read whose answer is cut or unreadable: ask again.
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
        if (attempt >= policy.maxAttempts) {
            fail(error);
            return;
        }
        qCDebug(lcApi) << "unreadable customer page" << page << "- asking again";
        m_retryTimer.disconnect(this);
        connect(&m_retryTimer, &QTimer::timeout, this,
            [this, page, link, attempt] { requestPage(page, link, attempt + 1); });
        m_retryTimer.start(policy.delayBefore(attempt + 1, -1));
        return;
    }
    if (!parsed.next || parsed.itemCount == 0) {
        m_lastPage = page;
        return;
    }
    Link next = *parsed.next;
    if (const std::optional<ApiError> problem = PartnerCenterClient::checkNextPage(link, next, parsed.itemCount)) {
        fail(*problem); // a listing in a circle or without end
        return;
    }
    requestPage(page + 1, next, 1); // while this page is decoded
}

void CustomerListLoader::onDecoded(quint64 generation, int page, const CustomerListPage& customers)
{
    if (generation != m_generation)
        return;
    m_decoded.insert(page, customers);
    // In order, whatever order the worker finished in.
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
