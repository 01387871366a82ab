// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "send/recipientoutcome.h"
#include "send/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mailwright {

enum class OutboxState {
    Queued,  ///< waiting for its next attempt (next_attempt_at)
    Sending, ///< claimed by a sender; durable before the first byte goes to the server
    Sent,    ///< the server accepted it (250 after DATA); never sent again
    Failed,  ///< permanent failure, attempts exhausted or cancelled; kept for the user
    Held,    ///< put aside by the user, or "may have been sent" after a crash (see note)
};

QString outboxStateName(OutboxState state); ///< "queued", "sending", ... (stored and in JSON)

/// A message to put into the outbox.
struct OutboxDraft
{
    QString account;         ///< account name (settings key)
    QString envelopeFrom;    ///< MAIL FROM (may be empty: the null reverse-path)
    QStringList recipients;  ///< RCPT TO, Bcc included
    QByteArray raw;          ///< the complete RFC 5322 message, CRLF line ends, Bcc stripped
    bool copyToSent = false; ///< the account has IMAP: a copy goes to its Sent folder
    /// Optional: raw is exactly the content of this file (a prepared .eml, unchanged), read when
    /// its modification time was sourceModifiedMs. If the file still has that size and time,
    /// the outbox records a durable reference (path, size, time, ContentHash) instead of a copy
    /// of the bytes, and streams them from the file; the enqueueing process must call
    /// importSources() before it exits (docs/architecture.md, "File-referenced messages").
    QString sourceFile;
    qint64 sourceModifiedMs = 0;
};

/// One row of the outbox without the message bytes (cheap to list).
struct OutboxEntry
{
    qint64 id = 0;
    QString account;
    QString envelopeFrom;
    QStringList recipients;
    QString subject; ///< the raw Subject header (RFC 2047 words not decoded), for display
    qint64 size = 0;
    OutboxState state = OutboxState::Queued;
    int attempts = 0; ///< attempts started (counted when claimed)
    QDateTime created;
    QDateTime updated;
    QDateTime nextAttempt;
    QDateTime uploadStarted; ///< DATA was about to be sent; null if never reached
    QDateTime delivered;     ///< the durable sent-marker: 250 after DATA received
    MailError lastError;
    QList<RecipientOutcome> recipientOutcomes;
    QString note; ///< why a message is held after a crash, or similar; translated
    bool cancelRequested = false;
    bool copyToSent = false;
    bool copiedToSent = false;
};

/// An outbox row with its bytes.
struct OutboxMessage : OutboxEntry
{
    QByteArray raw;
};

/// The persistent outbox: a SQLite database (Qt SQL, QSQLITE driver) in the data directory,
/// normally `<dataDir>/outbox.sqlite`, in WAL mode with `synchronous=FULL`, so every commit is on
/// disk before the call returns.
///
/// Threads: an Outbox object is confined to the thread that opened it (Qt SQL connections must
/// not cross threads). It opens its own connection, named
/// "mailwright-outbox-<thread id>-<instance number>"; create one Outbox per thread that needs
/// one. Several Outboxes (threads or processes) may use the same file at once: SQLite's locking
/// serialises writers (busy timeout 5 s), and claimNext() is one IMMEDIATE transaction, so a
/// message is claimed by exactly one sender. The owner is whoever created it; not a QObject.
///
/// Message bytes are a BLOB in the table `bodies` (one row per message, never updated), written
/// in the same transaction as the message's row before any attempt (one fsync, no orphaned
/// files), with incremental BLOB I/O so no second copy is made in memory.
///
/// Every operation returns its failure as a MailError (StorageFull for SQLITE_FULL, StorageError
/// otherwise); a failed write is rolled back and never touches messages already queued.
///
/// Sender protocol (what a send loop must call, in this order):
///   claimNext() → connect, EHLO, AUTH, MAIL, RCPT ... → markUploading() after 354, before the text
///   → on the 250 after the final dot: markAccepted() FIRST → markSent() when done (Sent copy
///   queued etc.); on any failure before that 250: markFailed().
/// On open, a message left in `sending` by a crashed process becomes `sent` if its sent-marker
/// is set, `held` ("may have been sent") if markUploading() had been called, else `queued`.
class Outbox
{
public:
    struct Options
    {
        RetryPolicy retry;
        /// Upper bound for the database file (SQLite max_page_count); 0 = no limit.
        qint64 maximumBytes = 0;
    };

    template<typename T>
    struct Result
    {
        T value{};
        MailError error;
        bool ok() const { return !error.isError(); }
    };

    explicit Outbox(const QString &databasePath);
    Outbox(const QString &databasePath, const Options &options);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    /// Opens (creating or migrating the schema) and recovers messages interrupted by a crash.
    /// Called by every operation when needed; call it yourself to see the error early.
    MailError open();
    bool isOpen() const;
    QString databasePath() const { return m_path; }
    static int schemaVersion(); ///< the version this code writes

    /// Stores the message durably as `queued`, due now. Returns its id.
    Result<qint64> enqueue(const OutboxDraft &draft, const QDateTime &now = currentTime());

    /// Atomically moves the oldest due `queued` message (next attempt ≤ now) to `sending`,
    /// counts the attempt and returns it with its bytes; value is empty when nothing is due.
    Result<std::optional<OutboxMessage>> claimNext(const QDateTime &now = currentTime());

    /// DATA got its 354 and the text is about to be sent: from now on a crash may leave the message
    /// delivered without our knowing it. Recorded durably.
    MailError markUploading(qint64 id, const QDateTime &now = currentTime());

