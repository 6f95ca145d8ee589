#pragma once

#include "sandbox/AgreementCatalog.h"
#include "sandbox/AgreementDocumentBuilder.h"
#include "sandbox/CountryRulesCatalog.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestJournal.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SeedVocabulary.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace PartnerDesk::Sandbox {

class AgreementEndpoints;
class AgreementStore;
class AuthEndpoints;
class CustomerEndpoints;
class CustomerStore;
class DocumentLinkStore;
class HelperEndpoints;
class HttpListener;
class IdempotencyStore;
class OrderEndpoints;
class OrderStore;
class ReferenceDataEndpoints;
class RequestDispatcher;
class SandboxDatabase;
class TokenService;

// Everything one running sandbox owns, built by start() and torn down by the destructor in
// the right order: stop listening, drop the handlers, close the database, remove a
// temporary file. Created, used and destroyed in the server's thread.
class SandboxRuntime
{
public:
    SandboxRuntime();
    ~SandboxRuntime();
    SandboxRuntime(const SandboxRuntime&) = delete;
    SandboxRuntime& operator=(const SandboxRuntime&) = delete;

    // `listening` is called as soon as the socket listens, before the database is opened (or
    // seeded): with the address requests can be sent to, answered once start() returns.
    bool start(
        const SandboxOptions& options, QString* errorMessage, const std::function<void(const QUrl&)>& listening = {});

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl baseUrl() const { return m_context.baseUrl; }
    [[nodiscard]] QString databasePath() const;

private:
    bool openDatabase(const SandboxOptions& options, QString* errorMessage);
    bool loadCatalogs(QString* errorMessage);
    bool reseed(QString* errorMessage);
    // The socket on 127.0.0.1, listening; not yet served.
    QTcpServer* listen(quint16 port, QString* errorMessage);
    void buildRoutes();

    SandboxContext m_context;
    QString m_temporaryDatabasePath; // removed with the runtime
    quint16 m_port = 0;

    CountryRulesCatalog m_countryRules;
    AgreementCatalog m_agreementCatalog;
    SeedVocabulary m_vocabulary;
    RequestJournal m_journal;
    FaultInjector m_faults;
    AgreementDocumentBuilder m_documents;

    std::unique_ptr<SandboxDatabase> m_database;
    std::unique_ptr<CustomerStore> m_customers;
    std::unique_ptr<AgreementStore> m_agreements;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<DocumentLinkStore> m_documentLinks;
    std::unique_ptr<TokenService> m_tokens;

    Router m_router;
    std::unique_ptr<AuthEndpoints> m_authEndpoints;
    std::unique_ptr<AgreementEndpoints> m_agreementEndpoints;
    std::unique_ptr<CustomerEndpoints> m_customerEndpoints;
    std::unique_ptr<ReferenceDataEndpoints> m_referenceDataEndpoints;
    std::unique_ptr<OrderEndpoints> m_orderEndpoints;
    std::unique_ptr<HelperEndpoints> m_helperEndpoints;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<HttpListener> m_listener;
};

} // namespace PartnerDesk::Sandbox
