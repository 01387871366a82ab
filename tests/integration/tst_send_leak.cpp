// SPDX-License-Identifier: GPL-3.0-or-later
// The leak test of issue 5: `account add` with a distinctive password, one send through the
// account (with its Sent copy over IMAP) and one IMAP read, then no file under the config and
// data directories, and no stdout/stderr/trace/log output, contains the password in any
// encoding (tests/support/secretscan.h). Runs inside tests/lab/keychain-session.sh with the lab.
#include "clitestutil.h"
#include "labenv.h"
#include "secretscan.h"
#include "sync/imapsession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mailwright;
using mailwright::test::CliRun;
using mailwright::test::runCli;

class TestSendLeak : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
    }

    void noPasswordAnywhereAfterAddSendAndRead()
    {
        // Carol's lab password is non-ASCII ("Grüße-Ω-3"): UTF-8, UTF-16 and base64 forms differ.
        const QString password = m_lab.value(QStringLiteral("PASS3"));
        const QString user = m_lab.value(QStringLiteral("USER3"));
        QVERIFY(password.toUtf8().size() >= 12);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("config"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MW_LEAK_PASSWORD"), password);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mailwright.*=true"));
        QByteArray output;

        const CliRun add = runCli(
            {QStringLiteral("account"),
             QStringLiteral("add"),
             QStringLiteral("leak"),
             QStringLiteral("--address"),
             user,
             QStringLiteral("--display-name"),
             QStringLiteral("Carol Leak"),
             QStringLiteral("--smtp"),
             QStringLiteral("%1:%2").arg(m_lab.host(),
                                         m_lab.value(QStringLiteral("SMTP_STARTTLS_PORT"))),
             QStringLiteral("--smtp-security"),
             QStringLiteral("starttls"),
             QStringLiteral("--imap"),
             QStringLiteral("%1:%2").arg(m_lab.host(), m_lab.value(QStringLiteral("IMAPS_PORT"))),
             QStringLiteral("--imap-security"),
             QStringLiteral("implicit"),
             QStringLiteral("--ca-file"),
             m_lab.caFile(),
             QStringLiteral("--password-env"),
             QStringLiteral("MW_LEAK_PASSWORD"),
             QStringLiteral("--config-dir"),
             config,
             QStringLiteral("--json"),
             QStringLiteral("--verbose")},
            env);
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        output += add.out + add.err;

        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString body = dir.filePath(QStringLiteral("body.txt"));
        {
            QFile f(body);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("leak test " + token.toUtf8() + "\n");
        }
        const CliRun send = runCli(
            {QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("leak"),
             QStringLiteral("--to"), QStringLiteral("bob@lab.test"), QStringLiteral("--subject"),
             QStringLiteral("leak ") + token, QStringLiteral("--body-file"), body,
             QStringLiteral("--transcript"), QStringLiteral("--json"), QStringLiteral("--verbose"),
             QStringLiteral("--config-dir"), config},
            env);
        QVERIFY2(send.exitCode == 0, qPrintable(send.describe()));
        QVERIFY(send.err.contains("C: AUTH PLAIN <redacted>"));
        QVERIFY2(!send.err.contains("Sent folder failed"), send.err.constData());
        output += send.out + send.err;

        // One IMAP read: the copy the send made in the Sent folder (saveSentCopy is on).
        WireOptions o;
        o.endpoint = {Protocol::Imap, m_lab.host(), m_lab.port(QStringLiteral("IMAPS_PORT")),
                      Security::ImplicitTls};
        QVERIFY(!o.tls.addCaFile(m_lab.caFile()));
        o.trace = std::make_shared<ProtocolTrace>();
        ImapSession imap;
        MailError e = imap.open(o, {user, password});
        QVERIFY2(!e, qPrintable(e.userMessage));
        QList<QByteArray> sentCopies;
        e = imap.fetchNewest(QStringLiteral("Sent"), 5, &sentCopies);
        QVERIFY2(!e, qPrintable(e.userMessage));
        imap.close();
        bool found = false;
        for (const QByteArray &m : std::as_const(sentCopies))
            found = found || m.contains(token.toUtf8());
        QVERIFY2(found, "the Sent copy is missing");
        output += o.trace->text().toUtf8();

        // One sync through the account (password from the keychain) into the local cache.
        const CliRun sync =
            runCli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("leak"),
                    QStringLiteral("--folder"), QStringLiteral("Sent"), QStringLiteral("--json"),
                    QStringLiteral("--verbose"), QStringLiteral("--config-dir"), config},
                   env);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        output += sync.out + sync.err;
        const CliRun list =
            runCli({QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("leak"),
                    QStringLiteral("--folder"), QStringLiteral("Sent"), QStringLiteral("--json"),
                    QStringLiteral("--config-dir"), config},
                   env);
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains(token.toUtf8()), list.out.constData());
        output += list.out + list.err;

        QVERIFY(QFile::exists(config + QStringLiteral("/accounts.ini")));
        QVERIFY(QFile::exists(config + QStringLiteral("/data/outbox.sqlite")));
        QVERIFY(QFile::exists(config + QStringLiteral("/data/cache.sqlite")));
        const QByteArray secret = password.toUtf8();
        const QStringList leaks = test::filesContainingSecret(config, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        QVERIFY2(!test::containsSecret(output, secret), "password in CLI output or a trace");
        // The scan itself finds a planted copy (the test can fail).
        QVERIFY(test::containsSecret("x" + secret.toBase64() + "y", secret));
    }
};

QTEST_GUILESS_MAIN(TestSendLeak)
#include "tst_send_leak.moc"
