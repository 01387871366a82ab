// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/mimebuilder.h"
#include "mime/preparedmessage.h"

#include "labenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mailwright;

namespace {

QByteArray readCorpus(const QString &relative)
{
    QFile f(
        QDir(mailwright::test::sharedDir()).filePath(QStringLiteral("corpus/mime/") + relative));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// Independent of the code under test: CRLF-normalise line by line and drop the lines of every
// Bcc field (its first line and its continuation lines) in the header.
QByteArray expectedWire(const QByteArray &original)
{
    QByteArray text = original;
    text.replace("\r\n", "\n").replace('\r', '\n');
    const QList<QByteArray> lines = text.split('\n');
    QByteArray out;
    bool inHeader = true;
    bool skipping = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (inHeader) {
            if (line.isEmpty()) {
                inHeader = false;
                skipping = false;
            } else if (line.startsWith(' ') || line.startsWith('\t')) {
                if (skipping)
                    continue;
            } else {
                skipping = line.toLower().startsWith("bcc:");
                if (skipping)
                    continue;
            }
        }
        out += line;
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QStringList addresses(const QList<Mailbox> &list)
{
    QStringList out;
    for (const Mailbox &m : list)
        out.append(m.address);
    return out;
}

bool allCrlf(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return false;
        if (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n'))
            return false;
    }
    return true;
}

} // namespace

class TestPreparedMessage : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QStringList>("bcc");
        QTest::addColumn<int>("bccRemoved");

        QTest::newRow("RFC 5322 A.1.3 group")
            << QStringLiteral("mikel-mail/rfc2822/example04.eml")
            << QStringLiteral("pete@silly.example")
            << QStringList{QStringLiteral("c@a.test"), QStringLiteral("joe@where.test"),
                           QStringLiteral("jdoe@one.test")}
            << QStringList{} << QStringList{} << 0;
        QTest::newRow("RFC 5322 A.5 comments and folding")
            << QStringLiteral("mikel-mail/rfc2822/example10.eml")
            << QStringLiteral("pete@silly.test")
            << QStringList{QStringLiteral("c@public.example"), QStringLiteral("joe@example.org"),
                           QStringLiteral("jdoe@one.test")}
            << QStringList{} << QStringList{} << 0;
        QTest::newRow("RFC 2047 names and a Bcc (LF file)")
            << QStringLiteral("mime-tools/intl.msg") << QStringLiteral("moore@cs.utk.edu")
            << QStringList{QStringLiteral("keld@dkuug.dk")}
            << QStringList{QStringLiteral("PIRARD@vm1.ulg.ac.be")}
            << QStringList{QStringLiteral("paf@nada.kth.se")} << 1;
        QTest::newRow("empty group only") << QStringLiteral("cpython-2.7.3/msg_36.txt")
                                          << QStringLiteral("Internet-Drafts@ietf.org")
                                          << QStringList{} << QStringList{} << QStringList{} << 0;
        QTest::newRow("MIME RFC example")
            << QStringLiteral("stalwart-rfc/000.eml") << QStringLiteral("nsb@nsb.fv.com")
            << QStringList{QStringLiteral("ned@innosoft.com")} << QStringList{} << QStringList{}
            << 0;
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QStringList, bcc);
        QFETCH(int, bccRemoved);