    /// The server answered 250 after the final dot. Call this FIRST, before anything else: it
    /// sets the durable sent-marker, after which the message is never sent again.
    MailError markAccepted(qint64 id, const QList<RecipientOutcome> &outcomes = {},
                           const QDateTime &now = currentTime());

    /// Finishes a sending message as `sent` (sets the sent-marker too if it was not set).
    MailError markSent(qint64 id, const QDateTime &now = currentTime());

    /// The attempt failed before the server accepted the message. Retryable errors go back to
    /// `queued` with back-off until the policy's attempts are used up, then `failed`;
    /// non-retryable errors and cancelled messages go to `failed`. Never requeues a message
    /// whose sent-marker is set.
    MailError markFailed(qint64 id, const MailError &error,
                         const QList<RecipientOutcome> &outcomes = {},
                         const QDateTime &now = currentTime());

    /// The connection broke after the final dot and before the reply: the server may have the
    /// message. Puts it in `held` with a note for the user instead of retrying (see
    /// docs/architecture.md, "Outbox"). Not for failures before the final dot: use markFailed().
    MailError markOutcomeUnknown(qint64 id, const MailError &error,
                                 const QDateTime &now = currentTime());

    MailError hold(qint64 id);    ///< queued/failed → held
    MailError release(qint64 id); ///< held → queued, due now
    MailError retryNow(qint64 id); ///< queued/failed/held → queued, due now; failed: attempts reset
    /// queued/held → failed (Cancelled). For a message being sent, the attempt is not stopped
    /// here (the send job has its own cancel flag) but its failure then ends in `failed`.
    MailError cancel(qint64 id);
    MailError remove(qint64 id); ///< deletes the row; refused while `sending`

    // ---- Batches (one connection, many messages; see docs/architecture.md, "Outbox") ----

    /// Stores several messages in ONE durable commit (one fsync instead of one per message).
    /// All or nothing. Returns their ids in order.
    Result<QList<qint64>> enqueueBatch(const QList<OutboxDraft> &drafts,
                                       const QDateTime &now = currentTime());

    /// Which messages claimBatch() may take.
    struct ClaimFilter
    {
        QString account;             ///< only this account ("" = any)
        QList<qint64> ids;           ///< only these ids (empty = any)
        bool ignoreSchedule = false; ///< also messages whose next attempt lies ahead (flush)
        QList<qint64> excludeIds;    ///< never these (a send run tries each message once)
    };

    /// Like claimNext() for up to  maxCount messages at once (oldest due first), in one
    /// durable commit that also *reserves* them: the sender may then call markUploading() and
    /// markAccepted() for them in deferred-sync mode (setDeferredSync), without an fsync each.
    /// Recovery after a crash of the claiming process in the same boot sees every such record
    /// (they are in the WAL); after a reboot, a reserved message without its sent-marker is held
    /// ("may have been sent"), never resent. Returns ids; load the bytes with message().
    Result<QList<qint64>> claimBatch(const ClaimFilter &filter, int maxCount,
                                     const QDateTime &now = currentTime());

    /// Gives claimed messages that were never started (no markUploading) back to `queued`, due
    /// as before, the attempt not counted (a sender that stops early).
    MailError unclaim(const QList<qint64> &ids, const QDateTime &now = currentTime());

    /// Deferred sync for messages claimed by claimBatch() through this object (see there).
    void setDeferredSync(bool on);

    /// markSent() for several messages in one durable commit; also makes every earlier deferred
    /// commit durable (WAL order).
    MailError markSentBatch(const QList<qint64> &ids, const QDateTime &now = currentTime());

    /// Copies the WAL into the database file now (SQLite checkpoint). After large messages were
    /// queued, this keeps the copy (and its fsync) out of the sender's first commits.
    MailError checkpoint();

    /// The state of one message (cheap: no bytes read).
    Result<OutboxState> state(qint64 id);
    /// Whether cancel() was asked for this message (cheap; the sender checks again right before
    /// a message it read ahead goes out).
    Result<bool> cancelRequested(qint64 id);

    /// The earliest next attempt of a queued message of  account ("" = any); invalid if none.
    Result<QDateTime> nextDue(const QString &account = QString());

    /// Sent messages whose copy to the Sent folder (IMAP APPEND) is still to be made.
    Result<QList<OutboxEntry>> pendingSentCopies();
    MailError markCopiedToSent(qint64 id);

    Result<QList<OutboxEntry>> list();
    /// One message; with \a withBody false, raw stays empty (the bytes can be large: stream
    /// them with readBody()).
    Result<OutboxMessage> message(qint64 id, bool withBody = true);
    /// \a n bytes of the message's RFC 5322 bytes from \a offset, without loading the rest.
    MailError readBody(qint64 id, qint64 offset, char *out, qint64 n);

    /// A file-referenced message (OutboxDraft::sourceFile) whose bytes were just read in full
    /// through readBody(): whether they are still the queued ones (size and ContentHash). The
    /// sender asks before the final dot; FileError when the file changed. Bodies stored in the
    /// outbox always pass.
    MailError verifyBody(qint64 id);

    /// Copies the bytes of the file-referenced messages among \a ids that may still be sent
    /// (queued, held, or sent with a pending Sent copy) into the outbox in one durable commit
    /// and drops their references. One whose file changed or vanished becomes `failed` with a
    /// FileError (`sent` ones lose only their Sent copy). The process that enqueued references
    /// calls this before it exits; recovery does it for references of a process that died.
    MailError importSources(const QList<qint64> &ids);

    /// Runs crash recovery (see the class comment). open() calls it; callable again.
    MailError recoverInterrupted();

    static QDateTime currentTime() { return QDateTime::currentDateTimeUtc(); }

private:
    class Private;
    std::unique_ptr<Private> d;
    QString m_path;
};

} // namespace mailwright
