// SPDX-License-Identifier: GPL-3.0-or-later
// DnsDiscovery against a real resolver: runs inside tests/lab/dns-lab.sh, whose dnsmasq serves
// tests/integration/dns/discovery.conf. Checks SRV order (submissions before submission,
// priority, weight), target "." (not offered), targets outside the domain (needs consent), MX of
// known providers, NXDOMAIN, and that the queries really reached the lab's dnsmasq.
#include "setup/dnsdiscovery.h"
#include "setup/providerdirectory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace mailwright;

namespace {

const SourceReport *reportFor(const QList<SourceReport> &reports, const QString &query)
{
    for (const SourceReport &r : reports) {
        if (r.query == query)
            return &r;
    }
    return nullptr;
}

QString endpointText(const ServerConfig &c)
{
    return QStringLiteral("%1 %2:%3 %4")
        .arg(protocolName(c.endpoint.protocol), c.endpoint.host)
        .arg(c.endpoint.port)
        .arg(securityName(c.endpoint.security));
}

} // namespace

class TestDnsDiscovery : public QObject
{
    Q_OBJECT

    // Runs a discovery for \a address to its end.
    bool run(DnsDiscovery &dns, const QString &address)
    {
        QSignalSpy finished(&dns, &DnsDiscovery::finished);
        QSignalSpy each(&dns, &DnsDiscovery::lookupFinished);
        dns.start(address);
        if (!finished.wait(10000))
            return false;
        return each.size() == 7 && dns.reports().size() == 7;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MW_DNS_LAB_RESOLVER"))
            QFAIL("run this test inside tests/lab/dns-lab.sh (ctest does)");
        // QDnsLookup reads /etc/resolv.conf through res_ninit(): it must be the lab's.
        QFile resolv(QStringLiteral("/etc/resolv.conf"));
        QVERIFY(resolv.open(QIODevice::ReadOnly));
        QVERIFY(resolv.readAll().contains(qgetenv("MW_DNS_LAB_RESOLVER")));
    }

