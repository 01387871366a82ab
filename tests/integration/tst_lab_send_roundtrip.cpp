// SPDX-License-Identifier: GPL-3.0-or-later
// The foundation's required integration test: send through the lab's Postfix (STARTTLS+AUTH and
// implicit TLS, certificate verified against the lab CA), read back over IMAP with ImapSession,
// compare byte for byte. Plus certificate refusal/pinning, wrong password, throughput.
#include "labenv.h"
#include "net/wireconnection.h"
#include "send/smtpsession.h"
#include "sync/imapsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace mailwright;

class TestLabSendRoundtrip : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;

    WireOptions options(quint16 port, Security security, Protocol protocol = Protocol::Smtp)
    {
        WireOptions o;
        o.endpoint = {protocol, m_lab.host(), port, security};
        const MailError e = o.tls.addCaFile(m_lab.caFile());
        if (e)
            qWarning() << e;
        o.connectTimeoutMs = 5000;
        o.idleTimeoutMs = 15000;
        o.deadlineMs = 60000;
        o.trace = std::make_shared<ProtocolTrace>();
        return o;
    }

    SmtpCredentials alice() const
    {
        return {m_lab.value(QStringLiteral("USER1")), m_lab.value(QStringLiteral("PASS1"))};
    }

    static QByteArray makeMessage(const QByteArray &messageId, const QByteArray &to)
    {
        QByteArray m;
        m += "From: Alice <alice@lab.test>\r\n";
        m += "To: " + to + "\r\n";
        m += "Subject: roundtrip " + messageId + "\r\n";
        m += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() +
             "\r\n";
        m += "Message-ID: <" + messageId + ">\r\n";
        m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n";
        m += "First line.\r\n.A line starting with a dot.\r\n..two dots\r\n.\r\n";
        for (int i = 0; i < 200; ++i)
            m += "Line " + QByteArray::number(i) + " of a longer body to cross packet sizes.\r\n";
        m += "Last line.\r\n";
        return m;
    }

    static QByteArray body(const QByteArray &message)
    {
        const int i = message.indexOf("\r\n\r\n");
        return i < 0 ? QByteArray() : message.mid(i + 4);
    }

    QByteArray readBack(const WireOptions &imap, const QByteArray &messageId)
    {
        const ImapCredentials bob{m_lab.value(QStringLiteral("USER2")),
                                  m_lab.value(QStringLiteral("PASS2"))};
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            ImapSession session;
            MailError e = session.open(imap, bob);
            if (e) {
                qWarning() << e << imap.trace->text();
                return {};
            }
            QByteArray found;
            e = session.fetchByMessageId(QStringLiteral("INBOX"), messageId, &found);
            if (e) {
                qWarning() << e;
                return {};
            }
            const QString trace = imap.trace->text();
            if (trace.contains(m_lab.value(QStringLiteral("PASS2"))) ||
                !trace.contains(QLatin1String("LOGIN <redacted>"))) {
                qWarning("password visible or LOGIN not redacted in the IMAP trace");
                return {};
            }
            // After STARTTLS, VMime must ask CAPABILITY again over TLS (pre-TLS list dropped).
            if (imap.endpoint.security == Security::StartTls &&
                trace.lastIndexOf(QLatin1String("CAPABILITY")) <
                    trace.indexOf(QLatin1String("TLS established"))) {
                qWarning("no CAPABILITY over TLS");
                return {};
            }
            if (!found.isEmpty())
                return found;
            QTest::qWait(200);
        }
        return {};
    }

    void sendAndCompare(quint16 smtpPort, Security smtpSecurity, quint16 imapPort,
                        Security imapSecurity)
    {
        const QByteArray id =
            QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@lab.test";
        const QByteArray message = makeMessage(id, "bob@lab.test");
        WireOptions o = options(smtpPort, smtpSecurity);
        SmtpSession smtp;
        MailError e = smtp.open(o, alice());
        QVERIFY2(!e, qPrintable(e.userMessage + QLatin1Char(' ') + e.serverText +
                                QLatin1Char('\n') + o.trace->text()));
        QVERIFY(smtp.wire().isEncrypted());
        QVERIFY(!smtp.wire().tlsInfo().pinned);
        QVERIFY(smtp.wire().tlsInfo().protocol.startsWith(QLatin1String("TLSv1.")));
        const SmtpSendResult r = smtp.sendRaw("alice@lab.test", {"bob@lab.test"}, message);
        QVERIFY2(r.isSent(),
                 qPrintable(r.error.userMessage + QLatin1Char(' ') + r.error.serverText));
        QCOMPARE(r.finalReply.code, 250);
        smtp.close();

        const QByteArray delivered = readBack(options(imapPort, imapSecurity, Protocol::Imap), id);
        QVERIFY2(!delivered.isEmpty(), "message not found over IMAP");
        QCOMPARE(body(delivered), body(message));
        // Our header block arrives intact after the headers the servers prepended.
        QVERIFY(delivered.contains(message.left(message.indexOf("\r\n\r\n"))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
    }

    void starttlsSendReadBackOverImaps()
    {
        sendAndCompare(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), Security::StartTls,
                       m_lab.port(QStringLiteral("IMAPS_PORT")), Security::ImplicitTls);
    }

    void implicitTlsSendReadBackOverImapStarttls()
    {
        sendAndCompare(m_lab.port(QStringLiteral("SMTP_TLS_PORT")), Security::ImplicitTls,
                       m_lab.port(QStringLiteral("IMAP_PORT")), Security::StartTls);
    }

    void starttlsBeforeAnyAuth()
    {
        WireOptions o =
            options(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), Security::StartTls);
        SmtpSession smtp;
        QVERIFY(!smtp.open(o, alice()));
        // The submission port offers AUTH only after TLS; we never try it before.
        QVERIFY(smtp.wire().smtpCapabilitiesBeforeTls().valid);
        QVERIFY(smtp.wire().smtpCapabilitiesBeforeTls().startTls);
        QVERIFY(smtp.wire().smtpCapabilitiesBeforeTls().authMechanisms.isEmpty());
        QVERIFY(!smtp.capabilities().authMechanisms.isEmpty());
        const QString trace = o.trace->text();
        QVERIFY(trace.indexOf(QLatin1String("C: STARTTLS")) > 0);
        QVERIFY(trace.indexOf(QLatin1String("C: AUTH")) >
                trace.indexOf(QLatin1String("TLS established")));
        QVERIFY(!trace.contains(m_lab.value(QStringLiteral("PASS1"))));
    }

    void listFolders()
    {
        ImapSession imap;
        QVERIFY(!imap.open(
            options(m_lab.port(QStringLiteral("IMAPS_PORT")), Security::ImplicitTls,
                    Protocol::Imap),
            {m_lab.value(QStringLiteral("USER1")), m_lab.value(QStringLiteral("PASS1"))}));
        QVERIFY(imap.tlsInfo().encrypted);
        QStringList folders;
        QVERIFY(!imap.listFolders(&folders));
        QVERIFY2(folders.contains(QStringLiteral("INBOX")),
                 qPrintable(folders.join(QLatin1Char(','))));
    }

    void badCertificates_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("sha");
        QTest::addColumn<int>("code");
        QTest::newRow("wrong-name")
            << "SMTP_WRONGNAME_PORT"
            << "WRONGNAME_CERT_SHA256" << int(ErrorCode::CertificateWrongHost);
        QTest::newRow("self-signed")
            << "SMTP_SELFSIGNED_PORT"
            << "SELFSIGNED_CERT_SHA256" << int(ErrorCode::CertificateUntrusted);
        QTest::newRow("expired") << "SMTP_EXPIRED_PORT"
                                 << "EXPIRED_CERT_SHA256" << int(ErrorCode::CertificateExpired);
    }

    void badCertificates()
    {
        QFETCH(QString, port);
        QFETCH(QString, sha);
        QFETCH(int, code);
        WireOptions o = options(m_lab.port(port), Security::ImplicitTls);
        SmtpSession refused;
        const MailError e = refused.open(o, alice());
        QCOMPARE(int(e.code), code);
        QCOMPARE(e.phase, Phase::Tls);
        QCOMPARE(e.certificate.sha256, normalizeSha256(m_lab.value(sha)));
        QVERIFY(!e.certificate.subject.isEmpty());
        QVERIFY(!e.certificate.notAfter.isEmpty());
        QVERIFY(!e.certificate.errors.isEmpty());
        QVERIFY(e.certificate.chainPem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(!o.trace->text().contains(QLatin1String("C: AUTH")));

        // "Trust this certificate for this server": pinned, the same server is accepted.
        o.tls.addPin(o.endpoint.host, o.endpoint.port, e.certificate.sha256);
        o.trace = std::make_shared<ProtocolTrace>();
        SmtpSession pinned;
        const MailError ok = pinned.open(o);
        QVERIFY2(!ok, qPrintable(ok.userMessage));
        QVERIFY(pinned.wire().tlsInfo().pinned);
        // The pin is per host:port; another port with the same certificate is still refused.
        WireOptions other =
            options(m_lab.port(QStringLiteral("SMTP_TLS_PORT")), Security::ImplicitTls);
        other.tls = TlsPolicy();
        other.tls.addPin(o.endpoint.host, o.endpoint.port, e.certificate.sha256);
        SmtpSession unpinned;
        QVERIFY(unpinned.open(other).code == ErrorCode::CertificateUntrusted);
    }

    void wrongPasswordOneAttempt()
    {
        WireOptions o =
            options(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), Security::StartTls);
        SmtpSession smtp;
        const MailError e =
            smtp.open(o, {m_lab.value(QStringLiteral("USER1")), QStringLiteral("wrong-password")});
        QCOMPARE(e.code, ErrorCode::AuthFailed);
        QCOMPARE(e.phase, Phase::Auth);
        QCOMPARE(e.replyCode, 535);
        QCOMPARE(e.enhancedCode, QStringLiteral("5.7.8"));
        QVERIFY2(e.serverText.startsWith(QLatin1String("535 5.7.8")), qPrintable(e.serverText));
        QCOMPARE(o.trace->text().count(QLatin1String("C: AUTH")), 1);
        QVERIFY(!o.trace->text().contains(QLatin1String("wrong-password")));
        QVERIFY(!smtp.isUsable());
    }

    void dryRunSendsNothing()
    {
        WireOptions o =
            options(m_lab.port(QStringLiteral("SMTP_STARTTLS_PORT")), Security::StartTls);
        SmtpSession smtp;
        QVERIFY(!smtp.open(o, alice()));
        const SmtpSendResult r = smtp.dryRun("alice@lab.test", "alice@lab.test");
        QVERIFY2(r.isSent(), qPrintable(r.error.serverText));
        QCOMPARE(r.recipients.size(), 1);
        QVERIFY(r.recipients.first().accepted);
        QVERIFY(smtp.isUsable());
        QVERIFY(o.trace->text().contains(QLatin1String("C: RSET")));
        QVERIFY(!o.trace->text().contains(QLatin1String("C: DATA")));
    }

    void sizeCheckedBeforeUpload()
    {
        WireOptions o = options(m_lab.port(QStringLiteral("SMTP_SMALL_PORT")), Security::StartTls);
        SmtpSession smtp;
        QVERIFY(!smtp.open(o, alice()));
        const qint64 limit = m_lab.value(QStringLiteral("SMTP_SMALL_LIMIT")).toLongLong();
        QCOMPARE(smtp.capabilities().sizeLimit, limit);
        const QByteArray big =
            makeMessage("big@lab.test", "bob@lab.test") + QByteArray(int(limit), 'z') + "\r\n";
        const SmtpSendResult r = smtp.sendRaw("alice@lab.test", {"bob@lab.test"}, big);
        QCOMPARE(r.error.code, ErrorCode::MessageTooLarge);
        QVERIFY(r.error.userMessage.contains(QString::number(limit)));
        QVERIFY(!o.trace->text().contains(QLatin1String("MAIL FROM")));
        QCOMPARE(r.bytesSent, 0);
    }

    void hundredMessagesOneConnection()
    {
        WireOptions o = options(m_lab.port(QStringLiteral("SMTP_PLAIN_PORT")), Security::None);
        o.tls.allowPlaintext = true;
        o.trace.reset();
        SmtpSession smtp;
        QVERIFY(!smtp.open(o));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i) {
            const QByteArray m =
                makeMessage(QByteArray::number(i) + ".bench@lab.test", "carol@lab.test");
            const SmtpSendResult r = smtp.sendRaw("alice@lab.test", {"carol@lab.test"}, m);
            QVERIFY2(r.isSent(), qPrintable(r.error.userMessage + r.error.serverText));
        }
        const qint64 ms = t.elapsed();
        qInfo("100 messages over one connection: %lld ms, %.0f msg/s", ms,
              100000.0 / qMax<qint64>(1, ms));
        QVERIFY(ms < 20000);
    }
};

QTEST_GUILESS_MAIN(TestLabSendRoundtrip)
#include "tst_lab_send_roundtrip.moc"
