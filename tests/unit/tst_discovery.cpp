// SPDX-License-Identifier: GPL-3.0-or-later
// Candidate generation and ranking, the choice after probing, the orchestrator's early answer
// (a silent better candidate holds the answer back only until it ends), and the JSON shape.
// No network: DNS and autoconfig are switched off here (they have their own tests in the DNS
// lab); the probe is a scripted implementation of the CandidateProbe seam, since the real probe
// arrives with core/net.
#include "setup/discovery.h"
#include "setup/providerdirectory.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace mailwright;

namespace {

QString text(const Candidate &c)
{
    return QStringLiteral("%1 %2:%3 %4")
        .arg(protocolName(c.endpoint.protocol), c.endpoint.host)
        .arg(c.endpoint.port)
        .arg(securityName(c.endpoint.security));
}

QStringList texts(const QList<Candidate> &list, Protocol protocol)
{
    QStringList out;
    for (const Candidate &c : list) {
        if (c.endpoint.protocol == protocol)
            out.append(text(c));
    }
    return out;
}

ServerConfig config(Protocol p, const char *host, quint16 port, Security s, DiscoverySource src)
{
    ServerConfig c;
    c.endpoint.protocol = p;
    c.endpoint.host = QLatin1String(host);
    c.endpoint.port = port;
    c.endpoint.security = s;
    c.source = src;
    return c;
}

/// Scripted probe: each candidate "host:port" ends after a delay with a state; candidates not in
/// the script never end (a silently filtered port) until cancel().
class ScriptedProbe : public CandidateProbe
{
public:
    struct Step
    {
        int delayMs;
        QString state;
    };
    QHash<QString, Step> script;
    int cancels = 0;
    QList<Candidate> started;

    void start(const QList<Candidate> &candidates, const ReportFunction &report) override
    {
        started = candidates;
        m_timers = std::make_unique<QObject>();
        for (int i = 0; i < candidates.size(); ++i) {
            const QString key = QStringLiteral("%1:%2")
                                    .arg(candidates.at(i).endpoint.host)
                                    .arg(candidates.at(i).endpoint.port);
            if (!script.contains(key))
                continue;
            const Step step = script.value(key);
            QTimer::singleShot(step.delayMs, m_timers.get(), [report, i, step] {
                report(i, Outcome{step.state, step.delayMs, QJsonObject{{QStringLiteral("x"), 1}}});
            });
        }
    }
    void cancel() override
    {
        ++cancels;
        m_timers.reset(); // pending reports die with their context object
    }

private:
    std::unique_ptr<QObject> m_timers;
};

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesInRankOrder()
    {
        const QList<Candidate> list = buildCandidates(QStringLiteral("example.org"), {}, {});
        QCOMPARE(texts(list, Protocol::Smtp),
                 (QStringList{
                     QStringLiteral("smtp smtp.example.org:465 implicit"),
                     QStringLiteral("smtp mail.example.org:465 implicit"),
                     QStringLiteral("smtp example.org:465 implicit"),
                     QStringLiteral("smtp smtp.example.org:587 starttls"),
                     QStringLiteral("smtp mail.example.org:587 starttls"),
                     QStringLiteral("smtp example.org:587 starttls"),
                     QStringLiteral("smtp smtp.example.org:25 starttls"),
                     QStringLiteral("smtp mail.example.org:25 starttls"),
                     QStringLiteral("smtp example.org:25 starttls"),
                 }));
        QCOMPARE(texts(list, Protocol::Imap).size(), 6);
        QCOMPARE(texts(list, Protocol::Imap).first(),
                 QStringLiteral("imap imap.example.org:993 implicit"));
        QCOMPARE(texts(list, Protocol::Imap).at(3),
                 QStringLiteral("imap imap.example.org:143 starttls"));
        QCOMPARE(texts(list, Protocol::Pop3).size(), 8);
        QCOMPARE(texts(list, Protocol::Pop3).first(),
                 QStringLiteral("pop3 pop.example.org:995 implicit"));
        for (const Candidate &c : list) {
            QCOMPARE(c.source, DiscoverySource::Guess);
            QVERIFY(c.endpoint.security != Security::None); // no clear text without opt-in
            QCOMPARE(c.notes.contains(QStringLiteral("port25")),
                     c.endpoint.protocol == Protocol::Smtp && c.endpoint.port == 25);
        }
        QVERIFY(!candidateNoteText(QStringLiteral("port25")).isEmpty());
    }

