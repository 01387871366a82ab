// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"
#include "logging.h"
#include "outbox_p.h"
#include "outboxrow_p.h"
#include "outboxschema_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <map>
#include <memory>

namespace mailwright {

using namespace outboxrow;
using storage::sqlError;

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Held:
        return QStringLiteral("held");
    }
    return QStringLiteral("queued");
}

Outbox::Outbox(const QString &databasePath)
    : Outbox(databasePath, Options())
{}

Outbox::Outbox(const QString &databasePath, const Options &options)
    : d(std::make_unique<Private>())
    , m_path(databasePath)
{
    d->options = options;
    d->connection = std::make_unique<storage::SqliteConnection>(QStringLiteral("mailwright-outbox"),
                                                                databasePath);
    d->writeMutex = d->connection->writeMutex();
}

Outbox::~Outbox() = default;

int Outbox::schemaVersion()
{
    return outboxschema::CurrentVersion;
}

bool Outbox::isOpen() const
{
    return d->open;
}

MailError Outbox::open()
{
    if (d->open)
        return {};
    // WAL (SqliteConnection): readers (list()) never block the sender. synchronous=FULL: in WAL
    // mode NORMAL may lose the last commits on power loss; the sent-marker and a queued message
    // must not be lost, and the outbox writes a few rows per message, so every commit pays its
    // fsync. Checkpoint every 32 MiB of WAL instead of SQLite's 4 MiB: each checkpoint pays two
    // fsyncs (WAL, then database), and queueing a batch of large messages paid them a dozen times.
    if (MailError error = d->connection->open({QStringLiteral("PRAGMA synchronous=FULL"),
                                               QStringLiteral("PRAGMA wal_autocheckpoint=8192")}))
        return error;
    d->syncLazy = false;
    QSqlDatabase database = d->db();
    QSqlQuery q(database);
    if (d->options.maximumBytes > 0) {
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("page_size"));
        const qint64 pageSize = std::max<qint64>(512, q.value(0).toLongLong());
        q.finish();
        const qint64 pages = std::max<qint64>(1, d->options.maximumBytes / pageSize);
        if (!q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)))
            return sqlError(q.lastError(), QStringLiteral("max_page_count"));
    }
    {
        const QMutexLocker lock(d->writeMutex);
        if (MailError error = outboxschema::migrate(database))
            return error;
    }
    d->open = true;
    return recoverInterrupted();
}

