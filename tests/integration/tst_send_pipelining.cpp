// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2920 PIPELINING in `mailwright-cli send`, against scripted servers (loopback, port 0) that
// advertise it: MAIL, RCPT... and DATA go out as one group (a client that waited for a reply in
// between would hang on these scripts: the server reads the whole group before it answers),
// per-recipient outcomes stay exact, a refused recipient never lets the message out (the 354 is
// answered by dropping the connection, or by a lone dot when no recipient was accepted, RFC 2920
// §3.1), and a 451 after the final dot in a pipelined batch is retried and delivered once.
#include "clitestutil.h"
#include "scriptedserver.h"
#include "send/outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;
using mailwright::test::CliRun;
using mailwright::test::runCli;
using mailwright::test::ScriptedServer;

namespace {

QStringList greeting()
{
    return test::smtpGreeting(QStringLiteral("pipe.test"),
                              {QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME"),
                               QStringLiteral("ENHANCEDSTATUSCODES"),
                               QStringLiteral("SIZE 50000000")});
}

/// The client's group; nothing is answered before all of it arrived.
QStringList group(const QStringList &recipients = {QStringLiteral("r1@pipe.test")})
{
    QStringList s{QStringLiteral("C: MAIL FROM:<a@pipe.test> SIZE=\\d+")};
    for (const QString &r : recipients)
        s << QStringLiteral("C: RCPT TO:<%1>").arg(r);
    return s << QStringLiteral("C: DATA");
}

QStringList accept()
{
    return group() +
           QStringList{QStringLiteral("S: 250 2.1.0 ok"),     QStringLiteral("S: 250 2.1.5 ok"),
                       QStringLiteral("S: 354 go"),           QStringLiteral("DATA"),
                       QStringLiteral("S: 250 2.0.0 queued"), QStringLiteral("MARK delivered")};
}

QByteArray message(const QByteArray &tag, const QByteArray &to = "r1@pipe.test")
{
    return "From: a@pipe.test\r\nTo: " + to + "\r\nSubject: " + tag + "\r\nMessage-ID: <" + tag +
           "@pipe.test>\r\n\r\nbody " + tag + "\r\n.leading dot\r\n";
}

} // namespace

