// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: the state behind an Outbox, shared by outbox.cpp and outboxbatch.cpp.

#include "send/outbox.h"

#include "contenthash_p.h"
#include "logging.h"
#include "outboxrow_p.h"
#include "outboxschema_p.h"
#include "storage/sqliteconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>

namespace mailwright {

using namespace outboxrow;
using storage::sqlError;

class Outbox::Private
{
public:
    Options options;
    /// This thread's connection (named, WAL, closed and unregistered when the Outbox goes).
    std::unique_ptr<storage::SqliteConnection> connection;
    /// storage::writeMutexFor(the database): serialises this process's writers.
    QMutex *writeMutex = nullptr;
    bool open = false;
    /// Deferred sync (setDeferredSync): markUploading/markAccepted of these ids, which this
    /// object claimed with claimBatch(), commit without fsync.
    bool deferredSync = false;
    /// The connection's current synchronous mode (true: NORMAL); unknown until first set.
    std::optional<bool> syncLazy;
    QSet<qint64> reserved;

    /// A file-referenced message's source (table `sources`).
    struct SourceRef
    {
        QString path;
        qint64 size = 0;
        QByteArray hash;
    };
    /// What sources says per id (nullopt: the bytes are in `bodies`); dropped on import/remove.
    QHash<qint64, std::optional<SourceRef>> sourceCache;
    /// The file being streamed, and the ContentHash of what was read from offset 0 in order
    /// (next = -1: no such read under way).
    struct SourceReader
    {
        qint64 id = 0;
        std::unique_ptr<QFile> file;
        qint64 next = -1;
        ContentHash hash;
    } reader;
    /// The ContentHash of the last complete in-order read of each referenced message, until
    /// verifyBody() takes it (the sender reads the next message ahead while sending one).
    QHash<qint64, QByteArray> readHashes;

    MailError source(qint64 id, std::optional<SourceRef> *out);
    MailError readSource(qint64 id, const SourceRef &ref, qint64 offset, char *out, qint64 n);
    /// importSources(); \a orphanedOnly: only references whose process is gone (recovery).
    MailError importSources(const QList<qint64> &ids, bool orphanedOnly);

    bool lazyFor(qint64 id) const { return deferredSync && reserved.contains(id); }

    QSqlDatabase db() const { return connection->database(); }

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it returns an error or the
    // commit fails, so a failed write leaves the database as it was. IMMEDIATE takes the write
    // lock up front: two senders never read the same "due" row and both claim it.
    // `lazy`: commit with synchronous=NORMAL, i.e. written to the WAL (safe against a process
    // crash) but not fsynced (an OS crash or power loss may undo it). Only for records whose loss
    // recovery handles conservatively (see claimBatch()).
    template<typename Body>
    MailError transaction(const QString &what, Body body, bool lazy = false)
    {
        const QMutexLocker lock(writeMutex);
        QSqlDatabase database = db();
        // Switch only when the mode changes: a send run alternates 128 lazy commits with one
        // full one, and two PRAGMA statements per commit were a measurable share of its CPU.
        // A failed switch leaves the flag unknown, so the next transaction sets it again.
        if (syncLazy != std::optional<bool>(lazy)) {
            syncLazy.reset();
            QSqlQuery pragma(database);
            if (pragma.exec(lazy ? QStringLiteral("PRAGMA synchronous=NORMAL")
                                 : QStringLiteral("PRAGMA synchronous=FULL")))
                syncLazy = lazy;
            else if (!lazy)
                return sqlError(pragma.lastError(), what + QLatin1String(" (sync)"));
            // (could not relax it: this commit simply stays fully synced)
        }
        QSqlQuery begin(database);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(begin.lastError(), what);
        MailError error = body(database);
        if (!error) {
            QSqlQuery commit(database);
            if (commit.exec(QStringLiteral("COMMIT")))
                return {};
            error = sqlError(commit.lastError(), what + QLatin1String(" (commit)"));
        }
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        if (error.code == ErrorCode::StorageFull || error.code == ErrorCode::StorageError)
            qCWarning(lcSend) << "outbox:" << what << "failed:" << error.technicalDetail;
        return error;
    }

    // One statement that must change exactly one row; otherwise a state error.
    MailError update(qint64 id, const QString &sql, const QVariantList &values, const char *what,
                     const char *wrongStateMessage, bool lazy = false)
    {
        return transaction(
            QString::fromLatin1(what),
            [&](QSqlDatabase &database) -> MailError {
                QSqlQuery q(database);
                q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                if (!q.exec())
                    return sqlError(q.lastError(), QString::fromLatin1(what));
                if (q.numRowsAffected() != 1)
                    return stateError(id, QString::fromLatin1(what), wrongStateMessage);
                return {};
            },
            lazy);
    }
};

/// Stores \a raw as the body of message \a id inside the caller's transaction: a zeroblob of the
/// right size, then incremental BLOB writes, so SQLite never assembles a second copy in memory.
MailError writeBody(QSqlDatabase &database, qint64 id, const QByteArray &raw);
/// The body of a new message \a id inside the caller's transaction: a `sources` reference when
/// the draft names an unchanged file (OutboxDraft::sourceFile), else writeBody().
MailError storeBody(QSqlDatabase &database, qint64 id, const OutboxDraft &draft);
/// Reads \a n bytes of message \a id's body from \a offset (incremental BLOB I/O).
MailError readBody(QSqlDatabase database, qint64 id, qint64 offset, char *out, qint64 n);

/// An id of this boot of the machine (Linux: /proc/sys/kernel/random/boot_id), empty where
/// unknown. Recovery trusts unsynced records only when the claim was made in the same boot.
QString currentBootId();

} // namespace mailwright
