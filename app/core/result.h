#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace copydesk {

// Why an operation failed. The kind decides how a caller reacts (the command line maps it to an
// exit code, the window to a dialog); the message is one sentence for a person, translated with
// tr(). The stores and services write it as a fragment (lower case unless it starts with a name,
// no full stop) so that every front end shows it unchanged: the command line after "copydesk: ",
// the window under a dialog's title or after a label.
struct Error
{
    enum class Kind {
        Failed, // the operation could not be done; nothing was changed
        NotFound, // an unknown id, name or file
        Conflict, // someone saved first; nothing was overwritten
        Busy, // the store stayed locked by another program beyond the busy timeout
        Invalid, // the input was refused (bad UTF-8, a store that is not ours, ...)
        NotPermitted, // the rules do not allow this person to do this
        Unreachable, // the newsroom server could not be reached; nothing was changed
    };
    Kind kind = Kind::Failed;
    QString message;
};

// A value or an Error; no exceptions cross Qt boundaries.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // From a temporary: by value, so "for (x : f().value())" does not outlive the Result.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error failure(Error::Kind kind, const QString &message)
{
    return Error { kind, message };
}

} // namespace copydesk
