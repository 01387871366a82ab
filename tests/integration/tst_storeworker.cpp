// SPDX-License-Identifier: GPL-3.0-or-later
// StoreWorker against the lab Dovecot, through a byte-forwarding proxy that can cut every
// connection: requests from this (the "GUI") thread are answered by queued signals, a user
// request overtakes queued background work, a dropped connection is replaced transparently,
// syncing leaves \Seen alone while markRead sets it, delete moves exactly our message to the
// Trash, and the periodic check reports new mail.
#include "labenv.h"

#include "cache/mailcache.h"
#include "sync/imapsession.h"
#include "sync/storeworker.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailwright;
using mailwright::test::LabEnv;

namespace {

/// Forwards bytes between clients and the real server; dropAll() cuts every connection, as a
/// server restart or a NAT timeout would. Lives in the test thread.
class Forwarder : public QObject
{
public:
    Forwarder(const QString &host, quint16 port)
        : m_host(host)
        , m_port(port)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                ++m_accepted;
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(m_host, m_port);
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream]() { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream]() { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                m_clients.append(client);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }
    void dropAll()
    {
        for (const QPointer<QTcpSocket> &c : std::as_const(m_clients)) {
            if (c)
                c->abort();
        }
        m_clients.clear();
    }

private:
    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
    int m_accepted = 0;
    QList<QPointer<QTcpSocket>> m_clients;
};

