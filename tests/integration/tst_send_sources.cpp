// SPDX-License-Identifier: GPL-3.0-or-later
// File-referenced outbox messages (docs/architecture.md, "File-referenced messages"): a prepared
// .eml queued unchanged is recorded as a reference instead of a copy; it is streamed from the
// file, the bytes sent are checked against the queued ContentHash before the final dot, and the
// bytes are copied in when the message must stay (importSources), or by recovery when the
// referencing process died: unchanged file → imported, changed → failed, never sent.
#include "clitestutil.h"
#include "scriptedserver.h"
#include "send/outbox.h"
#include "send/sendworker.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mailwright;
using mailwright::test::CliRun;
using mailwright::test::runCli;
using mailwright::test::ScriptedServer;

namespace {

QByteArray message(const QByteArray &tag, int bodyBytes = 3000)
{
    QByteArray m = "From: a@src.test\r\nTo: r1@src.test\r\nSubject: " + tag + "\r\nMessage-ID: <" +
                   tag + "@src.test>\r\n\r\n";
    while (m.size() < bodyBytes)
        m += "line of " + tag + " 0123456789 abcdefghijklmnopqrstuvwxyz\r\n";
    return m;
}

QStringList greeting()
{
    return test::smtpGreeting(QStringLiteral("src.test"),
                              {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 50000000")});
}

QStringList group()
{
    return {QStringLiteral("C: MAIL FROM:<a@src.test>.*"),
            QStringLiteral("C: RCPT TO:<r1@src.test>"),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("S: 354 go")};
}

QStringList acceptMany(int n)
{
    QStringList s = greeting();
    for (int i = 0; i < n; ++i)
        s += group() + QStringList{QStringLiteral("DATA"), QStringLiteral("S: 250 2.0.0 queued"),
                                   QStringLiteral("MARK delivered")};
    return s + test::smtpQuit();
}

} // namespace

class TestSendSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_db;

    QString writeFile(const QByteArray &bytes)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("s%1.eml").arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    /// Rewrites \a path with different bytes of the same size and the old modification time:
    /// only the content hash can notice.
    static void tamper(const QString &path)
    {
        const QDateTime modified = QFileInfo(path).lastModified();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() - 10] = 'X';
        f.seek(0);
        f.write(bytes);
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }

    static OutboxDraft draftFor(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        OutboxDraft d;
        d.account = QStringLiteral("src");
        d.envelopeFrom = QStringLiteral("a@src.test");
        d.recipients = {QStringLiteral("r1@src.test")};
        d.raw = f.readAll();
        d.sourceFile = path;
        d.sourceModifiedMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
        return d;
    }

    /// Rows of \a table for message \a id, read with a separate connection.
    int rows(const char *table, qint64 id) const
    {
        const QString name = QStringLiteral("peek%1").arg(id);
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE message_id = %2")
                           .arg(QLatin1String(table))
                           .arg(id));
                if (q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    /// Makes the reference look like one left by a process that died (kill -9).
    void orphan(qint64 id) const
    {
        const QString name = QStringLiteral("orphan%1").arg(id);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Above pid_max: no such process can exist.
            QVERIFY(q.exec(QStringLiteral("UPDATE sources SET owner_pid = 99999999 WHERE "
                                          "message_id = %1")
                               .arg(id)));
        }
        QSqlDatabase::removeDatabase(name);
    }

    SmtpTarget target(quint16 port) const
    {
        SmtpTarget t;
        t.account = QStringLiteral("src");
        t.wire.endpoint = {Protocol::Smtp, QStringLiteral("127.0.0.1"), port, Security::None};
        t.wire.tls.allowPlaintext = true;
        t.wire.idleTimeoutMs = 10000;
        return t;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_db = m_dir.filePath(QStringLiteral("outbox%1.sqlite").arg(++m_case)); }

    void unchangedFileIsReferencedNotCopied()
    {
        const QByteArray bytes = message("ref");
        const QString path = writeFile(bytes);
        Outbox outbox(m_db);
        const auto id = outbox.enqueue(draftFor(path));
        QVERIFY(id.ok());
        QCOMPARE(rows("bodies", id.value), 0);
        QCOMPARE(rows("sources", id.value), 1);
        const auto m = outbox.message(id.value);
        QVERIFY2(m.ok(), qPrintable(m.error.technicalDetail));
        QCOMPARE(m.value.raw, bytes);
        QCOMPARE(m.value.size, bytes.size());

        // A draft whose file changed since it was read is copied as usual.
        OutboxDraft stale = draftFor(path);
        stale.sourceModifiedMs -= 5000;
        const auto copied = outbox.enqueue(stale);
        QVERIFY(copied.ok());
        QCOMPARE(rows("bodies", copied.value), 1);
        QCOMPARE(rows("sources", copied.value), 0);
    }

