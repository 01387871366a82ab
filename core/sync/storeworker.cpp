// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeworker.h"

#include "account/account.h"
#include "cache/mailcache.h"
#include "errors/errorcatalogue.h"
#include "logging.h"
#include "sync/draftcopy.h"
#include "sync/imapsession.h"
#include "sync/pop3session.h"
#include "sync/pop3sync.h"

#include <QMutex>
#include <QThread>
#include <QTimer>

#include <deque>
#include <functional>

namespace mailwright {

StoreAccount StoreAccount::fromAccount(const Account &account)
{
    StoreAccount s;
    s.name = account.name;
    s.protocol = account.incoming.protocol;
    s.wire.endpoint = account.incoming;
    // Clear text only when the user chose it for this account (RFC 8314 §5.1).
    s.wire.tls.allowPlaintext = account.incoming.security == Security::None;
    if (!account.caFile.isEmpty())
        s.wire.tls.addCaFile(account.caFile); // an unreadable file: verification fails later
    for (auto it = account.pinnedCertificates.cbegin(); it != account.pinnedCertificates.cend();
         ++it) {
        const int colon = it.key().lastIndexOf(u':');
        if (colon <= 0)
            continue;
        for (const QString &pin : it.value())
            s.wire.tls.addPin(it.key().left(colon), quint16(it.key().mid(colon + 1).toUInt()), pin);
    }
    s.username = account.effectiveIncomingUser();
    s.checkIntervalMinutes = account.checkIntervalMinutes;
    s.leaveOnServer = account.leaveOnServer;
    s.deleteFromServerAfterDays = account.deleteFromServerAfterDays;
    s.trashFolder = account.trashFolder;
    s.draftsFolder = account.draftsFolder;
    return s;
}

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
    QString path;
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

/// Runs in the worker thread; owns the sessions and the thread's cache connection.
class StoreWorker::Engine : public QObject
{
    Q_OBJECT
public:
    Engine(const StoreAccount &account, std::shared_ptr<StoreQueue> queue)
        : m_account(account)
        , m_queue(std::move(queue))
    {
        m_account.wire.cancel = m_queue->cancel;
    }
    ~Engine() override
    {
        // Runs in the worker thread (deleteLater on QThread::finished): VMime state dies here.
        m_imap.reset();
        m_cache.reset();
    }

