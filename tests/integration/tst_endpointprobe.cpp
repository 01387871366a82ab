// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointProbe against scripted servers on 127.0.0.1: one state per candidate, all candidates
// at once (two silent servers end together, not one after the other), cancellation without
// reports, and the SMTP capabilities of a STARTTLS-less server.
#include "scriptedserver.h"

#include "setup/endpointprobe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mailwright;
using namespace mailwright::test;

class TestEndpointProbe : public QObject
{
    Q_OBJECT

    static Candidate candidate(quint16 port, Security security = Security::StartTls)
    {
        Candidate c;
        c.endpoint = ServerEndpoint{Protocol::Smtp, QStringLiteral("127.0.0.1"), port, security};
        return c;
    }

private Q_SLOTS:
    void statesAndParallelism()
    {
        ScriptedServer silentA({QStringLiteral("SILENT")});
        ScriptedServer silentB({QStringLiteral("SILENT")});
        ScriptedServer noStartTls({QStringLiteral("S: 220 x ESMTP"), QStringLiteral("C: EHLO .*"),
                                   QStringLiteral("S: 250-x"), QStringLiteral("S: 250 SIZE 1000"),
                                   QStringLiteral("SILENT")});
        const quint16 a = silentA.start(), b = silentB.start(), n = noStartTls.start();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 refusedPort = closed.serverPort();
        closed.close();

        EndpointProbe probe;
        ProbeSettings settings;
        settings.connectTimeoutMs = 1000;
        settings.idleTimeoutMs = 1000;
        probe.setSettings(settings);
        QHash<int, CandidateProbe::Outcome> reports;
        QElapsedTimer clock;
        clock.start();
        probe.start({candidate(a), candidate(b), candidate(n), candidate(refusedPort)},
                    [&reports](int i, const CandidateProbe::Outcome &o) { reports.insert(i, o); });
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 4, 5000);
        // Both silent servers were waited for at the same time: ~1 s in all, not ~2 s.
        QVERIFY2(clock.elapsed() < 1900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(reports.value(0).state, QStringLiteral("timeout"));
        QCOMPARE(reports.value(1).state, QStringLiteral("timeout"));
        QCOMPARE(reports.value(2).state, QStringLiteral("no_starttls"));
        QCOMPARE(reports.value(3).state, QStringLiteral("refused"));
        QVERIFY(reports.value(3).elapsedMs < 500);
        // Nothing but EHLO went to the server that did not offer STARTTLS.
        QVERIFY(!noStartTls.received().contains("AUTH"));
        QVERIFY(!noStartTls.received().contains("MAIL"));
    }

    void cancelStopsEveryAttemptWithoutReports()
    {
        ScriptedServer silent({QStringLiteral("SILENT")});
        const quint16 port = silent.start();
        auto probe = std::make_unique<EndpointProbe>();
        ProbeSettings settings;
        settings.connectTimeoutMs = 10000;
        settings.idleTimeoutMs = 10000;
        probe->setSettings(settings);
        int reports = 0;
        probe->start({candidate(port), candidate(port, Security::ImplicitTls)},
                     [&reports](int, const CandidateProbe::Outcome &) { ++reports; });
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        probe->cancel();
        probe.reset(); // waits for the workers
        QVERIFY2(clock.elapsed() < 300, qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(100);
        QCOMPARE(reports, 0);
    }
};

QTEST_GUILESS_MAIN(TestEndpointProbe)
#include "tst_endpointprobe.moc"