QByteArray testMessage(const QByteArray &id, const QByteArray &subject)
{
    return "From: Worker Test <worker@lab.test>\r\nTo: bob@lab.test\r\nSubject: " + subject +
           "\r\nMessage-ID: <" + id +
           "@lab.test>\r\nDate: Tue, 02 Jan 2024 10:00:00 +0000\r\n"
           "\r\nBody of " +
           subject + "\r\n";
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT
private:
    LabEnv m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<Forwarder> m_proxy;
    QString m_folder;
    QByteArray m_tag;

    WireOptions direct() const
    {
        WireOptions o;
        o.endpoint = {Protocol::Imap, m_lab.host(), m_lab.port(QStringLiteral("IMAPS_PORT")),
                      Security::ImplicitTls};
        o.tls.addCaFile(m_lab.caFile());
        return o;
    }
    ImapCredentials bob() const
    {
        return {m_lab.value(QStringLiteral("USER2")), m_lab.value(QStringLiteral("PASS2"))};
    }
    StoreAccount account(const QString &cacheName = QStringLiteral("cache.sqlite")) const
    {
        StoreAccount a;
        a.name = QStringLiteral("worker-bob");
        a.wire = direct();
        a.wire.endpoint.port = m_proxy->port();
        a.username = bob().username;
        a.password = bob().password;
        a.checkIntervalMinutes = 0;
        a.cachePath = m_dir.filePath(cacheName);
        return a;
    }
    /// UID → Message-ID of the test folder on the server, and its flags.
    QHash<quint32, int> serverFlags(const QString &path)
    {
        ImapSession s;
        if (s.open(direct(), bob()))
            return {};
        QHash<quint32, int> flags;
        s.fetchFlags(path, 1, &flags);
        return flags;
    }
    quint32 uidOf(const QString &subject)
    {
        MailCache cache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        auto folder = cache.folder(QStringLiteral("worker-bob"), m_folder);
        if (!folder.value)
            return 0;
        for (const CachedMessage &m :
             cache.messages(folder.value->id, MessageSort::Date, true, 0, 100).value) {
            if (m.subject == subject)
                return m.uid;
        }
        return 0;
    }
    static MailError finished(QSignalSpy &spy, quint64 id, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<MailError>();
            }
            if (deadline.hasExpired() || !spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
                return makeMailError(ErrorCode::Timeout, Phase::None, QStringLiteral("no answer"));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
        m_proxy =
            std::make_unique<Forwarder>(m_lab.host(), m_lab.port(QStringLiteral("IMAPS_PORT")));
        QVERIFY(m_proxy->port() != 0);
        m_tag = QByteArray::number(QCoreApplication::applicationPid());
        m_folder = QStringLiteral("Worker") + QString::fromLatin1(m_tag);
        ImapSession s;
        QVERIFY(!s.open(direct(), bob()));
        QVERIFY(!s.createFolder(m_folder));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(!s.appendMessage(m_folder, testMessage("w" + QByteArray::number(i) + m_tag,
                                                           "worker " + QByteArray::number(i))));
        // Another client's message, already marked \Deleted: our delete must not expunge it.
        QVERIFY(
            !s.appendMessage(m_folder, testMessage("other" + m_tag, "other client"), FlagDeleted));
    }

    void cleanupTestCase()
    {
        ImapSession s;
        if (!s.open(direct(), bob()))
            s.deleteFolder(m_folder);
    }

    void answersBySignalInTheCallersThread()
    {
        StoreWorker worker(account());
        worker.start();
        QSignalSpy lists(&worker, &StoreWorker::folderListChanged);
        QSignalSpy synced(&worker, &StoreWorker::folderSynced);
        QSignalSpy bodies(&worker, &StoreWorker::messageBody);
        QSignalSpy done(&worker, &StoreWorker::requestFinished);
        QThread *deliveredIn = nullptr;
        connect(&worker, &StoreWorker::messageBody, this,
                [&deliveredIn]() { deliveredIn = QThread::currentThread(); });

        QVERIFY(!finished(done, worker.syncFolderList()));
        QCOMPARE(lists.size(), 1);
        QVERIFY(!finished(done, worker.syncFolder(m_folder)));
        QCOMPARE(synced.size(), 1);
        QCOMPARE(synced[0][1].toString(), m_folder);
        QCOMPARE(synced[0][2].value<FolderSyncStats>().added, 5);

        const quint32 uid = uidOf(QStringLiteral("worker 1"));
        QVERIFY(uid > 0);
        QVERIFY(!finished(done, worker.fetchBody(m_folder, uid)));
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies[0][2].toUInt(), uid);
        QCOMPARE(bodies[0][3].toByteArray(), testMessage("w1" + m_tag, "worker 1"));
        QCOMPARE(deliveredIn, QThread::currentThread());
        // Neither syncing nor fetching the body set \Seen (EXAMINE, BODY.PEEK[]).
        const QHash<quint32, int> flags = serverFlags(m_folder);
        QCOMPARE(flags.size(), 5);
        for (int f : flags)
            QVERIFY(!(f & FlagSeen));
    }

    void userRequestOvertakesQueuedBackgroundWork()
    {
        StoreWorker worker(account());
        QSignalSpy done(&worker, &StoreWorker::requestFinished);
        // Queue before the thread runs, so nothing has started: the order is purely the queue's.
        QList<quint64> background;
        for (int i = 0; i < 4; ++i)
            background << worker.syncFolder(i % 2 ? m_folder : QStringLiteral("INBOX"));
        const quint64 user = worker.fetchBody(m_folder, uidOf(QStringLiteral("worker 2")));
        worker.start();
        QVERIFY(!finished(done, background.last(), 30000));
        QList<quint64> order;
        for (const QList<QVariant> &args : std::as_const(done))
            order << args.at(0).toULongLong();
        QCOMPARE(order.size(), 5);
        QCOMPARE(order.first(), user); // queued last, answered first
        QCOMPARE(order.mid(1), background);
    }

    void reconnectsAfterTheServerDropsTheConnection()
    {
        StoreWorker worker(account());
        worker.start();
        QSignalSpy done(&worker, &StoreWorker::requestFinished);
        QSignalSpy bodies(&worker, &StoreWorker::messageBody);
        QVERIFY(!finished(done, worker.syncFolder(m_folder)));
        const int before = m_proxy->accepted();
        m_proxy->dropAll(); // the idle connection dies under the worker
        // Body of a message not cached yet: needs the server.
        const quint32 uid = uidOf(QStringLiteral("worker 3"));
        const MailError e = finished(done, worker.fetchBody(m_folder, uid));
        QVERIFY2(!e, qPrintable(e.userMessage + QLatin1Char(' ') + e.technicalDetail));
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies[0][3].toByteArray(), testMessage("w3" + m_tag, "worker 3"));
        QVERIFY(m_proxy->accepted() > before); // a fresh connection, not the dead one
    }

    void markReadSetsSeenOnlyWhenAsked()
    {
        StoreWorker worker(account());
        worker.start();
        QSignalSpy done(&worker, &StoreWorker::requestFinished);
        QSignalSpy changed(&worker, &StoreWorker::messagesChanged);
        const quint32 uid = uidOf(QStringLiteral("worker 1"));
        QVERIFY(!finished(done, worker.markRead(m_folder, {uid}, true)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(serverFlags(m_folder).value(uid) & FlagSeen);
        MailCache cache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        auto folder = cache.folder(QStringLiteral("worker-bob"), m_folder);
        QVERIFY(cache.message(folder.value->id, uid).value->flags & FlagSeen);
        QVERIFY(!finished(done, worker.markRead(m_folder, {uid}, false)));
        QVERIFY(!(serverFlags(m_folder).value(uid) & FlagSeen));
        QVERIFY(!(cache.message(folder.value->id, uid).value->flags & FlagSeen));
    }

    void deleteMovesOnlyOurMessageToTrash()
    {
        StoreWorker worker(account());
        worker.start();
        QSignalSpy done(&worker, &StoreWorker::requestFinished);
        QVERIFY(!finished(done, worker.syncFolderList()));
        const quint32 uid = uidOf(QStringLiteral("worker 4"));
        QVERIFY(uid > 0);
        const QHash<quint32, int> before = serverFlags(m_folder);
        QCOMPARE(before.size(), 5);
        QVERIFY(!finished(done, worker.deleteMessages(m_folder, {uid})));
        const QHash<quint32, int> after = serverFlags(m_folder);
        QCOMPARE(after.size(), 4);
        QVERIFY(!after.contains(uid));
        // The other client's \Deleted message is still there: UID EXPUNGE, not EXPUNGE.
        int otherDeleted = 0;
        for (int f : after)
            otherDeleted += (f & FlagDeleted) ? 1 : 0;
        QCOMPARE(otherDeleted, 1);
        QCOMPARE(uidOf(QStringLiteral("worker 4")), 0u);
        ImapSession s;
        QVERIFY(!s.open(direct(), bob()));
        QByteArray inTrash;
        QVERIFY(
            !s.fetchByMessageId(QStringLiteral("Trash"), "w4" + m_tag + "@lab.test", &inTrash, 20));
        QCOMPARE(inTrash, testMessage("w4" + m_tag, "worker 4"));
    }

    void periodicCheckReportsNewMail()
    {
        // A cache of its own, so the first check really walks INBOX (EXAMINE: the folder stays
        // open) and reports nothing, however the earlier test functions left the shared cache.
        // The next checks must see the new message all the same: STATUS on the still-open
        // folder returned what EXAMINE had seen (the failure this test once showed by chance,
        // when mail for bob arrived between two test functions).
        StoreWorker worker(account(QStringLiteral("check.sqlite")));
        worker.start();
        QSignalSpy done(&worker, &StoreWorker::requestFinished);
        QSignalSpy fresh(&worker, &StoreWorker::newMail);
        QVERIFY(!finished(done, worker.syncFolderList())); // as the app does first (syncAll)
        QVERIFY(!finished(done, worker.checkNow()));       // INBOX known from here on
        QCOMPARE(fresh.size(), 0);
        ImapSession s;
        QVERIFY(!s.open(direct(), bob()));
        QVERIFY(!s.appendMessage(QStringLiteral("INBOX"), testMessage("new" + m_tag, "new mail")));
        worker.setCheckIntervalMs(200);
        QVERIFY(fresh.wait(10000));
        QCOMPARE(fresh[0][0].toString(), QStringLiteral("worker-bob"));
        QCOMPARE(fresh[0][1].toString(), QStringLiteral("INBOX"));
        QVERIFY(fresh[0][2].toInt() >= 1);
    }

    void stopCancelsPromptly()
    {
        auto worker = std::make_unique<StoreWorker>(account());
        worker->start();
        worker->syncAll();
        QTest::qWait(50);
        QElapsedTimer t;
        t.start();
        worker.reset(); // stop(): cancel, quit, wait
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
