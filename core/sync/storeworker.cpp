// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeworker_p.h"

#include "account/account.h"

#include <QThread>

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
                               quint32 previousUid, const QString &previousFolder)
{
    Request r;
    r.kind = Request::Kind::DraftSave;
    r.path = previousFolder;
    r.raw = raw;
    r.messageId = messageId;
    if (previousUid)
        r.uids = {previousUid};
    return enqueue(r, Priority::User);
}

quint64 StoreWorker::removeDraft(const QByteArray &messageId, quint32 uid, const QString &folder)
{
    Request r;
    r.kind = Request::Kind::DraftRemove;
    r.path = folder;
    r.messageId = messageId;
    if (uid)
        r.uids = {uid};
    return enqueue(r, Priority::User);
}

} // namespace mailwright
