#pragma once

#include "api/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace PartnerDesk {

// Where the client gets its bearer token. Implementations may refresh or sign in first,
// so the answer may come later; it never blocks.
class TokenSource
{
public:
    virtual ~TokenSource() = default;

    // Calls `done` with a token (or why there is none). `context` guards the callback.
    virtual void fetchToken(QObject* context, std::function<void(const Result<QString>&)> done) = 0;
    // The service answered 401 to `token`: forget it, so the next fetch gets a new one.
    // Returns whether a new token may be obtained without the user.
    virtual bool rejectToken(const QString& token) = 0;
};

// A fixed token (from PARTNERDESK_TOKEN, or a test).
class StaticTokenSource final : public TokenSource
{
public:
    explicit StaticTokenSource(QString token = {})
        : m_token(std::move(token))
    { }

    void setToken(const QString& token) { m_token = token; }
    void fetchToken(QObject* context, std::function<void(const Result<QString>&)> done) override;
    bool rejectToken(const QString&) override { return false; }

private:
    QString m_token;
};

} // namespace PartnerDesk
