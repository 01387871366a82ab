// SPDX-License-Identifier: GPL-3.0-or-later
// `mailwright-cli send` end to end against the lab (Postfix → LMTP → Dovecot), read back over
// IMAP with ImapSession: STARTTLS+AUTH and implicit TLS, Bcc, UTF-8 names, attachment
// round-trip, SIZE refusal before upload, wrong password, --eml batches over one connection, -t.
#include "clitestutil.h"
#include "labenv.h"
#include "mime/messagereader.h"
#include "sync/imapsession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mailwright;
using mailwright::test::CliRun;
using mailwright::test::runCli;

class TestCliSendLab : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;
    QTemporaryDir m_dir;

    QString lab(const char *name) const { return m_lab.value(QString::fromLatin1(name)); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MW_TEST_PASSWORD"), lab("PASS1"));
        e.insert(QStringLiteral("MW_WRONG_PASSWORD"), QStringLiteral("not-the-password"));
        return e;
    }

    QStringList server(const char *portName, const QString &security,
                       const QString &passwordVar = QStringLiteral("MW_TEST_PASSWORD")) const
    {
        return {QStringLiteral("--config-dir"),   m_dir.filePath(QStringLiteral("cfg")),
                QStringLiteral("--smtp-host"),    m_lab.host(),
                QStringLiteral("--smtp-port"),    lab(portName),
                QStringLiteral("--security"),     security,
                QStringLiteral("--user"),         lab("USER1"),
                QStringLiteral("--password-env"), passwordVar,
                QStringLiteral("--ca-file"),      m_lab.caFile()};
    }

    static QString token()
    {
        return QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    /// The newest message in \a user's INBOX that contains \a needle (waits for delivery).
    QByteArray waitForMessage(const char *user, const char *pass, const QByteArray &needle)
    {
        WireOptions o;
        o.endpoint = {Protocol::Imap, m_lab.host(), m_lab.port(QStringLiteral("IMAPS_PORT")),
                      Security::ImplicitTls};
        o.tls.addCaFile(m_lab.caFile());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            ImapSession imap;
            if (MailError e = imap.open(o, {lab(user), lab(pass)})) {
                qWarning() << e;
                return {};
            }
            QList<QByteArray> messages;
            if (MailError e = imap.fetchNewest(QStringLiteral("INBOX"), 40, &messages)) {
                qWarning() << e;
                return {};
            }
            for (const QByteArray &m : std::as_const(messages)) {
                if (m.contains(needle))
                    return m;
            }
            QTest::qWait(150);
        }
        return {};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    /// `send -t --eml` of three files NAME0.eml..NAME2.eml, one new token each (into \a toks),
    /// with the transcript: mail for carol over the lab's submission port with STARTTLS.
    CliRun sendEmlBatch(const QString &name, QList<QByteArray> *toks)
    {
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            toks->append(token().toUtf8());
            files.append(
                writeFile(name + QString::number(i) + QStringLiteral(".eml"), eml(toks->last())));
        }
        return runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                                  QStringLiteral("--transcript"), QStringLiteral("-t"),
                                  QStringLiteral("--eml")} +
                          files + server("SMTP_STARTTLS_PORT", QStringLiteral("starttls")),
                      env());
    }

    static QByteArray header(const QByteArray &message)
    {
        const int end = message.indexOf("\r\n\r\n");
        return end < 0 ? message : message.left(end + 2);
    }

    QByteArray eml(const QByteArray &tok, const QByteArray &extraHeaders = QByteArray())
    {
        return "From: Alice <alice@lab.test>\r\nTo: carol@lab.test\r\n" + extraHeaders +
               "Subject: eml " + tok + "\r\nMessage-ID: <" + tok +
               "@lab.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
               "\r\nbody " +
               tok + "\r\n.leading dot\r\n";
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
    }

    void starttlsComposeUtf8AttachmentBcc()
    {
        const QString tok = token();
        QByteArray payload(150 * 1024, Qt::Uninitialized);
        for (char &c : payload)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString attachmentName = QStringLiteral("Résumé Ünïcødé ✓.bin");
        const QString attachment = writeFile(attachmentName, payload);
        const QString body = writeFile(QStringLiteral("body.txt"),
                                       "Hallo Bob, " + tok.toUtf8() + "\nZweite Zeile äöü.\n");
        const QString subject = QStringLiteral("Grüße aus Köln ✓ ") + tok;
        const CliRun r = runCli(
            QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                        QStringLiteral("--transcript"), QStringLiteral("--from"),
                        QStringLiteral("Ålice Ünïcode <alice@lab.test>"), QStringLiteral("--to"),
                        QStringLiteral("\"Cårol, die Empfängerin\" <carol@lab.test>"),
                        QStringLiteral("--bcc"), QStringLiteral("alice@lab.test"),
                        QStringLiteral("--subject"), subject, QStringLiteral("--body-file"), body,
                        QStringLiteral("--attach"), attachment} +
                server("SMTP_STARTTLS_PORT", QStringLiteral("starttls")),
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(o.value(QStringLiteral("accepted")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("reply")).toString().startsWith(QLatin1String("250")));
        // One login, redacted; the password never appears in the transcript.
        QCOMPARE(r.err.count("C: AUTH "), 1);
        QVERIFY(!r.err.contains(lab("PASS1").toUtf8()));
        QVERIFY(r.err.indexOf("TLS established") < r.err.indexOf("C: AUTH"));

        const QByteArray delivered = waitForMessage("USER3", "PASS3", tok.toUtf8());
        QVERIFY2(!delivered.isEmpty(), "not delivered to carol");
        // A Bcc header field, not the letters: queue ids, the LMTP id, Message-ID and boundary
        // are random hex/base64 and contain "bcc" now and then (~2% of runs failed on it).
        QVERIFY(!header(delivered).contains("alice@lab.test>\r\nBcc"));
        QVERIFY(!header(delivered).toLower().contains("\nbcc:"));
        QVERIFY(!header(delivered).toLower().startsWith("bcc:"));
        const ReadMessage m = MessageReader::read(delivered);
        QVERIFY(!m.error);
        QCOMPARE(m.subject, subject);
        QCOMPARE(m.from.displayName, QStringLiteral("Ålice Ünïcode"));
        QCOMPARE(m.to.value(0).displayName, QStringLiteral("Cårol, die Empfängerin"));
        QVERIFY(m.text.contains(QStringLiteral("äöü")));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.at(0).fileName, attachmentName);
        QCOMPARE(QCryptographicHash::hash(m.attachments.at(0).data, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        // The Bcc recipient got it too, without a Bcc header.
        const QByteArray bccCopy = waitForMessage("USER1", "PASS1", tok.toUtf8());
        QVERIFY2(!bccCopy.isEmpty(), "not delivered to the Bcc recipient");
        QVERIFY(!header(bccCopy).toLower().contains("\nbcc:"));
    }

    void implicitTlsEml()
    {
        const QByteArray tok = token().toUtf8();
        const QString file = writeFile(QStringLiteral("implicit.eml"), eml(tok));
        const CliRun r =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("--eml"), file,
                               QStringLiteral("--to"), QStringLiteral("carol@lab.test"),
                               QStringLiteral("--json")} +
                       server("SMTP_TLS_PORT", QStringLiteral("implicit")),
                   env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray delivered = waitForMessage("USER3", "PASS3", tok);
        QVERIFY(!delivered.isEmpty());
        QVERIFY(delivered.contains("\r\n.leading dot\r\n")); // dot-stuffing undone by the server
    }

    void emlBatchOverOneConnection()
    {
        QList<QByteArray> toks;
        const CliRun r = sendEmlBatch(QStringLiteral("batch"), &toks);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().size(), 3);
        for (const QJsonValue &v : r.json())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("sent"));
        QCOMPARE(r.err.count("* connecting to"), 1);
        QCOMPARE(r.err.count("C: AUTH "), 1);
        QCOMPARE(r.err.count("C: DATA"), 3);
        for (const QByteArray &tok : std::as_const(toks))
            QVERIFY2(!waitForMessage("USER3", "PASS3", tok).isEmpty(), tok.constData());
    }

    void emlBatchPipelinedToPostfix()
    {
        // Postfix advertises PIPELINING (RFC 2920): each message's MAIL, RCPT and DATA leave as
        // one group before any reply is read; the messages arrive intact, leading dots included.
        QList<QByteArray> toks;
        const CliRun r = sendEmlBatch(QStringLiteral("pipe"), &toks);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("250-PIPELINING"), r.err.constData());
        const QList<QByteArray> lines = r.err.split('\n');
        int groups = 0;
        for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
            if (!lines.at(i).contains("C: MAIL FROM:"))
                continue;
            QVERIFY2(lines.at(i + 1).contains("C: RCPT TO:"), lines.at(i + 1).constData());
            QVERIFY2(lines.at(i + 2).contains("C: DATA"), lines.at(i + 2).constData());
            ++groups;
        }
        QCOMPARE(groups, 3);
        for (const QByteArray &tok : std::as_const(toks)) {
            const QByteArray m = waitForMessage("USER3", "PASS3", tok);
            QVERIFY2(!m.isEmpty(), tok.constData());
            QVERIFY(m.contains("\r\n.leading dot\r\n"));
            QVERIFY(!m.contains("..leading dot"));
        }
    }

    void readRecipientsFromHeaders()
    {
        const QByteArray tok = token().toUtf8();
        const QString file =
            writeFile(QStringLiteral("t.eml"), eml(tok, "Cc: \"Alice\" <alice@lab.test>\r\nBcc: "
                                                        "bob@lab.test\r\n"));
        const CliRun r =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("-t"),
                               QStringLiteral("--json"), QStringLiteral("--eml"), file} +
                       server("SMTP_STARTTLS_PORT", QStringLiteral("starttls")),
                   env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray accepted =
            r.json().at(0).toObject().value(QStringLiteral("accepted")).toArray();
        QCOMPARE(accepted.size(), 3);
        // bob (Bcc) is accepted above; his INBOX is busy with other tests, so read the others.
        for (const char *user : {"USER1", "USER3"}) {
            const char *pass = user[4] == '1' ? "PASS1" : "PASS3";
            const QByteArray m = waitForMessage(user, pass, tok);
            QVERIFY2(!m.isEmpty(), user);
            QVERIFY(!header(m).toLower().contains("\nbcc:"));
        }
    }

    void overSizeRefusedBeforeUpload()
    {
        const QString big = writeFile(QStringLiteral("big.bin"), QByteArray(300 * 1024, 'x'));
        const CliRun r =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                               QStringLiteral("--transcript"), QStringLiteral("--from"),
                               QStringLiteral("alice@lab.test"), QStringLiteral("--to"),
                               QStringLiteral("bob@lab.test"), QStringLiteral("--attach"), big} +
                       server("SMTP_SMALL_PORT", QStringLiteral("starttls")),
                   env());
        QCOMPARE(r.exitCode, 65);
        const QJsonObject o = r.json().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("message_too_large"));
        // The limit is stated: exactly in the JSON, in readable units in the message.
        QCOMPARE(e.value(QStringLiteral("size_limit")).toInteger(),
                 lab("SMTP_SMALL_LIMIT").toLongLong());
        const QString text = e.value(QStringLiteral("message")).toString();
        const QString readableLimit = QLocale().formattedDataSize(
            lab("SMTP_SMALL_LIMIT").toLongLong(), 1, QLocale::DataSizeTraditionalFormat);
        QVERIFY2(text.contains(readableLimit),
                 qPrintable(text + QLatin1String(" / ") + readableLimit));
        QVERIFY(!r.err.contains("C: MAIL FROM"));
        QVERIFY(!r.err.contains("C: DATA"));
    }

    void wrongPasswordOneAuth()
    {
        const CliRun r =
            runCli(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                               QStringLiteral("--transcript"), QStringLiteral("--from"),
                               QStringLiteral("alice@lab.test"), QStringLiteral("--to"),
                               QStringLiteral("bob@lab.test"), QStringLiteral("--subject"),
                               QStringLiteral("never")} +
                       server("SMTP_STARTTLS_PORT", QStringLiteral("starttls"),
                              QStringLiteral("MW_WRONG_PASSWORD")),
                   env());
        QCOMPARE(r.exitCode, 77);
        const QJsonObject e = r.json().at(0).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("auth_failed"));
        QCOMPARE(e.value(QStringLiteral("reply_code")).toInt(), 535);
        QVERIFY(e.value(QStringLiteral("server_text")).toString().contains(QLatin1String("535")));
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(r.err.count("C: AUTH "), 1);
        QVERIFY(!r.err.contains("not-the-password"));
    }
};

QTEST_GUILESS_MAIN(TestCliSendLab)
#include "tst_cli_send_lab.moc"
