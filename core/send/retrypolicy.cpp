// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include "errors/mailerror.h"

#include <algorithm>

namespace mailwright {

RetryPolicy::RetryPolicy(qint64 initialDelaySeconds, qint64 maximumDelaySeconds,
                         int maximumAttempts)
    : m_initial(std::max<qint64>(1, initialDelaySeconds))
    , m_maximum(std::max(m_initial, maximumDelaySeconds))
    , m_maxAttempts(std::max(1, maximumAttempts))
{}

qint64 RetryPolicy::delaySeconds(int failedAttempts) const
{
    // Double per failure without overflowing: stop doubling once the cap is reached.
    qint64 delay = m_initial;
    for (int i = 1; i < failedAttempts && delay < m_maximum; ++i)
        delay *= 2;
    return std::min(delay, m_maximum);
}

bool RetryPolicy::shouldRetry(int attemptsMade, const MailError &error) const
{
    return error.retryable && attemptsMade < m_maxAttempts;
}

QDateTime RetryPolicy::nextAttempt(const QDateTime &now, int failedAttempts) const
{
    return now.addSecs(delaySeconds(failedAttempts));
}

} // namespace mailwright