MailError Outbox::recoverInterrupted()
{
    if (!d->open)
        return open();
    const qint64 now = currentTime().toMSecsSinceEpoch();
    const QString note = QCoreApplication::translate(
        "Outbox", "Mailwright stopped while this message was being transferred; the server may "
                  "have received it. Check the recipient's copy or your Sent folder, then send it "
                  "again or delete it.");
    const QString boot = currentBootId();
    const MailError recovered =
        d->transaction(QStringLiteral("recover"), [&](QSqlDatabase &database) -> MailError {
            QSqlQuery q(database);
            if (!q.exec(QStringLiteral("SELECT id, claim_pid, delivered_at, upload_started_at,"
                                       " reserved_at, claim_boot FROM messages"
                                       " WHERE state = 'sending'")))
                return sqlError(q.lastError(), QStringLiteral("recover: select"));
            struct Row
            {
                qint64 id;
                bool delivered;
                bool uploading;
            };
            QList<Row> rows;
            while (q.next()) {
                // A live claimant (another thread of this process, or another process such as the
                // CLI) is still sending it: leave it alone.
                if (processAlive(q.value(1).toLongLong()))
                    continue;
                // A batch claim (claimBatch) allowed DATA before markUploading() was fsynced. After
                // a process crash in the same boot every unsynced commit is still there, so the
                // records are exact; after a reboot they may be lost: treat it as uploading.
                const bool reserved = !q.value(4).isNull();
                const bool sameBoot = !boot.isEmpty() && q.value(5).toString() == boot;
                rows.append({q.value(0).toLongLong(), !q.value(2).isNull(),
                             !q.value(3).isNull() || (reserved && !sameBoot)});
            }
            q.finish();
            for (const Row &row : rows) {
                QSqlQuery u(database);
                if (row.delivered) {
                    // The 250 was recorded: it is sent, whatever happened afterwards.
                    u.prepare(QStringLiteral("UPDATE messages SET state = 'sent', sent_at = ?, "
                                             "updated_at = ?, claim_pid = NULL WHERE id = ?"));
                    u.addBindValue(now);
                } else if (row.uploading) {
                    // The window that cannot be closed: the final dot may have reached the server
                    // and the 250 was lost with us. Do not resend on our own; let the user decide.
                    u.prepare(QStringLiteral("UPDATE messages SET state = 'held', note = ?, "
                                             "updated_at = ?, claim_pid = NULL WHERE id = ?"));
                    u.addBindValue(note);
                } else {
                    // The server never got DATA: nothing can have been delivered.
                    u.prepare(
                        QStringLiteral("UPDATE messages SET state = 'queued', updated_at = ?, "
                                       "claim_pid = NULL, reserved_at = NULL WHERE id = ?"));
                }
                u.addBindValue(now);
                u.addBindValue(row.id);
                if (!u.exec())
                    return sqlError(u.lastError(), QStringLiteral("recover: update"));
                qCInfo(lcSend) << "outbox: recovered message" << row.id
                               << (row.delivered   ? "as sent"
                                   : row.uploading ? "as held"
                                                   : "as queued");
            }
            return {};
        });
    if (recovered)
        return recovered;
    // References of a process that is gone (docs/architecture.md, "File-referenced messages"),
    // among the messages that still need their bytes (sent ones keep their reference for good).
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral(
            "SELECT s.message_id FROM sources s JOIN messages m ON m.id = s.message_id"
            " WHERE m.state IN ('queued', 'held') OR (m.state = 'sent' AND m.copy_to_sent = 1"
            " AND m.copied_to_sent_at IS NULL)")))
        return sqlError(q.lastError(), QStringLiteral("recover: sources"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids.isEmpty() ? MailError() : d->importSources(ids, true);
}

Outbox::Result<qint64> Outbox::enqueue(const OutboxDraft &draft, const QDateTime &now)
{
    Result<qint64> result;
    if ((result.error = validate(draft)))
        return result;
    if ((result.error = open()))
        return result;
    QJsonArray recipients;
    for (const QString &r : draft.recipients)
        recipients.append(r);
    result.error = d->transaction(QStringLiteral("enqueue"), [&](QSqlDatabase &database) {
        QSqlQuery q(database);
        q.prepare(QStringLiteral(
            "INSERT INTO messages (account, envelope_from, recipients, subject, size, state,"
            " created_at, updated_at, next_attempt_at, copy_to_sent)"
            " VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)"));
        q.addBindValue(draft.account);
        q.addBindValue(draft.envelopeFrom);
        q.addBindValue(toJson(recipients));
        q.addBindValue(QString(QStringLiteral("") + subjectOf(draft.raw))); // never NULL
        q.addBindValue(qint64(draft.raw.size()));
        q.addBindValue(msecs(now));
        q.addBindValue(msecs(now));
        q.addBindValue(msecs(now));
        q.addBindValue(draft.copyToSent);
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("enqueue"));
        result.value = q.lastInsertId().toLongLong();
        return storeBody(database, result.value, draft);
    });
    if (result.error)
        result.value = 0;
    return result;
}

