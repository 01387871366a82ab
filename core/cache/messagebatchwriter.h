// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/cachetypes.h"
#include "errors/mailerror.h"

#include <QList>
#include <QString>

#include <memory>

namespace mailwright {

/// Stores batches of new messages (MailCache::addMessages) on a thread of its own, so that a
/// sync can fetch the next batch while this one is inserted: network and disk overlap (issue 6:
/// a 50,000-message first sync waited for each in turn).
///
/// Batches are committed strictly in the order they were added, each in its own transaction
/// that also raises the folder's highest known UID, exactly as MailCache::addMessages does: a
/// process killed at any point leaves a prefix of the batches stored and the next sync resumes
/// after it. After the first failed batch nothing more is stored and the error is returned by
/// the next add() or finish().
///
/// Threads: the object is created, fed and destroyed by one thread (the sync's); the inserts run
/// on an internal std::thread with its own MailCache connection to the same database (Qt SQL
/// connections never cross threads; the cache's per-file write mutex orders it with the sync
/// thread's own writes). Owner: the caller; the destructor waits for the queued batches.
///
/// Bulk mode (first sync of a large folder): the writer drops the list's sort indexes before
/// its first batch and builds them again after its last one, before finish() returns (also when
/// the sync stops early: the destructor waits for it). See MailCache::dropSortIndexes; a kill
/// in between is repaired by the next MailCache::open().
class MessageBatchWriter
{
public:
    enum class SortIndexes {
        Maintain,   ///< every insert keeps the sort indexes up to date
        BuildAtEnd, ///< bulk mode: dropped first, built once at the end
    };

    /// \a maxQueued bounds memory: add() waits while that many batches are not yet stored.
    explicit MessageBatchWriter(const QString &databasePath, int maxQueued = 2,
                                SortIndexes sortIndexes = SortIndexes::Maintain);
    ~MessageBatchWriter();
    MessageBatchWriter(const MessageBatchWriter &) = delete;
    MessageBatchWriter &operator=(const MessageBatchWriter &) = delete;

    /// Queues one batch (see MailCache::addMessages). Returns the error of an earlier batch, if
    /// one failed; the batch is then not queued.
    MailError add(qint64 folderId, QList<CachedMessage> messages, quint32 highestUid);
    /// Waits until every queued batch is stored (and, in bulk mode, the sort indexes are built);
    /// the first error. Nothing can be added afterwards.
    MailError finish();
    /// Messages in the batches committed so far.
    int stored() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace mailwright
