// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebatchwriter.h"

#include "cache/mailcache.h"
#include "errors/errorcatalogue.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
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
        // failed batch (best effort; the next open() retries).
        lock.unlock();
        const MailError built = cache.ensureSortIndexes();
        lock.lock();
        if (built && !error)
            error = built;
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
