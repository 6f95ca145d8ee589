#pragma once

#include "sandbox/SandboxOptions.h"

#include <QUrl>

#include <functional>

namespace PartnerDesk::Sandbox {

class AgreementCatalog;
class AgreementDocumentBuilder;
class AgreementStore;
class CountryRulesCatalog;
class CustomerStore;
class DocumentLinkStore;
class FaultInjector;
class IdempotencyStore;
class OrderStore;
class RequestJournal;
class SandboxDatabase;
class SeedVocabulary;
class TokenService;

// What the endpoints share in one running sandbox. Everything lives in the server's
// thread; SandboxRuntime owns it.
struct SandboxContext
{
    SandboxOptions options;
    QUrl baseUrl; // http://127.0.0.1:PORT, known once listening
    SandboxDatabase* database = nullptr;
    const CountryRulesCatalog* countryRules = nullptr;
    const AgreementCatalog* agreementCatalog = nullptr;
    const SeedVocabulary* vocabulary = nullptr;
    CustomerStore* customers = nullptr;
    AgreementStore* agreements = nullptr;
    OrderStore* orders = nullptr;
    IdempotencyStore* idempotency = nullptr;
    DocumentLinkStore* documentLinks = nullptr;
    AgreementDocumentBuilder* documents = nullptr;
    TokenService* tokens = nullptr;
    RequestJournal* journal = nullptr;
    FaultInjector* faults = nullptr; // GET/PUT /sandbox/faults, used by the dispatcher
    std::function<bool(QString*)> reseed; // POST /sandbox/reset
};

} // namespace PartnerDesk::Sandbox
