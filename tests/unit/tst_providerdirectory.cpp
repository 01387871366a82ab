// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in provider table: its size, every entry's SMTP settings, lookups by address domain
// and by MX host, the "known" marking used by the certificate UI.
#include "setup/providerdirectory.h"

#include <QSet>
#include <QTest>

using namespace mailwright;

class TestProviderDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsComplete()
    {
        const ProviderDirectory &dir = ProviderDirectory::builtIn();
        QVERIFY2(dir.providers().size() >= 25, qPrintable(QString::number(dir.providers().size())));
        QSet<QString> ids;
        for (const Provider &p : dir.providers()) {
            QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
            ids.insert(p.id);
            QVERIFY2(!p.smtp.isEmpty(), qPrintable(p.id));
            for (const ServerEndpoint &e : p.smtp) {
                QVERIFY2(!e.host.isEmpty() && e.port > 0, qPrintable(p.id));
                QCOMPARE(e.protocol, Protocol::Smtp);
                // Nothing in the table is clear text.
                QVERIFY2(e.security != Security::None, qPrintable(p.id));
            }
            for (const QString &hint : p.hints)
                QVERIFY2(!ProviderDirectory::hintText(hint).isEmpty(), qPrintable(hint));
            if (p.relay) {
                QVERIFY2(p.imap.isEmpty() && p.pop3.isEmpty(), qPrintable(p.id));
            }
        }
        // The relay services the issue names.
        for (const char *id : {"smtp2go", "mailgun", "sendgrid", "amazon-ses", "postmark", "brevo"})
            QVERIFY2(dir.provider(QLatin1String(id)), id);
    }

    void lookupByDomain_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("smtpHost");
        QTest::addColumn<int>("smtpPort");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("username");
        QTest::newRow("gmail") << "a@gmail.com"
                               << "gmail"
                               << "smtp.gmail.com" << 465 << Security::ImplicitTls << "a@gmail.com";
        QTest::newRow("googlemail upper")
            << "B@GoogleMail.COM"
            << "gmail"
            << "smtp.gmail.com" << 465 << Security::ImplicitTls << "B@GoogleMail.COM";
        QTest::newRow("hotmail") << "x@hotmail.com"
                                 << "outlook"
                                 << "smtp-mail.outlook.com" << 587 << Security::StartTls
                                 << "x@hotmail.com";
        QTest::newRow("icloud") << "x@me.com"
                                << "icloud"
                                << "smtp.mail.me.com" << 587 << Security::StartTls << "x@me.com";
        QTest::newRow("web.de localpart") << "max@web.de"
                                          << "webde"
                                          << "smtp.web.de" << 465 << Security::ImplicitTls << "max";
        QTest::newRow("free.fr") << "x@free.fr"
                                 << "free"
                                 << "smtp.free.fr" << 465 << Security::ImplicitTls << "x";
        QTest::newRow("t-online") << "x@t-online.de"
                                  << "tonline"
                                  << "securesmtp.t-online.de" << 465 << Security::ImplicitTls
                                  << "x@t-online.de";
        QTest::newRow("onmicrosoft") << "x@contoso.onmicrosoft.com"
                                     << ""
                                     << "" << 0 << Security::None << "";
        QTest::newRow("unknown") << "x@example.org"
                                 << ""
                                 << "" << 0 << Security::None << "";
    }

    void lookupByDomain()
    {
        QFETCH(QString, address);
        QFETCH(QString, id);
        const Provider *p = ProviderDirectory::builtIn().providerForDomain(addressDomain(address));
        if (id.isEmpty()) {
            QVERIFY(!p);
            return;
        }
        QVERIFY(p);
        QCOMPARE(p->id, id);
        QFETCH(QString, smtpHost);
        QFETCH(int, smtpPort);
        QFETCH(Security, security);
        QFETCH(QString, username);
        QCOMPARE(p->smtp.first().host, smtpHost);
        QCOMPARE(int(p->smtp.first().port), smtpPort);
        QCOMPARE(p->smtp.first().security, security);
        const QList<ServerConfig> configs =
            ProviderDirectory::configsFor(*p, address, DiscoverySource::ProviderTable);
        QVERIFY(!configs.isEmpty());
        QCOMPARE(configs.first().username, username);
        QCOMPARE(configs.first().source, DiscoverySource::ProviderTable);
    }

    void lookupByMx_data()
    {
        QTest::addColumn<QString>("mx");
        QTest::addColumn<QString>("id");
        QTest::newRow("google") << "aspmx.l.google.com."
                                << "google-workspace";
        QTest::newRow("google alt") << "ALT1.ASPMX.L.GOOGLE.COM"
                                    << "google-workspace";
        QTest::newRow("googlemail") << "aspmx2.googlemail.com"
                                    << "google-workspace";
        QTest::newRow("m365") << "contoso-com.mail.protection.outlook.com"
                              << "microsoft365";
        QTest::newRow("outlook.com") << "eur.olc.protection.outlook.com"
                                     << "outlook";
        QTest::newRow("yahoo") << "mta5.am0.yahoodns.net"
                               << "yahoo";
        QTest::newRow("fastmail") << "in1-smtp.messagingengine.com"
                                  << "fastmail";
        QTest::newRow("not a label boundary") << "mx.notgoogle.com"
                                              << "";
        QTest::newRow("unknown") << "mx.example.org"
                                 << "";
    }

    void lookupByMx()
    {
        QFETCH(QString, mx);
        QFETCH(QString, id);
        const Provider *p = ProviderDirectory::builtIn().providerForMxHost(mx);
        QCOMPARE(p ? p->id : QString(), id);
    }

    void knownHosts()
    {
        const ProviderDirectory &dir = ProviderDirectory::builtIn();
        QVERIFY(dir.isKnownHost(QStringLiteral("smtp.gmail.com")));
        QVERIFY(dir.isKnownHost(QStringLiteral("SMTP.Office365.com.")));
        QVERIFY(dir.isKnownHost(QStringLiteral("email-smtp.eu-west-1.amazonaws.com")));
        QVERIFY(!dir.isKnownHost(QStringLiteral("ec2-1-2-3-4.compute.amazonaws.com")));
        QVERIFY(!dir.isKnownHost(QStringLiteral("mail.example.org")));
        // Proton's Bridge presents a self-signed certificate on localhost: pinning must stay
        // possible, so it is not "known".
        QVERIFY(!dir.isKnownHost(QStringLiteral("127.0.0.1")));
    }

    void hints()
    {
        const ProviderDirectory &dir = ProviderDirectory::builtIn();
        QVERIFY(dir.provider(QStringLiteral("outlook"))->oauth2Only());
        QVERIFY(dir.provider(QStringLiteral("microsoft365"))
                    ->hints.contains(QStringLiteral("smtp_auth_per_mailbox")));
        QVERIFY(
            dir.provider(QStringLiteral("gmail"))->hints.contains(QStringLiteral("app_password")));
        QCOMPARE(dir.provider(QStringLiteral("sendgrid"))->usernameFor(QStringLiteral("a@b.c")),
                 QStringLiteral("apikey"));
    }

    void rejectsBadTable()
    {
        ProviderDirectory dir;
        QString error;
        QVERIFY(
            !dir.loadJson("{\"providers\":[{\"id\":\"x\",\"name\":\"X\",\"smtp\":[]}]}", &error));
        QVERIFY(!dir.loadJson("{\"providers\":[{\"id\":\"x\",\"name\":\"X\",\"smtp\":[{\"host\":"
                              "\"h\",\"port\":70000,\"security\":\"implicit\"}]}]}",
                              &error));
        QVERIFY(!dir.loadJson("not json", &error));
    }

    void helpers()
    {
        QCOMPARE(addressDomain(QStringLiteral(" Alice@Example.COM ")),
                 QStringLiteral("example.com"));
        QCOMPARE(addressDomain(QStringLiteral("nodomain@")), QString());
        QCOMPARE(addressLocalPart(QStringLiteral("a.b@c.d")), QStringLiteral("a.b"));
        QVERIFY(hostInDomain(QStringLiteral("mail.example.com."), QStringLiteral("Example.com")));
        QVERIFY(hostInDomain(QStringLiteral("example.com"), QStringLiteral("example.com")));
        QVERIFY(!hostInDomain(QStringLiteral("badexample.com"), QStringLiteral("example.com")));
    }
};

QTEST_GUILESS_MAIN(TestProviderDirectory)
#include "tst_providerdirectory.moc"
