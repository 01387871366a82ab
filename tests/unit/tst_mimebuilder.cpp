// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/messagereader.h"
#include "mime/mimebuilder.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <clocale>
#include <langinfo.h>

using namespace mailwright;

namespace {

Mailbox mb(const QString &text)
{
    const ParseResult r = AddressParser::parseMailbox(text);
    Q_ASSERT(r.isValid());
    return r.mailboxes.first();
}

// Every line ends in CRLF, none is longer than 998 octets (RFC 5322 §2.1.1, §2.3).
QString wireViolation(const QByteArray &bytes)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            if (i == 0 || bytes.at(i - 1) != '\r')
                return QStringLiteral("bare LF at %1").arg(i);
            if (i - 1 - lineStart > 998)
                return QStringLiteral("line of %1 octets at %2")
                    .arg(i - 1 - lineStart)
                    .arg(lineStart);
            lineStart = i + 1;
        } else if (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')) {
            return QStringLiteral("bare CR at %1").arg(i);
        }
    }
    return QString();
}

QByteArray headerSection(const QByteArray &bytes)
{
    return bytes.left(bytes.indexOf("\r\n\r\n") + 2);
}

// The unfolded value of the first header field called \a name.
QByteArray headerValue(const QByteArray &bytes, const QByteArray &name)
{
    const QByteArray header = "\r\n" + headerSection(bytes);
    const qsizetype pos = header.toLower().indexOf(QByteArray("\r\n" + name.toLower() + ':'));
    if (pos < 0)
        return QByteArray();
    qsizetype end = pos + 2;
    while (true) {
        end = header.indexOf("\r\n", end);
        if (end < 0 || end + 2 >= header.size() ||
            (header.at(end + 2) != ' ' && header.at(end + 2) != '\t'))
            break;
        end += 2;
    }
    QByteArray value = header.mid(pos + 2 + name.size() + 1, end - pos - 3 - name.size());
    return value.replace("\r\n", "").trimmed();
}

} // namespace

class TestMimeBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    MessageDraft baseDraft()
    {
        MessageDraft d;
        d.from = mb(QStringLiteral("\"Doe, Jane\" <jane@example.org>"));
        d.to = {mb(QStringLiteral("Bob <bob@example.net>"))};
        d.subject = QStringLiteral("Hello");
        d.textBody = QStringLiteral("Hi Bob.\n");
        return d;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Under ctest one run of this binary has LANG/LC_ALL=de_DE.UTF-8 (see CMakeLists.txt);
        // QCoreApplication has applied it with setlocale(). Log what is in force: with a C locale
        // the locale charset is ANSI_X3.4-1968, with de_DE it is UTF-8 but with a German
        // LC_NUMERIC; neither must change the wire format.
        qInfo("LC_ALL=%s locale=%s codeset=%s", qgetenv("LC_ALL").constData(),
              std::setlocale(LC_ALL, nullptr), nl_langinfo(CODESET));
    }

    void roundTripUtf8()
    {
        MessageDraft d = baseDraft();
        d.from = mb(QStringLiteral("\"Müller, Jörg\" <joerg@bücher.example>"));
        d.to = {mb(QStringLiteral("\"Doe, Jane\" <jane@example.org>")),
                mb(QStringLiteral("東京 太郎 <taro@example.jp>"))};
        d.cc = {mb(QStringLiteral("Zoë <zoe@example.com>"))};
        d.subject = QStringLiteral("Grüße aus Köln — 東京");
        d.textBody = QStringLiteral("Liebe Grüße,\nJörg — 東京\n");
        QByteArray payload(300 * 1024, Qt::Uninitialized);
        QRandomGenerator(42).generate(reinterpret_cast<quint32 *>(payload.data()),
                                      reinterpret_cast<quint32 *>(payload.data() + payload.size()));
        const QString name = QStringLiteral("Ärger über Straße — 東京.bin");
        d.attachments = {
            DraftAttachment{writeFile(QStringLiteral("payload.bin"), payload), name, QString()}};

        const BuildResult r = MimeBuilder::build(d);
        QVERIFY2(!r.error, qPrintable(r.error.userMessage + r.error.technicalDetail));
        QVERIFY(!r.needsSmtpUtf8);
        QVERIFY(!r.needs8BitMime); // 7-bit clean: every non-ASCII character is encoded
        QCOMPARE(r.size, qint64(r.bytes.size()));
        QCOMPARE(r.envelopeFrom, QByteArray("joerg@xn--bcher-kva.example"));
        // RFC 2231 with continuations (a long name): filename*0*=utf-8''...; filename*1*=...
        QVERIFY(r.bytes.contains("filename*0*=utf-8''%C3%84rger%20%C3%BCber"));

        const ReadMessage m = MessageReader::read(r.bytes);
        QVERIFY2(!m.error, qPrintable(m.error.technicalDetail));
        QCOMPARE(m.subject, d.subject);
        QCOMPARE(m.from.displayName, QStringLiteral("Müller, Jörg"));
        QCOMPARE(m.to.size(), 2);
        QCOMPARE(m.to.at(0).displayName, QStringLiteral("Doe, Jane"));
        QCOMPARE(m.to.at(0).address, QStringLiteral("jane@example.org"));
        QCOMPARE(m.to.at(1).displayName, QStringLiteral("東京 太郎"));
        QCOMPARE(m.cc.value(0).displayName, QStringLiteral("Zoë"));
        QCOMPARE(m.text, QStringLiteral("Liebe Grüße,\r\nJörg — 東京\r\n"));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, name);
        QCOMPARE(QCryptographicHash::hash(m.attachments.first().data, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        QCOMPARE(wireViolation(r.bytes), QString());
    }

    void encodedWordsAreUtf8WhateverTheLocale()
    {
        // G13: VMime falls back to the locale charset ("=?ANSI_X3.4-1968?" under C/POSIX).
        MessageDraft d = baseDraft();
        d.subject = QStringLiteral("Grüße aus Köln — 東京");
        d.to = {mb(QStringLiteral("Jörg Müller <j@example.org>"))};
        const BuildResult r = MimeBuilder::build(d);
        QVERIFY(!r.error);
        const QByteArray subject = headerValue(r.bytes, "Subject");
        QVERIFY2(subject.toLower().contains("=?utf-8?"), subject.constData());
        QVERIFY(!r.bytes.contains("ANSI_X3.4-1968"));
        QVERIFY(headerValue(r.bytes, "To").toLower().startsWith("=?utf-8?"));
        QCOMPARE(MessageReader::read(r.bytes).subject, d.subject);
        // The date is written with the C locale's digits and English names, whatever LC_TIME.
        QVERIFY(
            QRegularExpression(
                QStringLiteral(
                    "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                    "Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"))
                .match(QString::fromLatin1(headerValue(r.bytes, "Date")))
                .hasMatch());
    }

    void encodedWordsAreUtf8UnderAsciiLocale()
    {
        // The locale where G13 shows: LANG=de_DE.UTF-8 on a machine where that locale is not
        // generated falls back to "C", whose charset is ANSI_X3.4-1968. Force it here so this
        // test fails if any header text is built without an explicit UTF-8 charset.
        const QByteArray saved = std::setlocale(LC_ALL, nullptr);
        std::setlocale(LC_ALL, "C");
        QCOMPARE(QByteArray(nl_langinfo(CODESET)), QByteArray("ANSI_X3.4-1968"));
        encodedWordsAreUtf8WhateverTheLocale();
        roundTripUtf8();
        std::setlocale(LC_ALL, saved.constData());
    }

    void bccOnlyInEnvelope()
    {
        MessageDraft d = baseDraft();
        d.cc = {mb(QStringLiteral("carol@example.com"))};
        d.bcc = {mb(QStringLiteral("Secret Sam <secret.sam@hidden.example>")),
                 mb(QStringLiteral("bob@example.net"))}; // duplicate of To: sent once
        const BuildResult r = MimeBuilder::build(d);
        QVERIFY(!r.error);
        QVERIFY(!r.bytes.toLower().contains("\nbcc:") && !r.bytes.toLower().startsWith("bcc:"));
        QVERIFY(!r.bytes.contains("secret.sam"));
        QVERIFY(!r.bytes.contains("Secret Sam"));
        QCOMPARE(r.envelopeRecipients, (QList<QByteArray>{"bob@example.net", "carol@example.com",
                                                          "secret.sam@hidden.example"}));
        QCOMPARE(r.envelopeFrom, QByteArray("jane@example.org"));
    }

    /// A draft copy (the Drafts folder) keeps Bcc as a header field, the same draft built to
    /// be sent does not; a draft copy may have no recipient yet, a message to send may not.
    void bccHeaderOnlyInDraftCopy()
    {
        MessageDraft d = baseDraft();
        d.bcc = {mb(QStringLiteral("Secret Sam <secret.sam@hidden.example>"))};
        const BuildResult copy = MimeBuilder::build(d, MimeBuilder::Purpose::DraftCopy);
        QVERIFY(!copy.error);
        const qsizetype bccAt = copy.bytes.indexOf("\r\nBcc: ");
        QVERIFY2(bccAt >= 0, copy.bytes.constData());
        const QByteArray bccLine =
            copy.bytes.mid(bccAt + 2, copy.bytes.indexOf('\r', bccAt + 2) - bccAt - 2);
        QVERIFY2(bccLine.contains("secret.sam@hidden.example"), bccLine.constData());
        const ReadMessage read = MessageReader::read(copy.bytes);
        QCOMPARE(read.bcc.size(), 1);
        QCOMPARE(read.bcc.first().address, QStringLiteral("secret.sam@hidden.example"));

        const BuildResult sent = MimeBuilder::build(d, MimeBuilder::Purpose::Send);
        QVERIFY(!sent.error);
        QVERIFY(!sent.bytes.toLower().contains("\nbcc:") &&
                !sent.bytes.toLower().startsWith("bcc:"));
        QVERIFY(!sent.bytes.contains("secret.sam"));
        QVERIFY(MessageReader::read(sent.bytes).bcc.isEmpty());

        d.to.clear();
        d.bcc.clear();
        QVERIFY(!MimeBuilder::build(d, MimeBuilder::Purpose::DraftCopy).error);
        QCOMPARE(MimeBuilder::build(d).error.code, ErrorCode::InvalidAddress);
    }

    void linesAreCrlfAndShort_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("5000-char single line") << QString(5000, u'x');
        QTest::newRow("5000 non-ASCII chars") << QString(5000, u'ü');
        QTest::newRow("bare LFs") << QStringLiteral("one\ntwo\n\nthree\n.\nfour");
        QTest::newRow("bare CRs and mixed") << QStringLiteral("one\rtwo\r\nthree\n\rfour\r");
        QTest::newRow("long words and spaces")
            << (QString(1200, u'a') + u' ' + QString(1500, u'b') + QStringLiteral(" \n"));
    }

    void linesAreCrlfAndShort()
    {
        QFETCH(QString, body);
        MessageDraft d = baseDraft();
        d.textBody = body;
        d.htmlBody = QStringLiteral("<p>") + body + QStringLiteral("</p>");
        d.subject = QString(1200, u's'); // one 1200-character word: must be folded/encoded
        const BuildResult r = MimeBuilder::build(d);
        QVERIFY2(!r.error, qPrintable(r.error.userMessage + r.error.technicalDetail));
        QCOMPARE(wireViolation(r.bytes), QString());
        const ReadMessage m = MessageReader::read(r.bytes);
        QString expected = body;
        expected.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(u'\r', u'\n')
            .replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QCOMPARE(m.text, expected);
        QCOMPARE(m.subject, d.subject);
    }

    void messageIdDomain()
    {
        MessageDraft d = baseDraft();
        d.from = mb(QStringLiteral("jane@bücher.example"));
        BuildResult r = MimeBuilder::build(d);
        QVERIFY(!r.error);
        QVERIFY2(r.messageId.endsWith("@xn--bcher-kva.example>"), r.messageId.constData());
        QCOMPARE(headerValue(r.bytes, "Message-ID"), r.messageId);
        const QByteArray host = QSysInfo::machineHostName().toUtf8();
        if (!host.isEmpty())
            QVERIFY(!headerValue(r.bytes, "Message-ID").contains(QByteArray('@' + host + '>')));

        d.messageIdDomain = QStringLiteral("mail.example.net");
        r = MimeBuilder::build(d);
        QVERIFY(r.messageId.endsWith("@mail.example.net>"));
        QCOMPARE(headerValue(r.bytes, "Message-ID"), r.messageId);
        // Two builds never share an id.
        QVERIFY(MimeBuilder::build(d).messageId != r.messageId);

        d.messageId = "<fixed.1@mail.example.net>";
        QCOMPARE(headerValue(MimeBuilder::build(d).bytes, "Message-ID"), d.messageId);
    }

    void headersAndStructure()
    {
        MessageDraft d = baseDraft();
        d.date = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), QTimeZone(-(3 * 3600 + 1800)));
        d.replyTo = {mb(QStringLiteral("Replies <r@example.org>"))};
        d.inReplyTo = "<a@example.org>";
        d.references = {"<z@example.org>", "<a@example.org>"};
        d.extraHeaders = {{"X-Mailer", QStringLiteral("Mailwright test")}};
        d.htmlBody = QStringLiteral("<p>Hi</p>");
        d.attachments = {DraftAttachment{writeFile(QStringLiteral("doc.pdf"), "%PDF-1.4\n%..\n"),
                                         QString(), QString()}};
        const BuildResult r = MimeBuilder::build(d);
        QVERIFY(!r.error);
        QCOMPARE(headerValue(r.bytes, "Date"), QByteArray("Sat, 3 Feb 2024 04:05:06 -0330"));
        QCOMPARE(headerValue(r.bytes, "MIME-Version"), QByteArray("1.0"));
        QVERIFY(QRegularExpression(QStringLiteral("^\"?Replies\"? <r@example.org>$"))
                    .match(QString::fromLatin1(headerValue(r.bytes, "Reply-To")))
                    .hasMatch());
        QCOMPARE(headerValue(r.bytes, "In-Reply-To"), QByteArray("<a@example.org>"));
        QCOMPARE(headerValue(r.bytes, "References"), QByteArray("<z@example.org> <a@example.org>"));
        QCOMPARE(headerValue(r.bytes, "X-Mailer"), QByteArray("Mailwright test"));
        QVERIFY(headerValue(r.bytes, "Content-Type").startsWith("multipart/mixed;"));
        QVERIFY(r.bytes.contains("Content-Type: multipart/alternative;"));
        QVERIFY(r.bytes.contains("Content-Type: text/html; charset=utf-8"));
        QVERIFY(r.bytes.contains("Content-Type: application/pdf")); // from QMimeDatabase
        QVERIFY(r.bytes.contains("Content-Disposition: attachment; filename=\"doc.pdf\"") ||
                r.bytes.contains("Content-Disposition: attachment; filename=doc.pdf"));
        const ReadMessage m = MessageReader::read(r.bytes);
        QCOMPARE(m.html, QStringLiteral("<p>Hi</p>"));
        QCOMPARE(m.date.offsetFromUtc(), -(3 * 3600 + 1800));
        QCOMPARE(m.date.toUTC(), d.date.toUTC());
        QCOMPARE(m.attachments.value(0).mimeType, QStringLiteral("application/pdf"));
    }

    void transferEncodingChoice()
    {
        MessageDraft d = baseDraft();
        BuildResult r = MimeBuilder::build(d);
        QCOMPARE(headerValue(r.bytes, "Content-Transfer-Encoding"), QByteArray("7bit"));
        d.textBody = QStringLiteral("Grüße");
        r = MimeBuilder::build(d);
        QCOMPARE(headerValue(r.bytes, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
        QVERIFY(r.bytes.contains("Gr=C3=BC=C3=9Fe"));
        d.textBody = QString(100, u'a');
        r = MimeBuilder::build(d);
        QCOMPARE(headerValue(r.bytes, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("missing attachment")
            << 0 << int(ErrorCode::FileError) << QStringLiteral("nope.pdf");
        QTest::newRow("attachment is a directory")
            << 1 << int(ErrorCode::FileError) << QStringLiteral("regular file");
        QTest::newRow("invalid To")
            << 2 << int(ErrorCode::InvalidAddress) << QStringLiteral("no @");
        QTest::newRow("CR in subject")
            << 3 << int(ErrorCode::InvalidHeader) << QStringLiteral("subject");
        QTest::newRow("LF in display name")
            << 4 << int(ErrorCode::InvalidHeader) << QStringLiteral("line break");
        QTest::newRow("non-ASCII local part without SMTPUTF8")
            << 5 << int(ErrorCode::InvalidAddress) << QStringLiteral("SMTPUTF8");
        QTest::newRow("NUL in extra header")
            << 6 << int(ErrorCode::InvalidHeader) << QStringLiteral("X-Test");
        QTest::newRow("extra header overrides Bcc")
            << 7 << int(ErrorCode::InvalidHeader) << QStringLiteral("Bcc");
        QTest::newRow("no recipients")
            << 8 << int(ErrorCode::InvalidAddress) << QStringLiteral("recipients");
        QTest::newRow("bad In-Reply-To")
            << 9 << int(ErrorCode::InvalidHeader) << QStringLiteral("In-Reply-To");
        QTest::newRow("LF in attachment name")
            << 10 << int(ErrorCode::InvalidHeader) << QStringLiteral("attachment");
    }

    void errors()
    {
        QFETCH(int, what);
        QFETCH(int, code);
        QFETCH(QString, messageContains);
        MessageDraft d = baseDraft();
        switch (what) {
        case 0:
            d.attachments = {DraftAttachment{m_dir.filePath(QStringLiteral("nope.pdf")), {}, {}}};
            break;
        case 1:
            d.attachments = {DraftAttachment{m_dir.path(), {}, {}}};
            break;
        case 2:
            d.to.append(Mailbox{QString(), QStringLiteral("bob.example.net")});
            break;
        case 3:
            d.subject = QStringLiteral("Hi\r\nBcc: victim@example.com");
            break;
        case 4:
            d.to.first().displayName = QStringLiteral("Bob\nBcc: victim@example.com");
            break;
        case 5:
            d.to = {mb(QStringLiteral("jörg@example.org"))};
            break;
        case 6:
            d.extraHeaders = {{"X-Test", QStringLiteral("a") + QChar(0) + u'b'}};
            break;
        case 7:
            d.extraHeaders = {{"Bcc", QStringLiteral("victim@example.com")}};
            break;
        case 8:
            d.to.clear();
            break;
        case 9:
            d.inReplyTo = "no brackets@x";
            break;
        case 10:
            d.attachments = {DraftAttachment{
                writeFile(QStringLiteral("a.txt"), "a"), QStringLiteral("a\r\nX: y.txt"), {}}};
            break;
        }
        const BuildResult r = MimeBuilder::build(d);
        QCOMPARE(int(r.error.code), code);
        QCOMPARE(r.error.phase, Phase::Compose);
        QVERIFY2(r.error.userMessage.contains(messageContains, Qt::CaseInsensitive),
                 qPrintable(r.error.userMessage));
        QVERIFY(r.bytes.isEmpty());
    }

    void smtpUtf8WhenAllowed()
    {
        MessageDraft d = baseDraft();
        d.to = {mb(QStringLiteral("Jörg <jörg@bücher.example>"))};
        d.smtpUtf8Allowed = true;
        const BuildResult r = MimeBuilder::build(d);
        QVERIFY2(!r.error, qPrintable(r.error.userMessage));
        QVERIFY(r.needsSmtpUtf8);
        QCOMPARE(r.envelopeRecipients.value(0),
                 QStringLiteral("jörg@xn--bcher-kva.example").toUtf8());
        QVERIFY(r.bytes.contains(QStringLiteral("jörg@").toUtf8())); // RFC 6532 raw UTF-8
        // G16: an ASCII-only message never asks for SMTPUTF8, even when allowed.
        MessageDraft ascii = baseDraft();
        ascii.smtpUtf8Allowed = true;
        ascii.subject = QStringLiteral("Grüße");
        const BuildResult a = MimeBuilder::build(ascii);
        QVERIFY(!a.needsSmtpUtf8);
        QVERIFY(!a.needs8BitMime);
    }

    void normalizeLineEndings()
    {
        QCOMPARE(MimeBuilder::normalizeLineEndings("a\nb\rc\r\nd\n\r"),
                 QByteArray("a\r\nb\r\nc\r\nd\r\n\r\n"));
        const QByteArray clean("a\r\nb\r\n");
        QCOMPARE(MimeBuilder::normalizeLineEndings(clean), clean);
    }
};

QTEST_GUILESS_MAIN(TestMimeBuilder)
#include "tst_mimebuilder.moc"
