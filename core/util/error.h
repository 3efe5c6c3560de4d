#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace limber {

/// A failure a person can act on. Core code never throws across module
/// boundaries; it returns one of these, and the app decides how to show it.
struct Error
{
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

/// Either a value or an Error. A tiny stand-in for std::expected (C++23).
/// [[nodiscard]]: a failure nobody looks at is a failure nobody is told of.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that has no value on success; [[nodiscard]] like Result.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

/// For a failure that can be neither shown nor passed on, such as cleanup in
/// a destructor or a second failure after the first was already returned:
/// writes "<what>: <message>" to the log as a warning, so it is not lost.
/// Anything a person must know about goes back to them as a Status instead.
void logFailure(const Status &status, const char *what);

} // namespace limber
