// SPDX-License-Identifier: GPL-3.0-or-later
// AutoconfigClient, then the whole Discovery (provider table, SRV, MX, autoconfig in parallel),
// over real DNS and real HTTPS on the standard port: runs inside tests/lab/dns-lab.sh (a
// private network namespace, so binding 443 on 127.0.0.x clashes with nobody), where
// autoconfig.<domain> and <domain> resolve to the servers below. The servers present a
// certificate from a CA this test creates and trusts (QSslConfiguration default), except the
// self-signed one, which must be refused.
#include "setup/autoconfigclient.h"
#include "setup/discovery.h"
#include "setup/providerdirectory.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mailwright;

namespace {

const char kConfigXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="%1">
 <domain>%1</domain><displayName>Test ISP %1</displayName>
 <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>
  <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
  <authentication>password-cleartext</authentication></incomingServer>
 <outgoingServer type="smtp"><hostname>%2</hostname><port>465</port>
  <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
  <authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>
)";

struct Response
{
    int status = 200;
    QByteArray headers; // extra header lines, each ending in \r\n
    QByteArray body;
    bool sendLength = true;
};

/// HTTPS/1.1 server for the test: one request per connection, answered by a handler that gets
/// the Host header and the request target. Lives in the test's thread.
class HttpsServer : public QTcpServer
{
public:
    using Handler = std::function<Response(const QString &host, const QString &target)>;
    HttpsServer(const QSslCertificate &cert, const QSslKey &key, Handler handler)
        : m_cert(cert)
        , m_key(key)
        , m_handler(std::move(handler))
    {}
    QStringList requests; ///< "host target"

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_cert);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            const QByteArray &buf = m_buffers[socket];
            const int end = int(buf.indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QString target = QString::fromLatin1(lines.first().split(' ').value(1));
            QString host;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("host:"))
                    host = QString::fromLatin1(line.mid(5).trimmed());
            }
            requests.append(host + QLatin1Char(' ') + target);
            const Response r = m_handler(host, target);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n" +
                             "Content-Type: application/xml\r\nConnection: close\r\n" + r.headers;
            if (r.sendLength)
                out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
            out += "\r\n" + r.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_cert;
    QSslKey m_key;
    Handler m_handler;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

Response config(const QString &id, const QString &smtpHost)
{
    Response r;
    r.body = QString::fromLatin1(kConfigXml).arg(id, smtpHost).toUtf8();
    return r;
}

} // namespace

class TestDiscoveryLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HttpsServer> m_good;
    std::unique_ptr<HttpsServer> m_selfSigned;
    QTcpServer m_silent;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static Response handle(const QString &host, const QString &target)
    {
        const bool first = target.startsWith(QLatin1String("/mail/config-v1.1.xml?emailaddress="));
        const bool wellKnown =
            target == QLatin1String("/.well-known/autoconfig/mail/config-v1.1.xml");
        if (host == QLatin1String("autoconfig.ac.test") && first) {
            if (target.contains(QLatin1String("missing")))
                return Response{404, {}, "not here", true};
            return config(QStringLiteral("first"), QStringLiteral("smtp.ac.test"));
        }
        if ((host == QLatin1String("ac.test") || host == QLatin1String("wk.test")) && wellKnown)
            return config(QStringLiteral("wellknown"), QStringLiteral("mail.%EMAILDOMAIN%"));
        if (host == QLatin1String("autoconfig.redir.test") && first) {
            const QByteArray scheme = target.contains(QLatin1String("tohttps")) ? "https" : "http";
            return Response{301,
                            "Location: " + scheme +
                                "://ac.test/.well-known/autoconfig/mail/config-v1.1.xml\r\n",
                            {},
                            true};
        }
        if (host == QLatin1String("autoconfig.big.test") && first) {
            Response r = config(QStringLiteral("big"), QStringLiteral("smtp.big.test"));
            r.body.append(QByteArray(300 * 1024, ' '));
            r.sendLength = !target.contains(QLatin1String("nolength"));
            return r;
        }
        return Response{404, {}, "no", true};
    }

    bool run(AutoconfigClient &client, const QString &address, bool *found)
    {
        QSignalSpy finished(&client, &AutoconfigClient::finished);
        client.start(address);
        if (!finished.wait(10000))
            return false;
        *found = finished.first().first().toBool();
        return true;
    }

    // The report of URL \a urlIndex; a default (state Error, empty query) if there is none.
    static SourceReport report(const AutoconfigClient &client, int urlIndex, const QString &addr)
    {
        const QString url = AutoconfigClient::urlsFor(addr).value(urlIndex).toString();
        const QList<SourceReport> reports = client.reports();
        for (const SourceReport &r : reports) {
            if (r.query == url)
                return r;
        }
        return SourceReport();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("MW_DNS_LAB_RESOLVER"))
            QFAIL("run this test inside tests/lab/dns-lab.sh (ctest does)");
        QVERIFY(m_dir.isValid());
        // A CA, a server certificate for every test name, and a self-signed one (openssl CLI).
        const QString script =
            QStringLiteral(
                "set -e; cd '%1';"
                "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
                " -subj /CN=MailwrightTestCA -keyout ca.key -out ca.pem 2>/dev/null;"
                "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=ac.test"
                " -keyout server.key -out server.csr 2>/dev/null;"
                "printf 'subjectAltName=DNS:autoconfig.ac.test,DNS:ac.test,DNS:wk.test,"
                "DNS:autoconfig.redir.test,DNS:autoconfig.big.test\\n' > ext;"
                "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2"
                " -extfile ext -out server.pem 2>/dev/null;"
                "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
                " -subj /CN=autoconfig.badcert.test"
                " -addext subjectAltName=DNS:autoconfig.badcert.test"
                " -keyout self.key -out self.pem 2>/dev/null")
                .arg(m_dir.path());
        QProcess openssl;
        openssl.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY(openssl.waitForFinished(20000));
        QCOMPARE(openssl.exitCode(), 0);

        auto load = [this](const char *cert, const char *key, QSslCertificate *c, QSslKey *k) {
            QFile cf(path(cert)), kf(path(key));
            if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
                return false;
            *c = QSslCertificate(cf.readAll());
            *k = QSslKey(kf.readAll(), QSsl::Ec);
            return !c->isNull() && !k->isNull();
        };
        QSslCertificate cert, selfCert;
        QSslKey key, selfKey;
        QVERIFY(load("server.pem", "server.key", &cert, &key));
        QVERIFY(load("self.pem", "self.key", &selfCert, &selfKey));

        // Trust the test CA for this process only, added to (not replacing) the system roots.
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        QVERIFY(conf.addCaCertificates(path("ca.pem")));
        QSslConfiguration::setDefaultConfiguration(conf);

        m_good = std::make_unique<HttpsServer>(cert, key, &TestDiscoveryLab::handle);
        QVERIFY2(m_good->listen(QHostAddress(QStringLiteral("127.0.0.20")), 443),
                 qPrintable(m_good->errorString()));
        m_selfSigned = std::make_unique<HttpsServer>(selfCert, selfKey, &TestDiscoveryLab::handle);
        QVERIFY(m_selfSigned->listen(QHostAddress(QStringLiteral("127.0.0.24")), 443));
        // Accepts connections and never says a word (no TLS handshake).
        QVERIFY(m_silent.listen(QHostAddress(QStringLiteral("127.0.0.25")), 443));
    }

    void urlsCarryTheAddress()
    {
        const QList<QUrl> urls = AutoconfigClient::urlsFor(QStringLiteral("user+tag@AC.test"));
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://autoconfig.ac.test/mail/config-v1.1.xml"
                                "?emailaddress=user%2Btag%40AC.test"));
        QCOMPARE(urls.at(1).toString(),
                 QStringLiteral("https://ac.test/.well-known/autoconfig/mail/config-v1.1.xml"));
    }

    void preferredUrlWins()
    {
        AutoconfigClient client;
        bool found = false;
        m_good->requests.clear();
        QVERIFY(run(client, QStringLiteral("user+tag@ac.test"), &found));
        QVERIFY(found);
        QCOMPARE(client.config().providerId, QStringLiteral("first"));
        QVERIFY(m_good->requests.contains(QStringLiteral(
            "autoconfig.ac.test /mail/config-v1.1.xml?emailaddress=user%2Btag%40ac.test")));
        const QList<ServerConfig> servers = client.serverConfigs();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).endpoint.host, QStringLiteral("smtp.ac.test"));
        QCOMPARE(servers.at(0).endpoint.security, Security::ImplicitTls);
        QCOMPARE(servers.at(0).username, QStringLiteral("user+tag@ac.test"));
        QCOMPARE(servers.at(0).source, DiscoverySource::Autoconfig);
        QCOMPARE(servers.at(1).endpoint.host, QStringLiteral("imap.ac.test"));
        QCOMPARE(servers.at(1).username, QStringLiteral("user+tag"));
    }

    void fallsBackToWellKnown()
    {
        AutoconfigClient client;
        bool found = false;
        QVERIFY(run(client, QStringLiteral("missing@ac.test"), &found));
        QVERIFY(found);
        QCOMPARE(client.config().providerId, QStringLiteral("wellknown"));
        QCOMPARE(report(client, 0, QStringLiteral("missing@ac.test")).state,
                 SourceReport::State::NotFound); // HTTP 404
        QCOMPARE(client.serverConfigs().first().endpoint.host, QStringLiteral("mail.ac.test"));

        // autoconfig.wk.test does not exist (NXDOMAIN); the well-known URL answers.
        QVERIFY(run(client, QStringLiteral("w@wk.test"), &found));
        QVERIFY(found);
        QCOMPARE(report(client, 0, QStringLiteral("w@wk.test")).state,
                 SourceReport::State::NotFound);
        QCOMPARE(client.serverConfigs().first().endpoint.host, QStringLiteral("mail.wk.test"));
    }

    void redirects()
    {
        AutoconfigClient client;
        bool found = false;
        QVERIFY(run(client, QStringLiteral("tohttp@redir.test"), &found));
        QVERIFY(!found);
        const SourceReport r = report(client, 0, QStringLiteral("tohttp@redir.test"));
        QCOMPARE(r.state, SourceReport::State::Error);
        QVERIFY2(r.detail.contains(QLatin1String("non-HTTPS")), qPrintable(r.detail));

        QVERIFY(run(client, QStringLiteral("tohttps@redir.test"), &found));
        QVERIFY(found);
        QCOMPARE(client.config().providerId, QStringLiteral("wellknown"));
        QCOMPARE(client.configUrl().host(), QStringLiteral("ac.test"));
    }

    void sizeLimit()
    {
        AutoconfigClient client;
        bool found = true;
        for (const char *address : {"withlength@big.test", "nolength@big.test"}) {
            QVERIFY(run(client, QLatin1String(address), &found));
            QVERIFY(!found);
            const SourceReport r = report(client, 0, QLatin1String(address));
            QCOMPARE(r.state, SourceReport::State::Error);
            QVERIFY2(r.detail.contains(QLatin1String("larger than")), qPrintable(r.detail));
        }
    }

    void untrustedCertificateIsRefused()
    {
        AutoconfigClient client;
        bool found = true;
        const int before = int(m_selfSigned->requests.size());
        QVERIFY(run(client, QStringLiteral("x@badcert.test"), &found));
        QVERIFY(!found);
        const SourceReport r = report(client, 0, QStringLiteral("x@badcert.test"));
        QCOMPARE(r.state, SourceReport::State::Error);
        QVERIFY2(r.detail.startsWith(QLatin1String("TLS:")), qPrintable(r.detail));
        // Not a single request reached the server: the handshake was refused.
        QCOMPARE(int(m_selfSigned->requests.size()), before);
    }

    void silentServerTimesOut()
    {
        AutoconfigClient client;
        client.setTimeout(500);
        QElapsedTimer clock;
        clock.start();
        bool found = true;
        QVERIFY(run(client, QStringLiteral("x@slow.test"), &found));
        QVERIFY(!found);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(client.reports().size(), 2);
        for (const SourceReport &r : client.reports())
            QCOMPARE(r.state, SourceReport::State::Timeout);
    }

    // The whole discovery, every source live; no probe (that arrives with core/net).
    DiscoveryResult discover(const QString &address, int *sourceSignals)
    {
        Discovery discovery(ProviderDirectory::builtIn());
        QSignalSpy sources(&discovery, &Discovery::sourceFinished);
        QSignalSpy ready(&discovery, &Discovery::candidatesReady);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(address);
        if (!finished.wait(10000) || ready.size() != 1)
            return DiscoveryResult();
        *sourceSignals = int(sources.size());
        return finished.first().first().value<DiscoveryResult>();
    }

    static QStringList firstSmtp(const DiscoveryResult &r, int n)
    {
        QStringList out;
        for (const Candidate &c : r.candidates) {
            if (c.endpoint.protocol == Protocol::Smtp && out.size() < n)
                out.append(
                    QStringLiteral("%1:%2 %3 %4")
                        .arg(c.endpoint.host)
                        .arg(c.endpoint.port)
                        .arg(securityName(c.endpoint.security), discoverySourceName(c.source)));
        }
        return out;
    }

    void discoveryFromSrv()
    {
        int signalCount = 0;
        const DiscoveryResult r = discover(QStringLiteral("alice@srv.test"), &signalCount);
        // 1 table + 6 SRV + 1 MX + 2 autoconfig URLs, each reported as it ended.
        QCOMPARE(r.sources.size(), 10);
        QCOMPARE(signalCount, 10);
        QCOMPARE(firstSmtp(r, 4),
                 (QStringList{QStringLiteral("mail.srv.test:465 implicit srv"),
                              QStringLiteral("backup.srv.test:465 implicit srv"),
                              QStringLiteral("mail.srv.test:587 starttls srv"),
                              QStringLiteral("smtp.srv.test:465 implicit guess")}));
        QCOMPARE(r.chosen(Protocol::Smtp)->endpoint.host, QStringLiteral("mail.srv.test"));
        QVERIFY(!r.probed);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("source")),
                 QJsonValue(QStringLiteral("srv")));
        QVERIFY(r.elapsedMs < 3000);
    }

    void discoveryFromMx()
    {
        int signalCount = 0;
        const DiscoveryResult r = discover(QStringLiteral("dave@gw.test"), &signalCount);
        QCOMPARE(r.providerId, QStringLiteral("google-workspace"));
        QCOMPARE(firstSmtp(r, 1), QStringList{QStringLiteral("smtp.gmail.com:465 implicit mx")});
        QVERIFY(r.chosen(Protocol::Smtp)->knownProvider);
        QCOMPARE(r.chosen(Protocol::Imap)->endpoint.host, QStringLiteral("imap.gmail.com"));
    }

    void discoveryFromAutoconfig()
    {
        int signalCount = 0;
        const DiscoveryResult r = discover(QStringLiteral("user@ac.test"), &signalCount);
        QCOMPARE(firstSmtp(r, 1),
                 QStringList{QStringLiteral("smtp.ac.test:465 implicit autoconfig")});
        QCOMPARE(r.chosen(Protocol::Smtp)->username, QStringLiteral("user@ac.test"));
        QCOMPARE(r.chosen(Protocol::Imap)->username, QStringLiteral("user"));
        QVERIFY(!r.chosen(Protocol::Pop3)); // only guesses for POP3: nothing unverified chosen
    }

    void discoveryHonoursNotOffered()
    {
        int signalCount = 0;
        const DiscoveryResult r = discover(QStringLiteral("bob@notoffered.test"), &signalCount);
        for (const Candidate &c : r.candidates) {
            QVERIFY2(!(c.endpoint.protocol == Protocol::Smtp &&
                       c.endpoint.security == Security::ImplicitTls),
                     qPrintable(c.endpoint.host));
        }
        QCOMPARE(firstSmtp(r, 1),
                 QStringList{QStringLiteral("mail.notoffered.test:587 starttls srv")});
    }

    void discoveryNeedsConsent()
    {
        int signalCount = 0;
        const DiscoveryResult r = discover(QStringLiteral("carol@outside.test"), &signalCount);
        // The in-domain SRV target is chosen; the outside one is listed, flagged, never chosen.
        QCOMPARE(r.chosen(Protocol::Smtp)->endpoint.host, QStringLiteral("mail.outside.test"));
        bool flagged = false;
        for (const Candidate &c : r.candidates)
            flagged |= c.endpoint.host == QLatin1String("smtp.elsewhere.test") && c.needsConsent;
        QVERIFY(flagged);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryLab)
#include "tst_discoverylab.moc"