    void changedContentIsNotVouchedFor()
    {
        const QString path = writeFile(message("tamper"));
        Outbox outbox(m_db);
        const auto id = outbox.enqueue(draftFor(path));
        QVERIFY(id.ok());
        tamper(path);
        QByteArray buffer(int(QFileInfo(path).size()), Qt::Uninitialized);
        QVERIFY(!outbox.readBody(id.value, 0, buffer.data(), buffer.size()));
        const MailError e = outbox.verifyBody(id.value);
        QCOMPARE(e.code, ErrorCode::FileError);
        QVERIFY2(e.userMessage.contains(path), qPrintable(e.userMessage));
        QVERIFY(!outbox.message(id.value).ok());
    }

    void importCopiesTheBytesIn()
    {
        const QByteArray bytes = message("import");
        const QString path = writeFile(bytes);
        Outbox outbox(m_db);
        const auto id = outbox.enqueue(draftFor(path));
        QVERIFY(id.ok());
        QVERIFY(!outbox.importSources({id.value}));
        QCOMPARE(rows("bodies", id.value), 1);
        QCOMPARE(rows("sources", id.value), 0);
        QVERIFY(QFile::remove(path));
        QCOMPARE(outbox.message(id.value).value.raw, bytes);
    }

    void recoveryImportsUnchangedAndFailsChanged()
    {
        const QByteArray keep = message("keep");
        const QString keepPath = writeFile(keep);
        const QString changedPath = writeFile(message("changed"));
        qint64 keepId = 0;
        qint64 changedId = 0;
        {
            Outbox outbox(m_db);
            keepId = outbox.enqueue(draftFor(keepPath)).value;
            changedId = outbox.enqueue(draftFor(changedPath)).value;
            QVERIFY(keepId > 0 && changedId > 0);
            // Our own process is alive: opening again imports nothing.
            Outbox again(m_db);
            QVERIFY(!again.open());
            QCOMPARE(rows("sources", keepId), 1);
        }
        orphan(keepId);
        orphan(changedId);
        tamper(changedPath);
        Outbox recovered(m_db);
        QVERIFY(!recovered.open());
        QCOMPARE(rows("sources", keepId), 0);
        QCOMPARE(rows("bodies", keepId), 1);
        QVERIFY(QFile::remove(keepPath));
        const auto k = recovered.message(keepId);
        QCOMPARE(k.value.state, OutboxState::Queued);
        QCOMPARE(k.value.raw, keep);
        const auto c = recovered.message(changedId, false);
        QCOMPARE(c.value.state, OutboxState::Failed);
        QCOMPARE(c.value.lastError.code, ErrorCode::FileError);
    }

    void fileChangedBeforeSendIsNeverDelivered()
    {
        // The worker streams the file; its bytes no longer match the queued hash, so the
        // message is abandoned before the final dot (connection dropped) and fails.
        ScriptedServer srv(greeting() + group() + QStringList{QStringLiteral("SILENT")});
        const quint16 port = srv.start();
        const QString path = writeFile(message("late", 200 * 1024));
        Outbox outbox(m_db);
        const auto id = outbox.enqueue(draftFor(path));
        QVERIFY(id.ok());
        tamper(path);
        SendWorker worker(outbox, target(port));
        Outbox::ClaimFilter filter;
        filter.ids = {id.value};
        const SendWorker::Result r = worker.run(filter);
        QCOMPARE(r.outcomes.size(), 1);
        QCOMPARE(r.outcomes.at(0).state, OutboxState::Failed);
        QCOMPARE(r.outcomes.at(0).error.code, ErrorCode::FileError);
        QVERIFY(!srv.received().contains("\r\n.\r\n"));
        QVERIFY(!srv.received().contains("QUIT"));
        QCOMPARE(outbox.state(id.value).value, OutboxState::Failed);
    }

