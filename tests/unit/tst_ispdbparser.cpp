// SPDX-License-Identifier: GPL-3.0-or-later
// The Thunderbird autoconfig (ISPDB) parser against every file of the shared corpus, exact
// results for a few, and hostile or broken documents.
#include "labenv.h"
#include "setup/ispdbparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mailwright;

namespace {

QByteArray corpusFile(const QString &name)
{
    QFile f(mailwright::test::sharedDir() + QStringLiteral("/corpus/ispdb/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

const ServerConfig *find(const QList<ServerConfig> &configs, Protocol protocol, int port)
{
    for (const ServerConfig &c : configs) {
        if (c.endpoint.protocol == protocol && c.endpoint.port == port)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestIspdbParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeCorpus()
    {
        const QDir dir(mailwright::test::sharedDir() + QStringLiteral("/corpus/ispdb"));
        const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files);
        QVERIFY2(files.size() >= 100, qPrintable(dir.path()));
        int withSmtp = 0;
        for (const QString &name : files) {
            const QByteArray xml = corpusFile(name);
            QVERIFY2(!xml.isEmpty(), qPrintable(name));
            IspdbConfig config;
            QString error;
            QVERIFY2(
                IspdbParser::parse(xml, QStringLiteral("jane.doe@example.net"), &config, &error),
                qPrintable(name + QStringLiteral(": ") + error));
            QVERIFY2(!config.domains.isEmpty(), qPrintable(name));
            const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
            for (const ServerConfig &c : servers) {
                // Every placeholder was replaced, every host is a plain name.
                QVERIFY2(!c.endpoint.host.contains(QLatin1Char('%')), qPrintable(name));
                QVERIFY2(!c.username.contains(QLatin1String("%EMAIL")), qPrintable(name));
                QVERIFY2(c.endpoint.port > 0, qPrintable(name));
                QCOMPARE(c.source, DiscoverySource::Autoconfig);
            }
            if (std::any_of(servers.begin(), servers.end(), [](const ServerConfig &c) {
                    return c.endpoint.protocol == Protocol::Smtp;
                }))
                ++withSmtp;
        }
        // Every ISPDB file in the corpus describes an SMTP server.
        QCOMPARE(withSmtp, files.size());
    }

    void gmail()
    {
        IspdbConfig config;
        QString error;
        QVERIFY(IspdbParser::parse(corpusFile(QStringLiteral("googlemail.com.xml")),
                                   QStringLiteral("jane@gmail.com"), &config, &error));
        QCOMPARE(config.providerId, QStringLiteral("googlemail.com"));
        QCOMPARE(config.displayName, QStringLiteral("Google Mail"));
        QVERIFY(config.domains.contains(QStringLiteral("google.com")));
        QCOMPARE(config.outgoing.size(), 1);
        const IspdbServer &smtp = config.outgoing.first();
        QCOMPARE(smtp.hostname, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(smtp.port, 465);
        QCOMPARE(smtp.socketType, QStringLiteral("SSL"));
        QCOMPARE(smtp.username, QStringLiteral("jane@gmail.com"));
        QCOMPARE(smtp.authentication,
                 (QStringList{QStringLiteral("OAuth2"), QStringLiteral("password-cleartext")}));
        QCOMPARE(config.incoming.size(), 2);
        QCOMPARE(config.oauth2Issuer, QStringLiteral("accounts.google.com"));
        QVERIFY(config.enableUrl.startsWith(QLatin1String("https://mail.google.com/")));
        QCOMPARE(config.enableInstruction, QStringLiteral("You need to enable IMAP access"));
        QCOMPARE(config.documentation.size(), 4);
        const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
        QCOMPARE(servers.size(), 3);
        QCOMPARE(servers.first().endpoint.protocol, Protocol::Smtp); // outgoing first
        QCOMPARE(servers.first().endpoint.security, Security::ImplicitTls);
        QCOMPARE(servers.first().authMethods,
                 (QStringList{QStringLiteral("oauth2"), QStringLiteral("password")}));
        const ServerConfig *imap = find(servers, Protocol::Imap, 993);
        QVERIFY(imap);
        QCOMPARE(imap->endpoint.host, QStringLiteral("imap.gmail.com"));
        QVERIFY(find(servers, Protocol::Pop3, 995));
    }

    void hotmail()
    {
        IspdbConfig config;
        QString error;
        QVERIFY(IspdbParser::parse(corpusFile(QStringLiteral("hotmail.com.xml")),
                                   QStringLiteral("joe@outlook.com"), &config, &error));
        QCOMPARE(config.domains.size(), 103); // grep -c "<domain>" hotmail.com.xml
        QVERIFY(config.domains.contains(QStringLiteral("olc.protection.outlook.com")));
        const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
        const ServerConfig *smtp = find(servers, Protocol::Smtp, 587);
        QVERIFY(smtp);
        QCOMPARE(smtp->endpoint.host, QStringLiteral("smtp-mail.outlook.com"));
        QCOMPARE(smtp->endpoint.security, Security::StartTls);
        QCOMPARE(smtp->authMethods, QStringList{QStringLiteral("oauth2")});
        QCOMPARE(smtp->username, QStringLiteral("joe@outlook.com"));
        QCOMPARE(find(servers, Protocol::Imap, 993)->endpoint.host,
                 QStringLiteral("outlook.office365.com"));
    }

    void office365SkipsNonMailServers()
    {
        IspdbConfig config;
        QString error;
        QVERIFY(IspdbParser::parse(corpusFile(QStringLiteral("office365.com.xml")),
                                   QStringLiteral("a@contoso.com"), &config, &error));
        QCOMPARE(config.incoming.size(), 6); // imap, pop3, ews, owa, graph, exchange
        const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
        QCOMPARE(servers.size(), 3); // smtp, imap, pop3 only
        QCOMPARE(find(servers, Protocol::Smtp, 587)->endpoint.host,
                 QStringLiteral("smtp.office365.com"));
    }

    void smallIspLocalPart()
    {
        IspdbConfig config;
        QString error;
        QVERIFY(IspdbParser::parse(corpusFile(QStringLiteral("free.fr.xml")),
                                   QStringLiteral("jean.dupont@free.fr"), &config, &error));
        const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
        QCOMPARE(servers.size(), 3);
        const ServerConfig *smtp = find(servers, Protocol::Smtp, 465);
        QCOMPARE(smtp->endpoint.host, QStringLiteral("smtp.free.fr"));
        QCOMPARE(smtp->username, QStringLiteral("jean.dupont"));
        QCOMPARE(smtp->authMethods, QStringList{QStringLiteral("password")});
        QCOMPARE(config.documentation.first().description,
                 QStringLiteral("How to set up Thunderbird with Free.fr"));
    }

    void domainPlaceholderInHost()
    {
        IspdbConfig config;
        QString error;
        QVERIFY(IspdbParser::parse(corpusFile(QStringLiteral("mail.ee.xml")),
                                   QStringLiteral("kati@mail.ee"), &config, &error));
        bool sawDomainHost = false;
        for (const ServerConfig &c : config.serverConfigs(DiscoverySource::Autoconfig)) {
            QVERIFY(!c.endpoint.host.contains(QLatin1Char('%')));
            sawDomainHost |= c.endpoint.host.endsWith(QLatin1String("mail.ee"));
        }
        QVERIFY(sawDomainHost);
    }

    void plainAndHostile()
    {
        const QByteArray xml = R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="x">
 <domain>x.test</domain>
 <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>25</port>
  <socketType>plain</socketType><username>%EMAILLOCALPART%</username>
  <authentication>password-encrypted</authentication></outgoingServer>
 <outgoingServer type="smtp"><hostname>evil host; rm</hostname><port>465</port>
  <socketType>SSL</socketType></outgoingServer>
 <outgoingServer type="smtp"><hostname>ok.x.test</hostname><port>99999</port>
  <socketType>SSL</socketType></outgoingServer>
 <outgoingServer type="smtp"><hostname>ok.x.test</hostname><port>465</port>
  <socketType>weird</socketType></outgoingServer>
</emailProvider></clientConfig>)";
        IspdbConfig config;
        QString error;
        QVERIFY(IspdbParser::parse(xml, QStringLiteral("u@x.test"), &config, &error));
        QCOMPARE(config.outgoing.size(), 4);
        const QList<ServerConfig> servers = config.serverConfigs(DiscoverySource::Autoconfig);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().endpoint.host, QStringLiteral("smtp.x.test"));
        QCOMPARE(servers.first().endpoint.security, Security::None);
        QCOMPARE(servers.first().username, QStringLiteral("u"));
        QCOMPARE(servers.first().authMethods, QStringList{QStringLiteral("password-encrypted")});
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>");
        QTest::newRow("truncated") << QByteArray("<clientConfig><emailProvider id=\"a\"><domain>");
        QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>");
    }

    void broken()
    {
        QFETCH(QByteArray, xml);
        IspdbConfig config;
        QString error;
        QVERIFY(!IspdbParser::parse(xml, QStringLiteral("a@b.c"), &config, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIspdbParser)
#include "tst_ispdbparser.moc"
