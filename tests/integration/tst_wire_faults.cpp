// SPDX-License-Identifier: GPL-3.0-or-later
// The wire and the SMTP session against scripted fault servers (loopback, port 0).
#include "net/wireconnection.h"
#include "scriptedserver.h"
#include "send/smtpsession.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <thread>

using namespace mailwright;
using mailwright::test::ScriptedServer;

namespace {

const QString kPassword = QStringLiteral("s3cret-Pa55");

WireOptions optionsFor(quint16 port, Security security)
{
    WireOptions o;
    o.endpoint.protocol = Protocol::Smtp;
    o.endpoint.host = QStringLiteral("127.0.0.1");
    o.endpoint.port = port;
    o.endpoint.security = security;
    o.tls.allowPlaintext = security == Security::None;
    o.connectTimeoutMs = 3000;
    o.idleTimeoutMs = 5000;
    o.trace = std::make_shared<ProtocolTrace>();
    return o;
}

QStringList ehloWith(const QStringList &extensions)
{
    QStringList s{QStringLiteral("S: 220 fault.test ESMTP"), QStringLiteral("C: EHLO localhost"),
                  QStringLiteral("S: 250-fault.test")};
    for (int i = 0; i < extensions.size(); ++i)
        s.append(
            (i + 1 < extensions.size() ? QStringLiteral("S: 250-") : QStringLiteral("S: 250 ")) +
            extensions.at(i));
    return s;
}

// Cancels \a token after \a afterMs from another thread; returns when it was cancelled.
struct DelayedCancel
{
    DelayedCancel(CancelToken token, int afterMs)
        : thread([this, token, afterMs]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
            clock.start();
            token.cancel();
        })
    {}
    ~DelayedCancel() { thread.join(); }
    QElapsedTimer clock;
    std::thread thread;
};

} // namespace

class TestWireFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void silentServerTimesOutWithinDeadline()
    {
        ScriptedServer server({QStringLiteral("SILENT")});
        const quint16 port = server.start();
        WireOptions o = optionsFor(port, Security::ImplicitTls);
        o.deadlineMs = 700;
        WireConnection wire;
        QElapsedTimer t;
        t.start();
        const MailError e = wire.open(o);
        QCOMPARE(e.code, ErrorCode::Timeout);
        QVERIFY2(t.elapsed() < 1200, qPrintable(QString::number(t.elapsed())));
        QVERIFY(t.elapsed() >= 650);
        QVERIFY(e.retryable);
    }

    void silentServerHitsIdleTimeout()
    {
        ScriptedServer server({QStringLiteral("SILENT")});
        WireOptions o = optionsFor(server.start(), Security::None);
        o.idleTimeoutMs = 400;
        WireConnection wire;
        QElapsedTimer t;
        t.start();
        const MailError e = wire.open(o);
        QCOMPARE(e.code, ErrorCode::Timeout);
        QCOMPARE(e.phase, Phase::Greeting);
        QVERIFY(t.elapsed() < 1000);
    }

    void greeting421IsServiceUnavailable()
    {
        ScriptedServer server(
            {QStringLiteral("S: 421 4.3.2 fault.test Service not available, closing"),
             QStringLiteral("CLOSE")});
        SmtpSession session;
        const MailError e = session.open(optionsFor(server.start(), Security::StartTls),
                                         {QStringLiteral("user"), kPassword});
        QCOMPARE(e.code, ErrorCode::ServiceUnavailable);
        QCOMPARE(e.phase, Phase::Greeting);
        QCOMPARE(e.replyCode, 421);
        QCOMPARE(e.enhancedCode, QStringLiteral("4.3.2"));
        QVERIFY(e.serverText.contains(QLatin1String("Service not available")));
        QVERIFY(e.retryable);
    }

    void starttlsRefusedNeverSendsAuth()
    {
        QStringList script =
            ehloWith({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN")});
        script << QStringLiteral("C: STARTTLS") << QStringLiteral("S: 502 5.5.1 Not today")
               << QStringLiteral("WAIT 300");
        ScriptedServer server(script);
        SmtpSession session;
        const MailError e = session.open(optionsFor(server.start(), Security::StartTls),
                                         {QStringLiteral("user"), kPassword});
        QCOMPARE(e.code, ErrorCode::StartTlsUnavailable);
        QCOMPARE(e.replyCode, 502);
        QVERIFY(e.serverText.contains(QLatin1String("Not today")));
        server.stop();
        QVERIFY2(server.failures().isEmpty(),
                 qPrintable(server.failures().join(QLatin1Char('\n'))));
        QVERIFY(!server.received().toUpper().contains("AUTH"));
        QVERIFY(!server.received().contains(kPassword.toUtf8()));
    }

    void starttlsNotAdvertised()
    {
        QStringList script =
            ehloWith({QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("8BITMIME")});
        script << QStringLiteral("WAIT 300");
        ScriptedServer server(script);
        SmtpSession session;
        const MailError e = session.open(optionsFor(server.start(), Security::StartTls),
                                         {QStringLiteral("user"), kPassword});
        QCOMPARE(e.code, ErrorCode::StartTlsUnavailable);
        QCOMPARE(e.phase, Phase::StartTls);
        server.stop();
        QVERIFY(!server.received().toUpper().contains("STARTTLS"));
        QVERIFY(!server.received().toUpper().contains("AUTH"));
    }

    void garbageInsteadOfServerHello()
    {
        QStringList script = ehloWith({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")});
        script << QStringLiteral("C: STARTTLS") << QStringLiteral("S: 220 2.0.0 go ahead")
               << QStringLiteral("WAIT 200")
               << QStringLiteral("RAW 250 this is not TLS at all\\r\\n")
               << QStringLiteral("WAIT 300");
        ScriptedServer server(script);
        SmtpSession session;
        const MailError e = session.open(optionsFor(server.start(), Security::StartTls),
                                         {QStringLiteral("user"), kPassword});
        QCOMPARE(e.code, ErrorCode::TlsFailure);
        QCOMPARE(e.phase, Phase::Tls);
        server.stop();
        QVERIFY(!server.received().toUpper().contains("AUTH"));
    }

    void injectedBytesAfterStarttlsGoAhead()
    {
        QStringList script = ehloWith({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN")});
        script << QStringLiteral("C: STARTTLS")
               << QStringLiteral("RAW 220 go ahead\\r\\n250-injected\\r\\n250 AUTH PLAIN\\r\\n")
               << QStringLiteral("WAIT 300");
        ScriptedServer server(script);
        SmtpSession session;
        const MailError e = session.open(optionsFor(server.start(), Security::StartTls),
                                         {QStringLiteral("user"), kPassword});
        QCOMPARE(e.code, ErrorCode::TlsFailure);
        server.stop();
        QVERIFY(!server.received().toUpper().contains("AUTH"));
    }

    void plaintextNeedsOptIn()
    {
        WireOptions o = optionsFor(1, Security::None);
        o.tls.allowPlaintext = false;
        WireConnection wire;
        QCOMPARE(wire.open(o).code, ErrorCode::PlaintextRefused);
    }

    void connectionRefused()
    {
        // A port that was just free: bind, note, close.
        quint16 port = 0;
        {
            ScriptedServer s({});
            port = s.start();
        }
        WireConnection wire;
        const MailError e = wire.open(optionsFor(port, Security::ImplicitTls));
        QCOMPARE(e.code, ErrorCode::ConnectionRefused);
        QCOMPARE(e.phase, Phase::Connect);
    }

    void droppedDuringDataIsRetryable()
    {
        QStringList script = ehloWith({QStringLiteral("8BITMIME")});
        script << QStringLiteral("C: MAIL FROM:<a@fault.test>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: RCPT TO:<b@fault.test>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go")
               << QStringLiteral("READ 5000") << QStringLiteral("CLOSE");
        ScriptedServer server(script);
        SmtpSession session;
        QVERIFY(!session.open(optionsFor(server.start(), Security::None)));
        const QByteArray message = "Subject: x\r\n\r\n" + QByteArray(4 * 1024 * 1024, 'x');
        const SmtpSendResult r = session.sendRaw("a@fault.test", {"b@fault.test"}, message);
        QCOMPARE(r.error.code, ErrorCode::ConnectionClosed);
        QCOMPARE(r.error.phase, Phase::Data);
        QVERIFY(r.error.retryable);
        QVERIFY(!session.isUsable());
    }

    void oneRecipientRefusedAmongThree()
    {
        QStringList script =
            ehloWith({QStringLiteral("PIPELINING"), QStringLiteral("ENHANCEDSTATUSCODES")});
        script << QStringLiteral("C: MAIL FROM:<a@fault.test>")
               << QStringLiteral("C: RCPT TO:<r1@fault.test>")
               << QStringLiteral("C: RCPT TO:<r2@fault.test>")
               << QStringLiteral("C: RCPT TO:<r3@fault.test>") << QStringLiteral("C: DATA")
               << QStringLiteral("S: 250 2.1.0 Ok") << QStringLiteral("S: 250 2.1.5 Ok")
               << QStringLiteral(
                      "S: 550 5.1.1 <r2@fault.test>: Recipient address rejected: User unknown")
               << QStringLiteral("S: 250 2.1.5 Ok")
               // RFC 2920 §3.1: DATA ends the group and the server takes it (two recipients
               // are fine); the client must not send the text, a dot or even QUIT.
               << QStringLiteral("S: 354 go") << QStringLiteral("SILENT");
        ScriptedServer server(script);
        SmtpSession session;
        QVERIFY(!session.open(optionsFor(server.start(), Security::None)));
        const SmtpSendResult r =
            session.sendRaw("a@fault.test", {"r1@fault.test", "r2@fault.test", "r3@fault.test"},
                            "Subject: x\r\n\r\nbody\r\n");
        QCOMPARE(r.error.code, ErrorCode::RecipientRejected);
        QCOMPARE(r.error.phase, Phase::RcptTo);
        QCOMPARE(r.error.replyCode, 550);
        QCOMPARE(r.error.enhancedCode, QStringLiteral("5.1.1"));
        QVERIFY(r.error.userMessage.contains(QLatin1String("r2@fault.test")));
        QCOMPARE(r.recipients.size(), 3);
        QVERIFY(r.recipients.at(0).accepted);
        QVERIFY(!r.recipients.at(1).accepted);
        QCOMPARE(r.recipients.at(1).address, QStringLiteral("r2@fault.test"));
        QCOMPARE(r.recipients.at(1).replyCode, 550);
        QCOMPARE(r.recipients.at(1).enhancedCode, QStringLiteral("5.1.1"));
        QVERIFY(r.recipients.at(1).text.contains(QLatin1String("User unknown")));
        QVERIFY(r.recipients.at(2).accepted);
        // G7: the connection is never used again.
        QVERIFY(!session.isUsable());
        const SmtpSendResult again = session.sendRaw("a@fault.test", {"r1@fault.test"}, "x\r\n");
        QVERIFY(again.error.isError());
        server.stop();
        QVERIFY2(server.failures().isEmpty(),
                 qPrintable(server.failures().join(QLatin1Char('\n'))));
        QVERIFY2(server.received().endsWith("DATA\r\n"), server.received().constData());
    }

    void cancelDuringBlockedRead()
    {
        ScriptedServer server({QStringLiteral("SILENT")});
        WireOptions o = optionsFor(server.start(), Security::None);
        WireConnection wire;
        QElapsedTimer total;
        total.start();
        MailError e;
        qint64 latency = 0;
        {
            DelayedCancel cancel(o.cancel, 200);
            e = wire.open(o);
            latency = cancel.clock.elapsed();
        }
        qInfo("cancel latency during a blocked read: %lld ms", latency);
        QCOMPARE(e.code, ErrorCode::Cancelled);
        QVERIFY2(latency < 100, qPrintable(QString::number(latency)));
    }

    void cancelDuringUpload()
    {
        QStringList script = ehloWith({QStringLiteral("8BITMIME")});
        script << QStringLiteral("C: MAIL FROM:<a@fault.test>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: RCPT TO:<b@fault.test>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go")
               << QStringLiteral("STALL");
        ScriptedServer server(script);
        WireOptions o = optionsFor(server.start(), Security::None);
        SmtpSession session;
        QVERIFY(!session.open(o));
        const QByteArray message = "Subject: x\r\n\r\n" + QByteArray(64 * 1024 * 1024, 'y');
        SmtpSendResult r;
        qint64 latency = 0;
        {
            DelayedCancel cancel(o.cancel, 400);
            r = session.sendRaw("a@fault.test", {"b@fault.test"}, message);
            latency = cancel.clock.elapsed();
        }
        qInfo("cancel latency during upload: %lld ms (%lld bytes were out)", latency, r.bytesSent);
        QCOMPARE(r.error.code, ErrorCode::Cancelled);
        QCOMPARE(r.error.phase, Phase::Data);
        QVERIFY(r.bytesSent < message.size());
        QVERIFY2(latency < 100, qPrintable(QString::number(latency)));
    }

    void passwordNeverInTrace_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("plain") << QStringLiteral("PLAIN");
        QTest::newRow("login") << QStringLiteral("LOGIN");
        QTest::newRow("auto") << QStringLiteral("auto");
    }

    void passwordNeverInTrace()
    {
        QFETCH(QString, mechanism);
        QStringList script = ehloWith({QStringLiteral("AUTH LOGIN PLAIN CRAM-MD5")});
        if (mechanism == QLatin1String("LOGIN")) {
            script << QStringLiteral("C: AUTH LOGIN") << QStringLiteral("S: 334 VXNlcm5hbWU6")
                   << QStringLiteral("C: .+") << QStringLiteral("S: 334 UGFzc3dvcmQ6")
                   << QStringLiteral("C: .+");
        } else {
            script << QStringLiteral("C: AUTH PLAIN .+");
        }
        script << QStringLiteral("S: 535 5.7.8 Error: authentication failed: bad credentials")
               << QStringLiteral("C: QUIT");
        ScriptedServer server(script);
        WireOptions o = optionsFor(server.start(), Security::None);
        SmtpSession session;
        const MailError e = session.open(o, {QStringLiteral("user"), kPassword, mechanism});
        QCOMPARE(e.code, ErrorCode::AuthFailed);
        QCOMPARE(e.phase, Phase::Auth);
        QCOMPARE(e.replyCode, 535);
        QCOMPARE(e.enhancedCode, QStringLiteral("5.7.8"));
        QVERIFY(e.serverText.contains(QLatin1String("535 5.7.8 Error: authentication failed")));
        server.stop();
        QVERIFY2(server.failures().isEmpty(),
                 qPrintable(server.failures().join(QLatin1Char('\n'))));
        // Exactly one AUTH attempt (G6).
        QCOMPARE(server.received().count("AUTH "), 1);

        const QString trace = o.trace->text();
        const QByteArray pass = kPassword.toUtf8();
        QVERIFY(!trace.contains(kPassword));
        QVERIFY(!trace.contains(QString::fromLatin1(pass.toBase64())));
        QByteArray plain("\0user\0", 6);
        plain += pass;
        QVERIFY(!trace.contains(QString::fromLatin1(plain.toBase64())));
        QVERIFY(trace.contains(QLatin1String("<redacted>")));
        QVERIFY(trace.contains(QLatin1String("535 5.7.8")));
    }
};

QTEST_GUILESS_MAIN(TestWireFaults)
#include "tst_wire_faults.moc"
