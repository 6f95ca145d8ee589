#include "sandbox/SandboxRuntime.h"

#include "sandbox/AgreementEndpoints.h"
#include "sandbox/AgreementStore.h"
#include "sandbox/AuthEndpoints.h"
#include "sandbox/CustomerEndpoints.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/DatabaseSeeder.h"
#include "sandbox/DocumentLinkStore.h"
#include "sandbox/HelperEndpoints.h"
#include "sandbox/HttpListener.h"
#include "sandbox/IdempotencyStore.h"
#include "sandbox/OrderEndpoints.h"
#include "sandbox/OrderStore.h"
#include "sandbox/ReferenceDataEndpoints.h"
#include "sandbox/RequestDispatcher.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/TokenService.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

// Each server gets its own SQLite connection name, so several can run in one process.
QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"partnerdesk-sandbox-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SandboxRuntime::SandboxRuntime() = default;

SandboxRuntime::~SandboxRuntime()
{
    m_listener.reset();
    m_dispatcher.reset();
    m_helperEndpoints.reset();
    m_orderEndpoints.reset();
    m_referenceDataEndpoints.reset();
    m_customerEndpoints.reset();
    m_agreementEndpoints.reset();
    m_authEndpoints.reset();
    m_tokens.reset();
    m_documentLinks.reset();
    m_idempotency.reset();
    m_orders.reset();
    m_agreements.reset();
    m_customers.reset();
    m_database.reset(); // closes the connection before its file goes
    if (!m_temporaryDatabasePath.isEmpty()) {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(m_temporaryDatabasePath + suffix);
    }
}

QString SandboxRuntime::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

bool SandboxRuntime::start(
    const SandboxOptions& options, QString* errorMessage, const std::function<void(const QUrl&)>& listening)
{
    if (options.seedCustomers < 0 || options.tokenLifetimeSeconds <= 0 || options.throttlePerMinute < 0) {
        *errorMessage = u"Invalid sandbox options: seedCustomers, throttlePerMinute >= 0, tokenLifetimeSeconds > 0"_s;
        return false;
    }
    if (options.faults.totalPercent() > 100.0 + 1e-9 || options.faults.retryAfterSeconds < 0
        || options.faults.slowMilliseconds < 0) {
        *errorMessage = u"Invalid fault options: shares add up to at most 100, times >= 0"_s;
        return false;
    }
    m_context.options = options;
    // The socket first: its address can be used at once. Connections wait in its queue until
    // the server is ready, since this thread accepts nothing before start() returns.
    QTcpServer* tcpServer = listen(options.port, errorMessage);
    if (!tcpServer)
        return false;
    if (listening)
        listening(m_context.baseUrl);
    if (!loadCatalogs(errorMessage) || !openDatabase(options, errorMessage))
        return false;

    m_customers = std::make_unique<CustomerStore>(*m_database);
    m_agreements = std::make_unique<AgreementStore>(*m_database);
    m_orders = std::make_unique<OrderStore>(*m_database);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_database);
    m_documentLinks = std::make_unique<DocumentLinkStore>(*m_database);
    m_tokens = std::make_unique<TokenService>(*m_database, options.tokenLifetimeSeconds);

    if (m_database->isNew()) {
        DatabaseSeeder seeder(*m_database, m_vocabulary, m_countryRules, m_agreementCatalog);
        if (!seeder.seed(options.seedCustomers, options.seed, errorMessage))
            return false;
    }

    m_context.database = m_database.get();
    m_context.countryRules = &m_countryRules;
    m_context.agreementCatalog = &m_agreementCatalog;
    m_context.vocabulary = &m_vocabulary;
    m_context.customers = m_customers.get();
    m_context.agreements = m_agreements.get();
    m_context.orders = m_orders.get();
    m_context.idempotency = m_idempotency.get();
    m_context.documentLinks = m_documentLinks.get();
    m_context.documents = &m_documents;
    m_context.tokens = m_tokens.get();
    m_context.journal = &m_journal;
    m_faults.configure(options.faults);
    m_context.faults = &m_faults;
    m_context.reseed = [this](QString* error) { return reseed(error); };
    buildRoutes();
    m_listener->bind(tcpServer);
    qCInfo(lcSandboxServer).noquote() << "Sandbox listening on" << m_context.baseUrl.toString();
    return true;
}

bool SandboxRuntime::loadCatalogs(QString* errorMessage)
{
    return m_countryRules.load(errorMessage) && m_agreementCatalog.load(errorMessage)
        && m_vocabulary.load(errorMessage);
}

bool SandboxRuntime::openDatabase(const SandboxOptions& options, QString* errorMessage)
{
    QString path = options.databasePath;
    if (path.isEmpty()) {
        QTemporaryFile reservation(QDir::tempPath() + u"/partnerdesk-sandbox-XXXXXX.sqlite"_s);
        reservation.setAutoRemove(false);
        if (!reservation.open()) {
            *errorMessage = u"Cannot create a temporary sandbox database: "_s + reservation.errorString();
            return false;
        }
        path = reservation.fileName();
        m_temporaryDatabasePath = path;
    }
    m_database = std::make_unique<SandboxDatabase>(newConnectionName());
    return m_database->open(path, errorMessage);
}

bool SandboxRuntime::reseed(QString* errorMessage)
{
    if (!m_database->clearCustomerData(errorMessage))
        return false;
    DatabaseSeeder seeder(*m_database, m_vocabulary, m_countryRules, m_agreementCatalog);
    return seeder.seed(m_context.options.seedCustomers, m_context.options.seed, errorMessage);
}

void SandboxRuntime::buildRoutes()
{
    m_authEndpoints = std::make_unique<AuthEndpoints>(m_context);
    m_agreementEndpoints = std::make_unique<AgreementEndpoints>(m_context);
    m_customerEndpoints = std::make_unique<CustomerEndpoints>(m_context);
    m_referenceDataEndpoints = std::make_unique<ReferenceDataEndpoints>(m_context);
    m_orderEndpoints = std::make_unique<OrderEndpoints>(m_context);
    m_helperEndpoints = std::make_unique<HelperEndpoints>(m_context);
    m_authEndpoints->registerRoutes(m_router);
    m_agreementEndpoints->registerRoutes(m_router);
    m_customerEndpoints->registerRoutes(m_router);
    m_referenceDataEndpoints->registerRoutes(m_router);
    m_orderEndpoints->registerRoutes(m_router);
    m_helperEndpoints->registerRoutes(m_router);
    m_dispatcher = std::make_unique<RequestDispatcher>(m_context, m_router);
}

QTcpServer* SandboxRuntime::listen(quint16 port, QString* errorMessage)
{
    m_listener = std::make_unique<HttpListener>(
        [this](const SandboxRequest& request) { return m_dispatcher->dispatch(request); });
    // Loopback only: the sandbox is never reachable from another machine.
    auto* tcpServer = new QTcpServer(m_listener.get());
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        *errorMessage = u"Cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcpServer->errorString());
        return nullptr;
    }
    m_port = tcpServer->serverPort();
    m_context.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(m_port));
    return tcpServer;
}

} // namespace PartnerDesk::Sandbox
