// Results that cross the plugin boundary. No exception ever crosses it:
// every call into a plugin returns a value with either the data or a message.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace parity {

template <typename T>
class Result {
public:
    static Result ok(T value) { return Result(std::move(value), {}); }
    static Result failure(std::string message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const std::string& error() const { return m_error; }

private:
    Result(std::optional<T> value, std::string error)
        : m_value(std::move(value)), m_error(std::move(error)) {}
    std::optional<T> m_value;
    std::string m_error;
};

} // namespace parity
