// SPDX-License-Identifier: GPL-3.0-or-later
// MailCache: envelopes, flags, expunges and the paged list.
#include "mailcache_p.h"

#include <sqlite3.h>

#include <memory>

namespace mailwright {

using namespace cachedetail;

namespace {

MailError stepError(sqlite3 *db, int rc, const QString &what)
{
    // Shaped like QSQLITE's errors, so sqlError maps SQLITE_FULL (13) to StorageFull.
    return sqlError(QSqlError(QStringLiteral("sqlite3"),
                              QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)),
                              QSqlError::StatementError, QString::number(rc & 0xff)),
                    what);
}

void bindText(sqlite3_stmt *stmt, int column, const QString &text)
{
    // Bound as UTF-8 (never NULL: a null QString becomes ''). QSQLITE would bind UTF-16 through
    // QVariants, and SQLite would convert every column back to UTF-8.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, column, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void bindTime(sqlite3_stmt *stmt, int column, const QDateTime &time)
{
    if (time.isValid())
        sqlite3_bind_int64(stmt, column, time.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(stmt, column);
}

/// The batch insert of addMessages with one statement prepared for the whole batch and bound
/// through SQLite's own API, then the batch's full-text rows: the per-row QVariant and UTF-16 work
/// of QSqlQuery was a tenth of a 50,000-message first sync (issue 6 profile).
MailError insertMessages(QSqlDatabase &database, qint64 folderId,
                         const QList<CachedMessage> &messages, qint64 *added, qint64 *addedUnread)
{
    sqlite3 *db = storage::sqliteHandle(database);
    if (!db)
        return sqlError(QSqlError(), QStringLiteral("insert messages: no SQLite handle"));
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, InsertMessageSql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return stepError(db, rc, QStringLiteral("insert messages: prepare"));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(stmt, sqlite3_finalize);
    qint64 firstId = 0;
    for (const CachedMessage &m : messages) {
        sqlite3_bind_int64(stmt, 1, folderId);
        sqlite3_bind_int64(stmt, 2, qint64(m.uid));
        sqlite3_bind_text(stmt, 3, m.messageId.isNull() ? "" : m.messageId.constData(),
                          int(m.messageId.size()), SQLITE_TRANSIENT);
        bindTime(stmt, 4, m.date);
        bindTime(stmt, 5, m.internalDate);
        const QDateTime sortDate = m.date.isValid() ? m.date : m.internalDate;
        sqlite3_bind_int64(stmt, 6, sortDate.isValid() ? sortDate.toMSecsSinceEpoch() : 0);
        bindText(stmt, 7, m.from);
        bindText(stmt, 8, m.to);
        bindText(stmt, 9, m.cc);
        bindText(stmt, 10, m.subject);
        sqlite3_bind_int(stmt, 11, m.flags);
        sqlite3_bind_int64(stmt, 12, m.size);
        sqlite3_bind_int(stmt, 13, m.hasAttachments ? 1 : 0);
        bindText(stmt, 14, m.snippet);
        rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE)
            return stepError(db, rc, QStringLiteral("insert message"));
        // A UID already stored (batch redone after a crash) inserts nothing (DO NOTHING).
        if (sqlite3_changes(db) > 0) {
            if (!firstId)
                firstId = sqlite3_last_insert_rowid(db);
            ++*added;
            if (!(m.flags & FlagSeen))
                ++*addedUnread;
        }
        sqlite3_reset(stmt);
    }
    if (!firstId)
        return {};
    // The batch's full-text rows in one statement (schema 3 dropped the per-row trigger: FTS5
    // flushed a segment per row). We hold the write lock, so every row from firstId on was
    // inserted by this transaction (rowids grow: INTEGER PRIMARY KEY takes max + 1).
    QSqlQuery q(database);
    if (!bindAndExec(q,
                     QStringLiteral("INSERT INTO message_fts (rowid, subject, addresses, body)"
                                    " SELECT id, subject, sender || ' ' || recipients || ' ' || cc,"
                                    " '' FROM messages WHERE id >= ? AND folder_id = ?"),
                     {firstId, folderId}))
        return sqlError(q.lastError(), QStringLiteral("index messages"));
    return {};
}

} // namespace

MailError MailCache::addMessages(qint64 folderId, const QList<CachedMessage> &messages,
                                 quint32 highestUid)
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("add messages"), [&](QSqlDatabase &database) -> MailError {
        qint64 added = 0, addedUnread = 0;
        if (MailError error = insertMessages(database, folderId, messages, &added, &addedUnread))
            return error;
        // Counts are raised by what this batch inserted instead of recounted: a COUNT(*) over
        // the folder per batch made a 50,000-message first sync quadratic (issue 6 profile).
        QSqlQuery u(database);
        if (!bindAndExec(u,
                         QStringLiteral("UPDATE folders SET highest_uid = MAX(highest_uid, ?),"
                                        " total = total + ?, unread = unread + ? WHERE id = ?"),
                         {qint64(highestUid), added, addedUnread, folderId}))
            return sqlError(u.lastError(), QStringLiteral("raise highest uid"));
        return MailError();
    });
}

MailError MailCache::dropSortIndexes()
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("drop sort indexes"), [](QSqlDatabase &database) {
        return cacheschema::dropSortIndexes(database);
    });
}

MailError MailCache::ensureSortIndexes()
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("create sort indexes"), [](QSqlDatabase &database) {
        return cacheschema::ensureSortIndexes(database);
    });
}