    void plainOnlyWithOptIn()
    {
        QList<ServerConfig> configured{config(Protocol::Smtp, "smtp.example.org", 25,
                                              Security::None, DiscoverySource::Autoconfig)};
        QList<Candidate> list = buildCandidates(QStringLiteral("example.org"), configured, {});
        QCOMPARE(list.first().source, DiscoverySource::Guess); // the plain config was dropped
        CandidateOptions optIn;
        optIn.allowPlain = true;
        list = buildCandidates(QStringLiteral("example.org"), configured, optIn);
        // Configured before guessed, even in clear text; plain guesses come last of all.
        QCOMPARE(text(list.first()), QStringLiteral("smtp smtp.example.org:25 none"));
        QVERIFY(list.first().notes.contains(QStringLiteral("plaintext")));
        const QStringList smtp = texts(list, Protocol::Smtp);
        QCOMPARE(smtp.last(), QStringLiteral("smtp example.org:25 none"));
        QVERIFY(smtp.indexOf(QStringLiteral("smtp example.org:25 starttls")) <
                smtp.indexOf(QStringLiteral("smtp smtp.example.org:587 none")));
    }

    void configuredFirstAndDeduplicated()
    {
        ServerConfig outside = config(Protocol::Smtp, "relay.elsewhere.test", 465,
                                      Security::ImplicitTls, DiscoverySource::Srv);
        outside.needsConsent = true;
        const QList<ServerConfig> configured{
            config(Protocol::Smtp, "mail.example.org", 587, Security::StartTls,
                   DiscoverySource::Srv),
            outside,
            config(Protocol::Smtp, "smtp.example.org", 465, Security::ImplicitTls,
                   DiscoverySource::Autoconfig),
            config(Protocol::Smtp, "SMTP.example.org", 465, Security::ImplicitTls,
                   DiscoverySource::Mx),
        };
        const QList<Candidate> list =
            buildCandidates(QStringLiteral("example.org"), configured, {});
        const QStringList smtp = texts(list, Protocol::Smtp);
        QCOMPARE(smtp.mid(0, 4),
                 (QStringList{QStringLiteral("smtp smtp.example.org:465 implicit"),
                              QStringLiteral("smtp mail.example.org:587 starttls"),
                              QStringLiteral("smtp relay.elsewhere.test:465 implicit"),
                              QStringLiteral("smtp mail.example.org:465 implicit")}));
        QCOMPARE(smtp.count(QStringLiteral("smtp smtp.example.org:465 implicit")), 1);
        QCOMPARE(smtp.count(QStringLiteral("smtp mail.example.org:587 starttls")), 1);
        QCOMPARE(list.at(0).source, DiscoverySource::Autoconfig);
        QCOMPARE(list.at(0).sources,
                 (QList<DiscoverySource>{DiscoverySource::Autoconfig, DiscoverySource::Mx,
                                         DiscoverySource::Guess}));
        QVERIFY(list.at(2).needsConsent);
        QVERIFY(list.at(2).notes.contains(QStringLiteral("needs_consent")));
    }

    void notOfferedSuppressesGuesses()
    {
        CandidateOptions options;
        ServerEndpoint declined;
        declined.protocol = Protocol::Smtp;
        declined.security = Security::ImplicitTls;
        options.notOffered = {declined};
        const QStringList smtp =
            texts(buildCandidates(QStringLiteral("example.org"), {}, options), Protocol::Smtp);
        QCOMPARE(smtp.size(), 6);
        QVERIFY(!smtp.join(QLatin1Char(' ')).contains(QLatin1String(":465")));
    }

