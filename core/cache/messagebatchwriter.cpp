// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebatchwriter.h"

#include "cache/mailcache.h"
#include "errors/errorcatalogue.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace mailwright {

namespace {

struct Batch
{
    qint64 folderId = 0;
    QList<CachedMessage> messages;
    quint32 highestUid = 0;
};

} // namespace

class MessageBatchWriter::Private
{
public:
    QString path;
    int maxQueued = 2;
    MessageBatchWriter::SortIndexes sortIndexes = MessageBatchWriter::SortIndexes::Maintain;

    mutable std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue; ///< waiting, and the one being stored (removed once committed)
    bool stopping = false;
    MailError error;
    int stored = 0;
    std::thread thread;

    void run()
    {
        // Created and destroyed on this thread: its Qt SQL connection belongs here.
        MailCache cache(path);
        const bool bulk = sortIndexes == MessageBatchWriter::SortIndexes::BuildAtEnd;
        bool dropped = false;
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            changed.wait(lock, [this] { return stopping || !queue.empty(); });
            if (queue.empty())
                break; // stopping with nothing left
            Batch &batch = queue.front();
            MailError result;
            if (!error) {
                lock.unlock();
                if (bulk && !dropped) {
                    result = cache.dropSortIndexes();
                    dropped = true;
                }
                if (!result)
                    result = cache.addMessages(batch.folderId, batch.messages, batch.highestUid);
                lock.lock();
            }
            if (result && !error)
                error = result;
            else if (!result)
                stored += int(batch.messages.size());
            queue.pop_front();
            changed.notify_all();
        }
        if (!dropped)
            return;
        // One CREATE INDEX pass per sort index over the folder's rows, still on this thread and
        // before finish() returns: the list the sync leaves behind is indexed. Also after a
        // failed batch (best effort; the next open() retries). Meanwhile another thread copies
        // the batches' WAL frames into the database, which the last connection's close would
        // otherwise do alone afterwards (issue 6: both on the two cores instead of one after
        // the other at the end of a first sync).
        lock.unlock();
        std::thread checkpoint([this] { checkpointCommitted(path); });
        const MailError built = cache.ensureSortIndexes();
        checkpoint.join();
        lock.lock();
        if (built && !error)
            error = built;
    }

    /// A PASSIVE checkpoint (never waits for, nor blocks, the writer) on a short-lived connection
    /// of its own. Best effort: a failure only leaves the work to the next checkpoint.
    static void checkpointCommitted(const QString &databasePath)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) == SQLITE_OK) {
            // Never this connection's close: it is not the last one, and must not try to be.
            sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            // A fresh connection learns that the database is in WAL mode only when it first
            // reads it; before that a checkpoint call does nothing (and says so with -1 frames).
            if (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) == SQLITE_OK)
                sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close(db);
    }

    void stop()
    {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            stopping = true;
        }
        changed.notify_all();
        if (thread.joinable())
            thread.join();
    }
};

MessageBatchWriter::MessageBatchWriter(const QString &databasePath, int maxQueued,
                                       SortIndexes sortIndexes)
    : d(std::make_unique<Private>())
{
    d->path = databasePath;
    d->maxQueued = std::max(1, maxQueued);
    d->sortIndexes = sortIndexes;
    d->thread = std::thread([this] { d->run(); });
}

MessageBatchWriter::~MessageBatchWriter()
{
    d->stop();
}

MailError MessageBatchWriter::add(qint64 folderId, QList<CachedMessage> messages,
                                  quint32 highestUid)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return d->error || int(d->queue.size()) < d->maxQueued; });
    if (d->error)
        return d->error;
    if (d->stopping) { // add() after finish(): the thread is gone
        MailError error;
        error.code = ErrorCode::StorageError;
        error.phase = Phase::Store;
        error.technicalDetail = QStringLiteral("message batch added after finish");
        explain(error);
        return error;
    }
    d->queue.push_back(Batch{folderId, std::move(messages), highestUid});
    d->changed.notify_all();
    return {};
}

MailError MessageBatchWriter::finish()
{
    // The thread stores what is queued, builds the sort indexes in bulk mode, and ends.
    d->stop();
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->error;
}

int MessageBatchWriter::stored() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->stored;
}

} // namespace mailwright
