// SPDX-License-Identifier: GPL-3.0-or-later
// The main window wired as in app/main.cpp, with its live StoreWorker against the mail lab,
// checked over a separate IMAP connection of the test's own:
// - the Delete key in the message list moves the selected message out of INBOX into Trash;
// - a draft in the Drafts folder (another client's, with Cc, Bcc and an attachment) opens in the
//   composer on Enter with everything filled in; saving replaces that server message with our
//   copy (Bcc kept), and sending removes the copy;
// - a draft opened with Message ▸ Edit Draft and sent at once removes the message it came from.
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "compose/draftsync.h"
#include "labaccount.h"
#include "labenv.h"
#include "mail/mailcontroller.h"
#include "mail/messagelistmodel.h"
#include "main/draftopening.h"
#include "main/mailwiring.h"
#include "main/mainwindow.h"
#include "main/uisettings.h"
#include "queuesubmitter.h"
#include "secrets/memorysecretstore.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"
#include "sync/imapsession.h"
#include "sync/storeworker.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace mailwright;

class TestMainWindowLab : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<IniAccountRepository> m_repo;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SendService> m_service;
    std::unique_ptr<ComposeController> m_compose;
    std::unique_ptr<DraftSync> m_sync;
    std::unique_ptr<MailWiring> m_wiring;
    std::unique_ptr<DraftOpening> m_opening;
    QString m_drafts;
    QString m_trash;
    const QString m_account = QStringLiteral("Lab");

    QString lab(const char *name) const { return m_lab.value(QString::fromLatin1(name)); }

    std::unique_ptr<ImapSession> imap()
    {
        return test::openLabImap(m_lab, lab("USER1"), lab("PASS1"));
    }

    /// UIDs in \a folder of the messages with \a messageId, over the test's own connection
    /// ({0} when the search failed).
    QList<quint32> find(const QString &folder, const QByteArray &messageId)
    {
        auto session = imap();
        QList<quint32> uids;
        if (!session || session->findByMessageId(folder, messageId, &uids))
            return {0};
        return uids;
    }

    QByteArray fetch(const QString &folder, quint32 uid)
    {
        auto session = imap();
        QByteArray raw;
        if (session)
            session->fetchMessage(folder, uid, &raw);
        return raw;
    }

    QTreeView *list() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("messageList"));
    }

    /// Selects \a path under the account in the folder tree (once the worker listed it).
    bool openFolder(const QString &path)
    {
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("folderTree"));
        QTreeWidgetItem *item = nullptr;
        const auto findItem = [&]() {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *account = tree->topLevelItem(i);
                for (int j = 0; account->text(0) == m_account && j < account->childCount(); ++j) {
                    if (account->child(j)->data(0, MailController::FolderPathRole).toString() ==
                        path)
                        item = account->child(j);
                }
            }
            return item != nullptr;
        };
        if (!QTest::qWaitFor(findItem, 20000))
            return false;
        // Selected anew even when it is the current folder: that is what syncs it now.
        tree->setCurrentItem(nullptr);
        tree->setCurrentItem(item);
        return true;
    }

    /// Waits until the list shows a message whose subject contains \a token and makes it the
    /// current one; its row, or -1.
    int selectMessage(const QString &token)
    {
        MessageListModel *model = m_window->mailController()->model();
        int found = -1;
        (void)QTest::qWaitFor(
            [&]() {
                for (int row = 0; row < model->rowCount(); ++row) {
                    const auto m = model->messageAt(row);
                    if (m && m->subject.contains(token))
                        found = row;
                }
                return found >= 0;
            },
            20000);
        if (found >= 0) {
            list()->setCurrentIndex(model->index(found, 0));
            list()->setFocus(Qt::OtherFocusReason);
        }
        return found;
    }

    ComposerWindow *waitForComposer(int before)
    {
        if (!QTest::qWaitFor([&]() { return m_compose->composers().size() > before; }, 20000))
            return nullptr;
        return m_compose->composers().last();
    }

    static QByteArray foreignDraft(const QByteArray &token, const QByteArray &to,
                                   const QByteArray &cc, const QByteArray &bcc)
    {
        // As another client (Thunderbird) leaves a draft: Bcc as a header, an attachment.
        return "From: Alice <" + to +
               ">\r\n"
               "To: Bob <" +
               to +
               ">\r\n"
               "Cc: " +
               cc +
               "\r\n"
               "Bcc: " +
               bcc +
               "\r\n"
               "Subject: Foreign draft " +
               token +
               "\r\n"
               "Message-ID: <tb-" +
               token +
               "@lab.test>\r\n"
               "Date: Sat, 28 Nov 2026 10:00:00 +0000\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
               "\r\n"
               "--b1\r\n"
               "Content-Type: text/plain; charset=utf-8\r\n"
               "\r\n"
               "The foreign body " +
               token +
               "\r\n"
               "--b1\r\n"
               "Content-Type: text/plain; name=\"notes.txt\"\r\n"
               "Content-Disposition: attachment; filename=\"notes.txt\"\r\n"
               "Content-Transfer-Encoding: base64\r\n"
               "\r\n" +
               QByteArray("attached notes\n").toBase64() +
               "\r\n"
               "--b1--\r\n";
    }

    quint32 appendDraft(const QByteArray &raw)
    {
        auto session = imap();
        quint32 uid = 0;
        if (!session || session->appendMessage(m_drafts, raw, FlagDraft | FlagSeen, &uid))
            return 0;
        return uid;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
        uisettings::setConfigDir(m_dir.filePath(QStringLiteral("config")));
        m_repo = std::make_unique<IniAccountRepository>(m_dir.filePath(QStringLiteral("config")));
        const Account a =
            test::labImapAccount(m_lab, m_account, 1, m_lab.port(QStringLiteral("IMAPS_PORT")));
        QVERIFY(!m_repo->add(a));
        m_secrets.writePassword(SecretStore::secretKey(a.name, SecretSlot::Smtp), lab("PASS1"));
        m_secrets.writePassword(SecretStore::secretKey(a.name, SecretSlot::Incoming), lab("PASS1"));

        auto session = imap();
        QVERIFY(session);
        QList<RemoteFolder> folders;
        QVERIFY(!session->listFolders(&folders));
        for (const RemoteFolder &f : std::as_const(folders)) {
            if (f.specialUse == SpecialUse::Drafts)
                m_drafts = f.path;
            if (f.specialUse == SpecialUse::Trash)
                m_trash = f.path;
        }
        QVERIFY(!m_drafts.isEmpty() && !m_trash.isEmpty());

        // As app/main.cpp wires it.
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        m_window = std::make_unique<MainWindow>();
        m_window->setMailCache(data + QStringLiteral("/cache.sqlite"));
        m_window->setAccountServices(m_repo.get(), &m_secrets, nullptr);
        m_service = std::make_unique<SendService>(data + QStringLiteral("/outbox.sqlite"),
                                                  m_repo.get(), &m_secrets);
        m_compose = std::make_unique<ComposeController>(m_repo.get(), data);
        m_compose->setUndoDelayOverride(0);
        test::queueSubmitsIn(m_compose.get(), m_service.get(), this);
        MainWindow *window = m_window.get();
        m_sync = std::make_unique<DraftSync>(m_repo.get(), [window](const QString &name) {
            return window->mailController()->worker(name);
        });
        m_compose->setDraftSync(m_sync.get());
        m_wiring = std::make_unique<MailWiring>(window, m_compose.get());
        m_opening = std::make_unique<DraftOpening>(window, m_compose.get(), m_repo.get());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_opening.reset();
        m_wiring.reset();
        m_compose.reset();
        m_sync.reset();
        m_window.reset();
        m_service.reset();
    }

    void deleteKeyMovesToTrash()
    {
        const QByteArray token = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray id = "<del-" + token + "@lab.test>";
        {
            auto session = imap();
            QVERIFY(session);
            QVERIFY(!session->appendMessage(
                QStringLiteral("INBOX"),
                "From: Bob <" + lab("USER2").toLatin1() + ">\r\nTo: " + lab("USER1").toLatin1() +
                    "\r\nSubject: Delete me " + token + "\r\nMessage-ID: " + id +
                    "\r\n\r\nTo the Trash.\r\n"));
        }
        QCOMPARE(find(QStringLiteral("INBOX"), id).size(), 1);
        QVERIFY(openFolder(QStringLiteral("INBOX")));
        QVERIFY(selectMessage(QString::fromLatin1(token)) >= 0);
        QVERIFY(list()->hasFocus());
        QTest::keyClick(list(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("INBOX"), id).isEmpty(), 20000);
        QCOMPARE(find(m_trash, id).size(), 1);
    }

    void enterOpensDraftSaveReplacesSendRemoves()
    {
        const QByteArray token = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray to = lab("USER2").toLatin1();
        const QByteArray cc = lab("USER3").toLatin1();
        const QByteArray bcc = lab("USER1").toLatin1();
        const quint32 uid = appendDraft(foreignDraft(token, to, cc, bcc));
        QVERIFY(uid != 0);
        QVERIFY(openFolder(m_drafts));
        QTRY_VERIFY(m_opening->action()->isEnabled());
        QVERIFY(selectMessage(QString::fromLatin1(token)) >= 0);
        const int before = int(m_compose->composers().size());
        QTest::keyClick(list(), Qt::Key_Return);
        QPointer<ComposerWindow> c = waitForComposer(before);
        QVERIFY(c);
        const StoredDraft typed = c->typedDraft();
        QVERIFY2(typed.to.contains(QString::fromLatin1(to)), qPrintable(typed.to));
        QVERIFY2(typed.cc.contains(QString::fromLatin1(cc)), qPrintable(typed.cc));
        QVERIFY2(typed.bcc.contains(QString::fromLatin1(bcc)), qPrintable(typed.bcc));
        QCOMPARE(typed.subject, QStringLiteral("Foreign draft ") + QString::fromLatin1(token));
        QVERIFY(c->bodyText().contains(QStringLiteral("The foreign body")));
        QCOMPARE(typed.attachments.size(), 1);
        QFile attached(typed.attachments.first());
        QVERIFY(attached.open(QIODevice::ReadOnly));
        QCOMPARE(attached.readAll(), QByteArray("attached notes\n"));

        // Saved: our copy replaces exactly the message it came from.
        c->setBody(QStringLiteral("Edited here ") + QString::fromLatin1(token) + u'\n');
        QVERIFY(!c->saveDraft());
        const QByteArray ours = DraftSync::messageIdFor(c->draftId());
        QTRY_VERIFY_WITH_TIMEOUT(find(m_drafts, ours).size() == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(find(m_drafts, "<tb-" + token + "@lab.test>").isEmpty(), 20000);
        const QByteArray copy = fetch(m_drafts, find(m_drafts, ours).value(0));
        QVERIFY(copy.contains("Edited here"));
        QVERIFY(copy.contains(QByteArray("\r\nBcc: " + bcc)));
        QVERIFY(copy.contains("notes.txt"));

        // Sent: the copy goes.
        QVERIFY2(c->send(), qPrintable(c->problemText()));
        QTRY_VERIFY_WITH_TIMEOUT(c.isNull(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(find(m_drafts, ours).isEmpty(), 20000);
    }

    void editDraftActionThenSendRemovesTheOriginal()
    {
        const QByteArray token = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray me = lab("USER1").toLatin1();
        const quint32 uid = appendDraft(foreignDraft(token, me, me, me));
        QVERIFY(uid != 0);
        QVERIFY(openFolder(m_drafts));
        QVERIFY(selectMessage(QString::fromLatin1(token)) >= 0);
        const int before = int(m_compose->composers().size());
        m_opening->action()->trigger();
        QPointer<ComposerWindow> c = waitForComposer(before);
        QVERIFY(c);
        QVERIFY2(c->send(), qPrintable(c->problemText()));
        QTRY_VERIFY_WITH_TIMEOUT(c.isNull(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(find(m_drafts, "<tb-" + token + "@lab.test>").isEmpty(), 20000);
    }
};

QTEST_MAIN(TestMainWindowLab)
#include "tst_mainwindow_lab.moc"
