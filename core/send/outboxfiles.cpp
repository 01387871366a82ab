// SPDX-License-Identifier: GPL-3.0-or-later
// File-referenced outbox messages (docs/architecture.md, "File-referenced messages"): a prepared
// .eml that is queued unchanged is recorded as a durable reference (path, size, modification
// time, ContentHash, owning process) instead of a second copy of its bytes, and streamed from
// the file. Copying 51 MB of .eml files into SQLite and syncing them before the first byte went
// out was about a third of `send --eml`'s run (docs/benchmarks.md). The bytes are copied in only
// when the message has to stay in the outbox after the run (importSources), by the enqueueing
// process before it exits or by recovery after it died.
#include "outbox_p.h"

#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailwright {

namespace {

MailError changedError(const QString &path, const QString &detail)
{
    MailError e;
    e.code = ErrorCode::FileError;
    e.phase = Phase::Store;
    explain(e); // the catalogue's hint; the message says which file and what happened
    e.retryable = false;
    e.userMessage = QCoreApplication::translate(
                        "Outbox", "The file %1 changed or disappeared after the message was "
                                  "queued, so it was not sent. Send the file again.")
                        .arg(path);
    e.technicalDetail = path + QLatin1String(": ") + detail;
    return e;
}

qint64 modifiedMs(const QFileInfo &info)
{
    return info.lastModified().toMSecsSinceEpoch();
}

} // namespace

