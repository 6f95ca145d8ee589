#include "BulkAttestationRunner.h"

#include "BulkResultFile.h"
#include "BulkRowChecks.h"
#include "RequestGate.h"
#include "api/PartnerCenterClient.h"
#include "flows/AttestationChannel.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace PartnerDesk {

namespace {

// Later stages first: a row that is about to be sent is closer to done than one to resolve.
enum Priority {
    ResolvePriority = 0,
    RulesPriority = 1,
    ReadPriority = 2,
    SendPriority = 3,
};

constexpr int searchPageSize = 50;

bool sameDomain(const Customer& customer, const QString& domain)
{
    if (customer.companyProfile.domain.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(customer.customDomains.cbegin(), customer.customDomains.cend(),
        [&domain](const QString& d) { return d.compare(domain, Qt::CaseInsensitive) == 0; });
}

template<typename T> void notifyWaiters(T& table, const QString& key)
{
    // Taken out first: a waiter may add to the table (and move its entries).
    const auto waiters = std::exchange(table[key].waiters, {});
    for (const auto& waiter : waiters)
        waiter();
}

} // namespace

// Only what the service said: lookups that failed, and confirmations a dry run planned, are
// not findings.
struct BulkFindings
{
    QString fileHash;
    QHash<QString, Customer> customers; // the runner's keys ("id:…", "domain:…")
    QSet<QString> missingCustomers;
    QHash<QString, std::optional<CountryRules>> countryRules;
    QHash<QString, QList<std::pair<Contact, QDate>>> confirmations; // by customer id, lower case
};

BulkAttestationRunner::BulkAttestationRunner(PartnerCenterClient* client, AttestationChannel* channel, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_channel(channel)
{ }

BulkAttestationRunner::~BulkAttestationRunner() = default;

bool BulkAttestationRunner::start(const BulkInput& input, const BulkRunOptions& options, BulkJournal::Error* error)
{
    if (m_state != State::Idle)
        return false;
    m_input = input;
    m_options = options;
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 64);
    m_options.requestsPerMinute = std::clamp(m_options.requestsPerMinute, 0, 1'000'000);
    const int total = static_cast<int>(m_input.rows.size());
    m_results = QList<BulkRowResult>(total);
    m_work = QList<RowWork>(total);

    if (!m_options.dryRun && !m_options.journalPath.isEmpty()) {
        BulkJournal::Error journalError;
        m_journal = BulkJournal::open(m_options.journalPath, m_input.fileHashHex(),
            QFileInfo(m_input.filePath).fileName(), m_input.rows, &journalError);
        if (!m_journal) {
            if (error)
                *error = journalError;
            return false;
        }
        for (const BulkJournal::Entry& entry : m_journal->entries()) {
            if (entry.index < 0 || entry.index >= total)
                continue;
            const bool finished = entry.state == BulkJournal::RowState::Done && entry.result.isFinal()
                && entry.result.outcome != BulkOutcome::Failed;
            if (finished) {
                m_results[entry.index] = entry.result;
                m_work[entry.index].decided = true;
                ++m_counts[static_cast<size_t>(entry.result.outcome)];
                ++m_done;
                continue;
            }
            // Sent before, outcome not known for sure: a confirmation found is this row's.
            m_work[entry.index].recovering = entry.state == BulkJournal::RowState::Sending
                || (entry.result.outcome == BulkOutcome::Failed && entry.sendCount > 0);
        }
    }

    if (m_options.findings && !m_options.dryRun && m_options.findings->fileHash == m_input.fileHashHex()) {
        const bool resumesSends
            = std::any_of(m_work.cbegin(), m_work.cend(), [](const RowWork& w) { return w.recovering; });
        startFrom(*m_options.findings, !resumesSends);
    }

    m_gate = new RequestGate(m_options.concurrency, m_options.requestsPerMinute, this);
    connect(m_gate, &RequestGate::drained, this, [this] {
        if (isStopping() && m_state != State::Finished)
            finishRun();
    });
    m_window = std::max(16, m_options.concurrency * 4);
    qCInfo(lcFlows) << "bulk run of" << total << "rows:" << (m_options.dryRun ? "dry run" : "sending") << "concurrency"
                    << m_options.concurrency << "rate" << m_options.requestsPerMinute << "/min;" << m_done
                    << "rows already done in the journal";
    m_runningClock.start();
    setState(State::Running);
    decideOffline();
    QMetaObject::invokeMethod(
        this,
        [this] {
            admitMore();
            if (m_done == m_results.size() && m_state != State::Finished)
                finishRun();
        },
        Qt::QueuedConnection);
    return true;
}

std::shared_ptr<const BulkFindings> BulkAttestationRunner::findings() const
{
    auto findings = std::make_shared<BulkFindings>();
    findings->fileHash = m_input.fileHashHex();
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (it->status == Lookup<Customer>::Status::Ready)
            findings->customers.insert(it.key(), it->value);
        else if (it->status == Lookup<Customer>::Status::NotFound)
            findings->missingCustomers.insert(it.key());
    }
    for (auto it = m_countryRules.cbegin(); it != m_countryRules.cend(); ++it) {
        if (it->status == Lookup<std::optional<CountryRules>>::Status::Ready)
            findings->countryRules.insert(it.key(), it->value);
    }
    for (auto it = m_confirmations.cbegin(); it != m_confirmations.cend(); ++it) {
        if (it->status != Lookup<QList<KnownConfirmation>>::Status::Ready)
            continue;
        QList<std::pair<Contact, QDate>>& known = findings->confirmations[it.key()];
        for (const KnownConfirmation& confirmation : it->value) {
            if (confirmation.byRow < 0)
                known.append({confirmation.contact, confirmation.date});
        }
    }
    return findings;
}

