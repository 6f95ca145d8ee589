#include "SecretStore.h"

#include "util/Logging.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace PartnerDesk {

namespace {

// Calls `done` on the next turn of the event loop, unless `context` was given and is gone.
void answerLater(QObject* context, SecretStore::Callback done, SecretStore::Answer answer)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, [guard, hasContext, done = std::move(done), answer = std::move(answer)] {
        if (hasContext && !guard)
            return;
        done(answer);
    });
}

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

// Runs a QtKeychain job and turns its result into an Answer. The job deletes itself.
void runJob(QKeychain::Job* job, QObject* context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(
        job, &QKeychain::Job::finished, job, [guard, hasContext, done = std::move(done)](QKeychain::Job* finished) {
            if (hasContext && !guard)
                return;
            SecretStore::Answer answer;
            answer.status = statusOf(finished->error());
            if (answer.status != SecretStore::Status::Ok)
                answer.reason = finished->errorString();
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished); read && answer.ok())
                answer.secret = read->textData();
            // A session bus that is not running reads as OtherError; there is no store then either.
            if (answer.status == SecretStore::Status::Failed
                && (answer.reason.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                    || answer.reason.contains(QLatin1String("DBus"), Qt::CaseInsensitive))) {
                answer.status = SecretStore::Status::Unavailable;
            }
            if (!answer.ok() && answer.status != SecretStore::Status::NotFound)
                qCInfo(lcAuth) << "secret store:" << int(answer.status) << answer.reason;
            done(answer);
        });
    job->start();
}

} // namespace

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    Answer answer;
    if (m_failure != Status::Ok)
        answer.status = m_failure;
    else if (const auto it = m_secrets.constFind(key); it != m_secrets.cend())
        answer = Answer{Status::Ok, *it, {}};
    else
        answer.status = Status::NotFound;
    answerLater(context, std::move(done), std::move(answer));
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    Answer answer;
    answer.status = m_failure;
    if (m_failure == Status::Ok)
        m_secrets.insert(key, secret);
    answerLater(context, std::move(done), std::move(answer));
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    Answer answer;
    if (m_failure != Status::Ok)
        answer.status = m_failure;
    else
        answer.status = m_secrets.remove(key) > 0 ? Status::Ok : Status::NotFound;
    answerLater(context, std::move(done), std::move(answer));
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, std::move(done));
}

} // namespace PartnerDesk
