#pragma once

#include "ApiOperation.h"
#include "Result.h"

#include <QPointer>

namespace PartnerDesk {

// An operation made of several calls in a row (read, then write). It owns no call; it
// points at the current one so that cancel() reaches it, and it delivers one result.
class ChainOperation final : public ApiOperation
{
public:
    explicit ChainOperation(QObject* context, QObject* parent = nullptr)
        : ApiOperation(parent)
        , m_context(context)
        , m_hasContext(context != nullptr)
    {
        if (context)
            connect(context, &QObject::destroyed, this, [this] {
                m_silenced = true;
                cancel();
            });
    }

    // The call now running; its callback must end in next step or in complete().
    void setCurrent(ApiOperation* operation)
    {
        m_current = operation;
        if (operation)
            connect(operation, &ApiOperation::retrying, this, &ApiOperation::retrying);
    }

    void cancel() override
    {
        if (m_finished)
            return;
        m_canceled = true;
        if (m_current)
            m_current->cancel(); // its callback completes the chain with Canceled
    }

    [[nodiscard]] bool isCanceled() const { return m_canceled; }

    template<typename T> void complete(const ResultCallback<T>& done, const Result<T>& result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_current = nullptr;
        if (done && !m_silenced && !(m_hasContext && !m_context))
            done(m_canceled && result.ok() ? Result<T>(ApiError::canceled()) : result);
        Q_EMIT finished();
        deleteLater();
    }

private:
    QPointer<QObject> m_context;
    bool m_hasContext;
    QPointer<ApiOperation> m_current;
    bool m_canceled = false;
    bool m_silenced = false;
    bool m_finished = false;
};

} // namespace PartnerDesk