void BulkAttestationRunner::startFrom(const BulkFindings& findings, bool withConfirmations)
{
    for (auto it = findings.customers.cbegin(); it != findings.customers.cend(); ++it) {
        Lookup<Customer>& entry = m_customers[it.key()];
        entry.status = Lookup<Customer>::Status::Ready;
        entry.value = it.value();
    }
    for (const QString& key : findings.missingCustomers)
        m_customers[key].status = Lookup<Customer>::Status::NotFound;
    for (auto it = findings.countryRules.cbegin(); it != findings.countryRules.cend(); ++it) {
        auto& entry = m_countryRules[it.key()];
        entry.status = Lookup<std::optional<CountryRules>>::Status::Ready;
        entry.value = it.value();
    }
    if (withConfirmations) {
        for (auto it = findings.confirmations.cbegin(); it != findings.confirmations.cend(); ++it) {
            auto& entry = m_confirmations[it.key()];
            entry.status = Lookup<QList<KnownConfirmation>>::Status::Ready;
            for (const auto& [contact, date] : it.value())
                entry.value.append(KnownConfirmation{contact, date, -1});
        }
    }
    qCInfo(lcFlows) << "bulk run starts from the check's findings:" << findings.customers.size() << "customers,"
                    << (withConfirmations ? "their confirmations" : "confirmations read again");
}

void BulkAttestationRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BulkAttestationRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_gate->setPaused(true);
    if (m_journal && !m_journal->flush())
        qCWarning(lcFlows) << "bulk journal: the outcomes so far were not recorded";
    m_runningBefore += m_runningClock.elapsed();
    setState(State::Paused);
    emitProgress();
}

void BulkAttestationRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_runningClock.restart();
    setState(State::Running);
    m_gate->setPaused(false);
    admitMore();
}

void BulkAttestationRunner::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    stop(StopReason::Canceled);
}

void BulkAttestationRunner::stop(StopReason reason, const ApiError& error)
{
    if (isStopping())
        return;
    m_stopReason = reason;
    m_stopError = error;
    if (m_state == State::Paused)
        m_runningClock.restart();
    setState(State::Canceling);
    qCInfo(lcFlows) << "bulk run stopping:" << (reason == StopReason::Canceled ? "canceled" : "service unreachable")
                    << m_gate->inFlight() << "requests in flight";
    m_gate->clearQueue();
    m_gate->abortInFlight();
    m_gate->setPaused(false);
}

