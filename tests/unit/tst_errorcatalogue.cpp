// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"

#include <QSet>
#include <QTest>

using namespace mailwright;

Q_DECLARE_METATYPE(mailwright::Phase)
Q_DECLARE_METATYPE(mailwright::ErrorCode)

class TestErrorCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void withServerNamesTheServer()
    {
        // A protocol error made in a parser knows no host: the sentence must still read well
        // once the worker that knows the server hands it on.
        MailError e = makeMailError(ErrorCode::ProtocolError, Phase::Fetch,
                                    QStringLiteral("EXAMINE Nope failed"));
        e.retryable = true; // the caller's decision, kept
        const MailError named = withServer(e, QStringLiteral("imap.example.net"));
        QCOMPARE(named.host, QStringLiteral("imap.example.net"));
        QVERIFY2(named.userMessage.contains(QLatin1String("imap.example.net")),
                 qPrintable(named.userMessage));
        QVERIFY(!named.userMessage.contains(QLatin1String("the mail server")));
        QVERIFY(named.retryable);
        QCOMPARE(named.technicalDetail, e.technicalDetail);

        // Unchanged: local storage errors, errors that already name a host, no host given.
        const MailError store =
            makeMailError(ErrorCode::StorageError, Phase::Store, QStringLiteral("disk I/O error"));
        QCOMPARE(withServer(store, QStringLiteral("imap.example.net")).userMessage,
                 store.userMessage);
        QVERIFY(withServer(store, QStringLiteral("imap.example.net")).host.isEmpty());
        MailError other = e;
        other.host = QStringLiteral("smtp.example.org");
        explain(other);
        QCOMPARE(withServer(other, QStringLiteral("imap.example.net")).host,
                 QStringLiteral("smtp.example.org"));
        QCOMPARE(withServer(e, QString()).userMessage, e.userMessage);
        QVERIFY(!withServer(MailError(), QStringLiteral("imap.example.net")));
    }

    void everyCodeHasAMessage()
    {
        QSet<QString> messages;
        for (int i = int(ErrorCode::None) + 1; i <= int(ErrorCode::Internal); ++i) {
            MailError error;
            error.code = ErrorCode(i);
            explain(error);
            QVERIFY2(!error.userMessage.isEmpty(), qPrintable(errorCodeName(error.code)));
            QVERIFY2(!error.hint.isEmpty(), qPrintable(errorCodeName(error.code)));
            // Each code has its own explanation, not a shared fallback.
            QVERIFY2(!messages.contains(error.userMessage), qPrintable(error.userMessage));
            messages.insert(error.userMessage);
        }
    }

    void retryableByCategory_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("dns") << ErrorCode::DnsFailure << true;
        QTest::newRow("refused") << ErrorCode::ConnectionRefused << true;
        QTest::newRow("timeout") << ErrorCode::Timeout << true;
        QTest::newRow("network") << ErrorCode::NetworkError << true;
        QTest::newRow("closed") << ErrorCode::ConnectionClosed << true;
        QTest::newRow("tls") << ErrorCode::TlsFailure << false;
        QTest::newRow("untrusted") << ErrorCode::CertificateUntrusted << false;
        QTest::newRow("expired") << ErrorCode::CertificateExpired << false;
        QTest::newRow("wrong host") << ErrorCode::CertificateWrongHost << false;
        QTest::newRow("pin") << ErrorCode::CertificatePinMismatch << false;
        QTest::newRow("no starttls") << ErrorCode::StartTlsUnavailable << false;
        QTest::newRow("plaintext") << ErrorCode::PlaintextRefused << false;
        QTest::newRow("auth") << ErrorCode::AuthFailed << false;
        QTest::newRow("cancelled") << ErrorCode::Cancelled << false;
        QTest::newRow("storage full") << ErrorCode::StorageFull << false;
        QTest::newRow("keychain") << ErrorCode::KeychainUnavailable << false;
    }

    void retryableByCategory()
    {
        QFETCH(ErrorCode, code);
        QFETCH(bool, retryable);
        MailError error;
        error.code = code;
        error.retryable = !retryable; // explain() must overwrite whatever the caller guessed
        explain(error);
        QCOMPARE(error.retryable, retryable);
    }

    void replies_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("replyCode");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("messagePart"); // a word the explanation must contain

        const auto row = [](const char *name, Phase phase, const char *reply, ErrorCode code,
                            int replyCode, const char *enhanced, bool retryable,
                            const char *messagePart) {
            QTest::newRow(name) << phase << QString::fromUtf8(reply) << code << replyCode
                                << QString::fromUtf8(enhanced) << retryable
                                << QString::fromUtf8(messagePart);
        };
        row("421 greeting", Phase::Greeting,
            "421 4.3.2 Service not available, closing transmission channel",
            ErrorCode::ServiceUnavailable, 421, "4.3.2", true, "temporarily unavailable");
        row("421 in data", Phase::Data, "421 4.4.2 Timeout", ErrorCode::ServiceUnavailable, 421,
            "4.4.2", true, "temporarily unavailable");
        row("450", Phase::RcptTo,
            "450 4.2.0 <bob@example.org>: Recipient address rejected: "
            "Greylisted",
            ErrorCode::TemporaryFailure, 450, "4.2.0", true, "greylisting");
        row("451", Phase::Data, "451 4.3.0 Error: queue file write error",
            ErrorCode::TemporaryFailure, 451, "4.3.0", true, "local problem");
        row("452 storage", Phase::MailFrom, "452 4.3.1 Insufficient system storage",
            ErrorCode::TemporaryFailure, 452, "4.3.1", true, "storage");
        row("452 recipients", Phase::RcptTo, "452 4.5.3 Error: too many recipients",
            ErrorCode::TemporaryFailure, 452, "4.5.3", true, "too many recipients");
        row("454 starttls", Phase::StartTls, "454 4.7.0 TLS not available due to local problem",
            ErrorCode::TemporaryFailure, 454, "4.7.0", true, "encryption");
        row("454 auth", Phase::Auth, "454 4.7.0 Temporary authentication failure",
            ErrorCode::TemporaryFailure, 454, "4.7.0", true, "login");
        row("530", Phase::MailFrom, "530 5.7.0 Authentication required", ErrorCode::AuthRequired,
            530, "5.7.0", false, "log in");
        row("530 starttls first", Phase::MailFrom, "530 5.7.0 Must issue a STARTTLS command first",
            ErrorCode::AuthEncryptionRequired, 530, "5.7.0", false, "encrypted");
        row("534 web login", Phase::Auth,
            "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via\r\n"
            "534-5.7.14 your web browser and then try again.\r\n"
            "534 5.7.14  Learn more at https://support.google.com/mail/answer/78754 x1sm.4 - gsmtp",
            ErrorCode::AuthMechanismUnavailable, 534, "5.7.14", false, "web browser");
        row("534 app password", Phase::Auth,
            "534-5.7.9 Application-specific password required. Learn more at\r\n"
            "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp",
            ErrorCode::AuthMechanismUnavailable, 534, "5.7.9", false, "app password");
        row("535 5.7.8", Phase::Auth, "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
            ErrorCode::AuthFailed, 535, "5.7.8", false, "user name or password");
        row("535 5.7.139", Phase::Auth,
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
            "[AM0PR02CA0001.eurprd02.prod.outlook.com]",
            ErrorCode::AuthFailed, 535, "5.7.139", false, "basic authentication");
        row("538", Phase::Auth,
            "538 5.7.11 Encryption required for requested authentication mechanism",
            ErrorCode::AuthEncryptionRequired, 538, "5.7.11", false, "encrypted");
        row("550 5.1.1", Phase::RcptTo,
            "550 5.1.1 <nobody@lab.test>: Recipient address rejected: User unknown",
            ErrorCode::RecipientRejected, 550, "5.1.1", false, "nobody@lab.test");
        row("550 5.7.1 mail from", Phase::MailFrom,
            "550 5.7.1 Client does not have permissions to send as this sender",
            ErrorCode::SenderRejected, 550, "5.7.1", false, "send as");
        row("554 5.7.1 relay", Phase::RcptTo,
            "554 5.7.1 <x@elsewhere.example>: Relay access denied", ErrorCode::SenderRejected, 554,
            "5.7.1", false, "relay");
        row("552 5.3.4", Phase::Data, "552 5.3.4 Message size exceeds fixed limit",
            ErrorCode::MessageTooLarge, 552, "5.3.4", false, "too large");
        row("552 no enhanced", Phase::MailFrom, "552 Message size exceeds maximum value",
            ErrorCode::MessageTooLarge, 552, "", false, "too large");
        row("552 5.2.2 mailbox full", Phase::RcptTo, "552 5.2.2 Mailbox full",
            ErrorCode::RecipientRejected, 552, "5.2.2", false, "full");
        row("553 sender", Phase::MailFrom,
            "553 5.7.1 <eve@lab.test>: Sender address rejected: not owned by user alice",
            ErrorCode::SenderRejected, 553, "5.7.1", false, "send as");
        row("553 bad address", Phase::RcptTo, "553 5.1.3 Bad recipient address syntax",
            ErrorCode::InvalidAddress, 553, "5.1.3", false, "invalid");
        row("554 greeting", Phase::Greeting, "554 5.7.1 No SMTP service here",
            ErrorCode::ServiceUnavailable, 554, "5.7.1", false, "refuses");
        row("554 data", Phase::Data, "554 5.6.0 Message rejected as spam",
            ErrorCode::MessageRejected, 554, "5.6.0", false, "refused the message");
        row("502 starttls", Phase::StartTls, "502 5.5.1 Error: command not implemented",
            ErrorCode::StartTlsUnavailable, 502, "5.5.1", false, "password was not sent");
        row("504 auth mech", Phase::Auth, "504 5.5.4 Unrecognized authentication type",
            ErrorCode::AuthMechanismUnavailable, 504, "5.5.4", false, "sign-in method");
        row("no enhanced code", Phase::RcptTo, "550 No such user here",
            ErrorCode::RecipientRejected, 550, "", false, "refused the recipient");
    }

    void replies()
    {
        QFETCH(Phase, phase);
        QFETCH(QString, reply);
        QFETCH(ErrorCode, code);
        QFETCH(int, replyCode);
        QFETCH(QString, enhanced);
        QFETCH(bool, retryable);
        QFETCH(QString, messagePart);

        const QString address = QStringLiteral("nobody@lab.test");
        const MailError error =
            smtpReplyError(phase, replyCode, reply + QLatin1String("\r\n"), address);
        QCOMPARE(errorCodeName(error.code), errorCodeName(code));
        QCOMPARE(error.phase, phase);
        QCOMPARE(error.replyCode, replyCode);
        QCOMPARE(error.enhancedCode, enhanced);
        QCOMPARE(error.retryable, retryable);
        QCOMPARE(error.serverText, reply); // verbatim, only the final CRLF dropped
        QCOMPARE(error.address, address);
        const QString text = error.userMessage + QLatin1Char(' ') + error.hint;
        QVERIFY2(text.contains(messagePart, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!error.hint.isEmpty());

        // The reply code alone (code 0) is read from the text: the same result.
        const MailError parsed = smtpReplyError(phase, 0, reply, address);
        QCOMPARE(parsed.replyCode, replyCode);
        QCOMPARE(parsed.code, error.code);
    }

    void microsoftBasicAuthHasItsOwnText()
    {
        const MailError wrongPassword =
            smtpReplyError(Phase::Auth, 535, QStringLiteral("535 5.7.8 Authentication failed"));
        const MailError basicAuthOff = smtpReplyError(
            Phase::Auth, 535,
            QStringLiteral("535 5.7.139 Authentication unsuccessful, the user credentials were "
                           "incorrect."));
        QCOMPARE(wrongPassword.code, basicAuthOff.code);
        QVERIFY(wrongPassword.userMessage != basicAuthOff.userMessage);
        QVERIFY(basicAuthOff.hint.contains(QLatin1String("OAuth2")));
        QVERIFY(basicAuthOff.hint.contains(QLatin1String("SMTP AUTH")));
        QVERIFY(!wrongPassword.hint.contains(QLatin1String("OAuth2")));
        QVERIFY(wrongPassword.hint.contains(QLatin1String("app password")));
    }

    void multiLineReplyParsed()
    {
        const SmtpReply reply = parseSmtpReply(QStringLiteral(
            "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
            "535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2sm - gsmtp\r\n"));
        QCOMPARE(reply.code, 535);
        QCOMPARE(reply.enhancedCode, QStringLiteral("5.7.8"));
        QCOMPARE(reply.lines.size(), 2);
        // Lines keep their text after the code, enhanced code included (net/smtpreply.h).
        QCOMPARE(reply.lines.at(0),
                 QStringLiteral(
                     "5.7.8 Username and Password not accepted. For more information, go to"));
        QVERIFY(reply.lines.at(1).contains(QLatin1String("BadCredentials")));

        // LF only, an enhanced code only on a later line, a mismatching class ignored.
        const SmtpReply later = parseSmtpReply(QStringLiteral(
            "550-Sorry\n550-4.1.1 not a 5xx class, ignored\n550 5.1.1 No such user"));
        QCOMPARE(later.code, 550);
        QCOMPARE(later.enhancedCode, QStringLiteral("5.1.1"));
        QCOMPARE(later.lines.at(1), QStringLiteral("4.1.1 not a 5xx class, ignored"));

        // No enhanced code; leading zeros normalised away is not needed: "5.01.1" stays valid.
        const SmtpReply plain = parseSmtpReply(QStringLiteral("554 Transaction failed"));
        QCOMPARE(plain.code, 554);
        QVERIFY(plain.enhancedCode.isEmpty());
        QCOMPARE(plain.text(), QStringLiteral("554 Transaction failed"));
    }

    void multiLineServerTextKept()
    {
        const QString reply = QStringLiteral("421-4.7.0 Try again later, closing connection.\r\n"
                                             "421 4.7.0 (EHLO) For more information, go to ...");
        const MailError error = smtpReplyError(Phase::Hello, 0, reply);
        QCOMPARE(error.serverText, reply);
        QCOMPARE(error.code, ErrorCode::ServiceUnavailable);
        QVERIFY(error.retryable);
    }

    void recipientIsNamed()
    {
        const MailError error =
            smtpReplyError(Phase::RcptTo, 550, QStringLiteral("550 5.1.1 User unknown"),
                           QStringLiteral("jane.doe@example.org"));
        QVERIFY(error.userMessage.contains(QLatin1String("jane.doe@example.org")));
    }

    void tooLargeBeforeUploadStatesSizeAndLimit()
    {
        MailError error;
        error.code = ErrorCode::MessageTooLarge;
        error.phase = Phase::MailFrom;
        error.host = QStringLiteral("smtp.lab.test:587");
        error.messageSize = 3 * 1024 * 1024;
        error.sizeLimit = 200000;
        explain(error);
        QVERIFY2(error.userMessage.contains(QLatin1String("3.0 MB")) ||
                     error.userMessage.contains(QLatin1String("3 MB")),
                 qPrintable(error.userMessage));
        QVERIFY2(error.userMessage.contains(QLatin1String("195")), qPrintable(error.userMessage));
        QVERIFY(error.userMessage.contains(QLatin1String("smtp.lab.test:587")));
        QVERIFY(!error.retryable);

        // A 552 with the limit known from EHLO SIZE names the limit too.
        MailError rejected =
            smtpReplyError(Phase::Data, 552, QStringLiteral("552 5.3.4 Message too big"));
        rejected.sizeLimit = 10 * 1024 * 1024;
        explain(rejected);
        QVERIFY2(rejected.userMessage.contains(QLatin1String("10")),
                 qPrintable(rejected.userMessage));
    }

    void certificateTextsNameTheHost()
    {
        for (ErrorCode code :
             {ErrorCode::CertificateUntrusted, ErrorCode::CertificateExpired,
              ErrorCode::CertificateWrongHost, ErrorCode::CertificatePinMismatch}) {
            MailError error;
            error.code = code;
            error.phase = Phase::Tls;
            error.host = QStringLiteral("mail.example.org:465");
            explain(error);
            QVERIFY2(error.userMessage.contains(error.host), qPrintable(error.userMessage));
            QVERIFY2(error.hint.contains(QLatin1String("trust")), qPrintable(error.hint));
        }
        MailError pin;
        pin.code = ErrorCode::CertificatePinMismatch;
        explain(pin);
        QVERIFY(pin.userMessage.contains(QLatin1String("changed")));
    }

    void timeoutConnectVersusRead()
    {
        MailError connect;
        connect.code = ErrorCode::Timeout;
        connect.phase = Phase::Connect;
        explain(connect);
        MailError read = connect;
        read.phase = Phase::Data;
        explain(read);
        QVERIFY(connect.userMessage != read.userMessage);
        QVERIFY(connect.hint.contains(QLatin1String("firewall")));
        QVERIFY(connect.retryable && read.retryable);
    }

    void providerHintOnlyForLoginErrors()
    {
        const QString gmail = QStringLiteral("Gmail needs an app password.");
        MailError auth = smtpReplyError(Phase::Auth, 535, QStringLiteral("535 5.7.8 Bad"));
        explain(auth, gmail);
        QVERIFY(auth.hint.endsWith(gmail));
        const QString once = auth.hint;
        explain(auth, gmail); // idempotent: never appended twice
        QCOMPARE(auth.hint, once);

        MailError dns;
        dns.code = ErrorCode::DnsFailure;
        explain(dns, gmail);
        QVERIFY(!dns.hint.contains(gmail));
    }

    void jsonRoundTrip()
    {
        MailError error = smtpReplyError(Phase::RcptTo, 550, QStringLiteral("550 5.1.1 Unknown"),
                                         QStringLiteral("x@lab.test"));
        error.host = QStringLiteral("smtp.lab.test:587");
        error.technicalDetail = QStringLiteral("detail");
        error.certificate.sha256 = QStringLiteral("AB:CD");
        error.certificate.subjectAltNames = {QStringLiteral("a.test"), QStringLiteral("b.test")};
        const QJsonObject json = mailErrorToJson(error);
        QCOMPARE(json.value(QStringLiteral("code")).toString(),
                 QStringLiteral("recipient_rejected"));
        QCOMPARE(json.value(QStringLiteral("reply_code")).toInt(), 550);
        QCOMPARE(json.value(QStringLiteral("enhanced_code")).toString(), QStringLiteral("5.1.1"));
        const MailError back = mailErrorFromJson(json);
        QCOMPARE(back.code, error.code);
        QCOMPARE(back.phase, error.phase);
        QCOMPARE(back.serverText, error.serverText);
        QCOMPARE(back.userMessage, error.userMessage);
        QCOMPARE(back.hint, error.hint);
        QCOMPARE(back.retryable, error.retryable);
        QCOMPARE(back.address, error.address);
        QCOMPARE(back.host, error.host);
        QCOMPARE(back.technicalDetail, error.technicalDetail);
        QCOMPARE(back.certificate.subjectAltNames, error.certificate.subjectAltNames);
        for (int i = int(ErrorCode::None); i <= int(ErrorCode::Internal); ++i)
            QCOMPARE(errorCodeFromName(errorCodeName(ErrorCode(i))), ErrorCode(i));
        for (int i = int(Phase::None); i <= int(Phase::Config); ++i)
            QCOMPARE(phaseFromName(phaseName(Phase(i))), Phase(i));
    }

    void explainKeepsServerTextAndDetail()
    {
        MailError error;
        error.code = ErrorCode::TlsFailure;
        error.serverText = QStringLiteral("verbatim");
        error.technicalDetail = QStringLiteral("SSL routines::wrong version number");
        explain(error);
        QCOMPARE(error.serverText, QStringLiteral("verbatim"));
        QCOMPARE(error.technicalDetail, QStringLiteral("SSL routines::wrong version number"));
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