MailCache::Result<bool> MailCache::hasSortIndexes()
{
    Result<bool> result;
    if ((result.error = open()))
        return result;
    const QStringList names = cacheschema::sortIndexNames();
    QSqlQuery q(d->db());
    if (!bindAndExec(q,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                    " AND name IN (?, ?, ?)"),
                     {names.value(0), names.value(1), names.value(2)}) ||
        !q.next())
        result.error = sqlError(q.lastError(), QStringLiteral("sort indexes"));
    else
        result.value = q.value(0).toInt() == int(names.size());
    return result;
}

MailCache::Result<qint64> MailCache::cachedMessageTotal()
{
    Result<qint64> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM folders")) || !q.next())
        result.error = sqlError(q.lastError(), QStringLiteral("cached message total"));
    else
        result.value = q.value(0).toLongLong();
    return result;
}

MailCache::Result<QHash<quint32, int>> MailCache::flagsByUid(qint64 folderId)
{
    Result<QHash<quint32, int>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!bindAndExec(q, QStringLiteral("SELECT uid, flags FROM messages WHERE folder_id = ?"),
                     {folderId})) {
        result.error = sqlError(q.lastError(), QStringLiteral("flags by uid"));
        return result;
    }
    while (q.next())
        result.value.insert(q.value(0).toUInt(), q.value(1).toInt());
    return result;
}

MailError MailCache::setFlags(qint64 folderId, const QHash<quint32, int> &flags)
{
    if (flags.isEmpty())
        return {};
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("set flags"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("UPDATE messages SET flags = ? WHERE folder_id = ? AND uid = ?"));
        for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
            q.addBindValue(it.value());
            q.addBindValue(folderId);
            q.addBindValue(qint64(it.key()));
            if (!q.exec())
                return sqlError(q.lastError(), QStringLiteral("set flags"));
        }
        return recount(database, folderId);
    });
}

MailError MailCache::removeMessages(qint64 folderId, const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return {};
    if (MailError error = open())
        return error;
    return d->transaction(
        QStringLiteral("remove messages"), [&](QSqlDatabase &database) -> MailError {
            QSqlQuery q(database);
            q.prepare(QStringLiteral("DELETE FROM messages WHERE folder_id = ? AND uid = ?"));
            for (quint32 uid : uids) {
                q.addBindValue(folderId);
                q.addBindValue(qint64(uid));
                if (!q.exec())
                    return sqlError(q.lastError(), QStringLiteral("remove message"));
            }
            return recount(database, folderId);
        });
}

MailCache::Result<std::optional<CachedMessage>> MailCache::message(qint64 folderId, quint32 uid)
{
    Result<std::optional<CachedMessage>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!bindAndExec(q,
                     QStringLiteral("SELECT %1 FROM messages m WHERE m.folder_id = ? AND m.uid = ?")
                         .arg(QLatin1String(MessageColumns)),
                     {folderId, qint64(uid)}))
        result.error = sqlError(q.lastError(), QStringLiteral("message"));
    else if (q.next())
        result.value = readMessage(q);
    return result;
}

MailCache::Result<QList<CachedMessage>> MailCache::messages(qint64 folderId, MessageSort sort,
                                                            bool descending, int offset, int limit,
                                                            const QString &search)
{
    Result<QList<CachedMessage>> result;
    if ((result.error = open()))
        return result;
    QString order;
    switch (sort) {
    case MessageSort::Date:
        order = QStringLiteral("m.sort_date %1, m.id %1");
        break;
    case MessageSort::Sender:
        order = QStringLiteral("m.sender COLLATE NOCASE %1, m.id %1");
        break;
    case MessageSort::Subject:
        order = QStringLiteral("m.subject COLLATE NOCASE %1, m.id %1");
        break;
    }
    order = order.arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    const QString fts = ftsQuery(search);
    QVariantList values{folderId};
    QString filter;
    if (!fts.isEmpty()) {
        filter = QStringLiteral(
            " AND m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)");
        values << fts;
    }
    values << limit << offset;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    // LIMIT/OFFSET over the (folder_id, key, id) index: a window anywhere in 100,000 rows
    // costs a few milliseconds (tst_mailcache measures it).
    if (!bindAndExec(q,
                     QStringLiteral("SELECT %1 FROM messages m WHERE m.folder_id = ?%2"
                                    " ORDER BY %3 LIMIT ? OFFSET ?")
                         .arg(QLatin1String(MessageColumns), filter, order),
                     values)) {
        result.error = sqlError(q.lastError(), QStringLiteral("messages"));
        return result;
    }
    while (q.next())
        result.value.append(readMessage(q));
    return result;
}

MailCache::Result<int> MailCache::messageCount(qint64 folderId, const QString &search)
{
    Result<int> result;
    if ((result.error = open()))
        return result;
    const QString fts = ftsQuery(search);
    QSqlQuery q(d->db());
    const bool ok =
        fts.isEmpty()
            ? bindAndExec(q, QStringLiteral("SELECT COUNT(*) FROM messages WHERE folder_id = ?"),
                          {folderId})
            : bindAndExec(q,
                          QStringLiteral("SELECT COUNT(*) FROM messages WHERE folder_id = ?"
                                         " AND id IN (SELECT rowid FROM message_fts"
                                         " WHERE message_fts MATCH ?)"),
                          {folderId, fts});
    if (!ok || !q.next())
        result.error = sqlError(q.lastError(), QStringLiteral("message count"));
    else
        result.value = q.value(0).toInt();
    return result;
}

} // namespace mailwright