void BulkAttestationRunner::decideOffline()
{
    QHash<QString, int> firstByKey;
    QList<QPair<int, BulkRowResult>> decided;
    for (const BulkRow& row : std::as_const(m_input.rows)) {
        const int index = row.index;
        const QList<BulkCellProblem> problems = BulkRowChecks::offlineProblems(row, m_options.clock);
        if (!problems.isEmpty()) {
            if (!m_work[index].decided)
                decided.append({index, BulkRowChecks::invalid(problems)});
            continue;
        }
        const QString key = BulkRowChecks::duplicateKey(row);
        const auto first = firstByKey.constFind(key);
        if (first == firstByKey.constEnd()) {
            firstByKey.insert(key, index);
            continue;
        }
        if (m_work[index].decided)
            continue;
        BulkRowResult result;
        result.outcome = BulkOutcome::Skipped;
        result.code = QString(BulkCodes::DuplicateRow);
        result.duplicateOf = first.value();
        result.duplicateOfLine = m_input.rows.at(first.value()).line;
        result.message
            = tr("The same customer, contact and date as line %1: not sent twice.").arg(result.duplicateOfLine);
        decided.append({index, result});
    }
    if (m_journal && !m_journal->markDone(decided))
        qCWarning(lcFlows) << "bulk journal: the rows decided before sending were not recorded";
    for (const auto& [index, result] : std::as_const(decided)) {
        m_results[index] = result;
        m_work[index].decided = true;
        ++m_counts[static_cast<size_t>(result.outcome)];
        ++m_done;
        Q_EMIT rowFinished(index);
    }
    if (!decided.isEmpty())
        emitProgress();
}

void BulkAttestationRunner::admitMore()
{
    if (m_admitting)
        return;
    m_admitting = true;
    while (m_state == State::Running && !isStopping() && m_active < m_window && m_nextToAdmit < m_work.size()) {
        const int index = m_nextToAdmit++;
        if (m_work[index].decided)
            continue;
        m_work[index].admitted = true;
        ++m_active;
        processRow(index);
    }
    m_admitting = false;
}

void BulkAttestationRunner::processRow(int index)
{
    resolveCustomer(index, [this, index](const Lookup<Customer>& found) {
        if (isStopping())
            return;
        const BulkRow& row = m_input.rows.at(index);
        switch (found.status) {
        case Lookup<Customer>::Status::NotFound: {
            const bool byId = !row.customerId.trimmed().isEmpty();
            finishRow(index,
                BulkRowChecks::invalid({BulkCellProblem{byId ? BulkColumn::CustomerId : BulkColumn::Domain,
                    QString(BulkCodes::CustomerNotFound),
                    byId ? tr("No customer of yours has this ID.")
                         : tr("No customer of yours has the domain %1.").arg(row.domain.trimmed())}}));
            return;
        }
        case Lookup<Customer>::Status::Failed:
            finishWithError(index, found.error);
            return;
        case Lookup<Customer>::Status::Ready:
            continueWithCustomer(index, found.value);
            return;
        case Lookup<Customer>::Status::Idle:
        case Lookup<Customer>::Status::Loading:
            break;
        }
    });
}

void BulkAttestationRunner::resolveCustomer(int index, std::function<void(const Lookup<Customer>&)> done)
{
    const BulkRow& row = m_input.rows.at(index);
    lookupCustomer(row.customerId.trimmed(), row.domain.trimmed(), index, std::move(done));
}

void BulkAttestationRunner::lookupCustomer(
    const QString& id, const QString& domain, int order, std::function<void(const Lookup<Customer>&)> done)
{
    const QString key
        = id.isEmpty() ? QStringLiteral("domain:") + domain.toLower() : QStringLiteral("id:") + id.toLower();

    const auto deliver = [this, key, done] {
        Lookup<Customer> copy = m_customers.value(key);
        copy.waiters.clear();
        done(copy);
    };
    Lookup<Customer>& entry = m_customers[key];
    if (entry.status != Lookup<Customer>::Status::Idle && entry.status != Lookup<Customer>::Status::Loading) {
        deliver();
        return;
    }
    entry.waiters.append(deliver);
    if (entry.status == Lookup<Customer>::Status::Loading)
        return;
    entry.status = Lookup<Customer>::Status::Loading;

    const auto settle = [this, key](Lookup<Customer>::Status status, const Customer& customer, const ApiError& error) {
        Lookup<Customer>& settled = m_customers[key];
        settled.status = status;
        settled.value = customer;
        settled.error = error;
        notifyWaiters(m_customers, key);
    };
    RequestGate::Job job;
    job.priority = ResolvePriority;
    job.order = order;
    job.start = [this, id, domain, settle]() -> ApiOperation* {
        if (!id.isEmpty()) {
            return m_client->customer(id, this, [this, settle](const Result<Customer>& result) {
                noteAnswer(result.ok() ? nullptr : &result.error());
                if (result.ok())
                    settle(Lookup<Customer>::Status::Ready, result.value(), {});
                else if (result.error().isNotFound())
                    settle(Lookup<Customer>::Status::NotFound, {}, result.error());
                else
                    settle(Lookup<Customer>::Status::Failed, {}, result.error());
            });
        }
        return m_client->searchCustomers(CustomerSearchField::Domain, domain, searchPageSize, this,
            [this, settle, domain](const Result<Page<Customer>>& result) {
                noteAnswer(result.ok() ? nullptr : &result.error());
                if (!result.ok()) {
                    settle(Lookup<Customer>::Status::Failed, {}, result.error());
                    return;
                }
                // The search matches the start of the domain: only an exact match counts.
                const QList<Customer>& items = result.value().items;
                auto match = std::find_if(items.cbegin(), items.cend(), [&domain](const Customer& c) {
                    return c.companyProfile.domain.compare(domain, Qt::CaseInsensitive) == 0;
                });
                if (match == items.cend())
                    match = std::find_if(
                        items.cbegin(), items.cend(), [&domain](const Customer& c) { return sameDomain(c, domain); });
                if (match == items.cend())
                    settle(Lookup<Customer>::Status::NotFound, {}, {});
                else
                    settle(Lookup<Customer>::Status::Ready, *match, {});
            });
    };
    m_gate->enqueue(std::move(job));
}

