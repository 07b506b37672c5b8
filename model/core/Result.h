#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace icp {

// Why something failed: a stable code for programs and tests ("id.checksum")
// and a message already translated for people. `path` names the field or JSON
// path the error is about, when there is one.
struct Error
{
    QString code;
    QString message;
    QString path;
};

// A value or an Error; the one error idiom across module borders (no exceptions).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    static Result failure(QString code, QString message, QString path = {})
    {
        return Result(Error{std::move(code), std::move(message), std::move(path)});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
struct Done
{};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace icp
