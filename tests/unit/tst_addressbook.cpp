// SPDX-License-Identifier: GPL-3.0-or-later
// Address completion from the message cache: the From/To/Cc columns of cached messages become a
// ranked, deduplicated list (AddressBook), read incrementally; and how long a prefix query and
// the first read take on a cache of 100,000 messages.
#include "cache/addressbook.h"
#include "cache/mailcache.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;

namespace {

CachedMessage message(quint32 uid, const QString &from, const QString &to, const QString &cc,
                      qint64 daysAgo)
{
    CachedMessage m;
    m.uid = uid;
    m.from = from;
    m.to = to;
    m.cc = cc;
    m.subject = QStringLiteral("s%1").arg(uid);
    m.date = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    m.messageId = "<m" + QByteArray::number(uid) + "@x.test>";
    return m;
}

QStringList addresses(const QList<KnownAddress> &list)
{
    QStringList out;
    for (const KnownAddress &k : list)
        out.append(k.mailbox.address);
    return out;
}

} // namespace

class TestAddressBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesStoredColumns()
    {
        const QList<Mailbox> list = AddressBook::parseStoredList(
            QStringLiteral("Doe, Jane <jane@x.test>, bob@y.test, \"Q\" <q@z.test>, undisclosed, "
                           "<bare@w.test>"));
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).displayName, QStringLiteral("Doe, Jane"));
        QCOMPARE(list.at(0).address, QStringLiteral("jane@x.test"));
        QCOMPARE(list.at(1).address, QStringLiteral("bob@y.test"));
        QCOMPARE(list.at(1).displayName, QString());
        QCOMPARE(list.at(2).displayName, QStringLiteral("Q"));
        QCOMPARE(list.at(3).address, QStringLiteral("bare@w.test"));
    }

    void ranksDedupesAndMatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        MailCache cache(path);
        auto folder = cache.ensureFolder(QStringLiteral("A"), QStringLiteral("INBOX"), QString(),
                                         SpecialUse::Inbox);
        QVERIFY(folder.ok());
        const QList<CachedMessage> batch = {
            message(1, QStringLiteral("Carol Old <carol@x.test>"), QStringLiteral("me@x.test"),
                    QString(), 30),
            message(2, QStringLiteral("Carol New <CAROL@x.test>"), QStringLiteral("me@x.test"),
                    QStringLiteral("dave@y.test"), 1),
            message(3, QStringLiteral("carol@x.test"), QStringLiteral("me@x.test"), QString(), 2),
            message(4, QStringLiteral("Dan <dan@y.test>"), QStringLiteral("me@x.test"), QString(),
                    10),
            message(5, QStringLiteral("Erin <erin@carolina.test>"), QStringLiteral("me@x.test"),
                    QString(), 5),
        };
        QVERIFY(!cache.addMessages(folder.value.id, batch, 5));

        AddressBook book;
        QVERIFY(!book.update(path));
        // me@ ×5, carol@ ×3 (three spellings, one entry), dave, dan, erin once each.
        QCOMPARE(book.size(), 5);
        const QList<KnownAddress> all = book.knownAddresses(QString(), 10);
        QCOMPARE(addresses(all).first(), QStringLiteral("me@x.test"));
        QCOMPARE(all.at(1).count, 3);
        // The newest display name, the first spelling of the address.
        QCOMPARE(all.at(1).mailbox.displayName, QStringLiteral("Carol New"));
        QCOMPARE(all.at(1).mailbox.address, QStringLiteral("carol@x.test"));

        // Prefix of the address, of a name's word, of the domain; case-insensitive.
        QCOMPARE(
            addresses(book.knownAddresses(QStringLiteral("CAR"), 10)),
            (QStringList{QStringLiteral("carol@x.test"), QStringLiteral("erin@carolina.test")}));
        QCOMPARE(addresses(book.knownAddresses(QStringLiteral("new"), 10)),
                 QStringList{QStringLiteral("carol@x.test")});
        // Equal counts: the most recent first (dave 1 day, dan 10 days ago).
        QCOMPARE(addresses(book.knownAddresses(QStringLiteral("d"), 10)),
                 (QStringList{QStringLiteral("dave@y.test"), QStringLiteral("dan@y.test")}));
        QCOMPARE(book.knownAddresses(QStringLiteral("d"), 1).size(), 1);
        QVERIFY(book.knownAddresses(QStringLiteral("zz"), 10).isEmpty());

        // Incremental: only the new row is read; counts go on from where they were.
        QVERIFY(!cache.addMessages(folder.value.id,
                                   {message(6, QStringLiteral("Dan <dan@y.test>"),
                                            QStringLiteral("me@x.test"), QString(), 0)},
                                   6));
        QVERIFY(!book.update(path));
        QCOMPARE(addresses(book.knownAddresses(QStringLiteral("d"), 10)).first(),
                 QStringLiteral("dan@y.test"));
        QCOMPARE(book.knownAddresses(QStringLiteral("carol"), 1).first().count, 3);
    }

    void missingCacheIsEmpty()
    {
        AddressBook book;
        QVERIFY(!book.update(QStringLiteral("/nonexistent/cache.sqlite")));
        QCOMPARE(book.size(), 0);
    }

    /// 100,000 messages from 5,000 senders to 20,000 recipients: the first read (worker
    /// thread) and a prefix query (GUI thread, per keystroke).
    void hundredThousandMessages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        MailCache cache(path);
        auto folder = cache.ensureFolder(QStringLiteral("A"), QStringLiteral("INBOX"), QString(),
                                         SpecialUse::Inbox);
        QVERIFY(folder.ok());
        const int total = 100000;
        QList<CachedMessage> batch;
        for (int i = 1; i <= total; ++i) {
            batch.append(
                message(quint32(i),
                        QStringLiteral("Sender %1 <sender%1@s%2.test>").arg(i % 5000).arg(i % 50),
                        QStringLiteral("Person %1 <p%1@r.test>, me@x.test").arg(i % 20000),
                        i % 3 ? QString() : QStringLiteral("list@l.test"), i % 400));
            if (batch.size() == 5000) {
                QVERIFY(!cache.addMessages(folder.value.id, batch, quint32(i)));
                batch.clear();
            }
        }
        AddressBook book;
        QElapsedTimer t;
        t.start();
        QVERIFY(!book.update(path));
        const qint64 readMs = t.elapsed();
        QCOMPARE(book.size(), 5000 + 20000 + 2);
        t.restart();
        const int queries = 20;
        int found = 0;
        for (int q = 0; q < queries; ++q)
            found += int(book.knownAddresses(QStringLiteral("p1"), 50).size());
        const double queryMs = double(t.nsecsElapsed()) / 1e6 / queries;
        QCOMPARE(found, queries * 50);
        qInfo("100k messages, %d addresses: first read %lld ms, prefix query %.2f ms", book.size(),
              readMs, queryMs);
        // The query runs in the GUI thread on each keystroke: it must stay well below a frame.
        // Under AddressSanitizer/UBSan (CI's build) every access is instrumented, 3-10x slower
        // (measured 145 ms on a loaded 2-core machine): there the bound only catches a
        // complexity blow-up; the 50 ms goal is for real builds.
#if defined(__SANITIZE_ADDRESS__)
        const double budgetMs = 500;
#else
        const double budgetMs = 50;
#endif
        QVERIFY2(queryMs < budgetMs, qPrintable(QString::number(queryMs)));
    }
};

QTEST_GUILESS_MAIN(TestAddressBook)
#include "tst_addressbook.moc"
