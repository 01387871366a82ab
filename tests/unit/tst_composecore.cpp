// SPDX-License-Identifier: GPL-3.0-or-later
// The compose logic without widgets: mailto: parsing (RFC 6068), reply/forward subjects,
// quoting and threading headers, the recipient history and the local draft store.
#include "compose/draftstore.h"
#include "compose/mailtourl.h"
#include "compose/recipienthistory.h"
#include "compose/replybuilder.h"
#include "mime/mimebuilder.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mailwright;

class TestComposeCore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mailtoFields()
    {
        const MailtoRequest r = MailtoRequest::parse(QStringLiteral(
            "mailto:a@b.test,%22Doe,%20Jane%22%20%3Cj@x.test%3E?subject=Hello%20W%C3%B6rld%2B1"
            "&to=c@d.test&cc=e@f.test&bcc=g@h.test&body=line1%0D%0Aline2+plus"));
        QVERIFY(r.valid);
        QCOMPARE(r.to, (QStringList{QStringLiteral("a@b.test"),
                                    QStringLiteral("\"Doe, Jane\" <j@x.test>"),
                                    QStringLiteral("c@d.test")}));
        QCOMPARE(r.cc, QStringList{QStringLiteral("e@f.test")});
        QCOMPARE(r.bcc, QStringList{QStringLiteral("g@h.test")});
        QCOMPARE(r.subject, QStringLiteral("Hello Wörld+1"));
        // '+' stays a plus (RFC 6068 §2), CRLF becomes the editor's LF.
        QCOMPARE(r.body, QStringLiteral("line1\nline2+plus"));
        QVERIFY(r.ignoredFields.isEmpty());
    }

    void mailtoIgnoresDangerousFields()
    {
        const MailtoRequest r = MailtoRequest::parse(QStringLiteral(
            "MAILTO:x@y.test?From=evil@z.test&reply-to=evil@z.test&attach=/etc/passwd"
            "&X-Header=1&subject=a%0D%0ABcc:%20evil@z.test&in-reply-to=%3Cid@h%3E"));
        QVERIFY(r.valid);
        QCOMPARE(r.to, QStringList{QStringLiteral("x@y.test")});
        QCOMPARE(r.ignoredFields,
                 (QStringList{QStringLiteral("from"), QStringLiteral("reply-to"),
                              QStringLiteral("attach"), QStringLiteral("x-header")}));
        // A header line break in the subject cannot smuggle a Bcc in.
        QVERIFY(!r.subject.contains(u'\n') && !r.subject.contains(u'\r'));
        QCOMPARE(r.inReplyTo, QByteArray("<id@h>"));
        QVERIFY(r.bcc.isEmpty());
        QVERIFY(!MailtoRequest::parse(QStringLiteral("http://x")).valid);
    }

    void replySubjects_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("forward");
        QTest::newRow("plain") << "Hello"
                               << "Re: Hello"
                               << "Fwd: Hello";
        QTest::newRow("re") << "Re: Hello"
                            << "Re: Hello"
                            << "Fwd: Re: Hello";
        QTest::newRow("re re") << "Re: Re: Hello"
                               << "Re: Hello"
                               << "Fwd: Re: Re: Hello";
        QTest::newRow("RE AW") << "RE: AW: Hello"
                               << "Re: Hello"
                               << "Fwd: RE: AW: Hello";
        QTest::newRow("counter") << "Re[2]: Hello"
                                 << "Re: Hello"
                                 << "Fwd: Re[2]: Hello";
        QTest::newRow("fwd") << "Fwd: Hello"
                             << "Re: Fwd: Hello"
                             << "Fwd: Hello";
        QTest::newRow("fw fwd") << "Fw: FWD: Hello"
                                << "Re: Fw: FWD: Hello"
                                << "Fwd: Hello";
        QTest::newRow("empty") << ""
                               << "Re: "
                               << "Fwd: ";
        QTest::newRow("word") << "Reply needed"
                              << "Re: Reply needed"
                              << "Fwd: Reply needed";
    }

    void replySubjects()
    {
        QFETCH(QString, in);
        QFETCH(QString, reply);
        QFETCH(QString, forward);
        QCOMPARE(ReplyBuilder::replySubject(in).trimmed(), reply.trimmed());
        QCOMPARE(ReplyBuilder::forwardSubject(in).trimmed(), forward.trimmed());
    }

    void replyAllQuotesAndThreads()
    {
        MessageDraft d;
        d.from = {QStringLiteral("Bob"), QStringLiteral("bob@lab.test")};
        d.to = {{QStringLiteral("Alice"), QStringLiteral("alice@lab.test")},
                {QString(), QStringLiteral("dave@lab.test")}};
        d.cc = {{QString(), QStringLiteral("carol@lab.test")},
                {QString(), QStringLiteral("ALICE@lab.test")}};
        d.subject = QStringLiteral("Re: Plans");
        d.textBody = QStringLiteral("Line one\n> earlier\n\nLast");
        d.messageId = "<m2@lab.test>";
        d.inReplyTo = "<m1@lab.test>";
        d.references = {"<m0@lab.test>", "<m1@lab.test>"};
        d.date = QDateTime(QDate(2024, 5, 6), QTime(7, 8), QTimeZone(7200));
        const BuildResult built = MimeBuilder::build(d);
        QVERIFY2(!built.error.isError(), qPrintable(built.error.technicalDetail));
        const ReadMessage original = MessageReader::read(built.bytes);
        QCOMPARE(original.references, d.references);

        const ReplySeed all =
            ReplyBuilder::build(original, ReplyMode::ReplyAll, {QStringLiteral("alice@lab.test")});
        QCOMPARE(all.draft.subject, QStringLiteral("Re: Plans"));
        QCOMPARE(all.draft.inReplyTo, QByteArray("<m2@lab.test>"));
        QCOMPARE(all.draft.references,
                 (QList<QByteArray>{"<m0@lab.test>", "<m1@lab.test>", "<m2@lab.test>"}));
        QCOMPARE(all.draft.to.size(), 1);
        QCOMPARE(all.draft.to.first().address, QStringLiteral("bob@lab.test"));
        QStringList cc;
        for (const Mailbox &m : all.draft.cc)
            cc << m.address;
        // Alice (the user, in any case) is left out; nobody appears twice.
        QCOMPARE(cc,
                 (QStringList{QStringLiteral("dave@lab.test"), QStringLiteral("carol@lab.test")}));
        QCOMPARE(all.draft.textBody,
                 QStringLiteral("On 2024-05-06 07:08, Bob wrote:\n> Line one\n>> earlier\n>\n> "
                                "Last\n\n"));

        const ReplySeed one =
            ReplyBuilder::build(original, ReplyMode::Reply, {QStringLiteral("alice@lab.test")});
        QVERIFY(one.draft.cc.isEmpty());
        QCOMPARE(one.draft.to.size(), 1);

        const ReplySeed fwd = ReplyBuilder::build(original, ReplyMode::Forward, {});
        QCOMPARE(fwd.draft.subject, QStringLiteral("Fwd: Re: Plans"));
        QVERIFY(fwd.draft.to.isEmpty());
        QVERIFY(fwd.draft.inReplyTo.isEmpty());
        QVERIFY(fwd.draft.textBody.contains(QStringLiteral("Line one\n> earlier")));
    }

    void replyGoesToReplyTo()
    {
        MessageDraft d;
        d.from = {QStringLiteral("List"), QStringLiteral("list@lab.test")};
        d.replyTo = {{QString(), QStringLiteral("answers@lab.test")}};
        d.to = {{QString(), QStringLiteral("alice@lab.test")}};
        d.subject = QStringLiteral("AW: x");
        d.textBody = QStringLiteral("x");
        const ReadMessage original = MessageReader::read(MimeBuilder::build(d).bytes);
        const ReplySeed seed = ReplyBuilder::build(original, ReplyMode::Reply, {});
        QCOMPARE(seed.draft.to.value(0).address, QStringLiteral("answers@lab.test"));
        QCOMPARE(seed.draft.subject, QStringLiteral("Re: x"));
        // No References in the original: just its Message-ID.
        QCOMPARE(seed.draft.references, QList<QByteArray>{original.messageId});
    }

    void recipientHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        {
            RecipientHistory h(path);
            QVERIFY(!h.load());
            QSignalSpy changed(&h, &RecipientHistory::changed);
            QVERIFY(!h.record({{QStringLiteral("Doe, Jane"), QStringLiteral("jane@x.test")},
                               {QString(), QStringLiteral("bob@x.test")}}));
            QVERIFY(!h.record({{QString(), QStringLiteral("BOB@x.test")}}));
            QCOMPARE(changed.count(), 2);
        }
        RecipientHistory h(path);
        QVERIFY(!h.load());
        const QStringList c = h.completions();
        QCOMPARE(c, (QStringList{QStringLiteral("bob@x.test"),
                                 QStringLiteral("\"Doe, Jane\" <jane@x.test>")}));
        // What completion inserts parses back to the same mailbox.
        const ParseResult back = AddressParser::parseList(c.join(QStringLiteral(", ")));
        QVERIFY(back.isValid());
        QCOMPARE(back.mailboxes.value(1).displayName, QStringLiteral("Doe, Jane"));
        h.setExtraAddresses({{QStringLiteral("Cached"), QStringLiteral("c@x.test")},
                             {QString(), QStringLiteral("bob@x.test")}});
        QCOMPARE(h.completions().size(), 3);
    }

    void draftStore()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("drafts")));
        StoredDraft d;
        d.account = QStringLiteral("Demo");
        d.to = QStringLiteral("bad@");
        d.subject = QStringLiteral("Sübject");
        d.textBody = QStringLiteral("body\nline");
        d.references = {"<a@b>"};
        QVERIFY(!store.save(&d));
        QVERIFY(!d.id.isEmpty());
        StoredDraft back;
        QVERIFY(!store.load(d.id, &back));
        QCOMPARE(back.to, d.to);
        QCOMPARE(back.subject, d.subject);
        QCOMPARE(back.textBody, d.textBody);
        QCOMPARE(back.references, d.references);
        QCOMPARE(store.list().size(), 1);
        QVERIFY(store.load(QStringLiteral("../../etc/passwd"), &back).isError());
        QVERIFY(!store.remove(d.id));
        QVERIFY(store.list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComposeCore)
#include "tst_composecore.moc"