    void setCheckInterval(int ms)
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, [this]() { enqueueCheck(); });
        }
        m_timer->stop();
        if (ms > 0)
            m_timer->start(ms);
    }

    void processOne()
    {
        Request request;
        if (m_queue->take(&request, false))
            run(request);
    }

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
    void enqueueCheck()
    {
        Request r;
        r.kind = Request::Kind::Check;
        enqueue(r, false);
    }

    MailCache &cache()
    {
        if (!m_cache)
            m_cache = std::make_unique<MailCache>(m_account.cachePath);
        return *m_cache;
    }

    /// Worth one more try on a fresh connection when a REUSED connection failed: the server
    /// (or a NAT box) may have dropped it while idle. VMime reports that in several ways
    /// (socket errors, "Not connected" illegal_state), so anything but a cancel or a local
    /// storage failure counts; a real server error simply fails again on the fresh connection.
    static bool connectionLost(const MailError &e)
    {
        return e.code != ErrorCode::Cancelled && e.code != ErrorCode::StorageError &&
               e.code != ErrorCode::StorageFull;
    }

    /// Runs \a op on the IMAP session, opening it when needed. After an error the session is
    /// dropped; when a reused session failed because the connection was gone, \a op is tried
    /// once more on a fresh one (if it is safe to repeat).
    MailError withImap(const std::function<MailError(ImapSession &)> &op, bool idempotent)
    {
        if (m_depth > 0 && !m_imap)
            return makeMailError(ErrorCode::ConnectionClosed, Phase::Fetch, QString());
        bool fresh = false;
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!m_imap) {
                auto session = std::make_unique<ImapSession>();
                if (MailError e =
                        session->open(m_account.wire, {m_account.username, m_account.password}))
                    return e;
                m_imap = std::move(session);
                m_imapBroken = false;
                fresh = true;
            }
            ++m_depth;
            MailError e = op(*m_imap);
            --m_depth;
            if (!e && !m_imapBroken)
                return e;
            if (m_depth > 0) {
                // A user request run between batches failed: the outer sync still holds the
                // session, so only mark it; the sync notices, drops it and resumes fresh.
                m_imapBroken = true;
                return e;
            }
            // A request between our batches broke the session: our own work is resumable.
            const bool brokenUnderUs = m_imapBroken;
            m_imap.reset(); // never reuse a connection after an error (G7)
            m_imapBroken = false;
            if (!e)
                return e;
            if (!idempotent || m_queue->cancel.isCancelled() ||
                (!brokenUnderUs && (fresh || !connectionLost(e))))
                return e;
            qCInfo(lcStore) << m_account.name << "connection lost; reconnecting";
            fresh = false;
        }
        return MailError();
    }

    /// Between batches of a long sync: the user's waiting reads and flag changes go first.
    void interleaveUserRequests()
    {
        Request request;
        while (m_queue->take(&request, true))
            run(request);
    }

    QString trashPath()
    {
        auto folders = cache().folders(m_account.name);
        for (const CachedFolder &f : std::as_const(folders.value)) {
            if (f.specialUse == SpecialUse::Trash)
                return f.path;
        }
        return m_account.trashFolder;
    }

    /// The server's \Drafts folder (RFC 6154) when the cached folder list has one, else the
    /// account's option. An account whose folders were never listed lists them first.
    QString draftsPath(bool *known)
    {
        auto folders = cache().folders(m_account.name);
        if (folders.ok() && folders.value.isEmpty()) {
            withImap(
                [this](ImapSession &s) {
                    return ImapSync(s, cache(), m_account.name).syncFolderList();
                },
                true);
            folders = cache().folders(m_account.name);
        }
        *known = false;
        QString byName;
        for (const CachedFolder &f : std::as_const(folders.value)) {
            if (f.specialUse == SpecialUse::Drafts) {
                *known = true;
                return f.path;
            }
            if (f.path == m_account.draftsFolder)
                byName = f.path;
        }
        *known = !byName.isEmpty();
        return m_account.draftsFolder;
    }

    MailError storeDraft(const Request &r, QString *folderOut, quint32 *uidOut)
    {
        bool exists = false;
        const QString folder = draftsPath(&exists);
        *folderOut = folder;
        QList<quint32> replaced;
        if (MailError e = withImap(
                [&](ImapSession &s) {
                    return draftcopy::store(s, folder, !exists, r.raw, r.messageId, r.uids.value(0),
                                            uidOut, &replaced);
                },
                false))
            return e;
        forgetCached(folder, replaced);
        return {};
    }

    MailError dropDraft(const Request &r)
    {
        bool exists = false;
        const QString folder = draftsPath(&exists);
        if (!exists)
            return {};
        QList<quint32> removed;
        if (MailError e = withImap(
                [&](ImapSession &s) {
                    return draftcopy::remove(s, folder, r.messageId, r.uids.value(0), &removed);
                },
                false))
            return e;
        forgetCached(folder, removed);
        return {};
    }

    /// The cache forgets expunged draft copies; a background sync of the folder picks up the
    /// new one.
    void forgetCached(const QString &folder, const QList<quint32> &uids)
    {
        auto cached = cache().folder(m_account.name, folder);
        if (cached.value && !uids.isEmpty()) {
            cache().removeMessages(cached.value->id, uids);
            cache().finishSync(cached.value->id, cached.value->uidNext,
                               cached.value->highestModSeq);
            Q_EMIT messagesChanged(m_account.name, folder);
        }
        Request follow;
        follow.kind = Request::Kind::Folder;
        follow.path = folder;
        enqueue(follow, false);
    }

    MailError runPop3(Pop3SyncStats *stats)
    {
        Pop3Session session;
        if (MailError e = session.open(m_account.wire, m_account.username, m_account.password))
            return e;
        Pop3Sync sync(session, cache(), m_account.name);
        sync.setLeaveOnServer(m_account.leaveOnServer);
        sync.setDeleteAfterDays(m_account.deleteFromServerAfterDays);
        sync.setCancelToken(m_queue->cancel);
        return sync.sync(stats);
    }

    MailError syncOne(const QString &path, FolderSyncStats *stats)
    {
        return withImap(
            [this, &path, stats](ImapSession &session) {
                ImapSync sync(session, cache(), m_account.name);
                sync.setCancelToken(m_queue->cancel);
                sync.setProgress([this](int, int) { interleaveUserRequests(); });
                return sync.syncFolder(path, stats);
            },
            true);
    }

    MailError changeFlags(const Request &r)
    {
        auto folder = cache().folder(m_account.name, r.path);
        if (!folder.ok())
            return folder.error;
        if (m_account.protocol == Protocol::Imap) {
            if (MailError e = withImap(
                    [&r](ImapSession &s) { return s.storeFlags(r.path, r.uids, r.flags, r.add); },
                    true))
                return e;
        }
        if (!folder.value)
            return {};
        QHash<quint32, int> flags;
        for (quint32 uid : r.uids) {
            const auto m = cache().message(folder.value->id, uid);
            if (m.value)
                flags.insert(uid, r.add ? (m.value->flags | r.flags) : (m.value->flags & ~r.flags));
        }
        if (MailError e = cache().setFlags(folder.value->id, flags))
            return e;
        return cache().finishSync(folder.value->id, folder.value->uidNext,
                                  folder.value->highestModSeq);
    }

    MailError removeMessages(const Request &r)
    {
        const QString trash = trashPath();
        const QString target = r.kind == Request::Kind::Move ? r.target : trash;
        if (m_account.protocol == Protocol::Imap) {
            const bool inTrash = r.kind == Request::Kind::Delete && r.path == trash;
            if (MailError e = withImap(
                    [&r, &target, inTrash](ImapSession &s) {
                        return inTrash ? s.expungeMessages(r.path, r.uids)
                                       : s.moveMessages(r.path, r.uids, target);
                    },
                    false))
                return e;
        }
        auto folder = cache().folder(m_account.name, r.path);
        if (!folder.ok())
            return folder.error;
        if (folder.value) {
            if (MailError e = cache().removeMessages(folder.value->id, r.uids))
                return e;
            cache().finishSync(folder.value->id, folder.value->uidNext,
                               folder.value->highestModSeq);
        }
        if (m_account.protocol == Protocol::Imap && target != r.path) {
            Request follow; // the target learns of its new messages by a normal sync
            follow.kind = Request::Kind::Folder;
            follow.path = target;
            enqueue(follow, false);
        }
        return {};
    }

    void run(const Request &r)
    {
        if (m_queue->cancel.isCancelled())
            return;
        MailError e;
        const QString &account = m_account.name;
        switch (r.kind) {
        case Request::Kind::FolderList:
            if (m_account.protocol == Protocol::Pop3) {
                e = cache()
                        .ensureFolder(account, Pop3Sync::inboxPath(), QString(), SpecialUse::Inbox)
                        .error;
            } else {
                e = withImap(
                    [this](ImapSession &s) {
                        return ImapSync(s, cache(), m_account.name).syncFolderList();
                    },
                    true);
            }
            if (!e)
                Q_EMIT folderListChanged(account);
            break;
        case Request::Kind::All:
        case Request::Kind::Check:
        case Request::Kind::Folder: {
            const bool all = r.kind == Request::Kind::All;
            const QString path = r.kind == Request::Kind::Folder ? r.path : QStringLiteral("INBOX");
            auto before = cache().folder(account, path);
            const bool syncedBefore = before.value && before.value->lastSync.isValid();
            FolderSyncStats stats;
            if (m_account.protocol == Protocol::Pop3) {
                Pop3SyncStats pop;
                e = runPop3(&pop);
                stats.added = pop.downloaded;
                stats.removed = 0;
            } else if (all) {
                QList<CachedFolder> folders;
                e = withImap(
                    [this, &folders](ImapSession &s) {
                        return ImapSync(s, cache(), m_account.name).syncFolderList(&folders);
                    },
                    true);
                if (!e) {
                    Q_EMIT folderListChanged(account);
                    for (const CachedFolder &f : std::as_const(folders)) {
                        Request each;
                        each.kind = Request::Kind::Folder;
                        each.path = f.path;
                        enqueue(each, r.user);
                    }
                }
                break;
            } else {
                e = syncOne(path, &stats);
            }
            if (!e) {
                Q_EMIT folderSynced(account, path, stats);
                if (r.kind == Request::Kind::Check && syncedBefore && stats.added > 0)
                    Q_EMIT newMail(account, path, stats.added);
            }
            break;
        }
        case Request::Kind::Body: {
            QByteArray raw;
            if (m_account.protocol == Protocol::Pop3) {
                auto folder = cache().folder(account, r.path);
                e = folder.error;
                if (!e && folder.value) {
                    auto body = cache().body(folder.value->id, r.uids.value(0));
                    e = body.error;
                    raw = body.value;
                }
            } else {
                e = withImap(
                    [this, &r, &raw](ImapSession &s) {
                        return ImapSync(s, cache(), m_account.name)
                            .fetchBody(r.path, r.uids.value(0), &raw);
                    },
                    true);
            }
            if (!e)
                Q_EMIT messageBody(account, r.path, r.uids.value(0), raw);
            break;
        }
        case Request::Kind::Flags:
            e = changeFlags(r);
            if (!e)
                Q_EMIT messagesChanged(account, r.path);
            break;
        case Request::Kind::Delete:
        case Request::Kind::Move:
            e = removeMessages(r);
            if (!e)
                Q_EMIT messagesChanged(account, r.path);
            break;
        case Request::Kind::DraftSave:
        case Request::Kind::DraftRemove:
            if (m_account.protocol != Protocol::Imap) {
                e = makeMailError(ErrorCode::Internal, Phase::Store,
                                  QStringLiteral("drafts on the server need IMAP"));
            } else if (r.kind == Request::Kind::DraftSave) {
                QString folder;
                quint32 uid = 0;
                e = storeDraft(r, &folder, &uid);
                if (!e)
                    Q_EMIT draftStored(r.id, folder, uid);
            } else {
                e = dropDraft(r);
            }
            break;
        }
        if (e)
            Q_EMIT error(account, e);
        Q_EMIT requestFinished(r.id, e);
    }

    StoreAccount m_account;
    std::shared_ptr<StoreQueue> m_queue;
    std::unique_ptr<MailCache> m_cache;
    std::unique_ptr<ImapSession> m_imap;
    QTimer *m_timer = nullptr;
    int m_depth = 0;           ///< nesting of withImap (user requests between sync batches)
    bool m_imapBroken = false; ///< a nested request failed on the shared session
};