        const QByteArray raw = readCorpus(file);
        QVERIFY2(!raw.isEmpty(), qPrintable(file));
        const PreparedMessage p = PreparedMessage::prepare(raw);
        QVERIFY2(!p.error, qPrintable(p.error.userMessage));
        QCOMPARE(p.from.address, from);
        QCOMPARE(p.envelopeFrom, from.toUtf8());
        QCOMPARE(addresses(p.to), to);
        QCOMPARE(addresses(p.cc), cc);
        QCOMPARE(addresses(p.bcc), bcc);
        QCOMPARE(p.bccFieldsRemoved, bccRemoved);
        QCOMPARE(p.envelopeRecipients.size(), to.size() + cc.size() + bcc.size());
        QVERIFY(allCrlf(p.bytes));
        QVERIFY(!p.bytes.toLower().contains("\nbcc:"));
        // Byte-identical apart from line endings and the removed Bcc field.
        QCOMPARE(p.bytes, expectedWire(raw));
        QCOMPARE(p.bytes.size(), expectedWire(raw).size());
    }

    void rfc2047NamesDecoded()
    {
        const PreparedMessage p =
            PreparedMessage::prepare(readCorpus(QStringLiteral("mime-tools/intl.msg")));
        QVERIFY(!p.error);
        QCOMPARE(p.to.value(0).displayName, QStringLiteral("Keld Jørn Simonsen"));
        QCOMPARE(p.bcc.value(0).displayName, QStringLiteral("Patrik Fältström"));
        QVERIFY(p.cc.value(0).displayName.startsWith(QStringLiteral("André")));
        QVERIFY(!p.needsSmtpUtf8); // the header is 7-bit: encoded words only
    }

    void badRecipientWithT()
    {
        // "BCc: Array" (no @): fatal with -t, ignored (but still stripped) without it.
        const QByteArray raw = readCorpus(
            QStringLiteral("mikel-mail/error_emails/content_transfer_encoding_empty.eml"));
        QVERIFY(!raw.isEmpty());
        const PreparedMessage t = PreparedMessage::prepare(raw);
        QCOMPARE(t.error.code, ErrorCode::InvalidMessage);
        QVERIFY2(t.error.userMessage.contains(QLatin1String("BCc")),
                 qPrintable(t.error.userMessage));
        QVERIFY(t.bytes.isEmpty());
        PrepareOptions noT;
        noT.extractRecipients = false;
        const PreparedMessage p = PreparedMessage::prepare(raw, noT);
        QVERIFY2(!p.error, qPrintable(p.error.userMessage));
        QCOMPARE(p.bccFieldsRemoved, 1);
        QVERIFY(!p.bytes.contains("BCc:"));
        QCOMPARE(p.bytes, expectedWire(raw));
        QVERIFY(p.needsSmtpUtf8); // raw Big5 bytes in the Subject
    }

    void foldedBccRemoved()
    {
        const QByteArray raw = "From: a@x.org\nTo: b@y.org\nBcc: c@z.org,\n  \"Dee\" <d@z.org>\n"
                               "Subject: hi\n\nbody\nBcc: not a header\n";
        const PreparedMessage p = PreparedMessage::prepare(raw);
        QVERIFY(!p.error);
        QCOMPARE(p.bytes, QByteArray("From: a@x.org\r\nTo: b@y.org\r\nSubject: hi\r\n\r\nbody\r\n"
                                     "Bcc: not a header\r\n"));
        QCOMPARE(p.envelopeRecipients, (QList<QByteArray>{"b@y.org", "c@z.org", "d@z.org"}));
        QCOMPARE(p.bcc.value(1).displayName, QStringLiteral("Dee"));
    }

    void alreadyCrlfIsNotCopied()
    {
        const QByteArray raw = "From: a@x.org\r\nTo: b@y.org\r\n\r\nbody\r\n";
        const PreparedMessage p = PreparedMessage::prepare(raw);
        QCOMPARE(p.bytes, raw);
        QVERIFY(p.bytes.constData() == raw.constData()); // shared, no copy
    }

    void capabilityFlags()
    {
        PreparedMessage p = PreparedMessage::prepare("From: a@x.org\nTo: b@y.org\n\nplain\n");
        QVERIFY(!p.needsSmtpUtf8);
        QVERIFY(!p.needs8BitMime);
        p = PreparedMessage::prepare("From: a@x.org\nTo: b@y.org\n\nGr\xc3\xbc\xc3\x9f"
                                     "e\n");
        QVERIFY(!p.needsSmtpUtf8);
        QVERIFY(p.needs8BitMime);
        p = PreparedMessage::prepare("From: a@x.org\nTo: b@y.org\nSubject: Gr\xc3\xbc\xc3\x9f"
                                     "e\n\nx\n");
        QVERIFY(p.needsSmtpUtf8);
        QVERIFY(!p.needs8BitMime);
        p = PreparedMessage::prepare("From: a@x.org\nTo: j\xc3\xb6rg@y.org\n\nx\n");
        QVERIFY(!p.error);
        QVERIFY(p.needsSmtpUtf8);
        QCOMPARE(p.envelopeRecipients.value(0), QByteArray("j\xc3\xb6rg@y.org"));
        p = PreparedMessage::prepare("From: a@x.org\nTo: b@b\xc3\xbc"
                                     "cher.example\n\nx\n");
        QCOMPARE(p.envelopeRecipients.value(0), QByteArray("b@xn--bcher-kva.example"));
        p = PreparedMessage::prepare("From: a@x.org\nTo: b@y.org\n\n" + QByteArray(1200, 'x') +
                                     '\n');
        QCOMPARE(p.longestLine, 1200);
    }

    void invalidMessages_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("no separator")
            << QByteArray("From: a@x.org\nTo: b@y.org\n") << QStringLiteral("empty line");
        QTest::newRow("no From") << QByteArray("To: b@y.org\n\nx\n") << QStringLiteral("From");
        QTest::newRow("From without address")
            << QByteArray("From: Whomever\nTo: b@y.org\n\nx\n") << QStringLiteral("From");
        QTest::newRow("mbox") << QByteArray(
                                     "From a@x.org Mon Jan  1 00:00:00 2024\nFrom: a@x.org\n\nx\n")
                              << QStringLiteral("mbox");
        QTest::newRow("garbage header") << QByteArray("From: a@x.org\nthis is not a header\n\nx\n")
                                        << QStringLiteral("not a header field");
        QTest::newRow("leading continuation")
            << QByteArray(" From: a@x.org\n\nx\n") << QStringLiteral("indented");
        QTest::newRow("bad To") << QByteArray("From: a@x.org\nTo: b@\n\nx\n")
                                << QStringLiteral("To");
        QTest::newRow("NUL in body")
            << QByteArray("From: a@x.org\nTo: b@y.org\n\nx\0y\n", 32) << QStringLiteral("NUL");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty line");
    }

    void invalidMessages()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, reasonContains);
        const PreparedMessage p = PreparedMessage::prepare(raw);
        QCOMPARE(p.error.code, ErrorCode::InvalidMessage);
        QVERIFY2(p.error.userMessage.contains(reasonContains), qPrintable(p.error.userMessage));
        QVERIFY(p.bytes.isEmpty());
    }

    void missingFile()
    {
        const PreparedMessage p = PreparedMessage::fromFile(QStringLiteral("/nonexistent/x.eml"));
        QCOMPARE(p.error.code, ErrorCode::FileError);
        QVERIFY(p.error.userMessage.contains(QLatin1String("/nonexistent/x.eml")));
    }

    void builtMessagesPrepareCleanly()
    {
        // What MimeBuilder writes, PreparedMessage accepts unchanged (the outbox path).
        MessageDraft d;
        d.from = AddressParser::parseMailbox(QStringLiteral("Jörg <j@x.org>")).mailboxes.first();
        d.to = AddressParser::parseList(QStringLiteral("\"Doe, Jane\" <jane@y.org>")).mailboxes;
        d.bcc = AddressParser::parseList(QStringLiteral("hidden@z.org")).mailboxes;
        d.subject = QStringLiteral("Grüße");
        d.textBody = QStringLiteral("x\ny\n");
        const BuildResult b = MimeBuilder::build(d);
        QVERIFY(!b.error);
        const PreparedMessage p = PreparedMessage::prepare(b.bytes);
        QVERIFY2(!p.error, qPrintable(p.error.userMessage));
        QCOMPARE(p.bytes, b.bytes);
        QCOMPARE(p.from.displayName, QStringLiteral("Jörg"));
        QCOMPARE(p.to.value(0).displayName, QStringLiteral("Doe, Jane"));
        QCOMPARE(p.envelopeRecipients, QList<QByteArray>{"jane@y.org"}); // Bcc is not in the bytes
    }
};

QTEST_GUILESS_MAIN(TestPreparedMessage)
#include "tst_preparedmessage.moc"
