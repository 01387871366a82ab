// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts in the IMAP Drafts folder (DraftSync → StoreWorker::saveDraft/removeDraft) against the
// mail lab, checked over IMAP with a connection of the test's own: a saved draft lands there
// with \Draft and \Seen; saving again leaves exactly one copy, and saving unchanged text
// uploads nothing; the copy keeps Bcc as a header, the sent message never has one; sending (through
// the real SendService) and discarding remove the copy; an unreachable IMAP server keeps the local
// draft, says so in the composer, and blocks nothing.
#include "cache/mailcache.h"
#include "compose/composecontroller.h"
#include "compose/composerwindow.h"
#include "compose/draftsync.h"
#include "compose/recipienthistory.h"
#include "labaccount.h"
#include "labenv.h"
#include "queuesubmitter.h"
#include "secrets/memorysecretstore.h"
#include "send/sendservice.h"
#include "settings/accountrepository.h"
#include "sync/imapsession.h"
#include "sync/storeworker.h"

#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <map>
#include <memory>

using namespace mailwright;

class TestDraftSync : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<IniAccountRepository> m_repo;
    MemorySecretStore m_secrets;
    std::map<QString, std::unique_ptr<StoreWorker>> m_workers;
    std::unique_ptr<SendService> m_service;
    std::unique_ptr<ComposeController> m_compose;
    std::unique_ptr<DraftSync> m_sync;
    QString m_draftsFolder;

    QString lab(const char *name) const { return m_lab.value(QString::fromLatin1(name)); }

    Account account(const QString &name, quint16 imapPort) const
    {
        return test::labImapAccount(m_lab, name, 1, imapPort);
    }

    void addAccount(const Account &a)
    {
        QVERIFY(!m_repo->add(a));
        StoreAccount s = StoreAccount::fromAccount(a);
        s.password = lab("PASS1");
        s.cachePath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(a.name));
        auto worker = std::make_unique<StoreWorker>(s);
        worker->start();
        m_workers[a.name] = std::move(worker);
        m_secrets.writePassword(SecretStore::secretKey(a.name, SecretSlot::Smtp), lab("PASS1"));
    }

    /// A connection of the test's own; the Drafts folder by its special use (RFC 6154).
    std::unique_ptr<ImapSession> imap()
    {
        auto session = test::openLabImap(m_lab, lab("USER1"), lab("PASS1"));
        if (!session)
            return nullptr;
        if (m_draftsFolder.isEmpty()) {
            QList<RemoteFolder> folders;
            if (session->listFolders(&folders))
                return nullptr;
            for (const RemoteFolder &f : std::as_const(folders)) {
                if (f.specialUse == SpecialUse::Drafts)
                    m_draftsFolder = f.path;
            }
        }
        return session;
    }

    /// UID → (flags, bytes) of every copy of draft \a draftId in the Drafts folder.
    QList<QPair<int, QByteArray>> copies(const QString &draftId)
    {
        QList<QPair<int, QByteArray>> out;
        auto session = imap();
        if (!session || m_draftsFolder.isEmpty())
            return {{-1, QByteArray("no connection or no Drafts folder")}};
        QList<quint32> uids;
        if (MailError e =
                session->findByMessageId(m_draftsFolder, DraftSync::messageIdFor(draftId), &uids))
            return {{-1, e.technicalDetail.toUtf8()}};
        QHash<quint32, int> flags;
        session->fetchFlags(m_draftsFolder, 1, &flags);
        for (quint32 uid : std::as_const(uids)) {
            QByteArray raw;
            session->fetchMessage(m_draftsFolder, uid, &raw);
            out.append({flags.value(uid, -1), raw});
        }
        return out;
    }

    /// The messages in \a user's INBOX (newest 200) that contain \a needle.
    QList<QByteArray> inbox(const char *user, const char *pass, const QByteArray &needle)
    {
        QList<QByteArray> found;
        if (test::labInboxWith(m_lab, lab(user), lab(pass), needle, &found))
            return {};
        return found;
    }

    static bool hasBccHeader(const QByteArray &message)
    {
        const QByteArray head = message.left(message.indexOf("\r\n\r\n") + 2).toLower();
        return head.startsWith("bcc:") || head.contains("\r\nbcc:");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MW_REQUIRE_LAB(m_lab);
        QVERIFY(m_dir.isValid());
        m_repo = std::make_unique<IniAccountRepository>(m_dir.filePath(QStringLiteral("config")));
        addAccount(account(QStringLiteral("Lab"), m_lab.port(QStringLiteral("IMAPS_PORT"))));
        // An IMAP server that is not there: a port that was free a moment ago.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(m_lab.host())));
            closedPort = probe.serverPort();
        }
        addAccount(account(QStringLiteral("Down"), closedPort));

        const QString data = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(data);
        m_service = std::make_unique<SendService>(data + QStringLiteral("/outbox.sqlite"),
                                                  m_repo.get(), &m_secrets);
        m_compose = std::make_unique<ComposeController>(m_repo.get(), data);
        m_compose->setUndoDelayOverride(0);
        // The composition root's binding (SendWiring): done() once the outbox has the message.
        test::queueSubmitsIn(m_compose.get(), m_service.get(), this);
        m_sync = std::make_unique<DraftSync>(m_repo.get(), [this](const QString &name) {
            const auto it = m_workers.find(name);
            return it == m_workers.end() ? nullptr : it->second.get();
        });
        m_compose->setDraftSync(m_sync.get());
    }

    void cleanupTestCase()
    {
        m_compose.reset();
        m_sync.reset();
        m_workers.clear();
        m_service.reset();
    }

    void draftLandsOnceAndSendRemovesIt()
    {
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QPointer<ComposerWindow> c = m_compose->newMessage(QStringLiteral("Lab"));
        c->setTo(lab("USER2"));
        c->setBcc(lab("USER1")); // the user's own address: not offered by completion later
        c->setSubject(QStringLiteral("Draft ") + token);
        c->setBody(QStringLiteral("first version\n"));
        QVERIFY(!c->saveDraft());
        const QString id = c->draftId();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->serverUid(id) != 0, 20000);
        QTRY_VERIFY(c->serverDraftStatus().contains(QStringLiteral("saved to the server")));
        const quint32 first = m_sync->serverUid(id);

        auto found = copies(id);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.at(0).first >= 0, found.at(0).second.constData());
        QVERIFY(found.at(0).first & FlagDraft);
        QVERIFY(found.at(0).first & FlagSeen);
        QVERIFY(found.at(0).second.contains(token.toLatin1()));
        QVERIFY(found.at(0).second.contains("first version"));
        // The draft copy keeps Bcc (as Thunderbird's do), so opening it anywhere still has it.
        QVERIFY(hasBccHeader(found.at(0).second));
        QVERIFY(found.at(0).second.contains(QByteArray("\r\nBcc: " + lab("USER1").toLatin1())));

        // Saved again with new text: the new copy replaces the old one.
        c->setBody(QStringLiteral("second version\n"));
        QVERIFY(!c->saveDraft());
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->serverUid(id) > first, 20000);
        const quint32 second = m_sync->serverUid(id);
        found = copies(id);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.at(0).second.contains("second version"));
        QVERIFY(!found.at(0).second.contains("first version"));

        // Unchanged: nothing goes up. The next change then gets the very next UID (UIDs grow
        // by one per APPEND in this folder, RFC 3501 §2.3.1.1), which it would not had the
        // unchanged save been appended.
        QVERIFY(!c->saveDraft());
        c->setBody(QStringLiteral("third version\n"));
        QVERIFY(!c->saveDraft());
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->serverUid(id) > second, 20000);
        QCOMPARE(m_sync->serverUid(id), second + 1);
        QCOMPARE(copies(id).size(), 1);

        // Sent: once the outbox has it, the copy in Drafts goes.
        QVERIFY2(c->send(), qPrintable(c->problemText()));
        QTRY_VERIFY_WITH_TIMEOUT(c.isNull(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(copies(id).isEmpty(), 20000);
        // The message that left has no Bcc header, neither at the To nor at the Bcc recipient,
        // and the Bcc recipient got it.
        QList<QByteArray> toCopy;
        QList<QByteArray> bccCopy;
        QTRY_VERIFY_WITH_TIMEOUT(!(toCopy = inbox("USER2", "PASS2", token.toLatin1())).isEmpty(),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!(bccCopy = inbox("USER1", "PASS1", token.toLatin1())).isEmpty(),
                                 30000);
        for (const QByteArray &m : toCopy + bccCopy) {
            QVERIFY2(!hasBccHeader(m), m.constData());
            QVERIFY(m.contains("third version"));
        }
    }

    void discardRemovesTheCopy()
    {
        QPointer<ComposerWindow> c = m_compose->newMessage(QStringLiteral("Lab"));
        c->setSubject(QStringLiteral("To be discarded ") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
        c->setBody(QStringLiteral("no recipient yet\n"));
        QVERIFY(!c->saveDraft());
        const QString id = c->draftId();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->serverUid(id) != 0, 20000);
        QCOMPARE(copies(id).size(), 1);
        c->discard();
        QTRY_VERIFY_WITH_TIMEOUT(copies(id).isEmpty(), 20000);
    }

    /// Completion: the sent history first, then the cache's addresses (most frequent first),
    /// one entry per address whatever its case, never the user's own address.
    void completionFromCacheAndHistory()
    {
        const QString path = m_dir.filePath(QStringLiteral("completion.sqlite"));
        {
            MailCache cache(path);
            auto folder = cache.ensureFolder(QStringLiteral("Lab"), QStringLiteral("INBOX"),
                                             QString(), SpecialUse::Inbox);
            QVERIFY(folder.ok());
            QList<CachedMessage> batch;
            const QString me = lab("USER1");
            const QStringList senders = {
                QStringLiteral("Casey Often <casey@cache.test>"),
                QStringLiteral("Casey Often <casey@cache.test>"),
                QStringLiteral("Cal Rare <cal@cache.test>"),
                QStringLiteral("CARLA <Carla@Cache.test>"),
            };
            for (int i = 0; i < senders.size(); ++i) {
                CachedMessage m;
                m.uid = quint32(i + 1);
                m.from = senders.at(i);
                m.to = me;
                m.date = QDateTime::currentDateTimeUtc();
                batch.append(m);
            }
            QVERIFY(!cache.addMessages(folder.value.id, batch, quint32(batch.size())));
        }
        QSignalSpy updated(m_compose.get(), &ComposeController::addressBookUpdated);
        m_compose->setMessageCache(path);
        QVERIFY(updated.wait(10000));
        QVERIFY(!m_compose->history()->record(
            {Mailbox{QStringLiteral("Carla Sent"), QStringLiteral("carla@cache.test")}}));

        const QStringList c = m_compose->completionsFor(QStringLiteral("ca"));
        QCOMPARE(c, (QStringList{QStringLiteral("Carla Sent <carla@cache.test>"),
                                 QStringLiteral("Casey Often <casey@cache.test>"),
                                 QStringLiteral("Cal Rare <cal@cache.test>")}));
        QVERIFY(m_compose->completionsFor(lab("USER1").left(3)).filter(lab("USER1")).isEmpty());

        // The composer's To field offers them as the user types.
        QPointer<ComposerWindow> composer = m_compose->newMessage(QStringLiteral("Lab"));
        auto *to = composer->findChild<QLineEdit *>(QStringLiteral("toField"));
        QVERIFY(to);
        auto *completer = to->findChild<QCompleter *>();
        QVERIFY(completer);
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("cas"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Casey Often <casey@cache.test>"));
        composer->discard();
    }

    void unreachableServerKeepsTheLocalDraft()
    {
        QPointer<ComposerWindow> c = m_compose->newMessage(QStringLiteral("Down"));
        c->setTo(lab("USER2"));
        c->setSubject(QStringLiteral("Offline draft"));
        c->setBody(QStringLiteral("written offline\n"));
        QVERIFY(!c->saveDraft()); // the local save does not wait for the server
        const QString id = c->draftId();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            c->serverDraftStatus().contains(QStringLiteral("on this computer only")), 20000);
        StoredDraft local;
        QVERIFY(!m_compose->drafts()->load(id, &local));
        QCOMPARE(local.subject, QStringLiteral("Offline draft"));
        QCOMPARE(m_sync->serverUid(id), 0u);
        // The composer goes on: more text, another local save.
        c->setBody(QStringLiteral("written offline, more\n"));
        QVERIFY(!c->saveDraft());
        QVERIFY(!m_compose->drafts()->load(id, &local));
        QVERIFY(local.textBody.contains(QStringLiteral("more")));
        c->close();
    }
};

QTEST_MAIN(TestDraftSync)
#include "tst_draftsync.moc"