void BulkAttestationRunner::continueWithCustomer(int index, const Customer& customer)
{
    const BulkRow& row = m_input.rows.at(index);
    const QString customerId = customer.id.isEmpty() ? row.customerId.trimmed() : customer.id;
    const QString domain = row.domain.trimmed();
    if (!row.customerId.trimmed().isEmpty() && !domain.isEmpty() && !sameDomain(customer, domain)) {
        BulkRowResult result = BulkRowChecks::invalid({BulkCellProblem{BulkColumn::Domain,
            QString(BulkCodes::DomainMismatch),
            tr("The customer with this ID has the domain %1, not %2.").arg(customer.companyProfile.domain, domain)}});
        result.customerId = customerId;
        finishRow(index, result);
        return;
    }
    if (row.phoneNumber.trimmed().isEmpty()) {
        checkExisting(index, customerId);
        return;
    }
    const auto withRules = [this, index, customerId](const CountryRules* rules, const ApiError* error) {
        if (isStopping())
            return;
        if (error) {
            // The rules could not be read: checking the phone another way could confirm what
            // the rules refuse. The row fails and runs again with the journal.
            finishWithError(index, *error, customerId);
            return;
        }
        if (const std::optional<BulkCellProblem> problem = BulkRowChecks::phoneProblem(m_input.rows.at(index), rules)) {
            BulkRowResult result = BulkRowChecks::invalid({*problem});
            result.customerId = customerId;
            finishRow(index, result);
            return;
        }
        checkExisting(index, customerId);
    };
    if (!customer.country().isEmpty() || !row.customerId.trimmed().isEmpty() || customer.id.isEmpty()) {
        countryRules(customer.country(), withRules);
        return;
    }
    // Found by domain: search results carry no billing address. The customer itself has it.
    lookupCustomer(customer.id, {}, index, [this, index, customerId, withRules](const Lookup<Customer>& found) {
        if (isStopping())
            return;
        if (found.status == Lookup<Customer>::Status::Failed) {
            finishWithError(index, found.error, customerId);
            return;
        }
        countryRules(found.status == Lookup<Customer>::Status::Ready ? found.value.country() : QString(), withRules);
    });
}

