// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 login test (core/setup/logintest) against the mail lab's real Dovecot: POP3S and
// POP3 + STLS (RFC 2595 §4), right and wrong password. A wrong password ends as AuthFailed after
// exactly one USER/PASS per user-name form (the address, then its local part), counted on the
// redacted wire trace, and the password appears in no form in that trace.
#include "labenv.h"
#include "secretscan.h"

#include "setup/logintest.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mailwright;
using namespace mailwright::test;

class TestLoginTestPop3 : public QObject
{
    Q_OBJECT

    LabEnv m_lab;

    LoginRequest request(Security security, const QString &password) const
    {
        LoginRequest r;
        // POP3S on the lab host; POP3 + STLS on 127.0.0.2, where Dovecot does not treat the
        // client as secure, so the real STLS path (and its refusal of plain USER) applies.
        const bool implicit = security == Security::ImplicitTls;
        r.endpoint = ServerEndpoint{
            Protocol::Pop3, implicit ? m_lab.host() : m_lab.value(QStringLiteral("HOST_REMOTE")),
            m_lab.port(implicit ? QStringLiteral("POP3S_PORT") : QStringLiteral("POP3_PORT")),
            security};
        r.address = m_lab.value(QStringLiteral("USER1"));
        r.password = password;
        r.tls.addCaFile(m_lab.caFile());
        r.trace = std::make_shared<ProtocolTrace>();
        return r;
    }

    static int passCommands(const ProtocolTrace &trace)
    {
        return int(trace.text().count(QLatin1String("PASS <redacted>")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
    }

    void rightPassword_data()
    {
        QTest::addColumn<int>("security");
        QTest::newRow("pop3s") << int(Security::ImplicitTls);
        QTest::newRow("pop3+stls") << int(Security::StartTls);
    }

    void rightPassword()
    {
        QFETCH(int, security);
        const QString pw = m_lab.value(QStringLiteral("PASS1"));
        const LoginRequest r = request(Security(security), pw);
        const LoginOutcome o = runLoginTest(r);
        QVERIFY2(o.ok, qPrintable(o.error.userMessage + QLatin1Char(' ') + o.error.serverText));
        QCOMPARE(o.usernamesTried, QStringList{r.address});
        QCOMPARE(o.username, r.address);
        QVERIFY(o.tls.encrypted);
        QCOMPARE(passCommands(*r.trace), 1);
        if (Security(security) == Security::StartTls)
            QVERIFY(r.trace->text().contains(QLatin1String("STLS")));
        QVERIFY(!containsSecret(r.trace->text().toUtf8(), pw.toUtf8()));
    }

    void wrongPassword_data() { rightPassword_data(); }

    void wrongPassword()
    {
        QFETCH(int, security);
        const QString pw = QStringLiteral("Wrong-Pop3-Password-4711");
        const LoginRequest r = request(Security(security), pw);
        const LoginOutcome o = runLoginTest(r);
        QVERIFY(!o.ok);
        QCOMPARE(o.error.code, ErrorCode::AuthFailed);
        QVERIFY(!o.error.userMessage.isEmpty());
        // One attempt per user-name form: the address, then the local part; never more.
        const QString local = r.address.section(QLatin1Char('@'), 0, 0);
        QCOMPARE(o.usernamesTried, (QStringList{r.address, local}));
        QCOMPARE(passCommands(*r.trace), 2);
        QCOMPARE(int(r.trace->text().count(QLatin1String("USER "))), 2);
        QVERIFY(!containsSecret(r.trace->text().toUtf8(), pw.toUtf8()));
    }

    // The asynchronous LoginTest (the GUI's path) on the same server: one finished() per start.
    void loginTestObject()
    {
        LoginTest test;
        QSignalSpy finished(&test, &LoginTest::finished);
        test.start(request(Security::ImplicitTls, m_lab.value(QStringLiteral("PASS1"))));
        QVERIFY(test.isRunning());
        QVERIFY(finished.wait(15000));
        QVERIFY(!test.isRunning());
        QVERIFY(finished.first().first().value<LoginOutcome>().ok);

        finished.clear();
        test.start(request(Security::ImplicitTls, QStringLiteral("Wrong-Pop3-Password-4711")));
        QVERIFY(finished.wait(15000));
        const LoginOutcome o = finished.first().first().value<LoginOutcome>();
        QCOMPARE(o.error.code, ErrorCode::AuthFailed);
        QCOMPARE(o.usernamesTried.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLoginTestPop3)
#include "tst_logintest_pop3.moc"
