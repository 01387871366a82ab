// SPDX-License-Identifier: GPL-3.0-or-later
// How a sync cuts the new messages into FETCH batches (ImapSync::nextBatchSize).
#include "sync/imapsync.h"

#include <QTest>

using namespace mailwright;

namespace {

QList<int> plan(int total, int batchSize)
{
    QList<int> sizes;
    for (int start = 0; start < total;) {
        const int n = ImapSync::nextBatchSize(total, total - start, batchSize);
        if (n <= 0 || sizes.size() > total)
            return {}; // no progress: the test fails on the comparison
        sizes << n;
        start += n;
    }
    return sizes;
}

} // namespace

class TestSyncBatches : public QObject
{
    Q_OBJECT
private slots:
    void lastBatchIsSplit()
    {
        // The last full batch's worth in halves down to a quarter: the insert that nothing
        // overlaps (the writer's last) is small.
        QCOMPARE(plan(50000, 5000), (QList<int>{5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000,
                                                5000, 2500, 1250, 1250}));
        QCOMPARE(plan(12000, 5000), (QList<int>{5000, 5000, 1000, 1000}));
        QCOMPARE(plan(5001, 5000), (QList<int>{5000, 1}));
    }

    void singleBatchStaysWhole()
    {
        // Nothing to overlap with: one FETCH, one transaction.
        QCOMPARE(plan(5000, 5000), QList<int>{5000});
        QCOMPARE(plan(300, 5000), QList<int>{300});
        QCOMPARE(plan(1, 5000), QList<int>{1});
    }

    void tinyBatchSizes()
    {
        QCOMPARE(plan(3, 1), (QList<int>{1, 1, 1}));
        QCOMPARE(plan(10, 4), (QList<int>{4, 4, 1, 1}));
        QCOMPARE(plan(7, 0), (QList<int>{1, 1, 1, 1, 1, 1, 1})); // 0 is treated as 1
    }
};

QTEST_GUILESS_MAIN(TestSyncBatches)
#include "tst_syncbatches.moc"
