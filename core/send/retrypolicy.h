// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace mailwright {

struct MailError;

/// The outbox's back-off schedule for retryable failures: 1 min, 2, 4, 8, ... doubling after
/// every failed attempt, capped (1 h by default), and a maximum number of attempts after which
/// the message is marked failed for good.
///
/// A pure value type: no clock, no state; copy it to any thread.
class RetryPolicy
{
public:
    static constexpr qint64 DefaultInitialDelaySeconds = 60;
    static constexpr qint64 DefaultMaximumDelaySeconds = 3600;
    static constexpr int DefaultMaximumAttempts = 10;

    RetryPolicy() = default;
    RetryPolicy(qint64 initialDelaySeconds, qint64 maximumDelaySeconds, int maximumAttempts);

    /// Delay before the next attempt after `failedAttempts` failures (1 → initial delay).
    /// Values below 1 are treated as 1.
    qint64 delaySeconds(int failedAttempts) const;

    /// Whether a message that failed with `error` after `attemptsMade` attempts goes back to the
    /// queue: only for retryable errors, and only while attempts remain.
    bool shouldRetry(int attemptsMade, const MailError &error) const;

    /// now + delaySeconds(failedAttempts).
    QDateTime nextAttempt(const QDateTime &now, int failedAttempts) const;

    qint64 initialDelaySeconds() const { return m_initial; }
    qint64 maximumDelaySeconds() const { return m_maximum; }
    int maximumAttempts() const { return m_maxAttempts; }

private:
    qint64 m_initial = DefaultInitialDelaySeconds;
    qint64 m_maximum = DefaultMaximumDelaySeconds;
    int m_maxAttempts = DefaultMaximumAttempts;
};

} // namespace mailwright
