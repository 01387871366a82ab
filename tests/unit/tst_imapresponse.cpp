// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming IMAP response reader and the FETCH/ENVELOPE conversion used by the bulk header
// sync (RFC 3501 §4, §7.4.2, §9): literals, escapes, NIL, groups, non-ASCII, malformed input
// and random truncations/mutations (run under ASan in CI).
#include "sync/imapenvelope.h"
#include "sync/imapresponse.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mailwright;

namespace {

// RFC 3501 §7.4.2's example, with the addresses side by side as the RFC (and Dovecot) send them.
const QByteArray kRfcExample =
    "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 "
    "ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and "
    "minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL "
    "\"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
    "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
    "\"<B27397-0100000@cac.washington.edu>\") BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" "
    "\"US-ASCII\") NIL NIL \"7BIT\" 3028 92) UID 42)\r\n";

// A literal subject with CRLF and quotes inside, an escaped quote and backslash in a name,
// NIL in every nstring, a group, RFC 2047 UTF-8 and Latin-1 words and raw UTF-8 (RFC 6532).
const QByteArray kHard =
    "* 3 FETCH (UID 77 FLAGS (\\Answered \\Flagged $Forwarded) RFC822.SIZE 1234 ENVELOPE ("
    "NIL {40}\r\nLine \"one\"\r\n =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= "
    "((\"Ann \\\"Q\\\" \\\\ Smith\" NIL \"ann\" \"lab.test\")) NIL NIL "
    "((NIL NIL \"team\" NIL)(\"=?ISO-8859-1?Q?J=F6rg?=\" NIL \"joerg\" \"lab.test\")"
    "(\"Zoë\" NIL \"zoe\" \"lab.test\")(NIL NIL NIL NIL)(NIL NIL \"bob\" \"lab.test\")) "
    "NIL NIL NIL NIL))\r\n";

QList<ImapResponse> readAll(const QByteArray &bytes, int chunk, QString *error = nullptr)
{
    ImapResponseReader reader;
    QList<ImapResponse> out;
    for (qsizetype i = 0; i <= bytes.size(); i += chunk) {
        if (i < bytes.size())
            reader.feed(bytes.constData() + i, qMin<qsizetype>(chunk, bytes.size() - i));
        ImapResponse r;
        for (;;) {
            const auto status = reader.next(&r);
            if (status == ImapResponseReader::Status::Response) {
                out.append(r);
                continue;
            }
            if (status == ImapResponseReader::Status::Error && error)
                *error = reader.errorString();
            if (status == ImapResponseReader::Status::Error)
                return out;
            break;
        }
    }
    return out;
}

CachedMessage envelope(const QByteArray &response, QString *error = nullptr)
{
    const auto responses = readAll(response, 1 << 20);
    CachedMessage m;
    if (responses.size() != 1 || responses[0].values.size() != 3) {
        if (error)
            *error = QStringLiteral("not one FETCH response");
        return m;
    }
    const QString e = envelopeFromFetch(responses[0].values[2], &m);
    if (error)
        *error = e;
    return m;
}

} // namespace

class TestImapResponse : public QObject
{
    Q_OBJECT

private slots:
    void rfcExample()
    {
        QString error;
        const CachedMessage m = envelope(kRfcExample, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.uid, 42u);
        QCOMPARE(m.flags, int(FlagSeen));
        QCOMPARE(m.size, qint64(4286));
        QCOMPARE(m.subject, QStringLiteral("IMAP4rev1 WG mtg summary and minutes"));
        QCOMPARE(m.from, QStringLiteral("Terry Gray <gray@cac.washington.edu>"));
        QCOMPARE(m.to, QStringLiteral("imap@cac.washington.edu"));
        QCOMPARE(m.cc, QStringLiteral("minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>"));
        QCOMPARE(m.messageId, QByteArray("<B27397-0100000@cac.washington.edu>"));
        QCOMPARE(m.date, QDateTime(QDate(1996, 7, 17), QTime(9, 23, 25), Qt::UTC));
    }