    void choosing()
    {
        QList<Candidate> list = buildCandidates(QStringLiteral("example.org"), {}, {});
        bool decided = true;
        QCOMPARE(chooseCandidate(list, Protocol::Smtp, &decided), -1);
        QVERIFY(!decided);
        // 587 answers first; 465 has not ended: not decided yet, but 587 is the candidate.
        const int i587 = int(texts(list, Protocol::Smtp)
                                 .indexOf(QStringLiteral("smtp smtp.example.org:587 starttls")));
        list[i587].state = QStringLiteral("ok");
        QCOMPARE(chooseCandidate(list, Protocol::Smtp, &decided), i587);
        QVERIFY(!decided);
        for (int i = 0; i < i587; ++i)
            list[i].state = QStringLiteral("timeout");
        QCOMPARE(chooseCandidate(list, Protocol::Smtp, &decided), i587);
        QVERIFY(decided);
        list[1].state = QStringLiteral("ok"); // mail.example.org:465 is better ranked
        QCOMPARE(chooseCandidate(list, Protocol::Smtp, &decided), 1);
    }

    void silentCandidateHoldsBackOnlyUntilItEnds()
    {
        ScriptedProbe probe;
        for (const char *host : {"smtp.example.org", "mail.example.org", "example.org"}) {
            probe.script.insert(QLatin1String(host) + QStringLiteral(":465"),
                                {300, QStringLiteral("timeout")});
        }
        probe.script.insert(QStringLiteral("smtp.example.org:587"), {10, QStringLiteral("ok")});
        probe.script.insert(QStringLiteral("imap.example.org:993"), {5, QStringLiteral("ok")});
        probe.script.insert(QStringLiteral("pop.example.org:995"), {5, QStringLiteral("ok")});
        Discovery discovery(ProviderDirectory::builtIn());
        DiscoveryOptions options;
        options.useDns = false;
        options.useAutoconfig = false;
        discovery.setOptions(options);
        discovery.setProbe(&probe);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy updated(&discovery, &Discovery::candidateUpdated);
        QElapsedTimer clock;
        clock.start();
        discovery.start(QStringLiteral("u@example.org"));
        QVERIFY(finished.wait(5000));
        const qint64 elapsed = clock.elapsed();
        // Not before the better (465) candidates ended, and not a moment longer.
        QVERIFY2(elapsed >= 290 && elapsed < 1500, qPrintable(QString::number(elapsed)));
        const DiscoveryResult r = discovery.result();
        QVERIFY(r.probed);
        QCOMPARE(text(*r.chosen(Protocol::Smtp)),
                 QStringLiteral("smtp smtp.example.org:587 starttls"));
        QCOMPARE(text(*r.chosen(Protocol::Imap)),
                 QStringLiteral("imap imap.example.org:993 implicit"));
        QCOMPARE(text(*r.chosen(Protocol::Pop3)),
                 QStringLiteral("pop3 pop.example.org:995 implicit"));
        QCOMPARE(probe.cancels, 1); // the rest (never answering) was cancelled
        QCOMPARE(updated.size(), 6);
        QCOMPARE(r.chosen(Protocol::Smtp)->probeDetails.value(QStringLiteral("x")).toInt(), 1);
    }

    void bestCandidateAnswersFirst()
    {
        // The best-ranked candidate of each protocol answers at once; every other candidate is
        // silent forever. The answer must not wait for any of them.
        ScriptedProbe probe;
        probe.script.insert(QStringLiteral("smtp.example.org:465"), {10, QStringLiteral("ok")});
        probe.script.insert(QStringLiteral("imap.example.org:993"), {10, QStringLiteral("ok")});
        probe.script.insert(QStringLiteral("pop.example.org:995"), {10, QStringLiteral("ok")});
        Discovery discovery(ProviderDirectory::builtIn());
        DiscoveryOptions options;
        options.useDns = false;
        options.useAutoconfig = false;
        discovery.setOptions(options);
        discovery.setProbe(&probe);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QElapsedTimer clock;
        clock.start();
        discovery.start(QStringLiteral("u@example.org"));
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 250, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(probe.cancels, 1);
        QCOMPARE(probe.started.size(), 23);
        const DiscoveryResult r = discovery.result();
        QCOMPARE(text(*r.chosen(Protocol::Smtp)),
                 QStringLiteral("smtp smtp.example.org:465 implicit"));
        QCOMPARE(r.chosen(Protocol::Smtp)->state, QStringLiteral("ok"));
        QCOMPARE(text(*r.chosen(Protocol::Pop3)),
                 QStringLiteral("pop3 pop.example.org:995 implicit"));
        // Unfinished candidates stay "not probed" in the result.
        QVERIFY(!r.candidates.at(1).isProbed());
    }

