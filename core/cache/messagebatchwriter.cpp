// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebatchwriter.h"

#include "cache/mailcache.h"

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
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            changed.wait(lock, [this] { return stopping || !queue.empty(); });
            if (queue.empty())
                return; // stopping with nothing left
            Batch &batch = queue.front();
            MailError result;
            if (!error) {
                lock.unlock();
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
    }
};

MessageBatchWriter::MessageBatchWriter(const QString &databasePath, int maxQueued)
    : d(std::make_unique<Private>())
{
    d->path = databasePath;
    d->maxQueued = std::max(1, maxQueued);
    d->thread = std::thread([this] { d->run(); });
}

MessageBatchWriter::~MessageBatchWriter()
{
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
    }
    d->changed.notify_all();
    d->thread.join();
}

MailError MessageBatchWriter::add(qint64 folderId, QList<CachedMessage> messages,
                                  quint32 highestUid)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return d->error || int(d->queue.size()) < d->maxQueued; });
    if (d->error)
        return d->error;
    d->queue.push_back(Batch{folderId, std::move(messages), highestUid});
    d->changed.notify_all();
    return {};
}

MailError MessageBatchWriter::finish()
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return d->queue.empty(); });
    return d->error;
}

int MessageBatchWriter::stored() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->stored;
}

} // namespace mailwright