StoreWorker::StoreWorker(const StoreAccount &account, QObject *parent)
    : QObject(parent)
    , m_accountName(account.name)
    , m_protocol(account.protocol)
    , m_queue(std::make_shared<StoreQueue>())
{
    qRegisterMetaType<mailwright::FolderSyncStats>();
    qRegisterMetaType<mailwright::MailError>();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("store:") + account.name);
    m_engine = new Engine(account, m_queue);
    m_engine->moveToThread(m_thread.get());
    // The documented pattern: the engine is deleted in its own thread once the loop has ended.
    connect(m_thread.get(), &QThread::finished, m_engine, &QObject::deleteLater);
    std::weak_ptr<StoreQueue> weakQueue = m_queue;
    Engine *engine = m_engine;
    m_engine->enqueue = [weakQueue, engine](Request r, bool user) -> quint64 {
        auto queue = weakQueue.lock();
        if (!queue)
            return 0;
        {
            QMutexLocker lock(&queue->mutex);
            r.id = queue->nextId++;
            r.user = user;
            (user ? queue->user : queue->background).push_back(r);
        }
        QMetaObject::invokeMethod(engine, &Engine::processOne, Qt::QueuedConnection);
        return r.id;
    };
    connect(m_engine, &Engine::folderListChanged, this, &StoreWorker::folderListChanged);
    connect(m_engine, &Engine::folderSynced, this, &StoreWorker::folderSynced);
    connect(m_engine, &Engine::messageBody, this, &StoreWorker::messageBody);
    connect(m_engine, &Engine::messagesChanged, this, &StoreWorker::messagesChanged);
    connect(m_engine, &Engine::newMail, this, &StoreWorker::newMail);
    connect(m_engine, &Engine::error, this, &StoreWorker::error);
    connect(m_engine, &Engine::requestFinished, this, &StoreWorker::requestFinished);
    connect(m_engine, &Engine::draftStored, this, &StoreWorker::draftStored);
    if (account.checkIntervalMinutes > 0)
        setCheckIntervalMs(account.checkIntervalMinutes * 60 * 1000);
}

