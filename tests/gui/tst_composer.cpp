// SPDX-License-Identifier: GPL-3.0-or-later
// The composer offscreen, without a server: validation, size warning, signatures, Ctrl+Enter,
// undo countdown, drafts, drag-and-drop, mailto:, reply.
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "compose/draftstore.h"
#include "compose/recipienthistory.h"
#include "mime/mimebuilder.h"
#include "settings/accountrepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUrl>

using namespace mailwright;

namespace {

Account account(const QString &name, const QString &address, qint64 sizeLimit = 0)
{
    Account a;
    a.name = name;
    a.identities = {
        Identity{QStringLiteral("Alice"), address, QString(), QStringLiteral("Alice\nLab")},
        Identity{QStringLiteral("Alice Work"), QStringLiteral("work-") + address, QString(),
                 QStringLiteral("Work signature")}};
    a.smtp = {Protocol::Smtp, QStringLiteral("127.0.0.1"), 587, Security::StartTls};
    a.smtpSizeLimit = sizeLimit;
    return a;
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<IniAccountRepository> m_repo;
    std::unique_ptr<ComposeController> m_compose;

    ComposerWindow *open()
    {
        ComposerWindow *c = m_compose->newMessage(QStringLiteral("Demo"));
        c->setUndoDelaySeconds(0);
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_repo = std::make_unique<IniAccountRepository>(m_dir.filePath(QStringLiteral("config")));
        QVERIFY(!m_repo->add(
            account(QStringLiteral("Demo"), QStringLiteral("alice@lab.test"), 200000)));
        QVERIFY(!m_repo->add(account(QStringLiteral("Other"), QStringLiteral("al@other.test"))));
        m_compose = std::make_unique<ComposeController>(m_repo.get(),
                                                        m_dir.filePath(QStringLiteral("data")));
    }

    void cleanup()
    {
        for (ComposerWindow *c : m_compose->composers()) {
            c->discard();
        }
        QTRY_VERIFY(m_compose->composers().isEmpty());
    }

    void invalidAddressBlocksSendWithReason()
    {
        ComposerWindow *c = open();
        QSignalSpy submitted(c, &ComposerWindow::submitRequested);
        c->setTo(QStringLiteral("bob@lab.test, carol@@lab.test"));
        c->setSubject(QStringLiteral("x"));
        QVERIFY(!c->send());
        QCOMPARE(submitted.count(), 0);
        const QString problem = c->problemText();
        QVERIFY2(problem.contains(QStringLiteral("carol@@lab.test")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("To")), qPrintable(problem));
        auto *to = c->findChild<QLineEdit *>(QStringLiteral("toField"));
        QVERIFY(to->property("invalid").toBool());
        QVERIFY(to->toolTip().contains(QStringLiteral("carol@@lab.test")));
        // Fixing the address clears the mark at once.
        c->setTo(QStringLiteral("bob@lab.test, carol@lab.test"));
        QVERIFY(!to->property("invalid").toBool());
        QVERIFY(c->send());
        QCOMPARE(submitted.count(), 1);
    }

    void noRecipientBlocksSend()
    {
        ComposerWindow *c = open();
        QVERIFY(!c->send());
        QVERIFY(c->problemText().contains(QStringLiteral("recipient")));
    }

    void oversizeAttachmentWarnsBeforeSending()
    {
        ComposerWindow *c = open();
        auto *warning = c->findChild<QLabel *>(QStringLiteral("sizeWarning"));
        QVERIFY(warning && warning->isHidden());
        QFile big(m_dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(160000, 'x')); // 160 kB raw, ~216 kB as base64 > 200000
        big.close();
        QVERIFY(c->addAttachments({big.fileName()}).isEmpty());
        QVERIFY(c->isOverSizeLimit());
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("200")));
        c->setTo(QStringLiteral("bob@lab.test"));
        QSignalSpy submitted(c, &ComposerWindow::submitRequested);
        QVERIFY(!c->send());
        QCOMPARE(submitted.count(), 0);
        // The other account's server has no known limit: no warning.
        QVERIFY(c->selectIdentity(QStringLiteral("Other")));
        QVERIFY(warning->isHidden());
    }

    void identitySwitchSwapsSignature()
    {
        ComposerWindow *c = open();
        QVERIFY(c->bodyText().endsWith(QStringLiteral("-- \nAlice\nLab")));
        c->setBody(QStringLiteral("Hello"));
        QCOMPARE(c->bodyText(), QStringLiteral("Hello\n\n-- \nAlice\nLab"));
        QVERIFY(c->selectIdentity(QStringLiteral("Demo"), QStringLiteral("work-alice@lab.test")));
        QCOMPARE(c->bodyText(), QStringLiteral("Hello\n\n-- \nWork signature"));
        QVERIFY(c->selectIdentity(QStringLiteral("Demo"), QStringLiteral("alice@lab.test")));
        QCOMPARE(c->bodyText(), QStringLiteral("Hello\n\n-- \nAlice\nLab"));
    }

    void ctrlEnterSendsAfterCountdownAndUndoKeepsIt()
    {
        ComposerWindow *c = open();
        c->setUndoDelaySeconds(1);
        c->setTo(QStringLiteral("bob@lab.test"));
        c->setSubject(QStringLiteral("keys"));
        QSignalSpy submitted(c, &ComposerWindow::submitRequested);
        c->show();
        QVERIFY(QTest::qWaitForWindowExposed(c));
        auto *editor = c->findChild<QTextEdit *>(QStringLiteral("bodyEditor"));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(c->isCountingDown());
        auto *label = c->findChild<QLabel *>(QStringLiteral("countdownLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u'1'), qPrintable(label->text()));
        // Undo: nothing is submitted, the text stays editable.
        QTest::mouseClick(c->findChild<QPushButton *>(QStringLiteral("undoButton")),
                          Qt::LeftButton);
        QVERIFY(!c->isCountingDown());
        QTest::qWait(1300);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(!editor->isReadOnly());
        // Again, this time let it run out.
        QTest::keyClick(editor, Qt::Key_Enter, Qt::ControlModifier);
        QVERIFY(c->isCountingDown());
        QVERIFY(submitted.wait(3000));
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("Demo"));
        const auto draft = submitted.at(0).at(1).value<MessageDraft>();
        QCOMPARE(draft.to.value(0).address, QStringLiteral("bob@lab.test"));
        QCOMPARE(draft.subject, QStringLiteral("keys"));
    }

    void dropAddsAttachmentsWithSizes()
    {
        ComposerWindow *c = open();
        c->show();
        QVERIFY(QTest::qWaitForWindowExposed(c));
        QFile f(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1500, 'n'));
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(c, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(c, &drop);
        auto *list = c->findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("notes.txt")) &&
                     list->item(0)->text().contains(QStringLiteral("1.5")),
                 qPrintable(list->item(0)->text()));
    }

    void closingWithTextSavesADraft()
    {
        QPointer<ComposerWindow> c = open();
        c->setTo(QStringLiteral("half-typed@"));
        c->setBody(QStringLiteral("Thoughts I must not lose"));
        QVERIFY(c->isModified());
        QSignalSpy closed(c.data(), &ComposerWindow::closedWithDraft);
        c->close();
        QCOMPARE(closed.count(), 1);
        const QString id = closed.at(0).at(0).toString();
        StoredDraft d;
        QVERIFY(!m_compose->drafts()->load(id, &d));
        QVERIFY(d.textBody.startsWith(QStringLiteral("Thoughts I must not lose")));
        QCOMPARE(d.to, QStringLiteral("half-typed@"));
        // Reopening shows it as it was, and sending it later deletes the draft.
        ComposerWindow *again = m_compose->openDraft(id);
        QVERIFY(again);
        QCOMPARE(again->bodyText(), d.textBody);
        QVERIFY(!m_compose->drafts()->remove(id));
    }

    void autosaveWritesDraftWhileTyping()
    {
        ComposerWindow *c = open();
        c->setSubject(QStringLiteral("autosaved"));
        QTRY_VERIFY_WITH_TIMEOUT(!c->draftId().isEmpty(), 5000);
        StoredDraft d;
        QVERIFY(!m_compose->drafts()->load(c->draftId(), &d));
        QCOMPARE(d.subject, QStringLiteral("autosaved"));
    }

    void mailtoOpensPrefilledComposer()
    {
        ComposerWindow *c = m_compose->openMailto(QStringLiteral(
            "mailto:bob@lab.test?cc=carol@lab.test&subject=Hi%20there&body=Line%201%0D%0ALine%202"
            "&from=evil@x.test"));
        QVERIFY(c);
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("toField"))->text(),
                 QStringLiteral("bob@lab.test"));
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("ccField"))->text(),
                 QStringLiteral("carol@lab.test"));
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("subjectField"))->text(),
                 QStringLiteral("Hi there"));
        QVERIFY(c->bodyText().startsWith(QStringLiteral("Line 1\nLine 2")));
        MessageDraft d;
        QString problem;
        QVERIFY2(c->buildDraft(&d, &problem), qPrintable(problem));
        QCOMPARE(d.from.address, QStringLiteral("alice@lab.test")); // never the link's From
    }

    void replyFillsQuoteAndThreading()
    {
        MessageDraft o;
        o.from = {QStringLiteral("Bob"), QStringLiteral("bob@lab.test")};
        o.to = {{QString(), QStringLiteral("alice@lab.test")},
                {QString(), QStringLiteral("carol@lab.test")}};
        o.subject = QStringLiteral("Re: Lunch");
        o.textBody = QStringLiteral("Noon?");
        o.messageId = "<lunch2@lab.test>";
        o.references = {"<lunch1@lab.test>"};
        const QByteArray raw = MimeBuilder::build(o).bytes;
        ComposerWindow *c = m_compose->respond(QStringLiteral("Demo"), raw, ReplyMode::ReplyAll);
        QVERIFY(c);
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("subjectField"))->text(),
                 QStringLiteral("Re: Lunch"));
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("toField"))->text(),
                 QStringLiteral("Bob <bob@lab.test>"));
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("ccField"))->text(),
                 QStringLiteral("carol@lab.test"));
        QVERIFY(c->bodyText().contains(QStringLiteral(", Bob wrote:\n> Noon?")));
        MessageDraft d;
        QString problem;
        QVERIFY2(c->buildDraft(&d, &problem), qPrintable(problem));
        QCOMPARE(d.inReplyTo, QByteArray("<lunch2@lab.test>"));
        QCOMPARE(d.references, (QList<QByteArray>{"<lunch1@lab.test>", "<lunch2@lab.test>"}));
    }

    void completionComesFromSentHistory()
    {
        QVERIFY(!m_compose->history()->record(
            {{QStringLiteral("Zed Zulu"), QStringLiteral("zed@lab.test")}}));
        ComposerWindow *c = open();
        c->show();
        QVERIFY(QTest::qWaitForWindowExposed(c));
        auto *to = c->findChild<QLineEdit *>(QStringLiteral("toField"));
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("bob@lab.test, zul"));
        QCompleter *completer = to->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Zed Zulu <zed@lab.test>"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(to->text(), QStringLiteral("bob@lab.test, Zed Zulu <zed@lab.test>, "));
        QVERIFY(AddressParser::parseList(to->text()).isValid());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
