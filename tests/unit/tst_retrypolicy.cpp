// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/mailerror.h"
#include "send/retrypolicy.h"

#include <QTest>

using namespace mailwright;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void defaultScheduleDoublesUpToOneHour()
    {
        const RetryPolicy policy;
        const QList<qint64> expected{60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600};
        for (int n = 1; n <= expected.size(); ++n)
            QCOMPARE(policy.delaySeconds(n), expected.at(n - 1));
        QCOMPARE(policy.delaySeconds(0), 60);         // nonsense input is clamped, not zero
        QCOMPARE(policy.delaySeconds(1000000), 3600); // no overflow on huge counts
    }

    void customSchedule()
    {
        const RetryPolicy policy(5, 30, 3);
        QCOMPARE(policy.delaySeconds(1), 5);
        QCOMPARE(policy.delaySeconds(2), 10);
        QCOMPARE(policy.delaySeconds(3), 20);
        QCOMPARE(policy.delaySeconds(4), 30);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1000000, Qt::UTC);
        QCOMPARE(policy.nextAttempt(now, 2), now.addSecs(10));
    }

    void retriesOnlyRetryableErrorsWhileAttemptsRemain()
    {
        const RetryPolicy policy; // 10 attempts
        MailError temporary;
        temporary.code = ErrorCode::TemporaryFailure;
        temporary.retryable = true;
        MailError permanent;
        permanent.code = ErrorCode::RecipientRejected;
        permanent.retryable = false;
        QVERIFY(policy.shouldRetry(1, temporary));
        QVERIFY(policy.shouldRetry(9, temporary));
        QVERIFY(!policy.shouldRetry(10, temporary));
        QVERIFY(!policy.shouldRetry(1, permanent));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
