#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace yiping::read {

// The answer to one read: the value, or why there is none (the cache could not be opened,
// a query failed). Errors travel as values so that no caller can miss one by forgetting
// to connect a signal.
template<typename T> struct ReadResult
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

} // namespace yiping::read