void BulkAttestationRunner::countryRules(
    const QString& country, std::function<void(const CountryRules*, const ApiError*)> done)
{
    const QString key = country.trimmed().toUpper();
    if (key.isEmpty()) {
        done(nullptr, nullptr); // unknown country: the international check
        return;
    }
    const auto deliver = [this, key, done] {
        const auto& entry = m_countryRules[key];
        if (entry.status == Lookup<std::optional<CountryRules>>::Status::Failed) {
            done(nullptr, &entry.error);
            return;
        }
        const std::optional<CountryRules> rules = entry.value;
        done(rules ? &*rules : nullptr, nullptr);
    };
    auto& entry = m_countryRules[key];
    using Status = Lookup<std::optional<CountryRules>>::Status;
    if (entry.status == Status::Ready || entry.status == Status::Failed) {
        deliver();
        return;
    }
    entry.waiters.append(deliver);
    if (entry.status == Status::Loading)
        return;
    entry.status = Status::Loading;
    RequestGate::Job job;
    job.priority = RulesPriority;
    job.start = [this, key]() -> ApiOperation* {
        return m_client->countryRules(key, this, [this, key](const Result<CountryRules>& result) {
            noteAnswer(result.ok() ? nullptr : &result.error());
            auto& settled = m_countryRules[key];
            if (result.ok()) {
                settled.status = Status::Ready;
                settled.value = result.value();
            } else if (result.error().isNotFound()) {
                // The service has no rules for the country: the international check applies,
                // as in the forms.
                qCInfo(lcFlows) << "no country rules for" << key;
                settled.status = Status::Ready;
                settled.value = std::nullopt;
            } else {
                // Not read (a failure that may pass): the phone rows of the country fail.
                qCInfo(lcFlows) << "country rules for" << key << "not available:" << result.error().message();
                settled.status = Status::Failed;
                settled.error = result.error();
            }
            notifyWaiters(m_countryRules, key);
        });
    };
    m_gate->enqueue(std::move(job));
}

void BulkAttestationRunner::knownConfirmations(
    const QString& customerId, std::function<void(Lookup<QList<KnownConfirmation>>&)> done)
{
    const QString key = customerId.toLower();
    using Status = Lookup<QList<KnownConfirmation>>::Status;
    const auto deliver = [this, key, done] { done(m_confirmations[key]); };
    auto& entry = m_confirmations[key];
    if (entry.status == Status::Ready || entry.status == Status::Failed) {
        deliver();
        return;
    }
    entry.waiters.append(deliver);
    if (entry.status == Status::Loading)
        return;
    entry.status = Status::Loading;
    RequestGate::Job job;
    job.priority = ReadPriority;
    job.start = [this, key, customerId]() -> ApiOperation* {
        return m_client->customerAgreements(customerId, QString(AgreementTypes::MicrosoftCustomerAgreement), this,
            [this, key](const Result<QList<Agreement>>& result) {
                noteAnswer(result.ok() ? nullptr : &result.error());
                auto& settled = m_confirmations[key];
                if (result.ok()) {
                    settled.status = Status::Ready;
                    for (const Agreement& agreement : result.value())
                        settled.value.append(KnownConfirmation{agreement.primaryContact, agreement.acceptanceDate()});
                } else {
                    settled.status = Status::Failed;
                    settled.error = result.error();
                }
                notifyWaiters(m_confirmations, key);
            });
    };
    m_gate->enqueue(std::move(job));
}

void BulkAttestationRunner::lockCustomer(const QString& customerId, std::function<void()> then)
{
    const QString key = customerId.toLower();
    if (!m_busyCustomers.contains(key)) {
        m_busyCustomers.insert(key);
        then();
        return;
    }
    m_customerQueue[key].append(std::move(then));
}

void BulkAttestationRunner::unlockCustomer(const QString& customerId)
{
    const QString key = customerId.toLower();
    auto queue = m_customerQueue.find(key);
    if (queue == m_customerQueue.end() || queue->isEmpty()) {
        m_busyCustomers.remove(key);
        if (queue != m_customerQueue.end())
            m_customerQueue.erase(queue);
        return;
    }
    // The customer passes to the next row; queued, so that long runs of one customer's rows
    // do not nest calls.
    std::function<void()> next = queue->takeFirst();
    QMetaObject::invokeMethod(this, std::move(next), Qt::QueuedConnection);
}

