// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapsync.h"

#include "cache/mailcache.h"
#include "cache/messagebatchwriter.h"
#include "errors/errorcatalogue.h"
#include "logging.h"
#include "mime/messagereader.h"
#include "sync/imapsession.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mailwright {

QString indexableText(const QByteArray &raw, bool *hasAttachments)
{
    const ReadMessage message = MessageReader::read(raw);
    if (hasAttachments)
        *hasAttachments = !message.attachments.isEmpty();
    if (!message.text.isEmpty())
        return message.text;
    QString html = message.html;
    // Enough for an index: drop style/script blocks and tags, keep the words.
    static const QRegularExpression blocks(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(blocks);
    html.replace(tags, QStringLiteral(" "));
    return html;
}

ImapSync::ImapSync(ImapSession &session, MailCache &cache, const QString &account)
    : m_session(session)
    , m_cache(cache)
    , m_account(account)
{}

MailError ImapSync::cancelled() const
{
    if (!m_cancel.isCancelled())
        return {};
    MailError error;
    error.code = ErrorCode::Cancelled;
    error.phase = Phase::Fetch;
    explain(error);
    return error;
}

MailError ImapSync::syncFolderList(QList<CachedFolder> *out)
{
    QList<RemoteFolder> remote;
    if (MailError error = m_session.listFolders(&remote))
        return error;
    QSet<QString> seen;
    for (const RemoteFolder &folder : std::as_const(remote)) {
        seen.insert(folder.path);
        if (MailError error =
                m_cache.ensureFolder(m_account, folder.path, folder.delimiter, folder.specialUse)
                    .error)
            return error;
    }
    auto cached = m_cache.folders(m_account);
    if (!cached.ok())
        return cached.error;
    QList<CachedFolder> kept;
    for (const CachedFolder &folder : std::as_const(cached.value)) {
        if (seen.contains(folder.path)) {
            kept.append(folder);
        } else if (MailError error = m_cache.removeFolder(folder.id)) {
            return error;
        }
    }
    if (out)
        *out = kept;
    return {};
}

int ImapSync::nextBatchSize(int total, int remaining, int batchSize)
{
    batchSize = std::max(1, batchSize);
    // The writer stores a batch while the next one is fetched, except the last: nothing
    // overlaps its insert. So the last full batch's worth goes in halves down to a quarter
    // (5,000 → 2,500, 1,250, 1,250), each stored while the next is fetched.
    if (remaining > batchSize || total <= batchSize)
        return std::min(remaining, batchSize);
    if (remaining <= std::max(1, batchSize / 4))
        return remaining;
    return (remaining + 1) / 2;
}

MailError ImapSync::fetchAndStore(qint64 folderId, int total, const BatchFetch &fetch,
                                  FolderSyncStats *stats)
{
    if (total <= 0)
        return {}; // the common periodic sync: no thread, no second connection
    // Many new messages against few cached ones (a first sync, or one resumed after a kill):
    // the list's sort indexes are built once at the end instead of row by row (issue 6: the
    // writer thread was the critical path). A rebuild covers every folder's rows, so not when
    // the cache already holds more than this sync adds.
    auto sortIndexes = MessageBatchWriter::SortIndexes::Maintain;
    if (total >= kBulkLoadMinimum) {
        const auto cached = m_cache.cachedMessageTotal();
        if (!cached.ok())
            return cached.error;
        if (cached.value <= total)
            sortIndexes = MessageBatchWriter::SortIndexes::BuildAtEnd;
    }
    // The inserts run on the writer's thread while the next batch is fetched here; each batch
    // is still one transaction, committed in order (kill -9 safe, see MessageBatchWriter).
    MessageBatchWriter writer(m_cache.databasePath(), 2, sortIndexes);
    for (int start = 0, count = 0; start < total; start += count) {
        if (MailError error = cancelled())
            return error; // the writer's destructor still stores what was queued
        count = nextBatchSize(total, total - start, m_batchSize);
        QList<CachedMessage> batch;
        quint32 highest = 0;
        if (MailError error = fetch(start, count, &batch, &highest))
            return error;
        stats->added += int(batch.size());
        if (MailError error = writer.add(folderId, std::move(batch), highest))
            return error;
        if (m_progress)
            m_progress(writer.stored(), total);
    }
    if (MailError error = writer.finish())
        return error;
    if (m_progress)
        m_progress(writer.stored(), total);
    return {};
}

MailError ImapSync::storeBatches(qint64 folderId, const QString &path, const QList<quint32> &uids,
                                 FolderSyncStats *stats)
{
    return fetchAndStore(
        folderId, int(uids.size()),
        [this, &path, &uids](int start, int count, QList<CachedMessage> *batch, quint32 *highest) {
            const QList<quint32> slice = uids.mid(start, count);
            *highest = slice.last();
            return m_session.fetchEnvelopesByUid(path, slice, batch);
        },
        stats);
}

MailError ImapSync::syncFolder(const QString &path, FolderSyncStats *statsOut)
{
    FolderSyncStats local;
    FolderSyncStats *stats = statsOut ? statsOut : &local;
    *stats = FolderSyncStats();

    auto existing = m_cache.folder(m_account, path);
    if (!existing.ok())
        return existing.error;
    if (!existing.value) {
        auto created = m_cache.ensureFolder(
            m_account, path, QString(),
            path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? SpecialUse::Inbox
                                                                           : SpecialUse::None);
        if (!created.ok())
            return created.error;
        existing.value = created.value;
    }
    CachedFolder folder = *existing.value;

    // Cheap check first: STATUS (RFC 3501 §6.3.10). With CONDSTORE (RFC 7162 §3.1.2) an
    // unchanged HIGHESTMODSEQ means no flag changed either, so nothing is fetched at all. A
    // folder never synced has nothing to compare: its EXAMINE below gives the same values.
    RemoteFolderStatus status;
    const bool firstSync = folder.uidValidity == 0;
    if (!firstSync) {
        if (MailError error = m_session.folderStatus(path, &status))
            return error;
    }
    if (!firstSync && status.uidValidity == folder.uidValidity &&
        status.uidNext == folder.uidNext && status.messages == folder.total &&
        status.highestModSeq != 0 && status.highestModSeq == folder.highestModSeq) {
        stats->unchanged = true;
        return m_cache.finishSync(folder.id, status.uidNext, status.highestModSeq);
    }

    RemoteFolderStatus selected;
    if (MailError error = m_session.examine(path, &selected))
        return error;
    if (firstSync)
        status = selected; // UIDNEXT and HIGHESTMODSEQ from the EXAMINE reply
    if (selected.uidValidity != folder.uidValidity) {
        // RFC 3501 §2.3.1.1: the old UIDs now name other messages (or none). Start over.
        stats->reset = folder.uidValidity != 0;
        if (stats->reset)
            qCInfo(lcImap) << "UIDVALIDITY of" << path << "changed; resynchronising";
        if (MailError error = m_cache.resetFolder(folder.id, selected.uidValidity))
            return error;
        folder.highestUid = 0;
    }

    if (folder.highestUid == 0) {
        // First sync: walk sequence numbers in batches (no UID list needed up front).
        const MailError error = fetchAndStore(
            folder.id, selected.messages,
            [this, &path](int start, int count, QList<CachedMessage> *batch, quint32 *highest) {
                if (MailError e =
                        m_session.fetchEnvelopesByNumber(path, start + 1, start + count, batch))
                    return e;
                for (const CachedMessage &m : std::as_const(*batch))
                    *highest = std::max(*highest, m.uid);
                return MailError();
            },
            stats);
        if (error)
            return error;
    } else {
        // Incremental (RFC 4549 §4.3.1): one UID FETCH 1:* (UID FLAGS) gives the server's UIDs
        // and flags: new UIDs above our highest, flag changes, and expunged UIDs (ours, not
        // theirs).
        QHash<quint32, int> serverFlags;
        if (MailError error = m_session.fetchFlags(path, 1, &serverFlags))
            return error;
        auto known = m_cache.flagsByUid(folder.id);
        if (!known.ok())
            return known.error;
        QHash<quint32, int> changed;
        QList<quint32> removed;
        for (auto it = known.value.cbegin(); it != known.value.cend(); ++it) {
            const auto server = serverFlags.constFind(it.key());
            if (server == serverFlags.cend())
                removed.append(it.key());
            else if (server.value() != it.value())
                changed.insert(it.key(), server.value());
        }
        QList<quint32> fresh;
        for (auto it = serverFlags.cbegin(); it != serverFlags.cend(); ++it) {
            if (it.key() > folder.highestUid && !known.value.contains(it.key()))
                fresh.append(it.key());
        }
        std::sort(fresh.begin(), fresh.end());
        if (MailError error = m_cache.setFlags(folder.id, changed))
            return error;
        if (MailError error = m_cache.removeMessages(folder.id, removed))
            return error;
        stats->flagsChanged = int(changed.size());
        stats->removed = int(removed.size());
        if (MailError error = storeBatches(folder.id, path, fresh, stats))
            return error;
    }
    // STATUS was taken before the fetches: if anything arrived meanwhile, the next STATUS
    // differs from what is recorded here and that sync looks again.
    return m_cache.finishSync(folder.id, status.uidNext, status.highestModSeq);
}

MailError ImapSync::fetchBody(const QString &path, quint32 uid, QByteArray *raw)
{
    raw->clear();
    auto folder = m_cache.folder(m_account, path);
    if (!folder.ok())
        return folder.error;
    if (folder.value) {
        auto cached = m_cache.body(folder.value->id, uid);
        if (!cached.ok())
            return cached.error;
        if (!cached.value.isNull()) {
            *raw = cached.value;
            return {};
        }
    }
    if (MailError error = m_session.fetchMessage(path, uid, raw))
        return error;
    if (raw->isNull()) {
        MailError error;
        error.code = ErrorCode::ProtocolError;
        error.phase = Phase::Fetch;
        error.technicalDetail = QStringLiteral("no message with UID %1 in %2").arg(uid).arg(path);
        explain(error);
        return error;
    }
    if (folder.value && m_cache.message(folder.value->id, uid).value) {
        bool attachments = false;
        const QString text = indexableText(*raw, &attachments);
        if (MailError error = m_cache.storeBody(folder.value->id, uid, *raw, text, attachments))
            return error;
    }
    return {};
}

} // namespace mailwright