class TestSendPipelining : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_config;

    QStringList server(quint16 port) const { return test::scriptedServerArgs(m_config, port); }

    QString writeEml(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.eml").arg(++m_files));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    int m_files = 0;

    CliRun send(quint16 port, const QStringList &files)
    {
        return runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                                  QStringLiteral("-t"), QStringLiteral("--eml")} +
                          files + server(port),
                      QProcessEnvironment::systemEnvironment());
    }

    static QString failures(const ScriptedServer &srv)
    {
        return srv.failures().join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_config = m_dir.filePath(QStringLiteral("cfg%1").arg(++m_case)); }

    void groupIsOneRoundTripAndDotsAreStuffed()
    {
        ScriptedServer srv(greeting() + accept() + accept() + test::smtpQuit());
        const quint16 port = srv.start();
        const CliRun r = send(port, {writeEml(message("one")), writeEml(message("two"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + failures(srv)));
        QCOMPARE(r.json().size(), 2);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 2);
        QCOMPARE(srv.connections(), 1);
        // On the wire: the whole group before any reply, the leading dot doubled.
        const QByteArray wire = srv.received();
        QVERIFY2(wire.contains("RCPT TO:<r1@pipe.test>\r\nDATA\r\n"), wire.constData());
        QVERIFY(wire.contains("\r\n..leading dot\r\n.\r\n"));
        QVERIFY2(srv.failures().isEmpty(), qPrintable(failures(srv)));
    }

    void refusedRecipientInGroupSendsNoMessage()
    {
        // The server answers the group: one RCPT refused, DATA accepted all the same. A dot now
        // would deliver to r1 alone; the client must drop the connection without one.
        const QStringList rcpts{QStringLiteral("r1@pipe.test"), QStringLiteral("r2@pipe.test")};
        ScriptedServer srv(greeting() + group(rcpts) +
                           QStringList{QStringLiteral("S: 250 2.1.0 ok"),
                                       QStringLiteral("S: 250 2.1.5 ok"),
                                       QStringLiteral("S: 550 5.1.1 <r2@pipe.test>: unknown"),
                                       QStringLiteral("S: 354 go"), QStringLiteral("SILENT")});
        const quint16 port = srv.start();
        const CliRun r = send(port, {writeEml(message("refused", "r1@pipe.test, r2@pipe.test"))});
        QCOMPARE(r.exitCode, 67);
        const QJsonObject o = r.json().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("accepted")).toArray(),
                 QJsonArray{QStringLiteral("r1@pipe.test")});
        const QJsonObject rejected = o.value(QStringLiteral("rejected")).toArray().at(0).toObject();
        QCOMPARE(rejected.value(QStringLiteral("address")).toString(),
                 QStringLiteral("r2@pipe.test"));
        QCOMPARE(rejected.value(QStringLiteral("code")).toInt(), 550);
        QCOMPARE(rejected.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.1.1"));
        // Not one byte after DATA: no message text, no dot, not even QUIT (it would be text).
        QTRY_VERIFY(srv.received().endsWith("DATA\r\n"));
        QVERIFY2(!srv.received().contains("body refused"), srv.received().constData());
        QVERIFY2(srv.failures().isEmpty(), qPrintable(failures(srv)));
    }

    void allRecipientsRefused_data()
    {
        QTest::addColumn<bool>("dataAccepted");
        QTest::newRow("DATA refused (554, RFC 2920 §3.1)") << false;
        QTest::newRow("DATA accepted anyway: a lone dot") << true;
    }

    void allRecipientsRefused()
    {
        QFETCH(bool, dataAccepted);
        const QStringList rcpts{QStringLiteral("r1@pipe.test"), QStringLiteral("r2@pipe.test")};
        QStringList script = greeting() + group(rcpts) +
                             QStringList{QStringLiteral("S: 250 2.1.0 ok"),
                                         QStringLiteral("S: 550 5.1.1 <r1@pipe.test>: unknown"),
                                         QStringLiteral("S: 550 5.1.1 <r2@pipe.test>: unknown")};
        if (dataAccepted)
            script << QStringLiteral("S: 354 go") << QStringLiteral("C: \\.")
                   << QStringLiteral("S: 554 5.5.1 Error: no valid recipients");
        else
            script << QStringLiteral("S: 554 5.5.1 Error: no valid recipients");
        ScriptedServer srv(script + test::smtpQuit());
        const quint16 port = srv.start();
        const CliRun r = send(port, {writeEml(message("none", "r1@pipe.test, r2@pipe.test"))});
        QCOMPARE(r.exitCode, 67);
        const QJsonObject o = r.json().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("accepted")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("rejected")).toArray().size(), 2);
        QCOMPARE(
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("all_recipients_rejected"));
        QTRY_VERIFY(srv.received().endsWith("QUIT\r\n"));
        QVERIFY(!srv.received().contains("body none"));
        QVERIFY2(srv.failures().isEmpty(), qPrintable(failures(srv)));
    }

    void temporaryFailureAfterDotInBatchDeliversEachOnce()
    {
        // Connection 1: message 1 accepted, message 2 gets 451 after its final dot. Message 3's
        // group already followed that dot (SmtpNextEnvelope); G7: the connection is dropped
        // all the same, with no text for message 3, and message 3 goes over connection 2. The
        // flush delivers message 2 over connection 3, and nothing is sent twice.
        ScriptedServer srv({});
        const QStringList temporary =
            group() + QStringList{QStringLiteral("S: 250 2.1.0 ok"),
                                  QStringLiteral("S: 250 2.1.5 ok"), QStringLiteral("S: 354 go"),
                                  QStringLiteral("DATA"),
                                  QStringLiteral("S: 451 4.3.0 Try again later")};
        srv.setScripts(
            {greeting() + accept() + temporary + group() +
                 QStringList{QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                             QStringLiteral("S: 354 go"), QStringLiteral("SILENT")},
             greeting() + accept() + test::smtpQuit()});
        const quint16 port = srv.start();
        const QStringList files{writeEml(message("b1")), writeEml(message("b2")),
                                writeEml(message("b3"))};
        const CliRun first = send(port, files);
        QVERIFY2(first.exitCode == 75, qPrintable(first.describe() + failures(srv)));
        const QJsonArray a = first.json();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(a.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("queued"));
        QCOMPARE(a.at(1)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("reply_code"))
                     .toInt(),
                 451);
        QCOMPARE(a.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(srv.connections(), 2);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 2);
        // Connection 1 ended right after message 3's DATA: no text, no dot, no QUIT.
        QVERIFY2(srv.received().contains("RCPT TO:<r1@pipe.test>\r\nDATA\r\nEHLO localhost\r\n"),
                 srv.received().constData());

        // The file may go now: the queued message's bytes were copied into the outbox.
        QVERIFY(QFile::remove(files.at(1)));
        const CliRun flush = runCli(QStringList{QStringLiteral("outbox"), QStringLiteral("flush"),
                                                QStringLiteral("--json")} +
                                        server(port),
                                    QProcessEnvironment::systemEnvironment());
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.describe() + failures(srv)));
        QCOMPARE(flush.json().size(), 1);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 3);
        QCOMPARE(srv.connections(), 3);
        QVERIFY(srv.received().contains("Subject: b2"));
        QCOMPARE(srv.received().count("Subject: b1"), 1);
        QCOMPARE(srv.received().count("Subject: b3"), 1);
        QCOMPARE(srv.received().count("Subject: b2"), 2); // once refused (451), once delivered
        QVERIFY2(srv.failures().isEmpty(), qPrintable(failures(srv)));
    }

    void killedAfterPipelinedDotHoldsNeverResends()
    {
        // Killed after message 1's final dot, with message 2's group already behind it and the
        // server silent: message 1 may have been delivered (held, never resent on its own);
        // message 2 never got text (queued, delivered once by the next flush).
        ScriptedServer srv({});
        srv.setScripts(
            {greeting() + group() +
                 QStringList{QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                             QStringLiteral("S: 354 go"), QStringLiteral("DATA"),
                             QStringLiteral("MARK dot"), QStringLiteral("SILENT")},
             greeting() + accept() + test::smtpQuit()});
        const quint16 port = srv.start();
        QProcess child;
        child.start(test::cliPath(), QStringList{QStringLiteral("send"), QStringLiteral("-t"),
                                                 QStringLiteral("--eml"), writeEml(message("h1")),
                                                 writeEml(message("h2"))} +
                                         server(port));
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(srv.marks(QStringLiteral("dot")) == 1, 10000);
        // The client wrote message 2's group right after the dot (in the same write).
        QTRY_VERIFY_WITH_TIMEOUT(srv.received().endsWith("RCPT TO:<r1@pipe.test>\r\nDATA\r\n"),
                                 5000);
        child.kill();
        QVERIFY(child.waitForFinished(5000));

        const CliRun flush = runCli(QStringList{QStringLiteral("outbox"), QStringLiteral("flush"),
                                                QStringLiteral("--json")} +
                                        server(port),
                                    QProcessEnvironment::systemEnvironment());
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.describe() + failures(srv)));
        QCOMPARE(flush.json().size(), 1);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 1);
        QCOMPARE(srv.received().count("Subject: h1"), 1); // the held one: never again
        QCOMPARE(srv.received().count("Subject: h2"), 1);
        Outbox outbox(m_config + QStringLiteral("/data/outbox.sqlite"));
        const QList<OutboxEntry> all = outbox.list().value;
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).state, OutboxState::Held);
        QCOMPARE(all.at(1).state, OutboxState::Sent);
        QVERIFY2(srv.failures().isEmpty(), qPrintable(failures(srv)));
    }
};

QTEST_GUILESS_MAIN(TestSendPipelining)
#include "tst_send_pipelining.moc"
