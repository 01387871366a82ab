// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/emailaddress.h"

#include <QTest>

using namespace mailwright;

class TestAddressParser : public QObject
{
    Q_OBJECT
private slots:
    void goodLists_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("addresses");

        QTest::newRow("quoted name with comma")
            << QStringLiteral("\"Doe, Jane\" <j@x.org>") << QStringList{QStringLiteral("Doe, Jane")}
            << QStringList{QStringLiteral("j@x.org")};
        QTest::newRow("atom name")
            << QStringLiteral("Jane Doe <j@x>") << QStringList{QStringLiteral("Jane Doe")}
            << QStringList{QStringLiteral("j@x")};
        QTest::newRow("bare") << QStringLiteral("j@x") << QStringList{QString()}
                              << QStringList{QStringLiteral("j@x")};
        QTest::newRow("bare in brackets") << QStringLiteral("<j@x.org>") << QStringList{QString()}
                                          << QStringList{QStringLiteral("j@x.org")};
        QTest::newRow("comma and semicolon separators")
            << QStringLiteral("a@x.org, B <b@y.org>; c@z.org")
            << QStringList{QString(), QStringLiteral("B"), QString()}
            << QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@y.org"),
                           QStringLiteral("c@z.org")};
        QTest::newRow("group expanded")
            << QStringLiteral("Team: a@x.org, Bob <b@y.org>; c@z.org")
            << QStringList{QString(), QStringLiteral("Bob"), QString()}
            << QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@y.org"),
                           QStringLiteral("c@z.org")};
        QTest::newRow("empty group")
            << QStringLiteral("Undisclosed recipients:;") << QStringList{} << QStringList{};
        QTest::newRow("comment as name (old style)")
            << QStringLiteral("j@x.org (Jane Doe)") << QStringList{QStringLiteral("Jane Doe")}
            << QStringList{QStringLiteral("j@x.org")};
        QTest::newRow("comments everywhere (RFC 5322 A.5)")
            << QStringLiteral("Pete(A wonderful \\) chap) <pete(his account)@silly.test(his host)>")
            << QStringList{QStringLiteral("Pete")}
            << QStringList{QStringLiteral("pete@silly.test")};
        QTest::newRow("quoted local part needing quotes")
            << QStringLiteral("\"john doe\"@example.org") << QStringList{QString()}
            << QStringList{QStringLiteral("\"john doe\"@example.org")};
        QTest::newRow("quoted local part not needing quotes")
            << QStringLiteral("\"john.doe\"@example.org") << QStringList{QString()}
            << QStringList{QStringLiteral("john.doe@example.org")};
        QTest::newRow("comma inside quoted local part")
            << QStringLiteral("\"a,b\"@x.org, c@y.org") << QStringList{QString(), QString()}
            << QStringList{QStringLiteral("\"a,b\"@x.org"), QStringLiteral("c@y.org")};
        QTest::newRow("non-ASCII display name")
            << QStringLiteral("Jörg Müller <jm@x.de>") << QStringList{QStringLiteral("Jörg Müller")}
            << QStringList{QStringLiteral("jm@x.de")};
        QTest::newRow("plus and specials in local part")
            << QStringLiteral("a+tag!#$%&'*/=?^_`{|}~-@x.org") << QStringList{QString()}
            << QStringList{QStringLiteral("a+tag!#$%&'*/=?^_`{|}~-@x.org")};
        QTest::newRow("IPv4 literal") << QStringLiteral("u@[192.0.2.1]") << QStringList{QString()}
                                      << QStringList{QStringLiteral("u@[192.0.2.1]")};
        QTest::newRow("IPv6 literal")
            << QStringLiteral("u@[IPv6:2001:db8::1]") << QStringList{QString()}
            << QStringList{QStringLiteral("u@[IPv6:2001:db8::1]")};
        QTest::newRow("trailing separator") << QStringLiteral("a@x.org, ") << QStringList{QString()}
                                            << QStringList{QStringLiteral("a@x.org")};
        QTest::newRow("escaped quote in name") << QStringLiteral("\"The \\\"Boss\\\"\" <b@x.org>")
                                               << QStringList{QStringLiteral("The \"Boss\"")}
                                               << QStringList{QStringLiteral("b@x.org")};
    }

    void goodLists()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, names);
        QFETCH(QStringList, addresses);
        const ParseResult r = AddressParser::parseList(input);
        QVERIFY2(r.isValid(), r.problems.isEmpty() ? "" : qPrintable(r.problems.first().reason));
        QCOMPARE(r.mailboxes.size(), addresses.size());
        for (int i = 0; i < addresses.size(); ++i) {
            QCOMPARE(r.mailboxes.at(i).displayName, names.at(i));
            QCOMPARE(r.mailboxes.at(i).address, addresses.at(i));
        }
    }

    void badTokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("missing @") << QStringLiteral("jane.example.org") << QStringLiteral("no @");
        QTest::newRow("empty local part")
            << QStringLiteral("@example.org") << QStringLiteral("before the @ is empty");
        QTest::newRow("missing domain") << QStringLiteral("jane@") << QStringLiteral("domain");
        QTest::newRow("bad label underscore")
            << QStringLiteral("j@ex_ample.org") << QStringLiteral("ex_ample");
        QTest::newRow("label with leading hyphen")
            << QStringLiteral("j@-x.org") << QStringLiteral("hyphen");
        QTest::newRow("label too long")
            << (QStringLiteral("j@") + QString(64, u'a') + QStringLiteral(".org"))
            << QStringLiteral("63");
        QTest::newRow("empty label") << QStringLiteral("j@x..org") << QStringLiteral("empty label");
        QTest::newRow("unbalanced quote")
            << QStringLiteral("\"Jane <j@x.org>") << QStringLiteral("quotation mark");
        QTest::newRow("unbalanced angle open")
            << QStringLiteral("Jane <j@x.org") << QStringLiteral("angle brackets");
        QTest::newRow("unbalanced angle close")
            << QStringLiteral("Jane j@x.org>") << QStringLiteral("angle brackets");
        QTest::newRow("unbalanced comment")
            << QStringLiteral("j@x.org (Jane") << QStringLiteral("parenthesis");
        QTest::newRow("space without brackets")
            << QStringLiteral("Jane j@x.org") << QStringLiteral("space");
        QTest::newRow("double dot local")
            << QStringLiteral("a..b@x.org") << QStringLiteral("two dots");
        QTest::newRow("leading dot local")
            << QStringLiteral(".a@x.org") << QStringLiteral("start or end with a dot");
        QTest::newRow("unquoted special") << QStringLiteral("a[b@x.org") << QStringLiteral("\"[\"");
        QTest::newRow("text after bracket")
            << QStringLiteral("Jane <j@x.org> extra") << QStringLiteral("after the closing");
        QTest::newRow("local part too long")
            << (QString(65, u'a') + QStringLiteral("@x.org")) << QStringLiteral("64");
        QTest::newRow("bad literal")
            << QStringLiteral("u@[999.1.1.1]") << QStringLiteral("not an IP address");
        QTest::newRow("LF injection")
            << QStringLiteral("j@x.org\nBcc: evil@y.org") << QStringLiteral("line break");
        QTest::newRow("CR injection in name")
            << QStringLiteral("\"Jane\rBcc: e@y\" <j@x.org>") << QStringLiteral("line break");
        QTest::newRow("NUL") << (QStringLiteral("j@x.org") + QChar(0)) << QStringLiteral("NUL");
    }

    void badTokens()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonContains);
        const ParseResult r = AddressParser::parseList(input);
        QVERIFY(!r.isValid());
        QVERIFY2(r.problems.first().reason.contains(reasonContains, Qt::CaseInsensitive),
                 qPrintable(r.problems.first().reason));
        for (const Mailbox &m : r.mailboxes)
            QVERIFY(!AddressParser::containsLineBreakOrNul(m.address + m.displayName));
    }

    void problemsArePerToken()
    {
        const ParseResult r =
            AddressParser::parseList(QStringLiteral("good@x.org, bad.example.org; Ok <ok@y.org>"));
        QCOMPARE(r.mailboxes.size(), 2);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().input, QStringLiteral("bad.example.org"));
    }

    void injectionBetweenTokensRefused()
    {
        // Each token alone is fine; the LF sits between them.
        const ParseResult r = AddressParser::parseList(QStringLiteral("a@x.org,\nb@y.org"));
        QVERIFY(!r.isValid());
    }

    void parseMailboxWantsExactlyOne()
    {
        QVERIFY(AddressParser::parseMailbox(QStringLiteral("a@x.org")).isValid());
        QVERIFY(!AddressParser::parseMailbox(QStringLiteral("a@x.org, b@y.org")).isValid());
        QVERIFY(!AddressParser::parseMailbox(QString()).isValid());
    }

    void idnToALabel()
    {
        const ParseResult r = AddressParser::parseList(QStringLiteral("Jörg <joerg@bücher.de>"));
        QVERIFY(r.isValid());
        const Mailbox m = r.mailboxes.first();
        QCOMPARE(m.address, QStringLiteral("joerg@bücher.de")); // kept for display
        QCOMPARE(m.aceDomain(), QByteArray("xn--bcher-kva.de"));
        QCOMPARE(m.wireAddress(), QByteArray("joerg@xn--bcher-kva.de"));
        QVERIFY(!needsSmtpUtf8(m)); // a non-ASCII domain alone does not need SMTPUTF8

        const ParseResult jp = AddressParser::parseList(QStringLiteral("u@例え.テスト"));
        QVERIFY(jp.isValid());
        QCOMPARE(jp.mailboxes.first().wireAddress(), QByteArray("u@xn--r8jz45g.xn--zckzah"));
        // IDNA2008 (non-transitional): ß stays ß and is not folded to "ss".
        const ParseResult sz = AddressParser::parseList(QStringLiteral("u@straße.de"));
        QCOMPARE(sz.mailboxes.first().wireAddress(), QByteArray("u@xn--strae-oqa.de"));
    }

    void nonAsciiLocalPartNeedsSmtpUtf8()
    {
        const ParseResult r = AddressParser::parseList(QStringLiteral("jörg@example.org, a@b.org"));
        QVERIFY(r.isValid());
        QVERIFY(needsSmtpUtf8(r.mailboxes.first()));
        QVERIFY(!needsSmtpUtf8(r.mailboxes.last()));
        QVERIFY(needsSmtpUtf8(r.mailboxes));
        QVERIFY(!needsSmtpUtf8(QList<Mailbox>{r.mailboxes.last()}));
        QCOMPARE(r.mailboxes.first().wireAddress(), QStringLiteral("jörg@example.org").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestAddressParser)
#include "tst_addressparser.moc"
