// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/cachetypes.h"
#include "errors/mailerror.h"
#include "net/canceltoken.h"

#include <QList>
#include <QString>

#include <functional>

namespace mailwright {

class ImapSession;
class MailCache;

/// What one folder sync did.
struct FolderSyncStats
{
    int added = 0;
    int flagsChanged = 0;
    int removed = 0;
    bool reset = false;     ///< UIDVALIDITY changed: the folder was fetched again from scratch
    bool unchanged = false; ///< STATUS showed nothing new (UIDNEXT, count, HIGHESTMODSEQ)
};

/// IMAP → cache synchronisation on an open ImapSession (RFC 3501, RFC 4549 "disconnected
/// client" steps): folder list; per folder UIDVALIDITY check, new messages' envelopes in batches,
/// flag changes and expunges of known messages; bodies on demand.
///
/// Never changes the server: folders are EXAMINEd and bodies fetched with BODY.PEEK[] (G9).
/// Crash-safe: each batch is one cache transaction that also raises the highest known UID, so an
/// interrupted sync continues after the last stored batch and stores no UID twice.
///
/// Thread: blocking; the thread that owns the session and the cache (the StoreWorker's).
/// Owner: the caller; it holds references only.
class ImapSync
{
public:
    ImapSync(ImapSession &session, MailCache &cache, const QString &account);

    /// Messages per FETCH and per cache transaction (default kDefaultBatchSize).
    void setBatchSize(int size) { m_batchSize = size; }
    /// Large enough that a 50,000-message first sync commits 10 times (each commit rewrites the
    /// touched index pages into the WAL: 1,000 → 3.4 s, 2,000 → 3.0 s, 5,000 → 2.6 s, 10,000 and
    /// more no better, issue 6), small enough that a kill loses little and progress (and the
    /// user's requests waiting between batches) comes every few tenths of a second.
    static constexpr int kDefaultBatchSize = 5000;
    /// Messages in the next FETCH of a sync storing \a total with \a remaining still to come:
    /// \a batchSize, except that when there were earlier batches the last batch's worth is
    /// split in halves down to a quarter of a batch, so the insert nothing overlaps is small.
    static int nextBatchSize(int total, int remaining, int batchSize);
    /// New messages from which a sync stores them in bulk mode (sort indexes built at the end,
    /// MessageBatchWriter::SortIndexes::BuildAtEnd) when the cache holds no more than that.
    static constexpr int kBulkLoadMinimum = 1000;
    void setCancelToken(const CancelToken &token) { m_cancel = token; }
    /// Called after each stored batch (messages stored so far, messages to store).
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

    /// LIST into the cache; folders gone from the server are removed from the cache.
    MailError syncFolderList(QList<CachedFolder> *out = nullptr);
    MailError syncFolder(const QString &path, FolderSyncStats *stats = nullptr);
    /// The raw bytes of a message: from the cache, else fetched (peek), stored and indexed.
    MailError fetchBody(const QString &path, quint32 uid, QByteArray *raw);

private:
    MailError cancelled() const;
    /// (start, count, batch out, highest UID out): fetches messages start..start+count-1 of a
    /// list of \a total.
    using BatchFetch = std::function<MailError(int, int, QList<CachedMessage> *, quint32 *)>;
    MailError fetchAndStore(qint64 folderId, int total, const BatchFetch &fetch,
                            FolderSyncStats *stats);
    MailError storeBatches(qint64 folderId, const QString &path, const QList<quint32> &uids,
                           FolderSyncStats *stats);

    ImapSession &m_session;
    MailCache &m_cache;
    QString m_account;
    int m_batchSize = kDefaultBatchSize;
    CancelToken m_cancel;
    std::function<void(int, int)> m_progress;
};

/// Text for the full-text index and the snippet: the text part, else the HTML without tags.
QString indexableText(const QByteArray &raw, bool *hasAttachments);

} // namespace mailwright