StoreWorker::~StoreWorker()
{
    stop();
}

void StoreWorker::start()
{
    if (m_thread && !m_thread->isRunning())
        m_thread->start();
}

bool StoreWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StoreWorker::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->user.clear();
        m_queue->background.clear();
    }
    m_queue->cancel.cancel(); // a blocked read returns within ~30 ms
    if (m_thread->isRunning()) {
        m_thread->quit();
        m_thread->wait(); // application exit only
    } else {
        delete m_engine; // never started: nothing of it ran in another thread
    }
    m_engine = nullptr;
    m_thread.reset();
}

void StoreWorker::setCheckIntervalMs(int ms)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, ms]() { engine->setCheckInterval(ms); },
            Qt::QueuedConnection);
}

quint64 StoreWorker::enqueue(Request request, Priority priority)
{
    if (!m_engine)
        return 0;
    return m_engine->enqueue(std::move(request), priority == Priority::User);
}

quint64 StoreWorker::syncFolderList(Priority priority)
{
    Request r;
    r.kind = Request::Kind::FolderList;
    return enqueue(r, priority);
}

quint64 StoreWorker::syncFolder(const QString &path, Priority priority)
{
    Request r;
    r.kind = Request::Kind::Folder;
    r.path = path;
    return enqueue(r, priority);
}

