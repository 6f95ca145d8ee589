#pragma once

#include "ApiError.h"

#include <QObject>

namespace PartnerDesk {

// Something the client is doing: one HTTP call with its retries, or a short chain of them.
// Calls back once; emits finished() after that and then deletes itself.
class ApiOperation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Stops it; the callback receives a Canceled error (unless its context is gone).
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished();
    // A retry is scheduled: the attempt about to be made and the wait before it.
    void retrying(int attempt, int delayMilliseconds, const PartnerDesk::ApiError& cause);
};

} // namespace PartnerDesk
