// SPDX-License-Identifier: GPL-3.0-or-later
// StoreWorker's engine, in the worker thread: the connection policy (withImap), folder sync,
// flags, moves and deletes, and the dispatch of every request kind.
#include "storeworker_p.h"

#include "errors/errorcatalogue.h"
#include "logging.h"
#include "sync/pop3session.h"
#include "sync/pop3sync.h"

namespace mailwright {

StoreWorker::Engine::Engine(const StoreAccount &account, std::shared_ptr<StoreQueue> queue)
    : m_account(account)
    , m_queue(std::move(queue))
{
    m_account.wire.cancel = m_queue->cancel;
}

StoreWorker::Engine::~Engine()
{
    // Runs in the worker thread (deleteLater on QThread::finished): VMime state dies here.
    m_imap.reset();
    m_cache.reset();
}

void StoreWorker::Engine::setCheckInterval(int ms)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this]() { enqueueCheck(); });
    }
    m_timer->stop();
    if (ms > 0)
        m_timer->start(ms);
}

void StoreWorker::Engine::processOne()
{
    Request request;
    if (m_queue->take(&request, false))
        run(request);
}

void StoreWorker::Engine::enqueueCheck()
{
    Request r;
    r.kind = Request::Kind::Check;
    enqueue(r, false);
}

MailCache &StoreWorker::Engine::cache()
{
    if (!m_cache)
        m_cache = std::make_unique<MailCache>(m_account.cachePath);
    return *m_cache;
}

bool StoreWorker::Engine::connectionLost(const MailError &e)
{
    return e.code != ErrorCode::Cancelled && e.code != ErrorCode::StorageError &&
           e.code != ErrorCode::StorageFull;
}

MailError StoreWorker::Engine::withImap(const std::function<MailError(ImapSession &)> &op,
                                        bool idempotent)
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

void StoreWorker::Engine::interleaveUserRequests()
{
    Request request;
    while (m_queue->take(&request, true))
        run(request);
}

MailError StoreWorker::Engine::runPop3(Pop3SyncStats *stats)
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

MailError StoreWorker::Engine::syncOne(const QString &path, FolderSyncStats *stats)
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

MailError StoreWorker::Engine::changeFlags(const Request &r)
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
    return cache().finishSync(folder.value->id, folder.value->uidNext, folder.value->highestModSeq);
}

MailError StoreWorker::Engine::removeMessages(const Request &r)
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
        cache().finishSync(folder.value->id, folder.value->uidNext, folder.value->highestModSeq);
    }
    if (m_account.protocol == Protocol::Imap && target != r.path) {
        Request follow; // the target learns of its new messages by a normal sync
        follow.kind = Request::Kind::Folder;
        follow.path = target;
        enqueue(follow, false);
    }
    return {};
}

void StoreWorker::Engine::run(const Request &r)
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
    if (e) {
        // The catalogue's sentences name the server; errors from the session do not know it.
        e = withServer(std::move(e), m_account.wire.endpoint.host);
        Q_EMIT error(account, e);
    }
    Q_EMIT requestFinished(r.id, e);
}

} // namespace mailwright
