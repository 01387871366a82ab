// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"
#include "errors/mailerror.h"
#include "net/wireconnection.h"
#include "sync/imapsync.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace mailwright {

struct Account;
struct StoreQueue;

/// Everything a StoreWorker needs about its account, as values: the password is read from the
/// keychain BEFORE the worker starts and passed in (no worker ever waits on the UI or the
/// keychain, ARCHITECTURE §3.6). Plain value type, any thread. Its QDebug form does not exist
/// on purpose (it holds a password).
struct StoreAccount
{
    QString name;                       ///< the account's name; also its key in the cache
    Protocol protocol = Protocol::Imap; ///< Imap or Pop3
    WireOptions wire;
    QString username;
    QString password;
    int checkIntervalMinutes = 10;                   ///< periodic check; 0 = only on request
    bool leaveOnServer = true;                       ///< POP3
    int deleteFromServerAfterDays = 0;               ///< POP3
    QString trashFolder = QStringLiteral("Trash");   ///< when the server names no \Trash folder
    QString draftsFolder = QStringLiteral("Drafts"); ///< when the server names no \Drafts folder
    QString cachePath;                               ///< the SQLite cache file

    /// Fills everything but password and cachePath from an account of the repository: server,
    /// user, CA file and pinned certificates, interval and POP3 policy.
    static StoreAccount fromAccount(const Account &account);
};

/// The per-account receiving worker (ARCHITECTURE §3.2): the IMAP session (or the POP3
/// connections) of one account, confined to one QThread of its own. VMime objects are created,
/// used and destroyed only in that thread.
///
/// Requests can be made from the thread that owns the StoreWorker (the GUI thread); each
/// returns an id at once and runs later, one at a time, in FIFO order — the user's requests
/// (open a message, mark read, delete, move) ahead of queued background sync. Between the
/// batches of a long folder sync, waiting reads and flag changes of the user run too. Results
/// come back by signals, queued into the owner's thread; every request ends with
/// requestFinished(id, error).
///
/// Connections: opened lazily by the first request that needs one; after any error the
/// connection is discarded, never reused (G7); a request that fails because the server dropped
/// an idle connection is retried once on a fresh one. With checkIntervalMinutes > 0 the INBOX is
/// checked periodically and newMail() reports what arrived.
///
/// Syncing never sets \Seen (EXAMINE, BODY.PEEK); only markRead() does, when the user opens a
/// message.
///
/// Thread: the object itself lives in the thread that created it; its engine in its own
/// thread. Owner: the caller (the main window keeps one per account). stop() — called by the
/// destructor — cancels what runs, ends the thread and waits for it: the only wait, meant for
/// application exit.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    enum class Priority { User, Background };

    explicit StoreWorker(const StoreAccount &account, QObject *parent = nullptr);
    ~StoreWorker() override;

    QString accountName() const { return m_accountName; }
    Protocol protocol() const { return m_protocol; }

    /// Starts the thread and the periodic check.
    void start();
    /// Cancels the running request, drops the queue, ends the thread and waits for it.
    void stop();
    bool isRunning() const;
    /// Overrides the periodic check interval (tests: milliseconds); 0 turns it off.
    void setCheckIntervalMs(int ms);

    // Requests; each returns its id (> 0).
    quint64 syncFolderList(Priority priority = Priority::Background);
    quint64 syncFolder(const QString &path, Priority priority = Priority::Background);
    /// The folder list, then every folder (each as its own background request).
    quint64 syncAll(Priority priority = Priority::Background);
    /// The INBOX now (what the periodic check does); newMail() if something arrived.
    quint64 checkNow();
    /// The raw message: from the cache, else fetched without setting \Seen and cached.
    quint64 fetchBody(const QString &path, quint32 uid);
    quint64 markRead(const QString &path, const QList<quint32> &uids, bool read);
    quint64 setFlagged(const QString &path, const QList<quint32> &uids, bool flagged);
    /// To the Trash (COPY + \Deleted + UID EXPUNGE of exactly these messages); inside the Trash
    /// itself: \Deleted + UID EXPUNGE.
    quint64 deleteMessages(const QString &path, const QList<quint32> &uids);
    quint64 moveMessages(const QString &from, const QList<quint32> &uids, const QString &to);

    /// Stores a draft copy (\a raw, exact RFC 5322 bytes whose Message-ID is \a messageId) in
    /// the Drafts folder — the server's special-use \Drafts folder (RFC 6154), else the
    /// account's draftsFolder, created when missing — with \Draft and \Seen, then removes the
    /// copy it replaces: \a previousUid when known, else every older message of that folder
    /// with this Message-ID (ours only: the id is generated per draft). The new UID comes from
    /// APPENDUID (RFC 4315), else from a search by Message-ID. Reports draftStored().
    /// \a previousFolder names the folder \a previousUid is in when that is known (a draft
    /// opened from a folder); empty: the Drafts folder. A UID is only ever expunged in the
    /// folder it belongs to.
    quint64 saveDraft(const QByteArray &raw, const QByteArray &messageId, quint32 previousUid,
                      const QString &previousFolder = QString());
    /// Removes the draft copies with \a messageId from the Drafts folder, and \a uid (when
    /// known) from \a folder (empty: the Drafts folder): the message was sent or the draft
    /// discarded.
    quint64 removeDraft(const QByteArray &messageId, quint32 uid,
                        const QString &folder = QString());

Q_SIGNALS:
    void folderListChanged(const QString &account);
    void folderSynced(const QString &account, const QString &path,
                      const mailwright::FolderSyncStats &stats);
    void messageBody(const QString &account, const QString &path, quint32 uid,
                     const QByteArray &raw);
    /// Flags changed or messages left the folder; the cache is already updated.
    void messagesChanged(const QString &account, const QString &path);
    /// The periodic check (or checkNow) found \a count new messages in \a folder.
    void newMail(const QString &account, const QString &folder, int count);
    void error(const QString &account, const mailwright::MailError &error);
    void requestFinished(quint64 id, const mailwright::MailError &error);
    /// saveDraft() request \a id stored its copy as \a uid in \a folder (0: the server named
    /// no UID and none was found). requestFinished() follows.
    void draftStored(quint64 id, const QString &folder, quint32 uid);

private:
    class Engine;
    struct Request;
    friend struct StoreQueue;
    quint64 enqueue(Request request, Priority priority);

    QString m_accountName;
    Protocol m_protocol;
    std::unique_ptr<QThread> m_thread;
    Engine *m_engine = nullptr; ///< lives in m_thread; deleted there when the thread finishes
    std::shared_ptr<StoreQueue> m_queue;
};

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::FolderSyncStats)
