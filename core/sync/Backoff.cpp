#include "sync/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace yiping::sync {

std::optional<int> Backoff::next(std::optional<int> retryAfterSeconds)
{
    if (m_attempts >= m_policy.maxAttempts)
        return std::nullopt;
    const int shift = std::min(m_attempts, 20);
    ++m_attempts;
    const qint64 exponential =
        std::min<qint64>(qint64(m_policy.baseMs) << shift, qint64(m_policy.maxMs));
    // "Equal jitter": half fixed, half random, so the delay never collapses to zero.
    const qint64 half = exponential / 2;
    qint64 delay = half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0);
    if (retryAfterSeconds && *retryAfterSeconds >= 0) {
        const qint64 asked =
            std::min<qint64>(qint64(*retryAfterSeconds) * 1000, m_policy.maxRetryAfterMs);
        // A little jitter on top, never below what the server asked.
        delay = std::max(asked + QRandomGenerator::global()->bounded(qint64(250)), delay);
    }
    return int(delay);
}

} // namespace yiping::sync
