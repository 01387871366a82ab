// SPDX-License-Identifier: GPL-3.0-or-later
// StoreWorker's private parts, shared by its source files: the request, the queue both threads
// use, and the engine that runs in the worker thread. Only core/sync/store*.cpp include it.
#pragma once

#include "storeworker.h"

#include "cache/mailcache.h"
#include "sync/imapsession.h"

#include <QMutex>
#include <QTimer>

#include <deque>
#include <functional>

namespace mailwright {

struct Pop3SyncStats;

struct StoreWorker::Request
{
    enum class Kind {
        FolderList,
        Folder,
        All,
        Check,
        Body,
        Flags,
        Delete,
        Move,
        DraftSave,
        DraftRemove
    };
    quint64 id = 0;
    Kind kind = Kind::Folder;
    QString path; ///< the folder; DraftSave/DraftRemove: where the UID is (empty: Drafts)
    QString target;
    QList<quint32> uids;
    int flags = FlagNone;
    bool add = true;
    bool user = false;
    QByteArray raw;       ///< DraftSave: the message
    QByteArray messageId; ///< DraftSave, DraftRemove: the draft's Message-ID

    /// May run between the batches of a folder sync: reads and flag changes do not change
    /// sequence numbers of the folder being walked (an expunge would).
    bool canInterleave() const { return kind == Kind::Body || kind == Kind::Flags; }
    /// Safe to repeat after a dropped connection. A COPY whose reply was lost might have been
    /// done, so moves and deletes are reported instead.
    bool idempotent() const
    {
        return kind != Kind::Delete && kind != Kind::Move && kind != Kind::DraftSave &&
               kind != Kind::DraftRemove;
    }
};

/// The queue shared by the two threads: user requests first, each list FIFO.
struct StoreQueue
{
    QMutex mutex;
    std::deque<StoreWorker::Request> user;
    std::deque<StoreWorker::Request> background;
    quint64 nextId = 1;
    CancelToken cancel;

    bool take(StoreWorker::Request *out, bool interleavableUserOnly)
    {
        QMutexLocker lock(&mutex);
        if (!user.empty() && (!interleavableUserOnly || user.front().canInterleave())) {
            *out = std::move(user.front());
            user.pop_front();
            return true;
        }
        if (interleavableUserOnly || background.empty())
            return false;
        *out = std::move(background.front());
        background.pop_front();
        return true;
    }
};

/// Runs in the worker thread; owns the sessions and the thread's cache connection. Its request
/// kinds are implemented in storeengine.cpp (sync, flags, moves) and storedrafts.cpp (drafts
/// and the Trash/Drafts folder resolution).
class StoreWorker::Engine : public QObject
{
    Q_OBJECT
public:
    Engine(const StoreAccount &account, std::shared_ptr<StoreQueue> queue);
    ~Engine() override;

    void setCheckInterval(int ms);
    void processOne();

    std::function<quint64(Request, bool)> enqueue; ///< set by StoreWorker (thread-safe)

Q_SIGNALS:
    void folderListChanged(const QString &account);
    void folderSynced(const QString &account, const QString &path,
                      const mailwright::FolderSyncStats &stats);
    void messageBody(const QString &account, const QString &path, quint32 uid,
                     const QByteArray &raw);
    void messagesChanged(const QString &account, const QString &path);
    void newMail(const QString &account, const QString &folder, int count);
    void error(const QString &account, const mailwright::MailError &error);
    void requestFinished(quint64 id, const mailwright::MailError &error);
    void draftStored(quint64 id, const QString &folder, quint32 uid);

private:
    void enqueueCheck();
    MailCache &cache();

    /// Worth one more try on a fresh connection when a REUSED connection failed: the server
    /// (or a NAT box) may have dropped it while idle. VMime reports that in several ways
    /// (socket errors, "Not connected" illegal_state), so anything but a cancel or a local
    /// storage failure counts; a real server error simply fails again on the fresh connection.
    static bool connectionLost(const MailError &e);

    /// Runs \a op on the IMAP session, opening it when needed. After an error the session is
    /// dropped; when a reused session failed because the connection was gone, \a op is tried
    /// once more on a fresh one (if it is safe to repeat).
    MailError withImap(const std::function<MailError(ImapSession &)> &op, bool idempotent);
    /// Between batches of a long sync: the user's waiting reads and flag changes go first.
    void interleaveUserRequests();

    // storedrafts.cpp
    /// The server's \Trash folder (RFC 6154) when the cached folder list has one, else the
    /// account's option.
    QString trashPath();
    /// The server's \Drafts folder (RFC 6154) when the cached folder list has one, else the
    /// account's option. An account whose folders were never listed lists them first.
    QString draftsPath(bool *known);
    MailError storeDraft(const Request &r, QString *folderOut, quint32 *uidOut);
    MailError dropDraft(const Request &r);
    /// Expunges exactly \a uid of \a folder (the copy a draft was opened from, when it is
    /// not in the Drafts folder resolved now).
    MailError expungeIn(const QString &folder, quint32 uid);
    /// The cache forgets expunged draft copies; a background sync of the folder picks up the
    /// new one.
    void forgetCached(const QString &folder, const QList<quint32> &uids);

    // storeengine.cpp
    MailError runPop3(Pop3SyncStats *stats);
    MailError syncOne(const QString &path, FolderSyncStats *stats);
    MailError changeFlags(const Request &r);
    MailError removeMessages(const Request &r);
    void run(const Request &r);

    StoreAccount m_account;
    std::shared_ptr<StoreQueue> m_queue;
    std::unique_ptr<MailCache> m_cache;
    std::unique_ptr<ImapSession> m_imap;
    QTimer *m_timer = nullptr;
    int m_depth = 0;           ///< nesting of withImap (user requests between sync batches)
    bool m_imapBroken = false; ///< a nested request failed on the shared session
};

} // namespace mailwright
