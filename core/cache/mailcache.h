// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/cachetypes.h"
#include "errors/mailerror.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace mailwright {

/// The local mail cache: one SQLite database (Qt SQL, QSQLITE), normally
/// `<dataDir>/cache.sqlite`, with folders, message envelopes and flags, raw bodies fetched on
/// demand and an FTS5 index over subject, addresses and body text.
///
/// Threads: a MailCache object is confined to the thread that created it (Qt SQL connections
/// must not cross threads); it opens its own connection named
/// "mailwright-cache-<thread id>-<instance number>". Create one per thread: the store worker
/// writes with its own, the GUI reads with its own. WAL mode lets readers work while a sync
/// writes. Owner: whoever created it; not a QObject.
///
/// Durability: WAL with synchronous=NORMAL. A killed process loses nothing that was
/// committed (only a power cut may lose the last commits, which the next sync fetches again).
/// Each sync batch is one transaction that also moves the folder's highest known UID, so an
/// interrupted sync resumes after the last complete batch and never stores a UID twice.
///
/// Every operation returns its failure as a MailError (StorageFull / StorageError); a failed
/// write is rolled back.
class MailCache
{
public:
    template<typename T>
    struct Result
    {
        T value{};
        MailError error;
        bool ok() const { return !error.isError(); }
    };

    explicit MailCache(const QString &databasePath);
    ~MailCache();
    MailCache(const MailCache &) = delete;
    MailCache &operator=(const MailCache &) = delete;

    /// Opens, creating or migrating the schema. Called by every operation when needed.
    MailError open();
    bool isOpen() const;
    QString databasePath() const { return m_path; }
    static int schemaVersion(); ///< the version this code writes

    // Folders
    /// Inserts the folder or updates its delimiter and special use; returns its state.
    Result<CachedFolder> ensureFolder(const QString &account, const QString &path,
                                      const QString &delimiter, SpecialUse specialUse);
    Result<std::optional<CachedFolder>> folder(const QString &account, const QString &path);
    Result<std::optional<CachedFolder>> folderById(qint64 folderId);
    /// All folders of \a account (all accounts if empty), by account then path.
    Result<QList<CachedFolder>> folders(const QString &account = QString());
    /// Forgets the folder and everything in it (it disappeared from the server).
    MailError removeFolder(qint64 folderId);
    /// The server's UIDVALIDITY differs from ours: every cached UID is meaningless
    /// (RFC 3501 §2.3.1.1). Drops the folder's messages and starts over with \a uidValidity.
    MailError resetFolder(qint64 folderId, quint32 uidValidity);
    /// Records UIDNEXT, HIGHESTMODSEQ and the time of a completed sync; recounts unread/total.
    MailError finishSync(qint64 folderId, quint32 uidNext, quint64 highestModSeq = 0);

    // Messages
    /// Stores one batch of new messages with their full-text rows and raises the folder's
    /// highest known UID to \a highestUid, in one transaction. A UID already present is left
    /// as it is.
    MailError addMessages(qint64 folderId, const QList<CachedMessage> &messages,
                          quint32 highestUid);
    /// Bulk loading, for the first sync of a large folder (issue 6): drops the message list's
    /// sort indexes (date, sender, subject) so that addMessages maintains only the rows, the
    /// UID index and the full-text index; ensureSortIndexes() then builds the three in one pass
    /// each, which costs far less than keeping them up to date row by row. Meanwhile the list
    /// still works (sorted without an index: slower). open() re-creates missing sort indexes,
    /// so a process killed in between leaves a cache whose next opener repairs it.
    MailError dropSortIndexes();
    /// Creates the sort indexes that are missing; a no-op when all exist.
    MailError ensureSortIndexes();
    /// Whether all sort indexes exist.
    Result<bool> hasSortIndexes();
    /// Messages cached in all folders (the folders' totals).
    Result<qint64> cachedMessageTotal();
    /// UID → flags of every cached message of the folder.
    Result<QHash<quint32, int>> flagsByUid(qint64 folderId);
    /// Sets the flags of the given UIDs (one transaction).
    MailError setFlags(qint64 folderId, const QHash<quint32, int> &flags);
    /// Removes messages expunged on the server.
    MailError removeMessages(qint64 folderId, const QList<quint32> &uids);
    Result<std::optional<CachedMessage>> message(qint64 folderId, quint32 uid);
    /// A window of the folder's list, in the given order; \a search is user text for FTS5.
    Result<QList<CachedMessage>> messages(qint64 folderId, MessageSort sort, bool descending,
                                          int offset, int limit, const QString &search = QString());
    Result<int> messageCount(qint64 folderId, const QString &search = QString());

    // Bodies
    /// Stores the raw bytes exactly as received, the text for full-text search and a snippet.
    MailError storeBody(qint64 folderId, quint32 uid, const QByteArray &raw,
                        const QString &bodyText, bool hasAttachments);
    /// The raw bytes; a null QByteArray when not cached yet.
    Result<QByteArray> body(qint64 folderId, quint32 uid);

    // POP3 (RFC 1939 §7)
    Result<QSet<QString>> knownUidls(qint64 folderId);
    /// UIDL → when it was downloaded (UTC), for "delete from the server after N days".
    Result<QHash<QString, QDateTime>> pop3DownloadTimes(qint64 folderId);
    /// Stores a downloaded message with its bytes, body text and UIDL in one transaction; it
    /// gets the next local UID, returned in \a message.
    MailError addPop3Message(qint64 folderId, const QString &uidl, CachedMessage *message,
                             const QByteArray &raw, const QString &bodyText);

    /// User search text → an FTS5 query: every word must occur (prefix match on the last one);
    /// FTS5 syntax characters typed by the user are taken literally.
    static QString ftsQuery(const QString &text);

private:
    class Private;
    std::unique_ptr<Private> d;
    QString m_path;
};

} // namespace mailwright
