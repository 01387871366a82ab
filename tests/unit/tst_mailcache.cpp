// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/cacheschema_p.h"
#include "cache/mailcache.h"
#include "cache/messagebatchwriter.h"
#include "cacheprobe.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;
using mailwright::test::sortIndexCount;

namespace {

CachedMessage makeMessage(quint32 uid, const QString &subject, int flags = FlagNone)
{
    CachedMessage m;
    m.uid = uid;
    m.subject = subject;
    m.from = QStringLiteral("Sender %1 <s%1@lab.test>").arg(uid % 97);
    m.to = QStringLiteral("alice@lab.test");
    m.messageId = QByteArray("<") + QByteArray::number(uid) + "@lab.test>";
    m.date = QDateTime::fromSecsSinceEpoch(1700000000 + qint64(uid) * 60, Qt::UTC);
    m.flags = flags;
    m.size = 1000 + uid;
    return m;
}

/// The plan SQLite picks for the list query sorted by sender.
QString senderListPlan(const QString &file, qint64 folderId)
{
    QString plan;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan-probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM messages m WHERE"
                                      " m.folder_id = %1 ORDER BY m.sender COLLATE NOCASE,"
                                      " m.id LIMIT 50 OFFSET 100")
                           .arg(folderId))) {
                while (q.next())
                    plan += q.value(3).toString() + QLatin1Char('\n');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan-probe"));
    return plan;
}

} // namespace

class TestMailCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void schemaHasWalAndFts5()
    {
        MailCache cache(path("schema.sqlite"));
        QVERIFY(!cache.open());
        QCOMPARE(MailCache::schemaVersion(), cacheschema::CurrentVersion);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path("schema.sqlite"));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(
                q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'message_fts'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toString().contains(QLatin1String("fts5")));
            QCOMPARE(cacheschema::storedVersion(db), cacheschema::CurrentVersion);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void migratesVersion1AndRefusesNewer()
    {
        const QString file = path("migrate.sqlite");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(!cacheschema::migrate(db, 1));
            QCOMPARE(cacheschema::storedVersion(db), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO folders (account, path) VALUES ('a', 'INBOX')")));
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM pop3_uidls"))); // not in version 1
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        {
            MailCache cache(file);
            QVERIFY(!cache.open());
            auto folder = cache.folder(QStringLiteral("a"), QStringLiteral("INBOX"));
            QVERIFY(folder.ok());
            QVERIFY(folder.value.has_value());                // data kept across the migration
            QVERIFY(cache.knownUidls(folder.value->id).ok()); // version 2 table exists
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
        MailCache newer(file);
        const MailError error = newer.open();
        QCOMPARE(error.code, ErrorCode::StorageError);
        QVERIFY(error.technicalDetail.contains(QLatin1String("newer")));
    }

    void foldersMessagesFlagsAndExpunges()
    {
        MailCache cache(path("folders.sqlite"));
        auto inbox = cache.ensureFolder(QStringLiteral("lab"), QStringLiteral("INBOX"),
                                        QStringLiteral("/"), SpecialUse::Inbox);
        QVERIFY(inbox.ok());
        auto sent = cache.ensureFolder(QStringLiteral("lab"), QStringLiteral("Ünïcode/Sent"),
                                       QStringLiteral("/"), SpecialUse::Sent);
        QVERIFY(sent.ok());
        QVERIFY(inbox.value.id != sent.value.id);
        auto all = cache.folders(QStringLiteral("lab"));
        QCOMPARE(all.value.size(), 2);
        QCOMPARE(all.value.at(1).path, QStringLiteral("Ünïcode/Sent"));
        QCOMPARE(all.value.at(1).specialUse, SpecialUse::Sent);

        const qint64 id = inbox.value.id;
        QVERIFY(!cache.resetFolder(id, 42));
        QVERIFY(!cache.addMessages(id,
                                   {makeMessage(1, QStringLiteral("one")),
                                    makeMessage(2, QStringLiteral("two"), FlagSeen)},
                                   2));
        // A batch repeated after a crash: same UIDs are ignored, never duplicated.
        QVERIFY(!cache.addMessages(
            id,
            {makeMessage(2, QStringLiteral("two again")), makeMessage(3, QStringLiteral("three"))},
            3));
        auto folder = cache.folderById(id);
        QCOMPARE(folder.value->highestUid, 3u);
        QCOMPARE(folder.value->uidValidity, 42u);
        QCOMPARE(folder.value->total, 3);
        QCOMPARE(folder.value->unread, 2);
        QCOMPARE(cache.message(id, 2).value->subject, QStringLiteral("two"));

        QVERIFY(!cache.setFlags(id, {{1, FlagSeen | FlagFlagged}}));
        auto flags = cache.flagsByUid(id);
        QCOMPARE(flags.value.value(1), FlagSeen | FlagFlagged);
        QCOMPARE(cache.folderById(id).value->unread, 1);

        QVERIFY(!cache.removeMessages(id, {2}));
        QCOMPARE(cache.messageCount(id).value, 2);
        QVERIFY(!cache.message(id, 2).value.has_value());

        QVERIFY(!cache.finishSync(id, 4));
        QCOMPARE(cache.folderById(id).value->uidNext, 4u);
        QVERIFY(cache.folderById(id).value->lastSync.isValid());

        // New UIDVALIDITY: everything goes.
        QVERIFY(!cache.resetFolder(id, 43));
        QCOMPARE(cache.messageCount(id).value, 0);
        QCOMPARE(cache.folderById(id).value->highestUid, 0u);

        QVERIFY(!cache.removeFolder(sent.value.id));
        QCOMPARE(cache.folders(QStringLiteral("lab")).value.size(), 1);
    }

    void bodiesAreExactAndSearchable()
    {
        MailCache cache(path("bodies.sqlite"));
        const qint64 id = cache
                              .ensureFolder(QStringLiteral("lab"), QStringLiteral("INBOX"),
                                            QString(), SpecialUse::Inbox)
                              .value.id;
        QVERIFY(!cache.addMessages(id,
                                   {makeMessage(7, QStringLiteral("Quarterly report")),
                                    makeMessage(8, QStringLiteral("Lunch"))},
                                   8));
        QVERIFY(cache.body(id, 7).value.isNull()); // not fetched yet
        QByteArray raw("Subject: Quarterly report\r\n\r\n..leading dot\r\n\0binary\xff\r\n", 46);
        QVERIFY(
            !cache.storeBody(id, 7, raw, QStringLiteral("The xylophone numbers are in."), true));
        QCOMPARE(cache.body(id, 7).value, raw);
        QVERIFY(cache.message(id, 7).value->hasBody);
        QVERIFY(cache.message(id, 7).value->hasAttachments);
        QCOMPARE(cache.message(id, 7).value->snippet,
                 QStringLiteral("The xylophone numbers are in."));

        QCOMPARE(cache.messageCount(id, QStringLiteral("xylophone")).value, 1); // body word
        QCOMPARE(cache.messageCount(id, QStringLiteral("XYLOPH")).value, 1);    // prefix, case
        QCOMPARE(cache.messageCount(id, QStringLiteral("lunch")).value, 1);     // subject
        QCOMPARE(cache.messageCount(id, QStringLiteral("s8 lab")).value, 1);    // address
        QCOMPARE(cache.messageCount(id, QStringLiteral("nothingsuch")).value, 0);
        // FTS5 syntax typed by a user is taken literally, not an error.
        QVERIFY(cache.messageCount(id, QStringLiteral("\"AND (OR* NEAR")).ok());
        auto found =
            cache.messages(id, MessageSort::Date, true, 0, 10, QStringLiteral("xylophone"));
        QCOMPARE(found.value.size(), 1);
        QCOMPARE(found.value.first().uid, 7u);

        // Deleting the message removes it from the index as well.
        QVERIFY(!cache.removeMessages(id, {7}));
        QCOMPARE(cache.messageCount(id, QStringLiteral("xylophone")).value, 0);
    }

    void batchesAreIndexedOncePerMessage()
    {
        // addMessages writes the batch's full-text rows itself (no per-row trigger since schema
        // 3): every message is searchable right after its batch, exactly once, also when a
        // batch is redone after a crash, and a stored body replaces the row instead of adding one.
        const QString file = path("fts.sqlite");
        MailCache cache(file);
        const qint64 other = cache
                                 .ensureFolder(QStringLiteral("lab"), QStringLiteral("Other"),
                                               QString(), SpecialUse::None)
                                 .value.id;
        const qint64 id = cache
                              .ensureFolder(QStringLiteral("lab"), QStringLiteral("INBOX"),
                                            QString(), SpecialUse::Inbox)
                              .value.id;
        QVERIFY(!cache.addMessages(other, {makeMessage(1, QStringLiteral("Walrus notes"))}, 1));
        QList<CachedMessage> batch;
        for (quint32 uid = 1; uid <= 300; ++uid)
            batch << makeMessage(uid, QStringLiteral("Zeppelin %1").arg(uid));
        QVERIFY(!cache.addMessages(id, batch.mid(0, 150), 150));
        QCOMPARE(cache.messageCount(id, QStringLiteral("zeppelin")).value, 150);
        // The second batch overlaps the first (a batch redone after a kill): no second rows.
        QVERIFY(!cache.addMessages(id, batch.mid(100), 300));
        QVERIFY(!cache.addMessages(other, {makeMessage(2, QStringLiteral("Zeppelin other"))}, 2));
        QCOMPARE(cache.messageCount(id).value, 300);
        QCOMPARE(cache.messageCount(id, QStringLiteral("zeppelin")).value, 300);
        QCOMPARE(cache.messageCount(id, QStringLiteral("zeppelin 142")).value, 1);
        QCOMPARE(cache.messageCount(id, QStringLiteral("s42 lab")).value, 3); // UIDs 42, 139, 236
        QCOMPARE(cache.messageCount(other, QStringLiteral("zeppelin")).value, 1);
        QCOMPARE(cache.messageCount(other, QStringLiteral("walrus")).value, 1);
        QVERIFY(
            !cache.storeBody(id, 42, "Subject: x\r\n\r\nhi\r\n", QStringLiteral("quokka"), false));
        QCOMPARE(cache.messageCount(id, QStringLiteral("quokka")).value, 1);
        QCOMPARE(cache.messageCount(id, QStringLiteral("zeppelin 42")).value, 3); // still there
        QVERIFY(!cache.removeMessages(id, {43}));
        // One full-text row per message, none left over from the expunged one.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts-count"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM message_fts),"
                                          " (SELECT COUNT(*) FROM messages)")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 301);
            QCOMPARE(q.value(1).toInt(), 301);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fts-count"));
    }

    void batchWriterStoresInOrderOnItsThread()
    {
        const QString file = path("writer.sqlite");
        MailCache cache(file);
        const qint64 id = cache
                              .ensureFolder(QStringLiteral("lab"), QStringLiteral("INBOX"),
                                            QString(), SpecialUse::Inbox)
                              .value.id;
        {
            MessageBatchWriter writer(file, 2);
            for (quint32 first = 1; first <= 1000; first += 100) {
                QList<CachedMessage> batch;
                for (quint32 uid = first; uid < first + 100; ++uid)
                    batch << makeMessage(uid, QStringLiteral("Batch %1").arg(uid), FlagSeen);
                QVERIFY(!writer.add(id, batch, first + 99));
                QVERIFY(writer.stored() <= int(first) + 99);
            }
            QVERIFY(!writer.finish());
            QCOMPARE(writer.stored(), 1000);
        }
        auto folder = cache.folderById(id);
        QCOMPARE(folder.value->highestUid, 1000u);
        QCOMPARE(folder.value->total, 1000);
        QCOMPARE(cache.messageCount(id).value, 1000);

        // A failing batch (no such folder: foreign key) stops the writer; the error comes back.
        MessageBatchWriter writer(file, 1);
        QVERIFY(!writer.add(id + 1000, {makeMessage(1, QStringLiteral("Nowhere"))}, 1));
        const MailError failed = writer.finish();
        QVERIFY(failed.isError());
        QCOMPARE(failed.code, ErrorCode::StorageError);
        QVERIFY(writer.add(id, {makeMessage(2000, QStringLiteral("Late"))}, 2000).isError());
        QVERIFY(!cache.message(id, 2000).value); // nothing after the failure is stored
    }

    void bulkWriterBuildsSortIndexesAtTheEnd()
    {
        const QString file = path("bulk.sqlite");
        MailCache cache(file);
        const qint64 id = cache
                              .ensureFolder(QStringLiteral("lab"), QStringLiteral("INBOX"),
                                            QString(), SpecialUse::Inbox)
                              .value.id;
        QCOMPARE(sortIndexCount(file), 3);
        QVERIFY(senderListPlan(file, id).contains(QLatin1String("messages_by_sender")));
        const qint64 sizeBefore = QFileInfo(file).size();
        {
            MessageBatchWriter writer(file, 2, MessageBatchWriter::SortIndexes::BuildAtEnd);
            for (quint32 first = 1; first <= 3000; first += 1000) {
                QList<CachedMessage> batch;
                // Senders and subjects in an order unlike the UIDs' (uid * 7919 mod 3001).
                for (quint32 uid = first; uid < first + 1000; ++uid)
                    batch << makeMessage(uid, QStringLiteral("Bulk %1").arg(uid * 7919 % 3001));
                QVERIFY(!writer.add(id, batch, first + 999));
                if (first == 1) {
                    // While the bulk load runs, the sort indexes are gone (a kill now leaves
                    // them missing: see openRecreatesMissingSortIndexes).
                    QTRY_VERIFY(writer.stored() >= 1000);
                    QCOMPARE(sortIndexCount(file), 0);
                }
            }
            QVERIFY(!writer.finish());
            QCOMPARE(writer.stored(), 3000);
            // The batches' WAL frames were copied into the database file while the indexes were
            // built (the cache's own connection is still open: no close has checkpointed).
            QVERIFY2(
                QFileInfo(file).size() > sizeBefore + 512 * 1024,
                qPrintable(
                    QStringLiteral("%1 -> %2 bytes").arg(sizeBefore).arg(QFileInfo(file).size())));
            // Built before finish() returned, and used by the list's query.
            QCOMPARE(sortIndexCount(file), 3);
            QVERIFY(senderListPlan(file, id).contains(QLatin1String("messages_by_sender")));
        }
        QCOMPARE(cache.messageCount(id).value, 3000);
        QCOMPARE(cache.folderById(id).value->unread, 3000);
        const auto bySubject = cache.messages(id, MessageSort::Subject, false, 0, 5000);
        QCOMPARE(bySubject.value.size(), 3000);
        for (int i = 1; i < bySubject.value.size(); ++i)
            QVERIFY(bySubject.value[i - 1].subject.compare(bySubject.value[i].subject,
                                                           Qt::CaseInsensitive) <= 0);
        const auto byDate = cache.messages(id, MessageSort::Date, true, 0, 3);
        QCOMPARE(byDate.value.value(0).uid, 3000u);
        QCOMPARE(cache.messageCount(id, QStringLiteral("bulk 2999")).value, 1);
        QCOMPARE(cache.messageCount(id, QStringLiteral("s5 lab")).value, 31); // uid % 97 == 5
    }

    void openRecreatesMissingSortIndexes()
    {
        // What a kill -9 during a bulk load leaves: rows stored, sort indexes dropped.
        const QString file = path("killed-bulk.sqlite");
        qint64 id = 0;
        {
            MailCache cache(file);
            id = cache
                     .ensureFolder(QStringLiteral("lab"), QStringLiteral("INBOX"), QString(),
                                   SpecialUse::Inbox)
                     .value.id;
            QList<CachedMessage> batch;
            for (quint32 uid = 1; uid <= 500; ++uid)
                batch << makeMessage(uid, QStringLiteral("Left %1").arg(uid));
            QVERIFY(!cache.dropSortIndexes());
            QVERIFY(!cache.addMessages(id, batch, 500));
            QCOMPARE(cache.hasSortIndexes().value, false);
            QCOMPARE(cache.cachedMessageTotal().value, qint64(500));
        }
        QCOMPARE(sortIndexCount(file), 0);
        MailCache reopened(file);
        QVERIFY(!reopened.open());
        QCOMPARE(sortIndexCount(file), 3);
        QCOMPARE(reopened.hasSortIndexes().value, true);
        QVERIFY(senderListPlan(file, id).contains(QLatin1String("messages_by_sender")));
        QCOMPARE(reopened.messages(id, MessageSort::Sender, false, 0, 1000).value.size(), 500);
        QVERIFY(!reopened.ensureSortIndexes()); // idempotent
        QCOMPARE(sortIndexCount(file), 3);
    }

    void pop3MessagesAreRememberedByUidl()
    {
        MailCache cache(path("pop.sqlite"));
        const qint64 id = cache
                              .ensureFolder(QStringLiteral("pop"), QStringLiteral("INBOX"),
                                            QString(), SpecialUse::Inbox)
                              .value.id;
        CachedMessage m = makeMessage(0, QStringLiteral("pop one"));
        QVERIFY(!cache.addPop3Message(id, QStringLiteral("uidl-a"), &m, "raw a",
                                      QStringLiteral("alpha")));
        QCOMPARE(m.uid, 1u);
        CachedMessage n = makeMessage(0, QStringLiteral("pop two"));
        QVERIFY(!cache.addPop3Message(id, QStringLiteral("uidl-b"), &n, "raw b",
                                      QStringLiteral("beta")));
        QCOMPARE(n.uid, 2u);
        CachedMessage again = makeMessage(0, QStringLiteral("dup"));
        QVERIFY(
            cache.addPop3Message(id, QStringLiteral("uidl-a"), &again, "x", QString()).isError());
        QCOMPARE(cache.knownUidls(id).value,
                 (QSet<QString>{QStringLiteral("uidl-a"), QStringLiteral("uidl-b")}));
        QCOMPARE(cache.body(id, 2).value, QByteArray("raw b"));
        QCOMPARE(cache.messageCount(id).value, 2); // the failed one left nothing behind
        QCOMPARE(cache.messageCount(id, QStringLiteral("beta")).value, 1);
    }

    void hundredThousandRowsPageQuickly()
    {
        MailCache cache(path("big.sqlite"));
        const qint64 id = cache
                              .ensureFolder(QStringLiteral("big"), QStringLiteral("INBOX"),
                                            QString(), SpecialUse::Inbox)
                              .value.id;
        QList<CachedMessage> batch;
        batch.reserve(100000);
        for (quint32 uid = 1; uid <= 100000; ++uid)
            batch.append(makeMessage(uid, QStringLiteral("Subject number %1").arg(uid),
                                     uid % 3 ? FlagSeen : 0));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!cache.addMessages(id, batch, 100000));
        qInfo("100,000 messages inserted in %lld ms", timer.elapsed());
        QCOMPARE(cache.messageCount(id).value, 100000);

        const MessageSort sorts[] = {MessageSort::Date, MessageSort::Sender, MessageSort::Subject};
        qint64 worst = 0;
        for (MessageSort sort : sorts) {
            for (int offset : {0, 50000, 99800}) {
                timer.restart();
                auto page = cache.messages(id, sort, true, offset, 200);
                worst = std::max(worst, timer.elapsed());
                QVERIFY(page.ok());
                QCOMPARE(page.value.size(), 200);
            }
        }
        qInfo("worst 200-row window: %lld ms", worst);
        // Generous for Debug + ASan on a busy machine; a missing index makes it seconds.
        QVERIFY2(worst < 400, qPrintable(QString::number(worst)));
        auto first = cache.messages(id, MessageSort::Date, true, 0, 1);
        QCOMPARE(first.value.first().uid, 100000u); // newest first
        auto last = cache.messages(id, MessageSort::Date, false, 0, 1);
        QCOMPARE(last.value.first().uid, 1u);
    }

    void ftsQueryEscapes()
    {
        QCOMPARE(MailCache::ftsQuery(QStringLiteral("  hello   world ")),
                 QStringLiteral("\"hello\" \"world\"*"));
        QCOMPARE(MailCache::ftsQuery(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
        QCOMPARE(MailCache::ftsQuery(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestMailCache)
#include "tst_mailcache.moc"