void BulkAttestationRunner::checkExisting(int index, const QString& customerId)
{
    // One row of a customer at a time, from reading its confirmations to the answer of the
    // send: two rows can never race to confirm the same contact.
    lockCustomer(customerId, [this, index, customerId] {
        if (isStopping()) {
            unlockCustomer(customerId);
            return;
        }
        knownConfirmations(customerId, [this, index, customerId](Lookup<QList<KnownConfirmation>>& known) {
            if (isStopping()) {
                unlockCustomer(customerId);
                return;
            }
            if (known.status != Lookup<QList<KnownConfirmation>>::Status::Ready) {
                const ApiError error = known.error;
                unlockCustomer(customerId);
                finishWithError(index, error, customerId);
                return;
            }
            const BulkRow& row = m_input.rows.at(index);
            const Contact contact = BulkRowChecks::contactToSend(row);
            const QDate date = BulkRowChecks::acceptanceDate(row);
            // Partner Center's duplicate rule: the same four contact fields, case-sensitively.
            const auto match = std::find_if(known.value.cbegin(), known.value.cend(),
                [&contact](const KnownConfirmation& k) { return k.contact == contact; });
            if (match != known.value.cend()) {
                BulkRowResult result;
                result.customerId = customerId;
                if (match->byRow >= 0 && match->date == date) {
                    result.outcome = BulkOutcome::Skipped;
                    result.code = QString(BulkCodes::DuplicateRow);
                    result.duplicateOf = match->byRow;
                    result.duplicateOfLine = m_input.rows.at(match->byRow).line;
                    result.message = tr("The same customer, contact and date as line %1: not sent twice.")
                                         .arg(result.duplicateOfLine);
                } else if (m_work[index].recovering && match->byRow < 0 && match->date == date) {
                    result.outcome = BulkOutcome::Confirmed;
                    result.recovered = true;
                    result.message = tr("Confirmed: found recorded after an interrupted run, not sent again.");
                } else {
                    result.outcome = BulkOutcome::AlreadyConfirmed;
                    result.code = QString(BulkCodes::ExistingConfirmation);
                    result.message = match->byRow >= 0
                        ? tr("Line %1 confirms the same contact for this customer; Partner Center keeps one "
                             "confirmation per contact.")
                              .arg(m_input.rows.at(match->byRow).line)
                        : tr("Partner Center already has a confirmation with this contact (accepted on %1); nothing "
                             "was sent.")
                              .arg(match->date.toString(Qt::ISODate));
                }
                unlockCustomer(customerId);
                finishRow(index, result);
                return;
            }
            if (m_options.dryRun) {
                // What this row would create: later rows with the same contact will see it.
                known.value.append(KnownConfirmation{contact, date, index});
                BulkRowResult result;
                result.outcome = BulkOutcome::Valid;
                result.customerId = customerId;
                result.message = tr("Valid: would be confirmed.");
                unlockCustomer(customerId);
                finishRow(index, result);
                return;
            }
            send(index, customerId);
        });
    });
}

void BulkAttestationRunner::send(int index, const QString& customerId)
{
    // The channel reads the template id before its first confirmation. That read is charged
    // with the first send, and the other sends wait for it, so that it happens once.
    if (isStopping()) {
        unlockCustomer(customerId);
        return; // not sent: finishRun gives the row its outcome
    }
    const bool readsTemplate = !m_templateKnown;
    if (readsTemplate) {
        if (m_templateSendRunning) {
            m_waitingForTemplate.append([this, index, customerId] { send(index, customerId); });
            return;
        }
        m_templateSendRunning = true;
    }
    RequestGate::Job job;
    job.priority = SendPriority;
    job.order = index;
    job.cost = readsTemplate ? 2 : 1;
    job.abortable = false;
    job.start = [this, index, customerId, readsTemplate]() -> ApiOperation* {
        // Recorded before the request leaves: after a crash this row is settled by reading.
        if (m_journal && !m_journal->markSending(index, customerId)) {
            ApiError error = ApiError::refused(
                tr("The journal could not be written (%1); nothing was sent.").arg(m_journal->lastError()));
            if (readsTemplate)
                templateSendFinished(false);
            unlockCustomer(customerId);
            finishWithError(index, error, customerId);
            return nullptr;
        }
        m_work[index].sent = true;
        const BulkRow& row = m_input.rows.at(index);
        const AttestationRequest request{customerId, row.contact(), BulkRowChecks::acceptanceDate(row)};
        return m_channel->attest(
            request, this, [this, index, customerId, readsTemplate](const Result<AgreementConfirmation>& result) {
                noteAnswer(result.ok() ? nullptr : &result.error());
                if (readsTemplate)
                    templateSendFinished(result.ok());
                const BulkRow& sentRow = m_input.rows.at(index);
                const KnownConfirmation sent{
                    BulkRowChecks::contactToSend(sentRow), BulkRowChecks::acceptanceDate(sentRow), -1};
                if (!result.ok()) {
                    unlockCustomer(customerId);
                    if (result.error().kind == ApiError::Kind::Canceled && isStopping())
                        return; // stays `sending` in the journal: the next run reads before sending
                    finishWithError(index, result.error(), customerId);
                    return;
                }
                BulkRowResult outcome;
                outcome.customerId = customerId;
                auto& known = m_confirmations[customerId.toLower()].value;
                if (result.value().outcome == AgreementConfirmation::Outcome::AlreadyConfirmed) {
                    outcome.outcome = BulkOutcome::AlreadyConfirmed;
                    outcome.code = QStringLiteral("600061");
                    outcome.message = tr("Partner Center already had a confirmation with this contact (600061).");
                    known.append(sent);
                } else {
                    outcome.outcome = BulkOutcome::Confirmed;
                    outcome.recovered = result.value().recoveredAfterLostAnswer;
                    outcome.message = outcome.recovered
                        ? tr("Confirmed: the answer was lost, and reading showed the confirmation recorded.")
                        : tr("Confirmed.");
                    known.append(KnownConfirmation{sent.contact, sent.date, index});
                }
                unlockCustomer(customerId);
                finishRow(index, outcome);
            });
    };
    m_gate->enqueue(std::move(job));
}