quint64 StoreWorker::syncAll(Priority priority)
{
    Request r;
    r.kind = Request::Kind::All;
    return enqueue(r, priority);
}

quint64 StoreWorker::checkNow()
{
    Request r;
    r.kind = Request::Kind::Check;
    return enqueue(r, Priority::Background);
}

quint64 StoreWorker::fetchBody(const QString &path, quint32 uid)
{
    Request r;
    r.kind = Request::Kind::Body;
    r.path = path;
    r.uids = {uid};
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::markRead(const QString &path, const QList<quint32> &uids, bool read)
{
    Request r;
    r.kind = Request::Kind::Flags;
    r.path = path;
    r.uids = uids;
    r.flags = FlagSeen;
    r.add = read;
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::setFlagged(const QString &path, const QList<quint32> &uids, bool flagged)
{
    Request r;
    r.kind = Request::Kind::Flags;
    r.path = path;
    r.uids = uids;
    r.flags = FlagFlagged;
    r.add = flagged;
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::deleteMessages(const QString &path, const QList<quint32> &uids)
{
    Request r;
    r.kind = Request::Kind::Delete;
    r.path = path;
    r.uids = uids;
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::moveMessages(const QString &from, const QList<quint32> &uids,
                                  const QString &to)
{
    Request r;
    r.kind = Request::Kind::Move;
    r.path = from;
    r.uids = uids;
    r.target = to;
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::saveDraft(const QByteArray &raw, const QByteArray &messageId,
                               quint32 previousUid)
{
    Request r;
    r.kind = Request::Kind::DraftSave;
    r.raw = raw;
    r.messageId = messageId;
    if (previousUid)
        r.uids = {previousUid};
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::removeDraft(const QByteArray &messageId, quint32 uid)
{
    Request r;
    r.kind = Request::Kind::DraftRemove;
    r.messageId = messageId;
    if (uid)
        r.uids = {uid};
    return enqueue(r, Priority::User);
}

} // namespace mailwright

#include "storeworker.moc"
