// SPDX-License-Identifier: GPL-3.0-or-later
// Receiving asks for the password (issue 5, GUI item 4) through the whole GUI stack — MainWindow,
// MailController with one StoreWorker per account, MailWiring, SendWiring and the shared
// PasswordRequests — against the mail lab: no stored password and a refused one each bring up
// the PasswordPromptDialog and the sync completes once the lab's password is typed; send and
// receive failing at the same moment bring up ONE prompt; Cancel leaves the account waiting,
// with "Enter password…" in its menu; an edited IMAP port takes effect without a restart, and a
// removed account's worker stops. Passwords are "for this session only" (MemorySecretStore) as
// in tst_sendlab; the layered store reads them as app/main.cpp does.
#include "accounts/passwordprompt.h"
#include "accounts/passwordrequests.h"
#include "cache/mailcache.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "guistack.h"
#include "labaccount.h"
#include "labenv.h"
#include "mail/mailcontroller.h"
#include "mail/messagelistmodel.h"
#include "main/mailwiring.h"
#include "main/mainwindow.h"
#include "main/sendwiring.h"
#include "main/uisettings.h"
#include "outbox/outboxview.h"
#include "secrets/layeredsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"
#include "sync/imapsession.h"
#include "sync/storeworker.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace mailwright;

namespace {
const QString accountName = QStringLiteral("Lab");
}

