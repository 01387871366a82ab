// SPDX-License-Identifier: GPL-3.0-or-later
// The set-up wizard's scenarios (issue 4) end to end through `mailwright-cli detect|probe`, with
// real servers on real names: runs inside tests/lab/dns-lab.sh (private DNS + network namespace)
// with a mail lab of its own (setup/with-mail-lab.sh); SetupLab puts the servers on the names'
// addresses and standard ports.
#include "setuplab.h"

#include "setup/certificatetrust.h"
#include "setup/endpointprobe.h"
#include "setup/providerdirectory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailwright;
using namespace mailwright::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    qint64 wallMs = 0;
    QByteArray stderrText;
};

QJsonObject candidate(const QJsonObject &result, const QString &host, int port,
                      const QString &security = QString())
{
    const QJsonArray list = result.value(QStringLiteral("candidates")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("host")).toString() == host &&
            c.value(QStringLiteral("port")).toInt() == port &&
            (security.isEmpty() || c.value(QStringLiteral("security")).toString() == security))
            return c;
    }
    return QJsonObject();
}

} // namespace

class TestSetupDetect : public QObject
{
    Q_OBJECT

    SetupLab m_setup;

    CliRun cli(const QStringList &args, const QByteArray &password = QByteArray())
    {
        CliRun r;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList all = args;
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("MW_TEST_PW"), QString::fromUtf8(password));
            all << QStringLiteral("--password-env") << QStringLiteral("MW_TEST_PW");
        }
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli"),
                all);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        r.wallMs = clock.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.stderrText = p.readAllStandardError();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return r;
    }

    CliRun detect(const QString &address, const QStringList &extra = {},
                  const QByteArray &password = QByteArray())
    {
        return cli(QStringList{QStringLiteral("detect"), address, QStringLiteral("--json"),
                               QStringLiteral("--ca-file"), m_setup.caFile()} +
                       extra,
                   password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_setup.start(&error))
            QFAIL(qPrintable(error));
    }

    // Real Postfix + Dovecot on mail.lab.test: SMTP on implicit TLS (465 ranks first), IMAP on
    // 993, POP3 on 995, a real login with dry run, and the guesses that do not resolve.
    void realLabFullDetection()
    {
        const LabEnv &lab = m_setup.lab();
        const CliRun r = detect(lab.value(QStringLiteral("USER1")), {},
                                lab.value(QStringLiteral("PASS1")).toUtf8());
        QVERIFY2(r.exitCode == 0,
                 QByteArray(r.stderrText + QJsonDocument(r.json).toJson()).constData());
        const QJsonObject smtp = r.json.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("host")).toString(), QStringLiteral("mail.lab.test"));
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("implicit"));
        QCOMPARE(smtp.value(QStringLiteral("source")).toString(), QStringLiteral("guess"));
        QCOMPARE(r.json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("port")),
                 QJsonValue(993));
        QCOMPARE(r.json.value(QStringLiteral("pop3")).toObject().value(QStringLiteral("port")),
                 QJsonValue(995));
        const QJsonObject login = r.json.value(QStringLiteral("login")).toObject();
        QVERIFY(login.value(QStringLiteral("ok")).toBool());
        QVERIFY(login.value(QStringLiteral("smtp"))
                    .toObject()
                    .value(QStringLiteral("dry_run"))
                    .toBool());
        QCOMPARE(login.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("username")),
                 QJsonValue(lab.value(QStringLiteral("USER1"))));
        // 465 was chosen, so it was probed; worse-ranked candidates may have been cancelled.
        const QJsonObject c465 = candidate(r.json, QStringLiteral("mail.lab.test"), 465);
        QCOMPARE(c465.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        const QJsonObject caps = c465.value(QStringLiteral("capabilities")).toObject();
        QVERIFY(caps.value(QStringLiteral("auth")).toArray().contains(QStringLiteral("PLAIN")));
        QVERIFY(caps.value(QStringLiteral("pipelining")).toBool());
        QVERIFY(caps.value(QStringLiteral("size")).toInteger() > 0);
        const QJsonObject tls = candidate(r.json, QStringLiteral("mail.lab.test"), 465)
                                    .value(QStringLiteral("tls"))
                                    .toObject();
        QVERIFY(
            tls.value(QStringLiteral("version")).toString().startsWith(QLatin1String("TLSv1.")));
        QVERIFY(tls.value(QStringLiteral("certificate"))
                    .toObject()
                    .value(QStringLiteral("sans"))
                    .toArray()
                    .contains(QStringLiteral("mail.lab.test")));
        QCOMPARE(candidate(r.json, QStringLiteral("smtp.lab.test"), 465)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("dns_error"));
    }

    void wrongPassword()
    {
        const LabEnv &lab = m_setup.lab();
        const CliRun r = detect(lab.value(QStringLiteral("USER1")), {}, "not-the-password");
        QCOMPARE(r.exitCode, 77);
        const QJsonObject smtp = r.json.value(QStringLiteral("login"))
                                     .toObject()
                                     .value(QStringLiteral("smtp"))
                                     .toObject();
        QCOMPARE(smtp.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("auth_failed")));
        // The full address first, then the local part: exactly two attempts.
        QCOMPARE(smtp.value(QStringLiteral("usernames_tried")).toArray(),
                 (QJsonArray{lab.value(QStringLiteral("USER1")), QStringLiteral("alice")}));
        QVERIFY(!QJsonDocument(r.json).toJson().contains("not-the-password"));
    }

    void only465()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("only465.test")),
                                {QStringLiteral("--no-login")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject smtp = r.json.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("implicit"));
        // Worse-ranked than the answer: refused, or cancelled once 465 had answered.
        const QString state587 = candidate(r.json, QStringLiteral("smtp.only465.test"), 587)
                                     .value(QStringLiteral("state"))
                                     .toString();
        QVERIFY2(state587 == QLatin1String("refused") || state587 == QLatin1String("not_probed"),
                 qPrintable(state587));
    }

    void only587()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("only587.test")), {},
                                SetupLab::password().toUtf8());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject smtp = r.json.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(candidate(r.json, QStringLiteral("smtp.only587.test"), 465)
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("refused")));
        QVERIFY(
            r.json.value(QStringLiteral("login")).toObject().value(QStringLiteral("ok")).toBool());
    }

    // 465 accepts and never speaks; 587 answers at once. The answer waits only for the connect
    // timeout (3 s) of the better-ranked 465, never longer.
    void silent465Answers587WithinBound()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("silent465.test")),
                                {QStringLiteral("--no-login")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("port")),
                 QJsonValue(587));
        QCOMPARE(candidate(r.json, QStringLiteral("smtp.silent465.test"), 465)
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("timeout")));
        const qint64 elapsed = r.json.value(QStringLiteral("elapsed_ms")).toInteger();
        qInfo("detect with 465 silent: %lld ms (process wall time %lld ms)", elapsed, r.wallMs);
        QVERIFY2(elapsed < 3500, qPrintable(QString::number(elapsed)));
    }

    void startTlsNotAdvertised()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("nostarttls.test")),
                                {QStringLiteral("--no-login")});
        QCOMPARE(r.exitCode, 69);
        QVERIFY(r.json.value(QStringLiteral("smtp")).isNull());
        QCOMPARE(candidate(r.json, QStringLiteral("smtp.nostarttls.test"), 587)
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("no_starttls")));
        // Nothing after the EHLO that lacked STARTTLS: no AUTH, no MAIL.
        const QStringList commands = m_setup.server(QStringLiteral("nostarttls"))->commands();
        for (const QString &c : commands)
            QVERIFY2(c.startsWith(QLatin1String("EHLO")), qPrintable(c));
    }

    void authOfferedOnlyAfterTls()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("authafter.test")), {},
                                SetupLab::password().toUtf8());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject caps = candidate(r.json, QStringLiteral("smtp.authafter.test"), 587)
                                     .value(QStringLiteral("capabilities"))
                                     .toObject();
        QVERIFY(caps.value(QStringLiteral("auth_before_tls")).toArray().isEmpty());
        QVERIFY(caps.value(QStringLiteral("starttls")).toBool());
        QVERIFY(caps.value(QStringLiteral("auth")).toArray().contains(QStringLiteral("PLAIN")));
        QVERIFY(
            r.json.value(QStringLiteral("login")).toObject().value(QStringLiteral("ok")).toBool());
        const QStringList commands = m_setup.server(QStringLiteral("authafter"))->commands();
        const int auth = int(commands.indexOf(QStringLiteral("AUTH PLAIN")));
        QVERIFY(auth > 0);
        QCOMPARE(commands.mid(0, auth).count(QStringLiteral("STARTTLS")) >= 1, true);
        // The dry run: MAIL FROM self, RCPT TO self, RSET (no DATA).
        QVERIFY(!commands.contains(QStringLiteral("DATA")));
        QVERIFY(commands.contains(QStringLiteral("RSET")));
    }

    void badCertificates_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong name") << "wrongname.test"
                                    << "cert_wrong_host";
        QTest::newRow("self-signed") << "selfsigned.test"
                                     << "cert_untrusted";
        QTest::newRow("expired") << "expired.test"
                                 << "cert_expired";
    }
    void badCertificates()
    {
        QFETCH(QString, domain);
        QFETCH(QString, code);
        const CliRun r = detect(SetupLab::userFor(domain), {QStringLiteral("--no-login")});
        QCOMPARE(r.exitCode, 69);
        const QJsonObject c = candidate(r.json, QStringLiteral("smtp.") + domain, 465);
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("cert_error"));
        QCOMPARE(c.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QJsonValue(code));
        const QJsonObject cert = c.value(QStringLiteral("tls"))
                                     .toObject()
                                     .value(QStringLiteral("certificate"))
                                     .toObject();
        QCOMPARE(cert.value(QStringLiteral("sha256")).toString().size(), 95);
        QVERIFY(!cert.value(QStringLiteral("errors")).toArray().isEmpty());
        QVERIFY(!cert.value(QStringLiteral("subject")).toString().isEmpty());
        QVERIFY(!cert.value(QStringLiteral("not_after")).toString().isEmpty());

        // "Trust this certificate for this server": the pin makes this host:port work, and
        // only this one.
        Account account;
        const ServerEndpoint endpoint{Protocol::Smtp, QStringLiteral("smtp.") + domain, 465,
                                      Security::ImplicitTls};
        CertificateInfo info;
        info.sha256 = cert.value(QStringLiteral("sha256")).toString();
        QVERIFY(pinCertificate(account, ProviderDirectory::builtIn(), endpoint, info));
        ProbeSettings settings;
        settings.tls.addCaFile(m_setup.caFile());
        for (const QString &pin : account.pinnedCertificates.value(hostPortKey(endpoint)))
            settings.tls.addPin(endpoint.host, endpoint.port, pin);
        const ProbeOutcome pinned = probeEndpoint(endpoint, settings);
        QCOMPARE(pinned.state, QStringLiteral("ok"));
        QVERIFY(pinned.tls.pinned);
        ServerEndpoint other = endpoint;
        other.host = QStringLiteral("smtp.wrongname.test") == endpoint.host
                         ? QStringLiteral("smtp.selfsigned.test")
                         : QStringLiteral("smtp.wrongname.test");
        QCOMPARE(probeEndpoint(other, settings).state, QStringLiteral("cert_error"));
    }

    void srvRecords()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("srvlab.test")), {},
                                SetupLab::password().toUtf8());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject smtp = r.json.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("host")).toString(),
                 QStringLiteral("relay.srvlab.test"));
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 2525);
        QCOMPARE(smtp.value(QStringLiteral("source")).toString(), QStringLiteral("srv"));
    }

    void srvOutsideDomainNeedsConsent()
    {
        const CliRun r = detect(SetupLab::userFor(QStringLiteral("outsrv.test")),
                                {QStringLiteral("--no-login")});
        const QJsonObject c = candidate(r.json, QStringLiteral("smtp.elsewhere.test"), 465);
        QVERIFY(c.value(QStringLiteral("needs_consent")).toBool());
        // It may well answer, but it is never chosen without the user's consent.
        QVERIFY(r.json.value(QStringLiteral("smtp")).isNull());
        QCOMPARE(r.exitCode, 69);
    }

    void mxOfKnownProvider()
    {
        const CliRun r =
            detect(SetupLab::userFor(QStringLiteral("gw.test")), {QStringLiteral("--no-login")});
        const QJsonObject provider = r.json.value(QStringLiteral("provider")).toObject();
        QVERIFY2(provider.value(QStringLiteral("id")).toString().contains(QLatin1String("google")),
                 QJsonDocument(provider).toJson());
        const QJsonObject c = candidate(r.json, QStringLiteral("smtp.gmail.com"), 465);
        QCOMPARE(c.value(QStringLiteral("source")).toString(), QStringLiteral("mx"));
        QVERIFY(c.value(QStringLiteral("known_provider")).toBool());
        // Known providers never get one-click certificate trust.
        QVERIFY(!canOfferCertificateTrust(ProviderDirectory::builtIn(),
                                          QStringLiteral("smtp.gmail.com")));
        Account account;
        CertificateInfo info;
        info.sha256 = QString(QStringLiteral("AB:")).repeated(31) + QStringLiteral("AB");
        QVERIFY(!pinCertificate(
            account, ProviderDirectory::builtIn(),
            {Protocol::Smtp, QStringLiteral("smtp.gmail.com"), 465, Security::ImplicitTls}, info));
        QVERIFY(account.pinnedCertificates.isEmpty());
    }

    void plainTextOnlyNeedsOptIn()
    {
        const QString user = SetupLab::userFor(QStringLiteral("plainonly.test"));
        const CliRun refused = detect(user, {}, SetupLab::password().toUtf8());
        QCOMPARE(refused.exitCode, 69);
        QVERIFY(refused.json.value(QStringLiteral("smtp")).isNull());
        QCOMPARE(candidate(refused.json, QStringLiteral("smtp.plainonly.test"), 587)
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("no_starttls")));
        QVERIFY(!m_setup.server(QStringLiteral("plainonly"))
                     ->commands()
                     .contains(QStringLiteral("AUTH PLAIN")));

        const CliRun allowed =
            detect(user, {QStringLiteral("--allow-plain")}, SetupLab::password().toUtf8());
        QCOMPARE(allowed.exitCode, 0);
        const QJsonObject smtp = allowed.json.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("none"));
        const QJsonObject c =
            candidate(allowed.json, smtp.value(QStringLiteral("host")).toString(),
                      smtp.value(QStringLiteral("port")).toInt(), QStringLiteral("none"));
        QCOMPARE(c.value(QStringLiteral("notes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("plaintext")));
        QVERIFY(allowed.json.value(QStringLiteral("login"))
                    .toObject()
                    .value(QStringLiteral("ok"))
                    .toBool());
    }

    // account add --detect: the engine finds and tests the servers; the account is saved with
    // them (real keychain in a private D-Bus session).
    void accountAddDetect()
    {
        const LabEnv &lab = m_setup.lab();
        QTemporaryDir config;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MW_TEST_PW"), lab.value(QStringLiteral("PASS1")));
        p.setProcessEnvironment(env);
        const QString cliPath =
            qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli");
        const QString session = qEnvironmentVariable("MAILWRIGHT_SOURCE_DIR") +
                                QStringLiteral("/tests/lab/keychain-session.sh");
        const QString script =
            QStringLiteral("'%1' account add Lab --config-dir '%2' --detect '%3' "
                           "--password-env MW_TEST_PW --ca-file '%4' --json && "
                           "'%1' account show Lab --config-dir '%2' --json")
                .arg(cliPath, config.path(), lab.value(QStringLiteral("USER1")), m_setup.caFile());
        p.start(session, {QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, QByteArray(out + p.readAllStandardError()).constData());
        QVERIFY2(out.contains("mail.lab.test"), out.constData());
        QVERIFY(out.contains("465"));
        QVERIFY(!out.contains(lab.value(QStringLiteral("PASS1")).toUtf8()));
    }

    void probeCommand()
    {
        const LabEnv &lab = m_setup.lab();
        const CliRun r =
            cli({QStringLiteral("probe"), QStringLiteral("smtp"), QStringLiteral("mail.lab.test"),
                 QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--json"),
                 QStringLiteral("--ca-file"), m_setup.caFile(), QStringLiteral("--user"),
                 lab.value(QStringLiteral("USER1")), QStringLiteral("--transcript")},
                lab.value(QStringLiteral("PASS1")).toUtf8());
        QCOMPARE(r.exitCode, 0);
        for (const char *key :
             {"host", "port", "security", "state", "elapsed_ms", "tls", "capabilities", "login"})
            QVERIFY2(r.json.contains(QLatin1String(key)), key);
        QCOMPARE(r.json.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QVERIFY(
            r.json.value(QStringLiteral("login")).toObject().value(QStringLiteral("ok")).toBool());
        const QByteArray all = QJsonDocument(r.json).toJson();
        QVERIFY(all.contains("AUTH PLAIN <redacted>"));
        QVERIFY(!all.contains(lab.value(QStringLiteral("PASS1")).toUtf8()));
        QVERIFY(!all.contains(lab.value(QStringLiteral("PASS1")).toUtf8().toBase64()));

        const CliRun bad =
            cli({QStringLiteral("probe"), QStringLiteral("smtp"), QStringLiteral("mail.lab.test"),
                 QStringLiteral("--port"), QStringLiteral("nope")});
        QCOMPARE(bad.exitCode, 78);
    }
};

QTEST_GUILESS_MAIN(TestSetupDetect)
#include "tst_setupdetect.moc"
