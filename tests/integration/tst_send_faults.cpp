// SPDX-License-Identifier: GPL-3.0-or-later
// Sending through the outbox against scripted fault servers (loopback, port 0): the CLI and the
// GUI's SendService on the same SendWorker. Drop during DATA (queued, retried, delivered once),
// 451 then 250, one RCPT refused, cancel during upload, kill -9 of a flush mid-way.
#include "clitestutil.h"
#include "scriptedserver.h"
#include "send/outbox.h"
#include "send/sendservice.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace mailwright;
using mailwright::test::CliRun;
using mailwright::test::runCli;
using mailwright::test::ScriptedServer;

namespace {

QStringList greeting()
{
    // No PIPELINING: one command, one reply, so the scripts read in order.
    return test::smtpGreeting(QStringLiteral("fault.test"),
                              {QStringLiteral("8BITMIME"), QStringLiteral("SIZE 50000000")});
}

QStringList envelope(const QStringList &recipients = {QStringLiteral("r1@fault.test")})
{
    QStringList s{QStringLiteral("C: MAIL FROM:<a@fault.test>.*"), QStringLiteral("S: 250 ok")};
    for (const QString &r : recipients)
        s << QStringLiteral("C: RCPT TO:<%1>").arg(r) << QStringLiteral("S: 250 ok");
    return s;
}

QStringList accept()
{
    return envelope() + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                    QStringLiteral("DATA"), QStringLiteral("S: 250 2.0.0 queued"),
                                    QStringLiteral("MARK delivered")};
}

QStringList acceptMany(int n)
{
    QStringList s = greeting();
    for (int i = 0; i < n; ++i)
        s += accept();
    return s + test::smtpQuit();
}

QByteArray message(int bodyBytes, const QByteArray &tag = "m")
{
    QByteArray m = "From: a@fault.test\r\nTo: r1@fault.test\r\nSubject: " + tag +
                   "\r\nMessage-ID: <" + tag + "@fault.test>\r\n\r\n";
    const QByteArray line = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\r\n";
    while (m.size() < bodyBytes)
        m += line;
    return m;
}

} // namespace

class TestSendFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_config;

    QProcessEnvironment env() const { return QProcessEnvironment::systemEnvironment(); }

    QStringList server(quint16 port) const { return test::scriptedServerArgs(m_config, port); }

    QString writeEml(const QByteArray &bytes)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("m%1.eml").arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    QString outboxPath() const { return m_config + QStringLiteral("/data/outbox.sqlite"); }

    QList<OutboxEntry> entries()
    {
        Outbox outbox(outboxPath());
        return outbox.list().value;
    }

    CliRun flush(quint16 port)
    {
        return runCli(QStringList{QStringLiteral("outbox"), QStringLiteral("flush"),
                                  QStringLiteral("--json")} +
                          server(port),
                      env());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_config = m_dir.filePath(QStringLiteral("cfg%1").arg(++m_case)); }

    void dropDuringDataStaysQueuedRetriedDeliveredOnce()
    {
        ScriptedServer srv({});
        srv.setScripts({greeting() + envelope() +
                            QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                        QStringLiteral("READ 20000"), QStringLiteral("CLOSE")},
                        acceptMany(1)});
        const quint16 port = srv.start();
        // Larger than loopback can hold in flight (send buffer up to 4 MiB, and the server's
        // receive window does not grow while it stops reading), so the client cannot have
        // written the final dot before the server closes: the drop is before the end of DATA.
        const QString eml = writeEml(message(8 * 1024 * 1024));
        const CliRun first =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                               QStringLiteral("-t"), QStringLiteral("--eml"), eml} +
                       server(port),
                   env());
        QVERIFY2(first.exitCode == 75, qPrintable(first.describe()));
        const QJsonObject o = first.json().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QVERIFY(o.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("retryable"))
                    .toBool());
        QCOMPARE(entries().value(0).state, OutboxState::Queued);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 0);

        const CliRun second = flush(port);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QCOMPARE(second.json().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("sent"));
        QCOMPARE(entries().value(0).state, OutboxState::Sent);
        // Nothing left: another flush does not even connect.
        const CliRun third = flush(port);
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(third.json().size(), 0);
        QCOMPARE(srv.connections(), 2);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 1);
        QVERIFY2(srv.failures().isEmpty(), qPrintable(srv.failures().join(QLatin1Char('\n'))));
    }

    void temporaryFailureThenAccepted()
    {
        ScriptedServer srv({});
        srv.setScripts({greeting() + envelope() +
                            QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                        QStringLiteral("DATA"),
                                        QStringLiteral("S: 451 4.3.0 Try again later")} +
                            test::smtpQuit(),
                        acceptMany(1)});
        const quint16 port = srv.start();
        const QString eml = writeEml(message(3000));
        const CliRun first =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                               QStringLiteral("-t"), QStringLiteral("--eml"), eml} +
                       server(port),
                   env());
        QCOMPARE(first.exitCode, 75);
        const QJsonObject e =
            first.json().at(0).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("reply_code")).toInt(), 451);
        QCOMPARE(e.value(QStringLiteral("enhanced_code")).toString(), QStringLiteral("4.3.0"));
        QVERIFY(e.value(QStringLiteral("server_text")).toString().contains(QLatin1String("Try")));
        const CliRun second = flush(port);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 1);
        QVERIFY2(srv.failures().isEmpty(), qPrintable(srv.failures().join(QLatin1Char('\n'))));
    }

    void oneRecipientRefused()
    {
        ScriptedServer srv(
            greeting() +
            QStringList{QStringLiteral("C: MAIL FROM:<a@fault.test>.*"),
                        QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<r1@fault.test>"),
                        QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<r2@fault.test>"),
                        QStringLiteral("S: 550 5.1.1 <r2@fault.test>: User unknown"),
                        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
        const quint16 port = srv.start();
        const CliRun r =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                               QStringLiteral("--from"), QStringLiteral("a@fault.test"),
                               QStringLiteral("--to"), QStringLiteral("r1@fault.test"),
                               QStringLiteral("--to"), QStringLiteral("r2@fault.test"),
                               QStringLiteral("--subject"), QStringLiteral("x")} +
                       server(port),
                   env());
        QCOMPARE(r.exitCode, 67);
        const QJsonObject o = r.json().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("accepted")).toArray(),
                 QJsonArray{QStringLiteral("r1@fault.test")});
        const QJsonObject rejected = o.value(QStringLiteral("rejected")).toArray().at(0).toObject();
        QCOMPARE(rejected.value(QStringLiteral("address")).toString(),
                 QStringLiteral("r2@fault.test"));
        QCOMPARE(rejected.value(QStringLiteral("code")).toInt(), 550);
        QCOMPARE(rejected.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.1.1"));
        // The explanation names the refused address.
        const QString message =
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("r2@fault.test")), qPrintable(message));
        QVERIFY(!srv.received().contains("DATA"));
        QVERIFY2(srv.failures().isEmpty(), qPrintable(srv.failures().join(QLatin1Char('\n'))));
    }

    void killedFlushLosesNothingSendsNothingTwice_data()
    {
        QTest::addColumn<bool>("afterDot");
        QTest::newRow("after the final dot") << true;
        QTest::newRow("before DATA") << false;
    }

    void killedFlushLosesNothingSendsNothingTwice()
    {
        QFETCH(bool, afterDot);
        const int expected = afterDot ? 2 : 3;
        // Connection 1 stalls (the flush is killed there), connection 2 takes everything.
        ScriptedServer stalling({});
        stalling.setScripts(
            {greeting() +
                 (afterDot ? envelope() +
                                 QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                             QStringLiteral("DATA"), QStringLiteral("MARK dot"),
                                             QStringLiteral("SILENT")}
                           : QStringList{QStringLiteral("C: MAIL FROM:.*"),
                                         QStringLiteral("MARK mail"), QStringLiteral("SILENT")}),
             acceptMany(expected)});
        ScriptedServer &good = stalling;
        const quint16 stallPort = stalling.start();
        QStringList files;
        for (int i = 0; i < 3; ++i)
            files << writeEml(message(2000, "crash" + QByteArray::number(i)));
        const CliRun queued = runCli(QStringList{QStringLiteral("send"), QStringLiteral("--queue"),
                                                 QStringLiteral("-t"), QStringLiteral("--eml")} +
                                         files + server(stallPort),
                                     env());
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.describe()));
        QCOMPARE(entries().size(), 3);

        QProcess child;
        child.start(test::cliPath(),
                    QStringList{QStringLiteral("outbox"), QStringLiteral("flush")} +
                        server(stallPort));
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            stalling.marks(afterDot ? QStringLiteral("dot") : QStringLiteral("mail")) == 1, 10000);
        child.kill(); // SIGKILL: no destructor, no rollback, like a crash
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Restart: recovery on open. Nothing lost; the first message is held ("may have been
        // sent") only if its final dot went out.
        const QList<OutboxEntry> after = entries();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).state, afterDot ? OutboxState::Held : OutboxState::Queued);
        if (afterDot)
            QVERIFY(!after.at(0).note.isEmpty());
        QCOMPARE(after.at(1).state, OutboxState::Queued);
        QCOMPARE(after.at(2).state, OutboxState::Queued);

        const CliRun again = flush(stallPort);
        QVERIFY2(again.exitCode == 0 && good.marks(QStringLiteral("delivered")) == expected,
                 qPrintable(again.describe() + good.failures().join(QLatin1Char('\n'))));
        QCOMPARE(good.marks(QStringLiteral("delivered")), expected);
        QCOMPARE(good.connections(), 2);
        const QList<OutboxEntry> final = entries();
        QCOMPARE(final.at(0).state, afterDot ? OutboxState::Held : OutboxState::Sent);
        QCOMPARE(final.at(1).state, OutboxState::Sent);
        QCOMPARE(final.at(2).state, OutboxState::Sent);
        QVERIFY2(good.failures().isEmpty(), qPrintable(good.failures().join(QLatin1Char('\n'))));
    }

    // ---- The GUI's front: SendService ----

    SmtpTarget adHoc(quint16 port) const
    {
        SmtpTarget t;
        t.account = QStringLiteral("adhoc-test");
        t.wire.endpoint = {Protocol::Smtp, QStringLiteral("127.0.0.1"), port, Security::None};
        t.wire.tls.allowPlaintext = true;
        t.wire.connectTimeoutMs = 3000;
        t.wire.idleTimeoutMs = 10000;
        return t;
    }

    void serviceCancelDuringUploadWithin100ms()
    {
        ScriptedServer srv(greeting() + envelope() +
                           QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                       QStringLiteral("STALL")});
        const quint16 port = srv.start();
        SendService service(m_config + QStringLiteral("/outbox.sqlite"), nullptr, nullptr);
        QSignalSpy queued(&service, &SendService::messageQueued);
        QSignalSpy sending(&service, &SendService::sending);
        QSignalSpy failed(&service, &SendService::failed);
        SmtpTarget target = adHoc(port);
        // The worker closes the connection and notes it in the trace (worker thread).
        QElapsedTimer clock;
        std::atomic<qint64> closedAfterMs{-1};
        target.wire.trace = std::make_shared<ProtocolTrace>();
        target.wire.trace->setLineCallback([&clock, &closedAfterMs](const QString &line) {
            if (line.contains(QLatin1String("connection closed")) && clock.isValid())
                closedAfterMs = clock.elapsed();
        });
        service.submit(target, message(16 * 1024 * 1024), "a@fault.test", {"r1@fault.test"});
        QVERIFY(queued.wait(10000));
        const qint64 id = queued.at(0).at(1).toLongLong();
        QVERIFY(sending.wait(10000));
        QTest::qWait(300); // the upload is stalled now: the server reads nothing
        QVERIFY(failed.isEmpty());
        clock.start();
        service.cancel(id);
        // The transfer stops within 100 ms; the failed signal follows once the outbox has
        // recorded it (one fsync, which on a busy disk alone can take 50–200 ms).
        QTRY_VERIFY_WITH_TIMEOUT(closedAfterMs.load() >= 0, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        qInfo("cancel -> connection closed: %lld ms, -> failed signal: %lld ms",
              closedAfterMs.load(), clock.elapsed());
        QVERIFY2(closedAfterMs.load() < 100, qPrintable(QString::number(closedAfterMs.load())));
        QCOMPARE(failed.at(0).at(0).toLongLong(), id);
        QCOMPARE(failed.at(0).at(1).value<MailError>().code, ErrorCode::Cancelled);
        Outbox outbox(m_config + QStringLiteral("/outbox.sqlite"));
        QCOMPARE(outbox.state(id).value, OutboxState::Failed);
    }

    void serviceRetriesOnItsOwnAndDeliversOnce()
    {
        ScriptedServer srv({});
        srv.setScripts({greeting() + envelope() +
                            QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                        QStringLiteral("READ 10000"), QStringLiteral("CLOSE")},
                        acceptMany(1)});
        const quint16 port = srv.start();
        SendService service(m_config + QStringLiteral("/outbox.sqlite"), nullptr, nullptr);
        Outbox::Options options;
        options.retry = RetryPolicy(1, 1, 5); // 1 s back-off instead of 1 min
        service.setOutboxOptions(options);
        QSignalSpy outcomes(&service, &SendService::outcome);
        QSignalSpy sent(&service, &SendService::sent);
        // Larger than loopback holds in flight (as in dropDuringData...): the drop is noticed
        // before the final dot, however the scheduler orders the two sides.
        service.submit(adHoc(port), message(8 * 1024 * 1024), "a@fault.test", {"r1@fault.test"});
        QVERIFY(outcomes.wait(10000));
        QCOMPARE(outcomes.at(0).at(0).value<SendOutcome>().state, OutboxState::Queued);
        QVERIFY(sent.wait(10000)); // the retry timer, not the test, sends it again
        QCOMPARE(srv.connections(), 2);
        QCOMPARE(srv.marks(QStringLiteral("delivered")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSendFaults)
#include "tst_send_faults.moc"
