// SPDX-License-Identifier: GPL-3.0-or-later
// How a refused login of the receiving protocols maps to MailError codes, against scripted
// servers: only a refused credential — IMAP NO [AUTHENTICATIONFAILED] (RFC 5530) or a code-less
// NO, POP3 -ERR [AUTH] (RFC 3206) or a code-less -ERR — is AuthFailed, the code on which the
// GUI asks for the password again; a busy authentication backend or a server that wants
// encryption is not. The server's text reaches the user without the IMAP tag.
#include "scriptedserver.h"
#include "sync/imapsession.h"
#include "sync/pop3session.h"

#include <QStandardPaths>
#include <QTest>

using namespace mailwright;
using mailwright::test::ScriptedServer;

Q_DECLARE_METATYPE(mailwright::ErrorCode)

namespace {

WireOptions plainOptions(quint16 port, Protocol protocol)
{
    WireOptions o;
    o.endpoint = {protocol, QStringLiteral("127.0.0.1"), port, Security::None};
    o.tls.allowPlaintext = true; // the scripts speak clear text; the lab covers TLS
    o.connectTimeoutMs = 5000;
    o.idleTimeoutMs = 5000;
    return o;
}

} // namespace

class TestStoreAuthCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void imapLoginRefusal_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("serverText");
        QTest::newRow("authenticationfailed")
            << QStringLiteral("NO [AUTHENTICATIONFAILED] Authentication failed.")
            << ErrorCode::AuthFailed
            << QStringLiteral("[AUTHENTICATIONFAILED] Authentication failed.");
        QTest::newRow("no code") << QStringLiteral("NO Login failed") << ErrorCode::AuthFailed
                                 << QStringLiteral("Login failed");
        QTest::newRow("expired") << QStringLiteral("NO [EXPIRED] Password expired")
                                 << ErrorCode::AuthFailed
                                 << QStringLiteral("[EXPIRED] Password expired");
        QTest::newRow("unavailable")
            << QStringLiteral("NO [UNAVAILABLE] Authentication backend down")
            << ErrorCode::TemporaryFailure
            << QStringLiteral("[UNAVAILABLE] Authentication backend down");
        QTest::newRow("privacyrequired")
            << QStringLiteral("NO [PRIVACYREQUIRED] Use TLS") << ErrorCode::AuthEncryptionRequired
            << QStringLiteral("[PRIVACYREQUIRED] Use TLS");
    }

    void imapLoginRefusal()
    {
        QFETCH(QString, reply);
        QFETCH(ErrorCode, code);
        QFETCH(QString, serverText);
        // VMime 0.9.2 learns the capabilities from the greeting and LOGINs at once (no SASL).
        ScriptedServer server({QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] ready"),
                               QStringLiteral("C: a001 LOGIN .*"),
                               QStringLiteral("S: a001 ") + reply, QStringLiteral("WAIT 200"),
                               QStringLiteral("CLOSE")});
        const quint16 port = server.start();
        QVERIFY(port);
        ImapSession session;
        const MailError e =
            session.open(plainOptions(port, Protocol::Imap),
                         {QStringLiteral("bob"), QStringLiteral("secret-imap-6120")});
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(u'\n')));
        QCOMPARE(e.code, code);
        QCOMPARE(e.phase, Phase::Auth);
        QCOMPARE(e.serverText, serverText);
        QVERIFY(!e.userMessage.isEmpty());
        QVERIFY(!e.serverText.contains(QStringLiteral("secret-imap-6120")));
    }

    void pop3LoginRefusal_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("auth") << QStringLiteral("-ERR [AUTH] Authentication failed.")
                              << ErrorCode::AuthFailed;
        QTest::newRow("no code") << QStringLiteral("-ERR Bad login") << ErrorCode::AuthFailed;
        QTest::newRow("in-use") << QStringLiteral("-ERR [IN-USE] Mailbox locked")
                                << ErrorCode::TemporaryFailure;
        QTest::newRow("sys/temp") << QStringLiteral("-ERR [SYS/TEMP] Try again later")
                                  << ErrorCode::TemporaryFailure;
        QTest::newRow("sys/perm") << QStringLiteral("-ERR [SYS/PERM] Account disabled")
                                  << ErrorCode::ServiceUnavailable;
    }

    void pop3LoginRefusal()
    {
        QFETCH(QString, reply);
        QFETCH(ErrorCode, code);
        // RFC 1939 USER/PASS (no SASL PLAIN in CAPA), RFC 2449 CAPA first.
        ScriptedServer server(
            {QStringLiteral("S: +OK ready"), QStringLiteral("C: CAPA"), QStringLiteral("S: +OK"),
             QStringLiteral("S: USER"), QStringLiteral("S: RESP-CODES"), QStringLiteral("S: ."),
             QStringLiteral("C: USER bob"), QStringLiteral("S: +OK"), QStringLiteral("C: PASS .*"),
             QStringLiteral("S: ") + reply, QStringLiteral("WAIT 200"), QStringLiteral("CLOSE")});
        const quint16 port = server.start();
        QVERIFY(port);
        Pop3Session session;
        const MailError e = session.open(plainOptions(port, Protocol::Pop3), QStringLiteral("bob"),
                                         QStringLiteral("secret-pop3-6120"));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(u'\n')));
        QCOMPARE(e.code, code);
        QCOMPARE(e.phase, Phase::Auth);
        QCOMPARE(e.serverText, reply);
        QVERIFY(!session.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestStoreAuthCodes)
#include "tst_store_authcodes.moc"
