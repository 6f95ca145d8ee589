#pragma once

#include "api/Result.h"

#include <QTest>

#include <optional>

namespace PartnerDesk::Test {

// Collects the answer of an asynchronous call: `callback()` goes to the call, `wait()`
// spins the event loop until it came (or the timeout passed).
template<typename T> struct Await
{
    std::optional<Result<T>> result;
    int calls = 0;

    ResultCallback<T> callback()
    {
        return [this](const Result<T>& r) {
            result = r;
            ++calls;
        };
    }
    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return calls > 0; }, timeoutMs);
    }
    [[nodiscard]] bool ok() const { return result && result->ok(); }
    [[nodiscard]] const T& value() const { return result->value(); }
    [[nodiscard]] const ApiError& error() const { return result->error(); }
};

} // namespace PartnerDesk::Test
