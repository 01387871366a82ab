// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli account ... against a real Secret Service (ctest runs this binary through
// tests/lab/keychain-session.sh); one case hides the Secret Service from the CLI.
#include "keychaintestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mailwright::test::filesBelow;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath()
{
    return qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli");
}

Run runCli(const QStringList &args, const QByteArray &stdinBytes = QByteArray(),
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The secret under \a key as QtKeychain stored it (libsecret attributes "server" and "user").
QString keychainLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Mailwright"),
             QStringLiteral("user"), key});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Fails when any file below \a dir holds \a secret in clear text, UTF-16 or base64.
void verifyNoFileContains(const QString &dir, const QByteArray &secret)
{
    const QStringList hits = mailwright::test::filesContainingSecret(dir, secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
}

} // namespace

class TestCliAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside tests/lab/keychain-session.sh");
    }

    void addListShowRemove()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("cfg"));
        const QByteArray password = "Zq9-distinctive-Pässwort-7781";
        Run r = runCli({QStringLiteral("account"),
                        QStringLiteral("add"),
                        QStringLiteral("Work"),
                        QStringLiteral("--address"),
                        QStringLiteral("alice@lab.test"),
                        QStringLiteral("--display-name"),
                        QStringLiteral("Alice"),
                        QStringLiteral("--smtp"),
                        QStringLiteral("127.0.0.1:587"),
                        QStringLiteral("--smtp-security"),
                        QStringLiteral("starttls"),
                        QStringLiteral("--imap"),
                        QStringLiteral("127.0.0.1:993"),
                        QStringLiteral("--imap-security"),
                        QStringLiteral("implicit"),
                        QStringLiteral("--user"),
                        QStringLiteral("alice"),
                        QStringLiteral("--password-stdin"),
                        QStringLiteral("--json"),
                        QStringLiteral("--config-dir"),
                        cfg},
                       password + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ok")).toBool());
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));

        QCOMPARE(keychainLookup(QStringLiteral("account/Work/smtp")), QString::fromUtf8(password));
        QCOMPARE(keychainLookup(QStringLiteral("account/Work/incoming")),
                 QString::fromUtf8(password));
        verifyNoFileContains(cfg, password);

        r = runCli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--config-dir"), cfg});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Work"));

        r = runCli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("Work"),
                    QStringLiteral("--json"), QStringLiteral("--config-dir"), cfg});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("identities")][0][QStringLiteral("address")].toString(),
                 QStringLiteral("alice@lab.test"));
        QCOMPARE(o[QStringLiteral("smtp")][QStringLiteral("port")].toInt(), 587);
        QCOMPARE(o[QStringLiteral("smtp")][QStringLiteral("security")].toString(),
                 QStringLiteral("starttls"));
        QCOMPARE(o[QStringLiteral("smtp")][QStringLiteral("user")].toString(),
                 QStringLiteral("alice"));
        QCOMPARE(o[QStringLiteral("incoming")][QStringLiteral("protocol")].toString(),
                 QStringLiteral("imap"));
        QVERIFY(!r.out.contains(password));

        r = runCli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Work"),
                    QStringLiteral("--json"), QStringLiteral("--config-dir"), cfg});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(keychainLookup(QStringLiteral("account/Work/smtp")), QString());
        QCOMPARE(keychainLookup(QStringLiteral("account/Work/incoming")), QString());
        r = runCli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("Work"),
                    QStringLiteral("--config-dir"), cfg});
        QCOMPARE(r.exitCode, 67);
    }

    void optionsInAnyOrderPasswordFromEnvAndTwoAccounts()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("cfg"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MW_PW"), QStringLiteral("pw-of-home-4410"));
        // Global and command options before the subcommand, POP3 with the default port.
        Run r = runCli({QStringLiteral("account"), QStringLiteral("--config-dir"), cfg,
                        QStringLiteral("--password-env"), QStringLiteral("MW_PW"),
                        QStringLiteral("--pop3"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("add"), QStringLiteral("--smtp"),
                        QStringLiteral("127.0.0.1:465"), QStringLiteral("Home"),
                        QStringLiteral("--address"), QStringLiteral("bob@lab.test")},
                       QByteArray(), env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Other"),
                    QStringLiteral("--address"), QStringLiteral("carol@lab.test"),
                    QStringLiteral("--smtp"), QStringLiteral("127.0.0.1:587"),
                    QStringLiteral("--password-stdin"), QStringLiteral("--config-dir"), cfg},
                   "pw-of-other-9925");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(keychainLookup(QStringLiteral("account/Home/smtp")),
                 QStringLiteral("pw-of-home-4410"));
        QCOMPARE(keychainLookup(QStringLiteral("account/Home/incoming")),
                 QStringLiteral("pw-of-home-4410"));
        QCOMPARE(keychainLookup(QStringLiteral("account/Other/smtp")),
                 QStringLiteral("pw-of-other-9925"));

        r = runCli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("Home"),
                    QStringLiteral("--json"), QStringLiteral("--config-dir"), cfg});
        const QJsonObject home = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(home[QStringLiteral("smtp")][QStringLiteral("security")].toString(),
                 QStringLiteral("implicit")); // inferred from port 465
        QCOMPARE(home[QStringLiteral("incoming")][QStringLiteral("port")].toInt(), 995);

        // set-password replaces one server's password only.
        r = runCli({QStringLiteral("account"), QStringLiteral("set-password"),
                    QStringLiteral("Home"), QStringLiteral("--server"), QStringLiteral("smtp"),
                    QStringLiteral("--password-stdin"), QStringLiteral("--config-dir"), cfg},
                   "new-home-pw\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(keychainLookup(QStringLiteral("account/Home/smtp")),
                 QStringLiteral("new-home-pw"));
        QCOMPARE(keychainLookup(QStringLiteral("account/Home/incoming")),
                 QStringLiteral("pw-of-home-4410"));

        r = runCli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Home"),
                    QStringLiteral("--config-dir"), cfg});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(keychainLookup(QStringLiteral("account/Home/smtp")), QString());
        QCOMPARE(keychainLookup(QStringLiteral("account/Other/smtp")),
                 QStringLiteral("pw-of-other-9925"));
        verifyNoFileContains(cfg, "pw-of-other-9925");
        verifyNoFileContains(cfg, "pw-of-home-4410");
        QVERIFY(runCli({QStringLiteral("account"), QStringLiteral("remove"),
                        QStringLiteral("Other"), QStringLiteral("--config-dir"), cfg})
                    .exitCode == 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString smtp = QStringLiteral("--smtp");
        const QString addr = QStringLiteral("--address");
        const QString stdinPw = QStringLiteral("--password-stdin");
        QTest::newRow("no address")
            << QStringList{smtp, QStringLiteral("h:25"), stdinPw} << 64 << "--address";
        QTest::newRow("no password")
            << QStringList{smtp, QStringLiteral("h:25"), addr, QStringLiteral("a@b.c")} << 64
            << "--password-stdin";
        QTest::newRow("bad port") << QStringList{smtp, QStringLiteral("h:70000"), addr,
                                                 QStringLiteral("a@b.c"), stdinPw}
                                  << 64 << "bad port";
        QTest::newRow("bad security") << QStringList{smtp,
                                                     QStringLiteral("h:25"),
                                                     QStringLiteral("--smtp-security"),
                                                     QStringLiteral("maybe"),
                                                     addr,
                                                     QStringLiteral("a@b.c"),
                                                     stdinPw}
                                      << 64 << "implicit, starttls or none";
        QTest::newRow("imap and pop3") << QStringList{smtp,
                                                      QStringLiteral("h:25"),
                                                      QStringLiteral("--imap"),
                                                      QStringLiteral("h"),
                                                      QStringLiteral("--pop3"),
                                                      QStringLiteral("h"),
                                                      addr,
                                                      QStringLiteral("a@b.c"),
                                                      stdinPw}
                                       << 64 << "not both";
        QTest::newRow("bad address")
            << QStringList{smtp, QStringLiteral("h:25"), addr, QStringLiteral("nobody"), stdinPw}
            << 78 << "not a valid email address";
        QTest::newRow("missing ca file") << QStringList{smtp,
                                                        QStringLiteral("h:25"),
                                                        addr,
                                                        QStringLiteral("a@b.c"),
                                                        QStringLiteral("--ca-file"),
                                                        QStringLiteral("/nonexistent.pem"),
                                                        stdinPw}
                                         << 78 << "CA file";
    }

    void errors()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("cfg"));
        const Run r = runCli(QStringList{QStringLiteral("account"), QStringLiteral("add"),
                                         QStringLiteral("E"), QStringLiteral("--config-dir"), cfg} +
                                 extra,
                             "pw\n");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(cfg));
        QCOMPARE(keychainLookup(QStringLiteral("account/E/smtp")), QString());
    }

    void duplicateNameRefused()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("cfg"));
        const QStringList add{QStringLiteral("account"),       QStringLiteral("add"),
                              QStringLiteral("Dup"),           QStringLiteral("--address"),
                              QStringLiteral("d@lab.test"),    QStringLiteral("--smtp"),
                              QStringLiteral("127.0.0.1:587"), QStringLiteral("--password-stdin"),
                              QStringLiteral("--config-dir"),  cfg};
        QCOMPARE(runCli(add, "first").exitCode, 0);
        const Run r = runCli(add + QStringList{QStringLiteral("--json")}, "second");
        QCOMPARE(r.exitCode, 78);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("config_error"));
        QCOMPARE(keychainLookup(QStringLiteral("account/Dup/smtp")), QStringLiteral("first"));
        QCOMPARE(runCli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Dup"),
                         QStringLiteral("--config-dir"), cfg})
                     .exitCode,
                 0);
    }

    void noSecretServiceWritesNothing()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("cfg"));
        const QString home = dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        const Run r = runCli({QStringLiteral("account"), QStringLiteral("add"),
                              QStringLiteral("NoKeyring"), QStringLiteral("--address"),
                              QStringLiteral("n@lab.test"), QStringLiteral("--smtp"),
                              QStringLiteral("127.0.0.1:587"), QStringLiteral("--imap"),
                              QStringLiteral("127.0.0.1:993"), QStringLiteral("--password-stdin"),
                              QStringLiteral("--json"), QStringLiteral("--config-dir"), cfg},
                             "never-written-3391\n", env);
        QCOMPARE(r.exitCode, 69);
        QVERIFY2(r.err.contains("No Secret Service"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("keychain_unavailable"));
        QVERIFY(!QFile::exists(cfg));
        QCOMPARE(filesBelow(home), QStringList());
        QCOMPARE(filesBelow(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cli_account.moc"
