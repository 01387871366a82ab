// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: the state behind an Outbox, shared by outbox.cpp and outboxbatch.cpp.

#include "send/outbox.h"

#include "logging.h"
#include "outboxrow_p.h"
#include "outboxschema_p.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <memory>

namespace mailwright {

using namespace outboxrow;
using outboxschema::sqlError;

// One mutex per database file for the writers of this process. SQLite serialises writers
// anyway, but a connection that finds the file locked sleeps in its busy handler (up to 100 ms
// per round) and can starve for most of a second behind a busy thread (measured); blocking on a
// mutex wakes at once. Other processes still meet SQLite's lock and busy timeout.
inline QMutex *writeMutexFor(const QString &path)
{
    static QMutex registryMutex;
    static std::map<QString, std::unique_ptr<QMutex>> registry;
    const QMutexLocker lock(&registryMutex);
    std::unique_ptr<QMutex> &mutex = registry[QFileInfo(path).absoluteFilePath()];
    if (!mutex)
        mutex = std::make_unique<QMutex>();
    return mutex.get();
}

class Outbox::Private
{
public:
    Options options;
    QString connectionName;
    QMutex *writeMutex = nullptr;
    bool open = false;
    /// Deferred sync (setDeferredSync): markUploading/markAccepted of these ids, which this
    /// object claimed with claimBatch(), commit without fsync.
    bool deferredSync = false;
    QSet<qint64> reserved;

    bool lazyFor(qint64 id) const { return deferredSync && reserved.contains(id); }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

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
        struct SyncMode
        {
            QSqlDatabase &db;
            bool lazy;
            SyncMode(QSqlDatabase &d, bool l)
                : db(d)
                , lazy(l)
            {
                if (lazy)
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            }
            ~SyncMode()
            {
                if (lazy)
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
            }
        } syncMode(database, lazy);
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
/// Reads \a n bytes of message \a id's body from \a offset (incremental BLOB I/O).
MailError readBody(QSqlDatabase database, qint64 id, qint64 offset, char *out, qint64 n);

/// An id of this boot of the machine (Linux: /proc/sys/kernel/random/boot_id), empty where
/// unknown. Recovery trusts unsynced records only when the claim was made in the same boot.
QString currentBootId();

} // namespace mailwright
