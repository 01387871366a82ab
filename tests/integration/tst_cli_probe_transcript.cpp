// SPDX-License-Identifier: GPL-3.0-or-later
// `mailwright-cli probe … --transcript` end to end against the mail lab (real Postfix and
// Dovecot): the transcript shows the login exchange but never the password, neither as typed nor
// encoded (base64 at every alignment, so also inside an AUTH PLAIN blob, RFC 4616), on stdout or
// stderr, in JSON and in text, with the right password and with a wrong one; the password is
// given on stdin once and through the environment once.
#include "labenv.h"
#include "secretscan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace mailwright::test;

class TestCliProbeTranscript : public QObject
{
    Q_OBJECT

    LabEnv m_lab;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run probe(const QString &protocol, const QString &portName, const QString &security,
              const QByteArray &password, bool json, bool viaStdin)
    {
        QStringList args{QStringLiteral("probe"),
                         protocol,
                         m_lab.host(),
                         QStringLiteral("--port"),
                         m_lab.value(portName),
                         QStringLiteral("--security"),
                         security,
                         QStringLiteral("--ca-file"),
                         m_lab.caFile(),
                         QStringLiteral("--user"),
                         m_lab.value(QStringLiteral("USER1")),
                         QStringLiteral("--transcript")};
        if (json)
            args << QStringLiteral("--json");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (viaStdin) {
            args << QStringLiteral("--password-stdin");
        } else {
            env.insert(QStringLiteral("MW_TEST_PW"), QString::fromUtf8(password));
            args << QStringLiteral("--password-env") << QStringLiteral("MW_TEST_PW");
        }
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("MAILWRIGHT_BIN_DIR") + QStringLiteral("/mailwright-cli"),
                args);
        if (viaStdin) {
            p.write(password + '\n');
            p.closeWriteChannel();
        }
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
    }

    void noPasswordInTranscript_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("redacted"); // what the login line looks like in the trace
        QTest::newRow("smtp starttls") << "smtp"
                                       << "SMTP_STARTTLS_PORT"
                                       << "starttls"
                                       << "AUTH";
        QTest::newRow("smtp implicit") << "smtp"
                                       << "SMTP_TLS_PORT"
                                       << "implicit"
                                       << "AUTH";
        QTest::newRow("imaps") << "imap"
                               << "IMAPS_PORT"
                               << "implicit"
                               << "<redacted>";
        QTest::newRow("pop3s") << "pop3"
                               << "POP3S_PORT"
                               << "implicit"
                               << "PASS <redacted>";
    }

    void noPasswordInTranscript()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, port);
        QFETCH(QString, security);
        QFETCH(QString, redacted);
        const QByteArray right = m_lab.value(QStringLiteral("PASS1")).toUtf8();
        const QByteArray wrong = "Wrong-Transcript-Pw-9931";
        for (bool json : {true, false}) {
            for (const QByteArray &pw : {right, wrong}) {
                const bool good = pw == right;
                const Run r = probe(protocol, port, security, pw, json, /*viaStdin=*/json);
                const QByteArray all = r.out + r.err;
                const QByteArray what = protocol.toUtf8() + (json ? " json " : " text ") +
                                        (good ? "right" : "wrong") + ":\n" + all;
                QVERIFY2(r.exitCode == (good ? 0 : 77), what.constData());
                // The transcript is there, with the login in it, redacted.
                QVERIFY2(all.contains(redacted.toUtf8()), what.constData());
                QVERIFY2(all.contains("<redacted>"), what.constData());
                QVERIFY2(!containsSecret(all, pw), what.constData());
                if (json) {
                    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
                    QCOMPARE(o.value(QStringLiteral("login"))
                                 .toObject()
                                 .value(QStringLiteral("ok"))
                                 .toBool(),
                             good);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliProbeTranscript)
#include "tst_cli_probe_transcript.moc"