void BulkAttestationRunner::templateSendFinished(bool succeeded)
{
    m_templateSendRunning = false;
    // The v1 channel says whether it has the template; for another channel, a success does.
    const auto* v1 = dynamic_cast<const PartnerConfirmationChannel*>(m_channel);
    m_templateKnown = v1 ? !v1->templateId().isEmpty() : succeeded;
    const auto waiting = std::exchange(m_waitingForTemplate, {});
    for (const auto& next : waiting)
        QMetaObject::invokeMethod(this, next, Qt::QueuedConnection);
}

void BulkAttestationRunner::noteAnswer(const ApiError* error)
{
    if (!error || error->kind == ApiError::Kind::InvalidResponse
        || (error->kind == ApiError::Kind::Service && !error->isUnauthorized())) {
        m_serviceAnswered = true;
        m_networkFailuresInARow = 0;
    }
    if (!error)
        return;
    if (error->isUnauthorized()) {
        // Every further request would be refused the same way.
        stop(StopReason::Unreachable, *error);
        return;
    }
    if (error->kind == ApiError::Kind::Network || error->kind == ApiError::Kind::Timeout) {
        ++m_networkFailuresInARow;
        // Never reached at all, or gone for good (each failure already had the client's retries).
        if (!m_serviceAnswered || m_networkFailuresInARow >= 3 * m_options.concurrency)
            stop(StopReason::Unreachable, *error);
    }
}

void BulkAttestationRunner::finishWithError(int index, const ApiError& error, const QString& customerId)
{
    if (error.kind == ApiError::Kind::Canceled && isStopping())
        return; // not done: finishRun gives it its outcome
    BulkRowResult result;
    result.outcome = BulkOutcome::Failed;
    result.customerId = customerId;
    result.code = BulkCodes::apiError(error);
    result.message = error.message();
    result.requestId = error.requestId;
    result.correlationId = error.correlationId;
    result.httpStatus = error.httpStatus;
    finishRow(index, result);
}

void BulkAttestationRunner::finishRow(int index, BulkRowResult result)
{
    RowWork& work = m_work[index];
    if (work.decided)
        return;
    work.decided = true;
    if (work.admitted) {
        --m_active;
        ++m_doneAfterRequests;
    }
    if (m_journal && result.outcome != BulkOutcome::Valid && !m_journal->markDone(index, result))
        qCWarning(lcFlows) << "bulk journal: the outcome of line" << m_input.rows.at(index).line << "was not recorded";
    qCDebug(lcFlows) << "bulk line" << m_input.rows.at(index).line << BulkOutcomes::key(result.outcome) << result.code;
    ++m_counts[static_cast<size_t>(result.outcome)];
    ++m_done;
    m_results[index] = std::move(result);
    Q_EMIT rowFinished(index);
    emitProgress();
    admitMore();
    if (m_done == m_results.size() && m_state != State::Finished)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state != State::Finished && m_done == m_results.size())
                    finishRun();
            },
            Qt::QueuedConnection);
}

