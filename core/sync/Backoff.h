#pragma once

#include <optional>

namespace yiping::sync {

struct BackoffPolicy
{
    int maxAttempts = 6;          // retries after the first try
    int baseMs = 500;             // delay before the first retry, before jitter
    int maxMs = 30000;            // ceiling of the computed delay
    int maxRetryAfterMs = 300000; // a server's Retry-After is honoured up to this
};

// Exponential backoff with jitter for retries: the delay doubles with each attempt up to a
// ceiling, and a random share of it is dropped so that many clients hit by the same outage
// do not all come back at the same instant.
class Backoff
{
public:
    using Policy = BackoffPolicy;

    explicit Backoff(const Policy &policy = {})
        : m_policy(policy)
    {}

    // Milliseconds to wait before the next attempt, or nullopt when attempts are used up.
    // A server's Retry-After (seconds) is a floor: we never come back earlier than asked.
    std::optional<int> next(std::optional<int> retryAfterSeconds = std::nullopt);
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    Policy m_policy;
    int m_attempts = 0;
};

} // namespace yiping::sync