Outbox::Result<std::optional<OutboxMessage>> Outbox::claimNext(const QDateTime &now)
{
    Result<std::optional<OutboxMessage>> result;
    if ((result.error = open()))
        return result;
    qint64 id = 0;
    result.error = d->transaction(QStringLiteral("claim"), [&](QSqlDatabase &database) {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE state = 'queued' AND "
                                 "delivered_at IS NULL AND next_attempt_at <= ? "
                                 "ORDER BY next_attempt_at, id LIMIT 1"));
        q.addBindValue(msecs(now));
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("claim: select"));
        if (!q.next())
            return MailError();
        id = q.value(0).toLongLong();
        q.finish();
        QSqlQuery u(database);
        u.prepare(QStringLiteral("UPDATE messages SET state = 'sending', attempts = attempts + 1,"
                                 " claim_pid = ?, upload_started_at = NULL, updated_at = ?"
                                 " WHERE id = ?"));
        u.addBindValue(qint64(QCoreApplication::applicationPid()));
        u.addBindValue(msecs(now));
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u.lastError(), QStringLiteral("claim: update"));
        return MailError();
    });
    if (result.error || id == 0)
        return result;
    Result<OutboxMessage> loaded = message(id);
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    result.value = std::move(loaded.value);
    return result;
}

MailError Outbox::markUploading(qint64 id, const QDateTime &now)
{
    if (MailError error = open())
        return error;
    return d->update(id,
                     QStringLiteral("UPDATE messages SET upload_started_at = ?, updated_at = ? "
                                    "WHERE id = ? AND state = 'sending'"),
                     {msecs(now), msecs(now), id}, "mark uploading",
                     QT_TRANSLATE_NOOP("Outbox", "This message is not being sent."),
                     d->lazyFor(id));
}

MailError Outbox::markAccepted(qint64 id, const QList<RecipientOutcome> &outcomes,
                               const QDateTime &now)
{
    if (MailError error = open())
        return error;
    // One small UPDATE, committed with a full fsync before the caller does anything else. Not
    // restricted by state: the fact "the server has it" must be recorded whatever else happened.
    return d->update(
        id,
        QStringLiteral("UPDATE messages SET delivered_at = COALESCE(delivered_at, ?),"
                       " recipient_outcomes = COALESCE(?, recipient_outcomes),"
                       " updated_at = ? WHERE id = ?"),
        {msecs(now), outcomes.isEmpty() ? QVariant() : outcomesToJson(outcomes), msecs(now), id},
        "mark accepted", QT_TRANSLATE_NOOP("Outbox", "The message is no longer in the outbox."),
        d->lazyFor(id));
}

MailError Outbox::markSent(qint64 id, const QDateTime &now)
{
    d->reserved.remove(id);
    if (MailError error = open())
        return error;
    return d->update(
        id,
        QStringLiteral("UPDATE messages SET state = 'sent', delivered_at = COALESCE(delivered_at, "
                       "?), sent_at = ?, updated_at = ?, claim_pid = NULL, last_error = NULL,"
                       " note = '' WHERE id = ? AND state IN ('sending', 'sent')"),
        {msecs(now), msecs(now), msecs(now), id}, "mark sent",
        QT_TRANSLATE_NOOP("Outbox", "This message is not being sent."));
}

MailError Outbox::markFailed(qint64 id, const MailError &error,
                             const QList<RecipientOutcome> &outcomes, const QDateTime &now)
{
    d->reserved.remove(id);
    if (MailError openError = open())
        return openError;
    return d->transaction(QStringLiteral("mark failed"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT attempts, delivered_at, cancel_requested, state "
                                 "FROM messages WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("mark failed: select"));
        if (!q.next())
            return stateError(
                id, QStringLiteral("not found"),
                QT_TRANSLATE_NOOP("Outbox", "The message is no longer in the outbox."));
        const int attempts = q.value(0).toInt();
        const bool delivered = !q.value(1).isNull();
        const bool cancelled = q.value(2).toBool();
        const QString state = q.value(3).toString();
        q.finish();
        if (state != QLatin1String("sending"))
            return stateError(id, QStringLiteral("mark failed in state %1").arg(state),
                              QT_TRANSLATE_NOOP("Outbox", "This message is not being sent."));
        MailError stored = error;
        QString newState;
        QDateTime next = now;
        if (delivered) {
            // The server accepted it before whatever failed afterwards: it stays sent.
            newState = QStringLiteral("sent");
        } else if (cancelled) {
            newState = QStringLiteral("failed");
            stored = MailError();
            stored.code = ErrorCode::Cancelled;
            stored.phase = error.phase;
            stored.technicalDetail = error.userMessage;
            explain(stored);
        } else if (d->options.retry.shouldRetry(attempts, error)) {
            newState = QStringLiteral("queued");
            next = d->options.retry.nextAttempt(now, attempts);
        } else {
            newState = QStringLiteral("failed");
        }
        QSqlQuery u(database);
        u.prepare(QStringLiteral(
            "UPDATE messages SET state = ?, next_attempt_at = ?, last_error = ?,"
            " recipient_outcomes = COALESCE(?, recipient_outcomes), upload_started_at = NULL,"
            " reserved_at = NULL, claim_pid = NULL, updated_at = ? WHERE id = ?"));
        u.addBindValue(newState);
        u.addBindValue(msecs(next));
        u.addBindValue(QString::fromUtf8(
            QJsonDocument(mailErrorToJson(stored)).toJson(QJsonDocument::Compact)));
        u.addBindValue(outcomes.isEmpty() ? QVariant() : QVariant(outcomesToJson(outcomes)));
        u.addBindValue(msecs(now));
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u.lastError(), QStringLiteral("mark failed: update"));
        return MailError();
    });
}