    void cancelStopsTheProbe()
    {
        ScriptedProbe probe; // nothing ever answers
        Discovery discovery(ProviderDirectory::builtIn());
        DiscoveryOptions options;
        options.useDns = false;
        options.useAutoconfig = false;
        discovery.setOptions(options);
        discovery.setProbe(&probe);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(QStringLiteral("u@example.org"));
        QTRY_VERIFY(!probe.started.isEmpty());
        QVERIFY(discovery.isRunning());
        discovery.cancel();
        QCOMPARE(probe.cancels, 1);
        QVERIFY(!discovery.isRunning());
        QVERIFY(!finished.wait(100));
    }

    void providerTableWithoutProbe()
    {
        Discovery discovery(ProviderDirectory::builtIn());
        DiscoveryOptions options;
        options.useDns = false;
        options.useAutoconfig = false;
        discovery.setOptions(options);
        QSignalSpy sources(&discovery, &Discovery::sourceFinished);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(QStringLiteral("someone@gmail.com"));
        QVERIFY(finished.wait(2000));
        const DiscoveryResult r = finished.first().first().value<DiscoveryResult>();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(r.sources.first().source, DiscoverySource::ProviderTable);
        QCOMPARE(r.sources.first().state, SourceReport::State::Found);
        QVERIFY(!r.probed);
        QCOMPARE(text(*r.chosen(Protocol::Smtp)),
                 QStringLiteral("smtp smtp.gmail.com:465 implicit"));
        QCOMPARE(r.chosen(Protocol::Smtp)->source, DiscoverySource::ProviderTable);
        QCOMPARE(r.providerId, QStringLiteral("gmail"));
        for (const Candidate &c : r.candidates)
            QVERIFY(c.isConfigured()); // the table is authoritative: no guesses next to it
    }

    void jsonShape()
    {
        Discovery discovery(ProviderDirectory::builtIn());
        DiscoveryOptions options;
        options.useDns = false;
        options.useAutoconfig = false;
        discovery.setOptions(options);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(QStringLiteral("x@hotmail.com"));
        QVERIFY(finished.wait(2000));
        const QJsonObject json = discovery.result().toJson();
        for (const char *key : {"address", "sources", "candidates", "smtp", "imap", "pop3",
                                "provider", "probed", "elapsed_ms"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("address")).toString(), QStringLiteral("x@hotmail.com"));
        const QJsonObject smtp = json.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("host")).toString(),
                 QStringLiteral("smtp-mail.outlook.com"));
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(smtp.value(QStringLiteral("source")).toString(), QStringLiteral("provider_table"));
        QCOMPARE(smtp.value(QStringLiteral("auth")).toArray(),
                 QJsonArray{QStringLiteral("oauth2")});
        QCOMPARE(smtp.value(QStringLiteral("verified")).toBool(), false);
        const QJsonObject candidate =
            json.value(QStringLiteral("candidates")).toArray().first().toObject();
        for (const char *key : {"protocol", "host", "port", "security", "source", "sources",
                                "state", "elapsed_ms", "needs_consent", "known_provider", "notes"})
            QVERIFY2(candidate.contains(QLatin1String(key)), key);
        QCOMPARE(candidate.value(QStringLiteral("state")).toString(), QStringLiteral("not_probed"));
        QVERIFY(candidate.value(QStringLiteral("elapsed_ms")).isNull());
        const QJsonObject source =
            json.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("source")).toString(),
                 QStringLiteral("provider_table"));
        QCOMPARE(source.value(QStringLiteral("state")).toString(), QStringLiteral("found"));
        const QJsonObject provider = json.value(QStringLiteral("provider")).toObject();
        QCOMPARE(provider.value(QStringLiteral("id")).toString(), QStringLiteral("outlook"));
        QCOMPARE(provider.value(QStringLiteral("hints"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("oauth2_only")));

        // No POP3/IMAP/SMTP found → null.
        DiscoveryResult empty;
        empty.address = QStringLiteral("a@b.test");
        const QJsonObject e = empty.toJson();
        QVERIFY(e.value(QStringLiteral("smtp")).isNull());
        QVERIFY(e.value(QStringLiteral("provider")).isNull());
        QCOMPARE(e.value(QStringLiteral("candidates")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