    void srvRecords()
    {
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, QStringLiteral("alice@srv.test")));
        QStringList got;
        for (const ServerConfig &c : dns.srvConfigs()) {
            got.append(endpointText(c));
            QCOMPARE(c.source, DiscoverySource::Srv);
            QVERIFY(!c.needsConsent);
            QCOMPARE(c.username, QStringLiteral("alice@srv.test"));
        }
        const QStringList expected = {
            // RFC 8314: implicit TLS before STARTTLS; RFC 2782: priority 10 before 20.
            QStringLiteral("smtp mail.srv.test:465 implicit"),
            QStringLiteral("smtp backup.srv.test:465 implicit"),
            QStringLiteral("smtp mail.srv.test:587 starttls"),
            QStringLiteral("imap mail.srv.test:993 implicit"),
            QStringLiteral("imap mail.srv.test:143 starttls"),
            // Same priority: weight 60 before weight 10.
            QStringLiteral("pop3 mail.srv.test:995 implicit"),
            QStringLiteral("pop3 backup.srv.test:995 implicit"),
        };
        QCOMPARE(got, expected);
        const SourceReport *pop3 = reportFor(dns.reports(), QStringLiteral("_pop3._tcp.srv.test"));
        QVERIFY(pop3);
        QCOMPARE(pop3->state, SourceReport::State::NotFound); // NXDOMAIN
        const SourceReport *subs =
            reportFor(dns.reports(), QStringLiteral("_submissions._tcp.srv.test"));
        QCOMPARE(subs->state, SourceReport::State::Found);
        QCOMPARE(subs->settings, 2);
        // The MX lookup of a name without MX: no records, not an error.
        const SourceReport *mx = reportFor(dns.reports(), QStringLiteral("srv.test"));
        QCOMPARE(mx->source, DiscoverySource::Mx);
        QCOMPARE(mx->state, SourceReport::State::NoRecords);
        QVERIFY(dns.notOffered().isEmpty());
    }

    void targetDotMeansNotOffered()
    {
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, QStringLiteral("bob@notoffered.test")));
        const SourceReport *subs =
            reportFor(dns.reports(), QStringLiteral("_submissions._tcp.notoffered.test"));
        QCOMPARE(subs->state, SourceReport::State::NotOffered);
        QCOMPARE(dns.notOffered().size(), 1);
        QCOMPARE(dns.notOffered().first().protocol, Protocol::Smtp);
        QCOMPARE(dns.notOffered().first().security, Security::ImplicitTls);
        QCOMPARE(dns.srvConfigs().size(), 1);
        QCOMPARE(endpointText(dns.srvConfigs().first()),
                 QStringLiteral("smtp mail.notoffered.test:587 starttls"));
    }

    void targetOutsideDomainNeedsConsent()
    {
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, QStringLiteral("carol@outside.test")));
        const QList<ServerConfig> srv = dns.srvConfigs();
        QCOMPARE(srv.size(), 2);
        QCOMPARE(srv.at(0).endpoint.host, QStringLiteral("smtp.elsewhere.test"));
        QVERIFY(srv.at(0).needsConsent);
        QCOMPARE(srv.at(1).endpoint.host, QStringLiteral("mail.outside.test"));
        QVERIFY(!srv.at(1).needsConsent);
    }

    void mxOfKnownProvider_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("smtpHost");
        QTest::addColumn<QString>("firstMx");
        QTest::newRow("google workspace") << "dave@gw.test"
                                          << "google-workspace"
                                          << "smtp.gmail.com"
                                          << "aspmx.l.google.com";
        QTest::newRow("microsoft 365") << "erin@m365.test"
                                       << "microsoft365"
                                       << "smtp.office365.com"
                                       << "m365-test.mail.protection.outlook.com";
    }

    void mxOfKnownProvider()
    {
        QFETCH(QString, address);
        QFETCH(QString, provider);
        QFETCH(QString, smtpHost);
        QFETCH(QString, firstMx);
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, address));
        QCOMPARE(dns.mxHosts().first(), firstMx);
        QCOMPARE(dns.mxProviderId(), provider);
        const QList<ServerConfig> configs = dns.mxConfigs();
        QVERIFY(!configs.isEmpty());
        QCOMPARE(configs.first().endpoint.host, smtpHost);
        QCOMPARE(configs.first().source, DiscoverySource::Mx);
        QCOMPARE(configs.first().username, address);
        QVERIFY(configs.first().knownProvider);
        QVERIFY(dns.srvConfigs().isEmpty());
    }

    void mxOfUnknownProvider()
    {
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, QStringLiteral("frank@plainmx.test")));
        QCOMPARE(dns.mxHosts(), QStringList{QStringLiteral("mx.plainmx.test")});
        QVERIFY(dns.mxConfigs().isEmpty());
        QCOMPARE(reportFor(dns.reports(), QStringLiteral("plainmx.test"))->state,
                 SourceReport::State::NotFound);
    }

    void nxdomain()
    {
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, QStringLiteral("gina@nothing-here.test")));
        for (const SourceReport &r : dns.reports()) {
            QCOMPARE(r.state, SourceReport::State::NotFound);
            QVERIFY(r.elapsedMs < 2000);
        }
        QVERIFY(dns.srvConfigs().isEmpty());
        QVERIFY(dns.mxConfigs().isEmpty());
    }

    void timeoutIsReported()
    {
        // dnsmasq forwards *.silent.test to 127.0.0.99:53, where this socket swallows every
        // query: each lookup must end as Timeout after our limit, and finished() still comes.
        QUdpSocket blackHole;
        QVERIFY(blackHole.bind(QHostAddress(QStringLiteral("127.0.0.99")), 53));
        DnsDiscovery dns(ProviderDirectory::builtIn());
        dns.setTimeout(300);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run(dns, QStringLiteral("h@silent.test")));
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        for (const SourceReport &r : dns.reports()) {
            QCOMPARE(r.state, SourceReport::State::Timeout);
            QVERIFY(r.elapsedMs >= 250);
        }
        QVERIFY(blackHole.hasPendingDatagrams()); // the queries did arrive there
        QVERIFY(dns.srvConfigs().isEmpty());
    }

    void queriesReachedTheLab()
    {
        // Proof that QDnsLookup asked the lab's dnsmasq (and so nothing went elsewhere: the lab
        // runs in a network namespace that has only "lo", and dnsmasq forwards nothing).
        QFile log(qEnvironmentVariable("MW_DNS_LAB_LOG"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("query[SRV] _submissions._tcp.srv.test"));
        QVERIFY(text.contains("query[MX] gw.test"));
        // A name outside the lab gets no answer from anywhere.
        DnsDiscovery dns(ProviderDirectory::builtIn());
        QVERIFY(run(dns, QStringLiteral("x@gmail.com")));
        for (const SourceReport &r : dns.reports())
            QVERIFY2(r.state != SourceReport::State::Found, qPrintable(r.query));
    }
};

QTEST_GUILESS_MAIN(TestDnsDiscovery)
#include "tst_dnsdiscovery.moc"
