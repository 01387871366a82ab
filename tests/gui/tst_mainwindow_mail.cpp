// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with both halves wired as in app/main.cpp, over a prepared cache (no server):
// the folder tree shows the cached folders (special-use first, unread count) beside the Outbox
// entry, each entry shows its page, Ctrl+F focuses the one search box, the tray count is the
// Inbox unread count, the new-mail notification names the newest messages, and Reply answers the
// message selected in the list.
#include "cache/mailcache.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "mail/mailcontroller.h"
#include "mail/messagelistmodel.h"
#include "main/mailwiring.h"
#include "main/mainwindow.h"
#include "main/sendwiring.h"
#include "main/uisettings.h"
#include "outbox/outboxview.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace mailwright;

class TestMainWindowMail : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QTreeWidgetItem *childByPath(QTreeWidgetItem *account, const QString &path)
    {
        for (int i = 0; i < account->childCount(); ++i) {
            if (account->child(i)->data(0, MailController::FolderPathRole).toString() == path)
                return account->child(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        uisettings::setConfigDir(m_dir.filePath(QStringLiteral("config")));
    }

    void foldersOutboxSearchAndReply()
    {
        IniAccountRepository repo(m_dir.filePath(QStringLiteral("config")));
        Account a;
        a.name = QStringLiteral("Demo");
        a.identities = {
            Identity{QStringLiteral("Alice"), QStringLiteral("alice@lab.test"), {}, {}}};
        a.smtp = {Protocol::Smtp, QStringLiteral("127.0.0.1"), 587, Security::StartTls};
        QVERIFY(!repo.add(a));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        const QString cachePath = data + QStringLiteral("/cache.sqlite");
        {
            MailCache cache(cachePath);
            const auto archive =
                cache.ensureFolder(QStringLiteral("Demo"), QStringLiteral("Archive"),
                                   QStringLiteral("/"), SpecialUse::None);
            const auto sent = cache.ensureFolder(QStringLiteral("Demo"), QStringLiteral("Sent"),
                                                 QStringLiteral("/"), SpecialUse::Sent);
            const auto inbox = cache.ensureFolder(QStringLiteral("Demo"), QStringLiteral("INBOX"),
                                                  QStringLiteral("/"), SpecialUse::Inbox);
            QVERIFY(archive.ok() && sent.ok() && inbox.ok());
            QList<CachedMessage> messages;
            for (quint32 uid : {1u, 2u}) {
                CachedMessage m;
                m.uid = uid;
                m.date = QDateTime(QDate(2026, 11, 1), QTime(10, int(uid)), Qt::UTC);
                m.internalDate = m.date;
                m.from = QStringLiteral("Bob <bob@lab.test>");
                m.subject = uid == 1 ? QStringLiteral("Hello") : QStringLiteral("Old news");
                m.flags = uid == 1 ? FlagNone : FlagSeen;
                m.size = 200;
                messages << m;
            }
            QVERIFY(!cache.addMessages(inbox.value.id, messages, 2));
            const QByteArray raw = "From: Bob <bob@lab.test>\r\nTo: alice@lab.test\r\n"
                                   "Subject: Hello\r\nMessage-ID: <hello-1@lab.test>\r\n"
                                   "Date: Sun, 1 Nov 2026 10:01:00 +0000\r\n\r\nHi Alice\r\n";
            QVERIFY(!cache.storeBody(inbox.value.id, 1, raw, QStringLiteral("Hi Alice"), false));
            QVERIFY(!cache.finishSync(inbox.value.id, 3));
        }

        // As app/main.cpp wires it.
        MainWindow window;
        window.setMailCache(cachePath);
        window.setAccountServices(&repo, nullptr, nullptr);
        ComposeController compose(&repo, data);
        auto *outboxView = new OutboxView(data + QStringLiteral("/outbox.sqlite"), &window);
        window.addPage(outboxView);
        SendService service(data + QStringLiteral("/outbox.sqlite"), &repo, nullptr);
        SendWiring sending(&window, &compose, outboxView, &service, &repo, nullptr, nullptr);
        MailWiring receiving(&window, &compose);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The tree: Inbox (with its unread count), Sent, Archive, then the Outbox entry; the
        // placeholder Inbox is gone.
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("folderTree"));
        QTreeWidgetItem *account = tree->topLevelItem(0);
        QCOMPARE(account->text(0), QStringLiteral("Demo"));
        QCOMPARE(account->childCount(), 4);
        QCOMPARE(account->child(0)->data(0, MailController::FolderPathRole).toString(),
                 QStringLiteral("INBOX"));
        QVERIFY(account->child(0)->text(0).endsWith(QStringLiteral("(1)")));
        QCOMPARE(account->child(1)->data(0, MailController::FolderPathRole).toString(),
                 QStringLiteral("Sent"));
        QCOMPARE(account->child(2)->data(0, MailController::FolderPathRole).toString(),
                 QStringLiteral("Archive"));
        QTreeWidgetItem *outboxItem = account->child(3);
        QCOMPARE(outboxItem->data(0, MailController::LocalFolderKeyRole).toString(),
                 QStringLiteral("Outbox"));
        QCOMPARE(window.mailController()->inboxUnread(), 1);

        // The new-mail notification names the newest messages (highest UIDs), sender's name
        // and subject, at most three, then how many more; an unknown folder just names it.
        MailController *mail = window.mailController();
        QCOMPARE(mail->newMailSummary(QStringLiteral("Demo"), QStringLiteral("INBOX"), 1),
                 QStringLiteral("Bob — Old news"));
        QCOMPARE(mail->newMailSummary(QStringLiteral("Demo"), QStringLiteral("INBOX"), 2),
                 QStringLiteral("Bob — Old news\nBob — Hello"));
        QCOMPARE(mail->newMailSummary(QStringLiteral("Demo"), QStringLiteral("INBOX"), 5),
                 QStringLiteral("Bob — Old news\nBob — Hello\nand 3 more"));
        QCOMPARE(mail->newMailSummary(QStringLiteral("Demo"), QStringLiteral("Nowhere"), 1),
                 QStringLiteral("In the folder Nowhere."));

        // The Inbox is shown at start; the Outbox entry shows the outbox page and back.
        QCOMPARE(tree->currentItem(), account->child(0));
        QCOMPARE(window.mailController()->model()->rowCount(), 2);
        QSignalSpy activated(&window, &MainWindow::folderActivated);
        tree->setCurrentItem(outboxItem);
        QCOMPARE(window.currentPage(), outboxView);
        QCOMPARE(activated.last().at(1).toString(), QStringLiteral("Outbox"));
        // A re-read of the folder list keeps the user on the Outbox.
        window.mailController()->populateTree();
        QCOMPARE(tree->currentItem(), outboxItem);
        QCOMPARE(window.currentPage(), outboxView);
        tree->setCurrentItem(childByPath(account, QStringLiteral("INBOX")));
        QVERIFY(window.currentPage() != outboxView);
        // The Outbox page from a button: the Inbox is no longer highlighted as if shown.
        window.showPage(outboxView);
        QCOMPARE(tree->currentItem(), nullptr);
        tree->setCurrentItem(childByPath(account, QStringLiteral("INBOX")));
        QVERIFY(window.currentPage() != outboxView);
        QCOMPARE(window.mailController()->model()->rowCount(), 2);
        QCOMPARE(activated.last().at(1).toString(), QStringLiteral("INBOX"));

        // One search field; Ctrl+F reaches it from the Outbox page too.
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("searchField")));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QCOMPARE(window.searchField(), search);
        tree->setCurrentItem(outboxItem);
        window.activateWindow();
        window.findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
        QVERIFY(window.currentPage() != outboxView);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        search->setText(QStringLiteral("news"));
        QTRY_COMPARE(window.mailController()->model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(window.mailController()->model()->rowCount(), 2);

        // Reply to the selected message (its bytes from the cache).
        QAction *reply = window.findChild<QAction *>(QStringLiteral("actionReply"));
        reply->trigger();
        QVERIFY(compose.composers().isEmpty()); // nothing selected yet
        MessageListModel *model = window.mailController()->model();
        model->messageAt(0);
        const int row = model->loadedRowOf(1);
        QVERIFY(row >= 0);
        auto *list = window.findChild<QTreeView *>(QStringLiteral("messageList"));
        list->setCurrentIndex(model->index(row, 0));
        QCOMPARE(window.mailController()->selectedMessages().size(), 1);
        QCOMPARE(window.mailController()->selectedMessages().first().uid, 1u);
        reply->trigger();
        QTRY_COMPARE(compose.composers().size(), 1);
        ComposerWindow *composer = compose.composers().first();
        QCOMPARE(composer->findChild<QLineEdit *>(QStringLiteral("subjectField"))->text(),
                 QStringLiteral("Re: Hello"));
        QVERIFY(composer->findChild<QLineEdit *>(QStringLiteral("toField"))
                    ->text()
                    .contains(QStringLiteral("bob@lab.test")));
        composer->discard();
    }
};

QTEST_MAIN(TestMainWindowMail)
#include "tst_mainwindow_mail.moc"