    void cancelOfReadAheadMessageStillCounts()
    {
        // Message 2 is read ahead and its group follows message 1's final dot. cancel() comes
        // while message 1 waits for its 250: message 2 must not go out (dropped connection, no
        // text, no dot) and ends failed/cancelled; message 1 is sent.
        ScriptedServer srv(greeting() + group() +
                           QStringList{QStringLiteral("DATA"), QStringLiteral("MARK dot1"),
                                       QStringLiteral("WAIT 700"),
                                       QStringLiteral("S: 250 2.0.0 queued"),
                                       QStringLiteral("S: 250 ok"), QStringLiteral("S: 250 ok"),
                                       QStringLiteral("S: 354 go"), QStringLiteral("SILENT")});
        const quint16 port = srv.start();
        qint64 first = 0;
        qint64 second = 0;
        {
            Outbox outbox(m_db);
            OutboxDraft d = draftFor(writeFile(message("c1")));
            d.sourceFile.clear(); // a copy: this test is about the read-ahead, not the file
            first = outbox.enqueue(d).value;
            d.raw = message("c2");
            second = outbox.enqueue(d).value;
            QVERIFY(first > 0 && second > 0);
        }
        SendWorker::Result result;
        std::thread sender([this, port, &result]() {
            Outbox outbox(m_db); // one Outbox per thread
            SendWorker worker(outbox, target(port));
            result = worker.run(Outbox::ClaimFilter());
        });
        QTRY_VERIFY_WITH_TIMEOUT(srv.marks(QStringLiteral("dot1")) == 1, 10000);
        {
            Outbox outbox(m_db);
            QVERIFY(!outbox.cancel(second));
        }
        sender.join();
        QCOMPARE(result.outcomes.size(), 2);
        Outbox outbox(m_db);
        QCOMPARE(outbox.state(first).value, OutboxState::Sent);
        QCOMPARE(outbox.state(second).value, OutboxState::Failed);
        QVERIFY(!srv.received().contains("Subject: c2"));
        QVERIFY2(srv.received().endsWith("DATA\r\n"), srv.received().constData());
        QVERIFY2(srv.failures().isEmpty(), qPrintable(srv.failures().join(QLatin1Char('\n'))));
    }

    void killedSendRecoversReferencesAndSendsOnce()
    {
        // `send --eml` of three files is killed while the server holds the first message's
        // group unanswered. Then file 2 changes. The next start imports files 1 and 3 (queued,
        // delivered once each by the flush) and fails message 2 without sending it.
        const QString config = m_dir.filePath(QStringLiteral("cfg%1").arg(m_case));
        ScriptedServer srv({});
        srv.setScripts(
            {greeting() + QStringList{QStringLiteral("C: MAIL FROM:.*"),
                                      QStringLiteral("MARK mail"), QStringLiteral("SILENT")},
             acceptMany(2)});
        const quint16 port = srv.start();
        const QStringList files{writeFile(message("k1")), writeFile(message("k2")),
                                writeFile(message("k3"))};
        const QStringList server = test::scriptedServerArgs(config, port);
        QProcess child;
        child.start(test::cliPath(), QStringList{QStringLiteral("send"), QStringLiteral("-t"),
                                                 QStringLiteral("--eml")} +
                                         files + server);
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(srv.marks(QStringLiteral("mail")) == 1, 10000);
        child.kill(); // SIGKILL: no importSources() on the way out
        QVERIFY(child.waitForFinished(5000));
        tamper(files.at(1));

        const CliRun flush = runCli(QStringList{QStringLiteral("outbox"), QStringLiteral("flush"),
                                                QStringLiteral("--json")} +
                                        server,
                                    QProcessEnvironment::systemEnvironment());
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.describe()));
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 2);
        QCOMPARE(srv.received().count("Subject: k1"), 1);
        QCOMPARE(srv.received().count("Subject: k3"), 1);
        QVERIFY(!srv.received().contains("Subject: k2"));
        Outbox outbox(config + QStringLiteral("/data/outbox.sqlite"));
        const QList<OutboxEntry> all = outbox.list().value;
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).state, OutboxState::Sent);
        QCOMPARE(all.at(1).state, OutboxState::Failed);
        QCOMPARE(all.at(1).lastError.code, ErrorCode::FileError);
        QCOMPARE(all.at(2).state, OutboxState::Sent);
        QVERIFY2(srv.failures().isEmpty(), qPrintable(srv.failures().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSendSources)
#include "tst_send_sources.moc"
