// SPDX-License-Identifier: GPL-3.0-or-later
// MailCache: raw bodies, their full text, and POP3 downloads (RFC 1939 §7).
#include "mailcache_p.h"

namespace mailwright {

using namespace cachedetail;

MailError MailCache::storeBody(qint64 folderId, quint32 uid, const QByteArray &raw,
                               const QString &bodyText, bool hasAttachments)
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("store body"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        if (!bindAndExec(q,
                         QStringLiteral("SELECT id FROM messages WHERE folder_id = ? AND uid = ?"),
                         {folderId, qint64(uid)}))
            return sqlError(q.lastError(), QStringLiteral("store body: find"));
        if (!q.next())
            return sqlError(QSqlError(),
                            QStringLiteral("store body: no message with UID %1").arg(uid));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        // A BLOB, never text: the bytes stay exactly as the server sent them.
        if (!bindAndExec(
                q, QStringLiteral("INSERT OR REPLACE INTO bodies (message, raw) VALUES (?, ?)"),
                {id, QVariant(raw.isNull() ? QByteArray("") : raw)}))
            return sqlError(q.lastError(), QStringLiteral("store body"));
        if (!bindAndExec(
                q,
                QStringLiteral("UPDATE messages SET snippet = ?, has_attachments = ? WHERE id = ?"),
                {nn(snippetOf(bodyText)), hasAttachments, id}))
            return sqlError(q.lastError(), QStringLiteral("store body: snippet"));
        return indexBody(database, id, bodyText);
    });
}

MailCache::Result<QByteArray> MailCache::body(qint64 folderId, quint32 uid)
{
    Result<QByteArray> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!bindAndExec(q,
                     QStringLiteral("SELECT b.raw FROM bodies b JOIN messages m ON m.id = b.message"
                                    " WHERE m.folder_id = ? AND m.uid = ?"),
                     {folderId, qint64(uid)}))
        result.error = sqlError(q.lastError(), QStringLiteral("body"));
    else if (q.next()) {
        result.value = q.value(0).toByteArray();
        if (result.value.isNull())
            result.value = QByteArray("");
    }
    return result;
}

MailCache::Result<QSet<QString>> MailCache::knownUidls(qint64 folderId)
{
    Result<QSet<QString>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!bindAndExec(q, QStringLiteral("SELECT uidl FROM pop3_uidls WHERE folder_id = ?"),
                     {folderId})) {
        result.error = sqlError(q.lastError(), QStringLiteral("known uidls"));
        return result;
    }
    while (q.next())
        result.value.insert(q.value(0).toString());
    return result;
}

MailCache::Result<QHash<QString, QDateTime>> MailCache::pop3DownloadTimes(qint64 folderId)
{
    Result<QHash<QString, QDateTime>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!bindAndExec(
            q, QStringLiteral("SELECT uidl, downloaded_at FROM pop3_uidls WHERE folder_id = ?"),
            {folderId})) {
        result.error = sqlError(q.lastError(), QStringLiteral("pop3 download times"));
        return result;
    }
    while (q.next())
        result.value.insert(q.value(0).toString(),
                            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return result;
}

MailError MailCache::addPop3Message(qint64 folderId, const QString &uidl, CachedMessage *message,
                                    const QByteArray &raw, const QString &bodyText)
{
    if (MailError error = open())
        return error;
    return d->transaction(
        QStringLiteral("add pop3 message"), [&](QSqlDatabase &database) -> MailError {
            QSqlQuery q(database);
            if (!bindAndExec(q, QStringLiteral("SELECT highest_uid FROM folders WHERE id = ?"),
                             {folderId}) ||
                !q.next())
                return sqlError(q.lastError(), QStringLiteral("pop3: folder"));
            message->uid = q.value(0).toUInt() + 1;
            q.finish();
            message->snippet = snippetOf(bodyText);
            QSqlQuery insert(database);
            insert.prepare(QString::fromLatin1(InsertMessageSql));
            if (MailError error = insertMessage(insert, folderId, *message))
                return error;
            message->id = insert.lastInsertId().toLongLong();
            const QVariantList steps[] = {
                {qint64(message->uid), folderId},
                {message->id, QVariant(raw)},
                {folderId, uidl, qint64(message->uid), QDateTime::currentMSecsSinceEpoch()},
            };
            const QString sql[] = {
                QStringLiteral("UPDATE folders SET highest_uid = ? WHERE id = ?"),
                QStringLiteral("INSERT INTO bodies (message, raw) VALUES (?, ?)"),
                QStringLiteral("INSERT INTO pop3_uidls (folder_id, uidl, uid, downloaded_at)"
                               " VALUES (?, ?, ?, ?)"),
            };
            for (int i = 0; i < 3; ++i) {
                if (!bindAndExec(q, sql[i], steps[i]))
                    return sqlError(q.lastError(), QStringLiteral("pop3: step %1").arg(i));
            }
            if (MailError error = indexBody(database, message->id, bodyText))
                return error;
            return recount(database, folderId);
        });
}

} // namespace mailwright
