// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/protocoltrace.h"
#include "net/smtpreply.h"
#include "net/tlspolicy.h"

#include <QTest>

using namespace mailwright;
using Dir = ProtocolTrace::Direction;

class TestProtocolTrace : public QObject
{
    Q_OBJECT
private slots:
    void smtpAuthPlainInitialResponseRedacted()
    {
        ProtocolTrace trace;
        ProtocolTrace::Stream s(&trace, Protocol::Smtp);
        const QByteArray token = QByteArray("\0alice\0hunter2", 14).toBase64();
        s.feed(Dir::Client, "AUTH PLAIN " + token + "\r\n");
        s.feed(Dir::Server, "235 2.7.0 ok\r\n");
        QVERIFY(!trace.text().contains(QString::fromLatin1(token)));
        QVERIFY(trace.text().contains(QLatin1String("C: AUTH PLAIN <redacted>")));
    }

    void smtpAuthLoginContinuationsRedacted()
    {
        ProtocolTrace trace;
        ProtocolTrace::Stream s(&trace, Protocol::Smtp);
        s.feed(Dir::Client, "AUTH LOGIN\r\n");
        s.feed(Dir::Server, "334 VXNlcm5hbWU6\r\n");
        s.feed(Dir::Client, "YWxpY2U=\r\n");
        s.feed(Dir::Server, "334 UGFzc3dvcmQ6\r\n");
        s.feed(Dir::Client, "aHVudGVy"); // split across writes
        s.feed(Dir::Client, "Mg==\r\n");
        s.feed(Dir::Server, "535 5.7.8 no\r\n");
        s.feed(Dir::Client, "QUIT\r\n");
        const QString t = trace.text();
        QVERIFY(!t.contains(QLatin1String("aHVudGVy")));
        QCOMPARE(t.count(QLatin1String("<redacted>")), 2);
        QVERIFY(t.contains(QLatin1String("C: QUIT")));
    }

    void smtpDataBodyCounted()
    {
        ProtocolTrace trace;
        ProtocolTrace::Stream s(&trace, Protocol::Smtp);
        s.feed(Dir::Client, "DATA\r\n");
        s.feed(Dir::Server, "354 go\r\n");
        s.feed(Dir::Client, "Subject: secret stuff\r\n\r\nbody\r\n.\r\n");
        s.feed(Dir::Server, "250 ok\r\n");
        QVERIFY(!trace.text().contains(QLatin1String("secret stuff")));
        QVERIFY(trace.text().contains(QLatin1String("bytes of message data>")));
    }

    void imapLoginLiteralAndAuthenticateRedacted()
    {
        ProtocolTrace trace;
        ProtocolTrace::Stream s(&trace, Protocol::Imap);
        s.feed(Dir::Client, "a001 LOGIN alice {7}\r\n");
        s.feed(Dir::Server, "+ OK\r\n");
        s.feed(Dir::Client, "hunter2\r\n");
        s.feed(Dir::Server, "a001 OK done\r\n");
        s.feed(Dir::Client, "a002 AUTHENTICATE PLAIN\r\n");
        s.feed(Dir::Server, "+ \r\n");
        s.feed(Dir::Client, "AGFsaWNlAGh1bnRlcjI=\r\n");
        s.feed(Dir::Server, "a002 NO bad\r\n");
        s.feed(Dir::Client, "a003 LIST \"\" *\r\n");
        const QString t = trace.text();
        QVERIFY(!t.contains(QLatin1String("hunter2")));
        QVERIFY(!t.contains(QLatin1String("AGFsaWNl")));
        QVERIFY(t.contains(QLatin1String("a003 LIST")));
    }

    void pop3PassRedacted()
    {
        ProtocolTrace trace;
        ProtocolTrace::Stream s(&trace, Protocol::Pop3);
        s.feed(Dir::Client, "USER alice\r\nPASS hunter2\r\n");
        QVERIFY(!trace.text().contains(QLatin1String("hunter2")));
        QVERIFY(trace.text().contains(QLatin1String("PASS <redacted>")));
    }

    void lineCallback()
    {
        ProtocolTrace trace;
        QStringList seen;
        trace.setLineCallback([&seen](const QString &l) { seen.append(l); });
        trace.addLine(Dir::Server, QStringLiteral("220 hi"));
        QCOMPARE(seen, QStringList{QStringLiteral("S: 220 hi")});
    }

    void ehloCapabilities()
    {
        SmtpReply r;
        r.code = 250;
        r.lines =
            QStringList{QStringLiteral("mx.test hello"), QStringLiteral("PIPELINING"),
                        QStringLiteral("SIZE 10240000"), QStringLiteral("AUTH PLAIN LOGIN"),
                        QStringLiteral("AUTH=XOAUTH2"),  QStringLiteral("ENHANCEDSTATUSCODES"),
                        QStringLiteral("8BITMIME"),      QStringLiteral("SMTPUTF8"),
                        QStringLiteral("CHUNKING")};
        const SmtpCapabilities c = SmtpCapabilities::fromEhlo(r);
        QVERIFY(c.valid && c.pipelining && c.eightBitMime && c.smtpUtf8 && c.chunking &&
                c.enhancedStatusCodes);
        QVERIFY(!c.startTls && !c.dsn && !c.requireTls);
        QCOMPARE(c.sizeLimit, 10240000);
        QCOMPARE(c.authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                                QStringLiteral("XOAUTH2")}));
    }

    void tlsPolicy()
    {
        TlsPolicy p;
        const MailError e = p.addCaFile(QStringLiteral("/nonexistent/ca.pem"));
        QCOMPARE(e.code, ErrorCode::FileError);
        QVERIFY(e.userMessage.contains(QLatin1String("/nonexistent/ca.pem")));
        const QString hex =
            QStringLiteral("527740c1041f82123ac6f47ccb79a11843ef79866cffa7ce8a277257a1425b07");
        QCOMPARE(normalizeSha256(hex).size(), 95);
        QCOMPARE(normalizeSha256(hex), normalizeSha256(normalizeSha256(hex).toLower()));
        QVERIFY(normalizeSha256(QStringLiteral("abcd")).isEmpty());
        p.addPin(QStringLiteral("Mail.Example"), 465, hex);
        QCOMPARE(p.pins(QStringLiteral("mail.example"), 465).size(), 1);
        QVERIFY(p.pins(QStringLiteral("mail.example"), 587).isEmpty());
        QVERIFY(!p.allowPlaintext);
    }
};

QTEST_GUILESS_MAIN(TestProtocolTrace)
#include "tst_protocoltrace.moc"