MailError Outbox::markOutcomeUnknown(qint64 id, const MailError &error, const QDateTime &now)
{
    d->reserved.remove(id);
    if (MailError openError = open())
        return openError;
    const QString note = QCoreApplication::translate(
        "Outbox", "The connection broke after the message was transferred, before the server "
                  "confirmed it; the server may have received it. Check the recipient's copy or "
                  "your Sent folder, then send it again or delete it.");
    return d->update(
        id,
        QStringLiteral("UPDATE messages SET state = 'held', note = ?, last_error = ?,"
                       " upload_started_at = NULL, claim_pid = NULL, updated_at = ?"
                       " WHERE id = ? AND state = 'sending' AND delivered_at IS NULL"),
        {note,
         QString::fromUtf8(QJsonDocument(mailErrorToJson(error)).toJson(QJsonDocument::Compact)),
         msecs(now), id},
        "mark outcome unknown", QT_TRANSLATE_NOOP("Outbox", "This message is not being sent."));
}

MailError Outbox::hold(qint64 id)
{
    if (MailError error = open())
        return error;
    return d->update(id,
                     QStringLiteral("UPDATE messages SET state = 'held', updated_at = ? "
                                    "WHERE id = ? AND state IN ('queued', 'failed')"),
                     {msecs(currentTime()), id}, "hold",
                     QT_TRANSLATE_NOOP("Outbox", "Only a waiting or failed message can be held."));
}

MailError Outbox::release(qint64 id)
{
    if (MailError error = open())
        return error;
    const QDateTime now = currentTime();
    return d->update(id,
                     QStringLiteral("UPDATE messages SET state = 'queued', next_attempt_at = ?,"
                                    " note = '', updated_at = ? WHERE id = ? AND state = 'held'"
                                    " AND delivered_at IS NULL"),
                     {msecs(now), msecs(now), id}, "release",
                     QT_TRANSLATE_NOOP("Outbox", "This message is not held."));
}

MailError Outbox::retryNow(qint64 id)
{
    if (MailError error = open())
        return error;
    const QDateTime now = currentTime();
    // A manual retry of a failed message starts a fresh back-off series.
    return d->update(
        id,
        QStringLiteral("UPDATE messages SET attempts = CASE WHEN state = 'failed' THEN 0 ELSE "
                       "attempts END, state = 'queued', next_attempt_at = ?, note = '',"
                       " cancel_requested = 0, updated_at = ? WHERE id = ? AND state IN "
                       "('queued', 'failed', 'held') AND delivered_at IS NULL"),
        {msecs(now), msecs(now), id}, "retry now",
        QT_TRANSLATE_NOOP("Outbox", "This message is being sent or was sent already."));
}