class TestRecvPassword : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;

    QString lab(const char *name) const { return m_lab.value(QString::fromLatin1(name)); }

    Account labAccount(quint16 imapPort) const
    {
        return test::labImapAccount(m_lab, accountName, 2, imapPort);
    }

    quint16 imapsPort() const { return m_lab.port(QStringLiteral("IMAPS_PORT")); }

    std::unique_ptr<test::GuiStack> makeStack(quint16 imapPort, const QString &password)
    {
        return test::makeGuiStack(labAccount(imapPort), password, true);
    }

    static QString token()
    {
        return QStringLiteral("recv-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    /// Puts a message with \a subject into bob's INBOX directly (IMAP APPEND).
    bool appendToInbox(const QString &subject)
    {
        const auto imap = test::openLabImap(m_lab, lab("USER2"), lab("PASS2"));
        if (!imap)
            return false;
        const QByteArray raw =
            "From: Carol <" + lab("USER3").toUtf8() + ">\r\nTo: <" + lab("USER2").toUtf8() +
            ">\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: <" + subject.toUtf8() +
            "@lab.test>\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\nHello\r\n";
        if (MailError e = imap->appendMessage(QStringLiteral("INBOX"), raw)) {
            qWarning() << e;
            return false;
        }
        return true;
    }

    /// True once the cache of \a s holds a message with \a subject in the account's INBOX.
    static bool cached(test::GuiStack *s, const QString &subject)
    {
        MailCache cache(s->cachePath);
        const auto folder = cache.folder(accountName, QStringLiteral("INBOX"));
        if (!folder.value)
            return false;
        const auto list = cache.messages(folder.value->id, MessageSort::Date, true, 0, 500);
        for (const CachedMessage &m : list.value) {
            if (m.subject == subject)
                return true;
        }
        return false;
    }

    /// The message list of the window shows \a subject (the Inbox is selected by itself).
    static bool listed(test::GuiStack *s, const QString &subject)
    {
        MessageListModel *model = s->window->mailController()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto m = model->messageAt(row);
            if (m && m->subject == subject)
                return true;
        }
        return false;
    }

    /// Every visible password prompt of the application (the user would see each of them).
    static QList<PasswordPromptDialog *> visiblePrompts()
    {
        QList<PasswordPromptDialog *> prompts;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<PasswordPromptDialog *>(w); p && p->isVisible())
                prompts << p;
        }
        return prompts;
    }

    static void type(PasswordPromptDialog *prompt, const QString &password)
    {
        prompt->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        prompt->findChild<QRadioButton *>(QStringLiteral("sessionOnly"))->setChecked(true);
        prompt->accept();
    }

    static QString problemText(PasswordPromptDialog *prompt)
    {
        return prompt->findChild<QLabel *>(QStringLiteral("problem"))->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
    }

    void missingPasswordIsAskedForAndSyncs()
    {
        const QString subject = token();
        QVERIFY(appendToInbox(subject));
        auto s = makeStack(imapsPort(), QString());
        QVERIFY(s);
        PasswordRequests *requests = s->window->passwordRequests();
        QVERIFY(requests);
        QTRY_VERIFY(requests->prompt(accountName));
        QTRY_COMPARE(visiblePrompts().size(), 1);
        PasswordPromptDialog *prompt = visiblePrompts().first();
        QCOMPARE(prompt, requests->prompt(accountName));
        QVERIFY(problemText(prompt).contains(QStringLiteral("No password")));
        QVERIFY(!s->window->mailController()->worker(accountName));
        type(prompt, lab("PASS2"));
        QTRY_VERIFY_WITH_TIMEOUT(cached(s.get(), subject), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(listed(s.get(), subject), 10000);
        QVERIFY(s->window->mailController()->worker(accountName));
        QVERIFY(s->session.contains(SecretStore::secretKey(accountName, SecretSlot::Incoming)));
        QVERIFY(s->keychain.keys().isEmpty());
        QVERIFY(visiblePrompts().isEmpty());
    }

    void refusedPasswordIsExplainedAndReplaced()
    {
        const QString subject = token();
        QVERIFY(appendToInbox(subject));
        auto s = makeStack(imapsPort(), QStringLiteral("not-bobs-password"));
        QVERIFY(s);
        QSignalSpy needed(s->window->mailController(), &MailController::passwordNeeded);
        PasswordRequests *requests = s->window->passwordRequests();
        QTRY_VERIFY_WITH_TIMEOUT(requests->prompt(accountName), 20000);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(needed.at(0).at(1).value<MailError>().code, ErrorCode::AuthFailed);
        PasswordPromptDialog *prompt = requests->prompt(accountName);
        QTRY_VERIFY(prompt->isVisible());
        // The server's own refusal (Dovecot: "[AUTHENTICATIONFAILED] Authentication failed."),
        // without the IMAP tag.
        QVERIFY2(problemText(prompt).contains(QStringLiteral("refused")),
                 qPrintable(problemText(prompt)));
        QVERIFY2(problemText(prompt).contains(QStringLiteral("[AUTHENTICATIONFAILED]")),
                 qPrintable(problemText(prompt)));
        QVERIFY(s->window->accountStatus(accountName).contains(QStringLiteral("refused")));
        // The worker stopped: no further logins with the refused password, and the user's own
        // requests meanwhile open no second prompt.
        QTRY_VERIFY(!s->window->mailController()->worker(accountName));
        requests->request(accountName, PasswordRequests::Purpose::Receiving,
                          needed.at(0).at(1).value<MailError>());
        QCOMPARE(visiblePrompts().size(), 1);
        type(prompt, lab("PASS2"));
        QTRY_VERIFY_WITH_TIMEOUT(cached(s.get(), subject), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(listed(s.get(), subject), 10000);
        QCOMPARE(needed.count(), 1);
    }

    void sendAndReceiveFailingTogetherAskOnce()
    {
        const QString subject = token();
        QVERIFY(appendToInbox(subject));
        auto s = makeStack(imapsPort(), QString());
        QVERIFY(s);
        QSignalSpy accountError(s->service.get(), &SendService::accountError);
        QSignalSpy sent(s->service.get(), &SendService::sent);
        QPointer<ComposerWindow> c = s->compose->newMessage(accountName);
        c->setTo(lab("USER2"));
        c->setSubject(QStringLiteral("Both ") + subject);
        c->setBody(QStringLiteral("Sent after the one prompt.\n"));
        QVERIFY(c->send());
        QVERIFY(accountError.wait(20000));
        QCOMPARE(accountError.at(0).at(1).value<MailError>().code, ErrorCode::PasswordMissing);
        QTRY_VERIFY(!s->window->mailController()->passwordProblems().isEmpty());
        QTest::qWait(300); // both failures are in: still one prompt
        QCOMPARE(visiblePrompts().size(), 1);
        PasswordPromptDialog *prompt = s->window->passwordRequests()->prompt(accountName);
        QCOMPARE(visiblePrompts().first(), prompt);
        QCOMPARE(s->sending->passwordPrompt(accountName), prompt);
        type(prompt, lab("PASS2"));
        QVERIFY(sent.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(cached(s.get(), subject), 20000);
        QVERIFY(visiblePrompts().isEmpty());
    }

    void cancelLeavesTheAccountWaiting()
    {
        const QString subject = token();
        QVERIFY(appendToInbox(subject));
        auto s = makeStack(imapsPort(), QString());
        QVERIFY(s);
        PasswordRequests *requests = s->window->passwordRequests();
        QTRY_VERIFY(requests->prompt(accountName));
        requests->prompt(accountName)->reject();
        QTRY_VERIFY(visiblePrompts().isEmpty());
        QVERIFY(requests->isWaiting(accountName));
        QVERIFY(s->window->accountStatus(accountName).contains(QStringLiteral("Password needed")));
        QVERIFY(s->window->accountStatus(accountName).contains(QStringLiteral("Enter password")));
        QTest::qWait(300);
        QVERIFY(visiblePrompts().isEmpty()); // Cancel is respected: nothing pops up again

        // Later, from the account's context menu in the folder tree.
        auto *tree = s->window->findChild<QTreeWidget *>(QStringLiteral("folderTree"));
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == accountName)
                item = tree->topLevelItem(i);
        }
        QVERIFY(item);
        Q_EMIT tree->customContextMenuRequested(tree->visualItemRect(item).center());
        QAction *enter = nullptr;
        QTRY_VERIFY((enter = s->window->findChild<QAction *>(
                         QStringLiteral("actionEnterPassword"))) != nullptr);
        enter->trigger();
        QTRY_COMPARE(visiblePrompts().size(), 1);
        type(visiblePrompts().first(), lab("PASS2"));
        QTRY_VERIFY_WITH_TIMEOUT(cached(s.get(), subject), 20000);
        QVERIFY(!requests->isWaiting(accountName));
    }

    void editedPortTakesEffectWithoutRestart()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        } // closed: connecting is refused
        const QString subject = token();
        QVERIFY(appendToInbox(subject));
        auto s = makeStack(closedPort, lab("PASS2"));
        QVERIFY(s);
        // The password read is asynchronous: the spy is in place before the worker exists.
        QSignalSpy status(s->window->mailController(), &MailController::statusMessage);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);
        QVERIFY(s->window->mailController()->worker(accountName));
        QVERIFY(!cached(s.get(), subject));

        // Settings ▸ Accounts ▸ Edit: the right port. No restart of anything but the worker.
        QVERIFY(!s->repo->update(labAccount(imapsPort())));
        QTRY_VERIFY_WITH_TIMEOUT(cached(s.get(), subject), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(listed(s.get(), subject), 10000);
        QVERIFY(visiblePrompts().isEmpty());

        // Removing the account stops its worker.
        QVERIFY(s->window->mailController()->worker(accountName));
        QVERIFY(!s->repo->remove(accountName));
        QVERIFY(!s->window->mailController()->worker(accountName));
    }
};

QTEST_MAIN(TestRecvPassword)
#include "tst_recvpassword.moc"