MailError storeBody(QSqlDatabase &database, qint64 id, const OutboxDraft &draft)
{
    if (draft.sourceFile.isEmpty())
        return writeBody(database, id, draft.raw);
    // The caller read the file when it had this time; unchanged size and time now mean the
    // bytes it gives are (with the hash as the proof checked later) the file's content.
    const QFileInfo info(draft.sourceFile);
    if (!info.isFile() || info.size() != draft.raw.size() ||
        modifiedMs(info) != draft.sourceModifiedMs)
        return writeBody(database, id, draft.raw);
    QSqlQuery q(database);
    q.prepare(QStringLiteral("INSERT INTO sources (message_id, path, size, mtime, hash, owner_pid,"
                             " owner_boot) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(qint64(draft.raw.size()));
    q.addBindValue(draft.sourceModifiedMs);
    q.addBindValue(QString::fromLatin1(ContentHash::of(draft.raw)));
    q.addBindValue(qint64(QCoreApplication::applicationPid()));
    q.addBindValue(currentBootId());
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("store source reference"));
    return {};
}

MailError Outbox::Private::source(qint64 id, std::optional<SourceRef> *out)
{
    const auto it = sourceCache.constFind(id);
    if (it != sourceCache.constEnd()) {
        *out = *it;
        return {};
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT path, size, hash FROM sources WHERE message_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("source"));
    out->reset();
    if (q.next())
        *out = SourceRef{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray()};
    sourceCache.insert(id, *out);
    return {};
}

MailError Outbox::Private::readSource(qint64 id, const SourceRef &ref, qint64 offset, char *out,
                                      qint64 n)
{
    if (reader.id != id || !reader.file) {
        reader.file = std::make_unique<QFile>(ref.path);
        reader.id = id;
        reader.next = -1;
        if (!reader.file->open(QIODevice::ReadOnly)) {
            reader.file.reset();
            return changedError(ref.path, QStringLiteral("cannot open"));
        }
    }
    if (offset == 0) {
        reader.next = 0;
        reader.hash = ContentHash();
        readHashes.remove(id);
    }
    if (offset + n > ref.size || !reader.file->seek(offset) || reader.file->read(out, n) != n)
        return changedError(ref.path, QStringLiteral("short read"));
    // The hash covers the bytes exactly as handed out, so verifyBody() vouches for what was
    // actually sent, not for what the file holds a moment later.
    if (offset == reader.next) {
        reader.hash.add(out, n);
        reader.next += n;
        if (reader.next == ref.size) {
            readHashes.insert(id, reader.hash.hex());
            reader.next = -1;
        }
    } else {
        reader.next = -1;
    }
    return {};
}

MailError Outbox::readBody(qint64 id, qint64 offset, char *out, qint64 n)
{
    if (MailError error = open())
        return error;
    std::optional<Private::SourceRef> ref;
    if (MailError error = d->source(id, &ref))
        return error;
    if (!ref)
        return mailwright::readBody(d->db(), id, offset, out, n);
    return n <= 0 ? MailError() : d->readSource(id, *ref, offset, out, n);
}

MailError Outbox::verifyBody(qint64 id)
{
    if (MailError error = open())
        return error;
    std::optional<Private::SourceRef> ref;
    if (MailError error = d->source(id, &ref))
        return error;
    if (!ref)
        return {};
    const bool whole = d->readHashes.contains(id);
    const QByteArray hash = d->readHashes.take(id); // spent: the next check needs a new read
    if (!whole || hash != ref->hash)
        return changedError(ref->path, whole ? QStringLiteral("content hash differs")
                                             : QStringLiteral("not read in full"));
    return {};
}

MailError Outbox::importSources(const QList<qint64> &ids)
{
    if (MailError error = open())
        return error;
    return ids.isEmpty() ? MailError() : d->importSources(ids, false);
}

MailError Outbox::Private::importSources(const QList<qint64> &ids, bool orphanedOnly)
{
    const QString boot = currentBootId();
    reader = SourceReader(); // never keep a file open that we are about to drop
    readHashes.clear();
    const MailError result =
        transaction(QStringLiteral("import sources"), [&](QSqlDatabase &database) -> MailError {
            QSqlQuery q(database);
            q.prepare(
                QStringLiteral("SELECT s.path, s.size, s.hash, s.owner_pid, s.owner_boot, m.state,"
                               " m.copy_to_sent, m.copied_to_sent_at FROM sources s JOIN messages m"
                               " ON m.id = s.message_id WHERE s.message_id = ?"));
            for (qint64 id : ids) {
                q.addBindValue(id);
                if (!q.exec())
                    return sqlError(q.lastError(), QStringLiteral("import: select"));
                if (!q.next())
                    continue;
                const QString path = q.value(0).toString();
                const qint64 size = q.value(1).toLongLong();
                const QByteArray hash = q.value(2).toByteArray();
                const bool ownerAlive = q.value(4).toString() == boot && !boot.isEmpty() &&
                                        processAlive(q.value(3).toLongLong());
                const QString state = q.value(5).toString();
                const bool copyPending = q.value(6).toBool() && q.value(7).isNull();
                q.finish();
                if (orphanedOnly && ownerAlive)
                    continue;
                // Failed messages keep their reference: `outbox retry` queues them again and
                // the next open imports them then (or fails them if the file changed).
                const bool needed = state == QLatin1String("queued") ||
                                    state == QLatin1String("held") ||
                                    (state == QLatin1String("sent") && copyPending);
                if (!needed)
                    continue;
                QFile file(path);
                QByteArray bytes;
                QString problem;
                if (!file.open(QIODevice::ReadOnly))
                    problem = QStringLiteral("cannot open: ") + file.errorString();
                else if (file.size() != size)
                    problem = QStringLiteral("size %1, queued %2").arg(file.size()).arg(size);
                else if ((bytes = file.read(size)).size() != size)
                    problem = QStringLiteral("short read");
                else if (ContentHash::of(bytes) != hash)
                    problem = QStringLiteral("content hash differs");
                QSqlQuery u(database);
                if (problem.isEmpty()) {
                    if (MailError e = writeBody(database, id, bytes))
                        return e;
                    u.prepare(QStringLiteral("DELETE FROM sources WHERE message_id = ?"));
                    u.addBindValue(id);
                } else if (state == QLatin1String("sent")) {
                    // It was delivered; only the copy for the Sent folder cannot be made.
                    qCWarning(lcSend) << "outbox: no Sent copy of" << id << "-" << path << problem;
                    u.prepare(QStringLiteral("UPDATE messages SET copy_to_sent = 0 WHERE id = ?"));
                    u.addBindValue(id);
                } else {
                    const MailError e = changedError(path, problem);
                    u.prepare(QStringLiteral(
                        "UPDATE messages SET state = 'failed', last_error = ?, claim_pid = NULL,"
                        " reserved_at = NULL, updated_at = ? WHERE id = ?"));
                    u.addBindValue(QString::fromUtf8(
                        QJsonDocument(mailErrorToJson(e)).toJson(QJsonDocument::Compact)));
                    u.addBindValue(currentTime().toMSecsSinceEpoch());
                    u.addBindValue(id);
                }
                if (!u.exec())
                    return sqlError(u.lastError(), QStringLiteral("import: update"));
                sourceCache.remove(id);
            }
            return MailError();
        });
    if (result)
        sourceCache.clear();
    return result;
}

} // namespace mailwright