void BulkAttestationRunner::finishRun()
{
    if (m_state == State::Finished)
        return;
    for (int index = 0; index < m_results.size(); ++index) {
        if (m_work[index].decided)
            continue;
        // Not done: nothing is written to the journal, so the next run takes it up.
        BulkRowResult result;
        result.customerId = m_results.at(index).customerId;
        if (m_stopReason == StopReason::Unreachable) {
            result.outcome = BulkOutcome::Failed;
            result.code = QString(BulkCodes::ServiceUnavailable);
            result.message = tr("Not sent: the run stopped because Partner Center could not be used (%1).")
                                 .arg(m_stopError.message());
        } else {
            result.outcome = BulkOutcome::Skipped;
            result.code = QString(BulkCodes::Canceled);
            result.message = m_work[index].sent
                ? tr("Canceled while being sent: the next run with the same journal reads the customer's "
                     "confirmations before sending again.")
                : tr("Not done: the run was canceled. Run the file again with the same journal to finish it.");
        }
        m_work[index].decided = true;
        ++m_counts[static_cast<size_t>(result.outcome)];
        ++m_done;
        m_results[index] = result;
        Q_EMIT rowFinished(index);
    }
    m_active = 0;
    if (m_state == State::Running || m_state == State::Canceling)
        m_runningBefore += m_runningClock.elapsed();
    if (!m_options.resultsPath.isEmpty()
        && !BulkResultFile::write(m_options.resultsPath, m_input.rows, m_results, &m_resultsError))
        qCWarning(lcFlows) << "bulk results not written:" << m_resultsError;
    m_journal.reset(); // closed: its lock is released for the next run
    const BulkProgress summary = progress();
    qCInfo(lcFlows) << "bulk run finished:" << summary.done << "rows," << summary.count(BulkOutcome::Confirmed)
                    << "confirmed," << summary.count(BulkOutcome::AlreadyConfirmed) << "already confirmed,"
                    << summary.count(BulkOutcome::Invalid) << "invalid," << summary.count(BulkOutcome::Failed)
                    << "failed," << summary.count(BulkOutcome::Skipped) << "skipped;" << summary.requests << "requests,"
                    << summary.throttled << "throttled";
    setState(State::Finished);
    Q_EMIT progressChanged(summary);
    Q_EMIT finished();
}

void BulkAttestationRunner::emitProgress()
{
    Q_EMIT progressChanged(progress());
}

BulkProgress BulkAttestationRunner::progress() const
{
    BulkProgress progress;
    progress.total = static_cast<int>(m_results.size());
    progress.done = m_done;
    progress.counts = m_counts;
    progress.requests = m_gate ? m_gate->requestsCharged() : 0;
    progress.throttled = m_gate ? m_gate->throttledCount() : 0;
    const bool running = m_state == State::Running || m_state == State::Canceling;
    progress.elapsedMilliseconds
        = m_runningBefore + (running && m_runningClock.isValid() ? m_runningClock.elapsed() : 0);

    const int remaining = progress.total - progress.done;
    if (m_state == State::Finished || remaining == 0) {
        progress.remainingMilliseconds = 0;
        return progress;
    }
    progress.remainingMilliseconds = estimateRemainingMilliseconds(remaining, progress.requests, m_doneAfterRequests,
        progress.elapsedMilliseconds, m_options.requestsPerMinute, m_options.dryRun);
    return progress;
}

qint64 BulkAttestationRunner::estimateRemainingMilliseconds(int remainingRows, qint64 requests,
    int rowsDoneWithRequests, qint64 elapsedMilliseconds, int requestsPerMinute, bool dryRun)
{
    if (remainingRows <= 0)
        return 0;
    // Once a few rows are done, the pace so far (pauses excluded).
    const bool paceKnown = rowsDoneWithRequests >= 5 && elapsedMilliseconds > 0;
    const double pace = paceKnown ? double(elapsedMilliseconds) / rowsDoneWithRequests * remainingRows : 0.0;
    if (requestsPerMinute <= 0) // no cap: only the pace says anything
        return paceKnown ? static_cast<qint64>(pace) : -1;
    // The rate cap is a floor: so many requests a row, so many requests a minute.
    const double requestsPerRow
        = rowsDoneWithRequests > 0 ? std::max(1.0, double(requests) / rowsDoneWithRequests) : (dryRun ? 2.0 : 3.0);
    const double byRate = remainingRows * requestsPerRow * 60000.0 / requestsPerMinute;
    // The pace so far when it is slower.
    const double estimate = std::max(byRate, pace);
    return static_cast<qint64>(estimate);
}

} // namespace PartnerDesk