    void datesAndMessageIds_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QByteArray>("messageId");
        QTest::addColumn<QByteArray>("expectedId");
        const auto at = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        // The common form (parsed directly) and the rest (VMime's parser) must agree.
        QTest::newRow("canonical")
            << QByteArray("Tue, 14 Nov 2023 22:13:20 +0100") << at(2023, 11, 14, 21, 13, 20)
            << QByteArray("<a.b@c.example>") << QByteArray("<a.b@c.example>");
        QTest::newRow("no weekday, no seconds, half-hour zone")
            << QByteArray("4 Jan 2024 22:13 -0230") << at(2024, 1, 5, 0, 43, 0)
            << QByteArray("<x@y>") << QByteArray("<x@y>");
        QTest::newRow("lower-case month, -0000")
            << QByteArray("Mon, 01 jan 2024 00:00:00 -0000") << at(2024, 1, 1, 0, 0, 0)
            << QByteArray("<id-without-at>") << QByteArray("<id-without-at>");
        QTest::newRow("comment after the zone (VMime)")
            << QByteArray("Tue, 14 Nov 2023 22:13:20 +0000 (UTC)") << at(2023, 11, 14, 22, 13, 20)
            << QByteArray(" <a@b> (comment)") << QByteArray("<a@b>");
        QTest::newRow("extra spaces (VMime)")
            << QByteArray("Tue,  14  Nov  2023  22:13:20  +0000") << at(2023, 11, 14, 22, 13, 20)
            << QByteArray("<a@b>") << QByteArray("<a@b>");
    }

    void datesAndMessageIds()
    {
        QFETCH(QByteArray, date);
        QFETCH(QDateTime, utc);
        QFETCH(QByteArray, messageId);
        QFETCH(QByteArray, expectedId);
        const auto quoted = [](const QByteArray &t) -> QByteArray {
            return '"' + t + '"';
        };
        QString error;
        const CachedMessage m =
            envelope("* 1 FETCH (UID 7 ENVELOPE (" + quoted(date) +
                         " NIL NIL NIL NIL NIL NIL NIL NIL " + quoted(messageId) + "))\r\n",
                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.date, utc);
        QCOMPARE(m.date.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());
        QCOMPARE(m.messageId, expectedId);
    }

    void literalsNilGroupsNonAscii()
    {
        QString error;
        const CachedMessage m = envelope(kHard, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.uid, 77u);
        QCOMPARE(m.flags, FlagAnswered | FlagFlagged); // keywords ignored
        QVERIFY(!m.date.isValid());                    // NIL date
        QCOMPARE(m.subject, QStringLiteral("Line \"one\" Grüße"));
        QCOMPARE(m.from, QStringLiteral("Ann \"Q\" \\ Smith <ann@lab.test>"));
        // group "team:" members flattened, group end marker skipped
        QCOMPARE(m.to, QStringLiteral("Jörg <joerg@lab.test>, Zoë <zoe@lab.test>, bob@lab.test"));
        QVERIFY(m.cc.isEmpty());
        QVERIFY(m.messageId.isEmpty());
    }

    void everyChunkSizeGivesTheSameResult()
    {
        const QByteArray stream = "* 2 EXISTS\r\n* OK [UIDVALIDITY 3] UIDs (valid\r\n" +
                                  kRfcExample + kHard + "A1 OK [READ-ONLY] done \"(\r\n+ go\r\n";
        const auto whole = readAll(stream, 1 << 20);
        QCOMPARE(whole.size(), 6);
        QCOMPARE(whole[1].values[0].text, QByteArray("OK"));
        QCOMPARE(whole[1].text, QByteArray("[UIDVALIDITY 3] UIDs (valid"));
        QCOMPARE(whole[4].kind, ImapResponse::Kind::Tagged);
        QCOMPARE(whole[4].tag, QByteArray("A1"));
        QCOMPARE(whole[4].text, QByteArray("[READ-ONLY] done \"("));
        QCOMPARE(whole[5].kind, ImapResponse::Kind::Continuation);
        for (int chunk : {1, 2, 3, 7, 31, 64}) {
            const auto parts = readAll(stream, chunk);
            QCOMPARE(parts.size(), whole.size());
            for (qsizetype i = 0; i < parts.size(); ++i) {
                QCOMPARE(parts[i].values.size(), whole[i].values.size());
                QCOMPARE(parts[i].text, whole[i].text);
            }
            CachedMessage a, b;
            QVERIFY(envelopeFromFetch(parts[3].values[2], &a).isEmpty());
            QVERIFY(envelopeFromFetch(whole[3].values[2], &b).isEmpty());
            QCOMPARE(a.subject, b.subject);
            QCOMPARE(a.to, b.to);
        }
    }

    void bracketsAndNil()
    {
        const auto r = readAll("* 1 FETCH (BODY[HEADER.FIELDS (DATE FROM)]<0> {2}\r\nab "
                               "MODSEQ (12) X nil)\r\n",
                               5);
        QCOMPARE(r.size(), 1);
        const ImapValue &list = r[0].values[2];
        QCOMPARE(list.items.size(), 6);
        QCOMPARE(list.items[0].text, QByteArray("BODY[HEADER.FIELDS (DATE FROM)]<0>"));
        QCOMPARE(list.items[1].text, QByteArray("ab"));
        QVERIFY(list.items[5].isNil());
    }

    void malformedInputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("bare LF") << QByteArray("* 1 EXISTS\n");
        QTest::newRow("bad escape") << QByteArray("* 1 FETCH (X \"a\\nb\")\r\n");
        QTest::newRow("LF in quoted") << QByteArray("* 1 FETCH (X \"a\r\nb\")\r\n");
        QTest::newRow("unclosed list") << QByteArray("* 1 FETCH (UID 5\r\n");
        QTest::newRow("stray close") << QByteArray("* 1 FETCH )\r\n");
        QTest::newRow("huge literal") << QByteArray("* 1 FETCH (X {99999999999}\r\n");
        QTest::newRow("literal no CRLF") << QByteArray("* 1 FETCH (X {3}abc)\r\n");
        QTest::newRow("empty literal len") << QByteArray("* 1 FETCH (X {}\r\n)\r\n");
        QTest::newRow("tag without status") << QByteArray("A1 FETCH done\r\n");
        QTest::newRow("no space after tag") << QByteArray("A1\r\n");
        QTest::newRow("control byte") << QByteArray("* 1 FETCH (X a\x01b)\r\n");
        QTest::newRow("deep nesting") << QByteArray("* 1 X " + QByteArray(100, '(') + ")\r\n");
        QTest::newRow("8-bit atom") << QByteArray("* 1 FETCH (X \xc3\xa9)\r\n");
        QTest::newRow("no separator") << QByteArray("* 1 FETCH (X \"a\"\"b\")\r\n");
    }

    void malformedInputIsAnError()
    {
        QFETCH(QByteArray, input);
        QString error;
        readAll(input, 1 << 20, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(QLatin1String("Malformed IMAP response")));
        // The reader stays failed: the stream position is unknown.
        ImapResponseReader reader;
        reader.feed(input);
        ImapResponse r;
        QCOMPARE(reader.next(&r), ImapResponseReader::Status::Error);
        reader.feed("* 1 EXISTS\r\n");
        QCOMPARE(reader.next(&r), ImapResponseReader::Status::Error);
    }

    void wrongEnvelopeShapeIsAnError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("9 fields") << QByteArray(
            "* 1 FETCH (UID 1 ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
        QTest::newRow("3-part address")
            << QByteArray("* 1 FETCH (UID 1 ENVELOPE (NIL NIL ((NIL \"a\" \"b\")) NIL NIL NIL NIL "
                          "NIL NIL NIL))\r\n");
        QTest::newRow("atom subject") << QByteArray(
            "* 1 FETCH (UID 1 ENVELOPE (NIL Subj NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
        QTest::newRow("no UID") << QByteArray("* 1 FETCH (FLAGS ())\r\n");
        QTest::newRow("UID zero") << QByteArray("* 1 FETCH (UID 0)\r\n");
        QTest::newRow("UID too big") << QByteArray("* 1 FETCH (UID 4294967296)\r\n");
        QTest::newRow("odd items") << QByteArray("* 1 FETCH (UID 1 FLAGS)\r\n");
        QTest::newRow("flags atom") << QByteArray("* 1 FETCH (UID 1 FLAGS \\Seen)\r\n");
        QTest::newRow("size text") << QByteArray("* 1 FETCH (UID 1 RFC822.SIZE \"12\")\r\n");
    }

    void wrongEnvelopeShapeIsAnError()
    {
        QFETCH(QByteArray, input);
        QString error;
        envelope(input, &error);
        QVERIFY(!error.isEmpty());
    }

    void everyTruncationNeedsMore()
    {
        // Any prefix of a valid stream gives whole responses and then NeedMore, never Error.
        const QByteArray stream = kRfcExample + kHard + "A1 OK done\r\n";
        for (qsizetype n = 0; n <= stream.size(); ++n) {
            QString error;
            const auto r = readAll(stream.left(n), 1 << 20, &error);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("at %1: %2").arg(n).arg(error)));
            QVERIFY(r.size() <= 3);
        }
    }

    void randomMutationsDoNotCrash()
    {
        // Fuzz-ish: random truncations, byte flips, insertions and deletions of a valid stream,
        // fed in random chunk sizes. Outcomes may be anything but a crash or an ASan report.
        const QByteArray stream = kRfcExample + kHard + "A1 OK done\r\n";
        QRandomGenerator rng(6); // fixed seed: reproducible
        const char alphabet[] = "(){}\"\\\r\n 0123456789+*NIL[]<>";
        for (int round = 0; round < 20000; ++round) {
            QByteArray input = stream.left(rng.bounded(stream.size() + 1));
            const int edits = rng.bounded(1, 5);
            for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                const int at = rng.bounded(int(input.size()));
                const char c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
                switch (rng.bounded(3)) {
                case 0:
                    input[at] = c;
                    break;
                case 1:
                    input.insert(at, c);
                    break;
                default:
                    input.remove(at, 1);
                }
            }
            const auto responses = readAll(input, rng.bounded(1, 64));
            for (const ImapResponse &r : responses) {
                CachedMessage m;
                if (r.values.size() == 3)
                    envelopeFromFetch(r.values[2], &m);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImapResponse)
#include "tst_imapresponse.moc"
