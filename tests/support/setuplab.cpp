// SPDX-License-Identifier: GPL-3.0-or-later
#include "setuplab.h"

#include <QFile>
#include <QProcess>

namespace mailwright::test {

namespace {

bool makeCertificate(const QString &dir, QString *error)
{
    // A CA and one server certificate naming every scripted server (openssl CLI).
    const QString sans = QStringLiteral(
        "DNS:smtp.only465.test,DNS:mail.only465.test,DNS:only465.test,DNS:smtp.only587.test,"
        "DNS:mail.only587.test,DNS:only587.test,DNS:smtp.silent465.test,"
        "DNS:smtp.nostarttls.test,DNS:smtp.authafter.test,DNS:smtp.plainonly.test,"
        "DNS:relay.srvlab.test,DNS:smtp.elsewhere.test");
    const QString script =
        QStringLiteral(
            "set -e; cd '%1';"
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
            " -subj /CN=MailwrightSetupTestCA -keyout ca.key -out ca.pem 2>/dev/null;"
            "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes"
            " -subj /CN=smtp.only465.test -keyout server.key -out server.csr 2>/dev/null;"
            "printf 'subjectAltName=%2\\n' > ext;"
            "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2"
            " -extfile ext -out server.pem 2>/dev/null")
            .arg(dir, sans);
    QProcess openssl;
    openssl.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromUtf8(openssl.readAll());
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

bool SetupLab::start(QString *error)
{
    if (qEnvironmentVariableIsEmpty("MW_DNS_LAB_RESOLVER")) {
        *error =
            QStringLiteral("run inside tests/lab/dns-lab.sh and with-mail-lab.sh (ctest does)");
        return false;
    }
    if (!m_lab.load(error) || !m_dir.isValid() || !makeCertificate(m_dir.path(), error))
        return false;
    QFile both(caFile());
    if (!both.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + caFile();
        return false;
    }
    both.write(readAll(m_lab.caFile()) + readAll(m_dir.filePath(QStringLiteral("ca.pem"))));
    both.close();
    const QSslCertificate cert(readAll(m_dir.filePath(QStringLiteral("server.pem"))));
    const QSslKey privateKey(readAll(m_dir.filePath(QStringLiteral("server.key"))), QSsl::Ec);

    // The real lab behind standard ports of mail.lab.test (127.0.0.2; its certificate names
    // mail.lab.test) and behind 465 of the bad-certificate names.
    const QString labHost = m_lab.host();
    const QList<std::tuple<QString, quint16, QString>> forwards{
        {QStringLiteral("127.0.0.2"), 465, QStringLiteral("SMTP_TLS_PORT")},
        {QStringLiteral("127.0.0.2"), 587, QStringLiteral("SMTP_STARTTLS_PORT")},
        {QStringLiteral("127.0.0.2"), 993, QStringLiteral("IMAPS_PORT")},
        {QStringLiteral("127.0.0.2"), 143, QStringLiteral("IMAP_PORT")},
        {QStringLiteral("127.0.0.2"), 995, QStringLiteral("POP3S_PORT")},
        {QStringLiteral("127.0.0.2"), 110, QStringLiteral("POP3_PORT")},
        {QStringLiteral("127.0.0.31"), 465, QStringLiteral("SMTP_WRONGNAME_PORT")},
        {QStringLiteral("127.0.0.32"), 465, QStringLiteral("SMTP_SELFSIGNED_PORT")},
        {QStringLiteral("127.0.0.33"), 465, QStringLiteral("SMTP_EXPIRED_PORT")},
    };
    for (const auto &[address, port, target] : forwards) {
        auto f = std::make_unique<TcpForwarder>(address, port, labHost, m_lab.port(target));
        if (!f->start()) {
            *error = QStringLiteral("cannot listen on %1:%2").arg(address).arg(port);
            return false;
        }
        m_forwarders.push_back(std::move(f));
    }

    using Mode = TestSmtpServer::Mode;
    auto add = [&](const QString &key, const QString &address, quint16 port, Mode mode,
                   const QString &domain, auto configure) {
        TestSmtpServer::Options o;
        o.address = address;
        o.port = port;
        o.mode = mode;
        o.certificate = cert;
        o.key = privateKey;
        o.user = userFor(domain);
        o.password = password();
        o.name = QStringLiteral("smtp.") + domain;
        configure(o);
        auto s = std::make_unique<TestSmtpServer>(o);
        if (s->start() != port) {
            *error = QStringLiteral("cannot listen on %1:%2").arg(address).arg(port);
            return false;
        }
        m_servers.emplace_back(key, std::move(s));
        return true;
    };
    auto none = [](TestSmtpServer::Options &) {
    };
    const QString d21 = QStringLiteral("127.0.0.21"), d22 = QStringLiteral("127.0.0.22"),
                  d23 = QStringLiteral("127.0.0.23"), d24 = QStringLiteral("127.0.0.24"),
                  d25 = QStringLiteral("127.0.0.25"), d26 = QStringLiteral("127.0.0.26");
    bool ok =
        add(QStringLiteral("only465"), d21, 465, Mode::ImplicitTls, QStringLiteral("only465.test"),
            none) &&
        add(QStringLiteral("only587"), d22, 587, Mode::StartTls, QStringLiteral("only587.test"),
            none) &&
        add(QStringLiteral("silent465"), d23, 465, Mode::Silent, QStringLiteral("silent465.test"),
            none) &&
        add(QStringLiteral("silent465-587"), d23, 587, Mode::StartTls,
            QStringLiteral("silent465.test"), none) &&
        add(QStringLiteral("nostarttls"), d24, 587, Mode::StartTls,
            QStringLiteral("nostarttls.test"),
            [](TestSmtpServer::Options &o) { o.offerStartTls = false; }) &&
        add(QStringLiteral("authafter"), d25, 587, Mode::StartTls, QStringLiteral("authafter.test"),
            none) &&
        add(QStringLiteral("plainonly"), d26, 587, Mode::Plain, QStringLiteral("plainonly.test"),
            [](TestSmtpServer::Options &o) { o.authBeforeTls = o.authAfterTls; }) &&
        add(QStringLiteral("plainonly-25"), d26, 25, Mode::Plain, QStringLiteral("plainonly.test"),
            [](TestSmtpServer::Options &o) { o.authBeforeTls = o.authAfterTls; }) &&
        add(QStringLiteral("srvlab"), QStringLiteral("127.0.0.41"), 2525, Mode::StartTls,
            QStringLiteral("srvlab.test"), none) &&
        add(QStringLiteral("elsewhere"), QStringLiteral("127.0.0.42"), 465, Mode::ImplicitTls,
            QStringLiteral("outsrv.test"), none);
    return ok;
}

TestSmtpServer *SetupLab::server(const QString &key) const
{
    for (const auto &[k, s] : m_servers) {
        if (k == key)
            return s.get();
    }
    return nullptr;
}

} // namespace mailwright::test