MailError Outbox::cancel(qint64 id)
{
    if (MailError error = open())
        return error;
    const QDateTime now = currentTime();
    MailError cancelled;
    cancelled.code = ErrorCode::Cancelled;
    explain(cancelled);
    const QString errorJson =
        QString::fromUtf8(QJsonDocument(mailErrorToJson(cancelled)).toJson(QJsonDocument::Compact));
    return d->update(
        id,
        QStringLiteral("UPDATE messages SET"
                       " state = CASE WHEN state = 'sending' THEN state ELSE 'failed' END,"
                       " last_error = CASE WHEN state = 'sending' THEN last_error ELSE ? END,"
                       " cancel_requested = 1, updated_at = ?"
                       " WHERE id = ? AND state IN ('queued', 'held', 'sending')"
                       " AND delivered_at IS NULL"),
        {errorJson, msecs(now), id}, "cancel",
        QT_TRANSLATE_NOOP("Outbox", "This message was sent already or has failed."));
}

MailError Outbox::remove(qint64 id)
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("remove"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ? AND state <> 'sending'"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q.lastError(), QStringLiteral("remove"));
        if (q.numRowsAffected() != 1)
            return stateError(id, QStringLiteral("remove"),
                              QT_TRANSLATE_NOOP("Outbox", "This message is being sent right now; "
                                                          "wait until the attempt ends."));
        QSqlQuery b(database);
        b.prepare(QStringLiteral("DELETE FROM bodies WHERE message_id = ?"));
        b.addBindValue(id);
        if (!b.exec())
            return sqlError(b.lastError(), QStringLiteral("remove body"));
        d->sourceCache.remove(id);
        QSqlQuery s(database);
        s.prepare(QStringLiteral("DELETE FROM sources WHERE message_id = ?"));
        s.addBindValue(id);
        if (!s.exec())
            return sqlError(s.lastError(), QStringLiteral("remove source"));
        return MailError();
    });
}

Outbox::Result<QList<OutboxEntry>> Outbox::pendingSentCopies()
{
    Result<QList<OutboxEntry>> result = list();
    if (!result.ok())
        return result;
    QList<OutboxEntry> pending;
    for (const OutboxEntry &e : std::as_const(result.value)) {
        if (e.state == OutboxState::Sent && e.copyToSent && !e.copiedToSent)
            pending.append(e);
    }
    result.value = pending;
    return result;
}

MailError Outbox::markCopiedToSent(qint64 id)
{
    if (MailError error = open())
        return error;
    const QDateTime now = currentTime();
    return d->update(id,
                     QStringLiteral("UPDATE messages SET copied_to_sent_at = ?, updated_at = ? "
                                    "WHERE id = ? AND state = 'sent'"),
                     {msecs(now), msecs(now), id}, "mark copied",
                     QT_TRANSLATE_NOOP("Outbox", "This message has not been sent yet."));
}

Outbox::Result<QList<OutboxEntry>> Outbox::list()
{
    Result<QList<OutboxEntry>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(SelectColumns) +
                QLatin1String(" FROM messages ORDER BY created_at, id"))) {
        result.error = sqlError(q.lastError(), QStringLiteral("list"));
        return result;
    }
    while (q.next()) {
        OutboxEntry entry;
        readEntry(q, entry);
        result.value.append(entry);
    }
    return result;
}

Outbox::Result<OutboxMessage> Outbox::message(qint64 id, bool withBody)
{
    Result<OutboxMessage> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(SelectColumns) + QLatin1String(" FROM messages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        result.error = sqlError(q.lastError(), QStringLiteral("message"));
        return result;
    }
    if (!q.next()) {
        result.error = stateError(id, QStringLiteral("not found"),
                                  QT_TRANSLATE_NOOP("Outbox", "The message is no longer in the "
                                                              "outbox."));
        return result;
    }
    readEntry(q, result.value);
    q.finish();
    if (withBody) {
        // One copy in memory: read straight into the buffer (a column read would hold SQLite's
        // copy and Qt's at once).
        result.value.raw = QByteArray(result.value.size, Qt::Uninitialized);
        if ((result.error = readBody(id, 0, result.value.raw.data(), result.value.size)) ||
            (result.error = verifyBody(id)))
            result.value.raw.clear();
    }
    return result;
}

} // namespace mailwright
