#pragma once

#include "ApiError.h"

#include <QtGlobal>

#include <functional>
#include <utility>
#include <variant>

namespace PartnerDesk {

// What a Partner Center call that has nothing to return returns on success.
struct Done
{
};

// Success with a value, or an ApiError. Never both, never neither.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T& value()
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] const ApiError& error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, ApiError> m_data;
};

template<typename T> using ResultCallback = std::function<void(const Result<T>&)>;

} // namespace PartnerDesk
