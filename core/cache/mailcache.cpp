// SPDX-License-Identifier: GPL-3.0-or-later
// MailCache: the connection (open, WAL, schema), folders and the helpers its other source files
// share (mailcache_p.h).
#include "mailcache_p.h"

#include <QRegularExpression>

namespace mailwright {

namespace cachedetail {

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const char MessageColumns[] =
    "m.id, m.folder_id, m.uid, m.message_id, m.date, m.internal_date, m.sender, m.recipients,"
    " m.cc, m.subject, m.flags, m.size, m.has_attachments, m.snippet,"
    " EXISTS (SELECT 1 FROM bodies b WHERE b.message = m.id)";

CachedMessage readMessage(const QSqlQuery &q)
{
    CachedMessage m;
    m.id = q.value(0).toLongLong();
    m.folderId = q.value(1).toLongLong();
    m.uid = q.value(2).toUInt();
    m.messageId = q.value(3).toString().toUtf8();
    m.date = fromMsecs(q.value(4));
    m.internalDate = fromMsecs(q.value(5));
    m.from = q.value(6).toString();
    m.to = q.value(7).toString();
    m.cc = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.flags = q.value(10).toInt();
    m.size = q.value(11).toLongLong();
    m.hasAttachments = q.value(12).toBool();
    m.snippet = q.value(13).toString();
    m.hasBody = q.value(14).toBool();
    return m;
}

const char FolderColumns[] = "id, account, path, delimiter, special_use, uid_validity, uid_next,"
                             " highest_uid, unread, total, last_sync, highest_modseq";

CachedFolder readFolder(const QSqlQuery &q)
{
    CachedFolder f;
    f.id = q.value(0).toLongLong();
    f.account = q.value(1).toString();
    f.path = q.value(2).toString();
    f.delimiter = q.value(3).toString();
    f.specialUse = specialUseFromName(q.value(4).toString());
    f.uidValidity = q.value(5).toUInt();
    f.uidNext = q.value(6).toUInt();
    f.highestUid = q.value(7).toUInt();
    f.unread = q.value(8).toInt();
    f.total = q.value(9).toInt();
    f.lastSync = fromMsecs(q.value(10));
    f.highestModSeq = q.value(11).toULongLong();
    return f;
}

QString snippetOf(const QString &text)
{
    QString flat = text.simplified();
    if (flat.size() > 200)
        flat = flat.left(200);
    return flat;
}

bool bindAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

const char InsertMessageSql[] =
    "INSERT INTO messages (folder_id, uid, message_id, date, internal_date, sort_date,"
    " sender, recipients, cc, subject, flags, size, has_attachments, snippet)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    // Only a repeated UID is skipped (a batch redone after a crash); any other violation fails.
    " ON CONFLICT (folder_id, uid) DO NOTHING";

MailError recount(QSqlDatabase &database, qint64 folderId)
{
    QSqlQuery q(database);
    if (!bindAndExec(q,
                     QStringLiteral("UPDATE folders SET"
                                    " total = (SELECT COUNT(*) FROM messages WHERE folder_id = ?),"
                                    " unread = (SELECT COUNT(*) FROM messages WHERE folder_id = ?"
                                    " AND (flags & 1) = 0) WHERE id = ?"),
                     {folderId, folderId, folderId}))
        return sqlError(q.lastError(), QStringLiteral("recount"));
    return {};
}

MailError insertMessage(QSqlQuery &q, qint64 folderId, const CachedMessage &m)
{
    q.addBindValue(folderId);
    q.addBindValue(qint64(m.uid));
    q.addBindValue(nn(QString::fromUtf8(m.messageId)));
    q.addBindValue(msecs(m.date));
    q.addBindValue(msecs(m.internalDate));
    const QDateTime sortDate = m.date.isValid() ? m.date : m.internalDate;
    q.addBindValue(sortDate.isValid() ? sortDate.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(nn(m.from));
    q.addBindValue(nn(m.to));
    q.addBindValue(nn(m.cc));
    q.addBindValue(nn(m.subject));
    q.addBindValue(m.flags);
    q.addBindValue(m.size);
    q.addBindValue(m.hasAttachments);
    q.addBindValue(nn(m.snippet));
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("insert message"));
    return {};
}

MailError indexBody(QSqlDatabase &database, qint64 messageId, const QString &bodyText)
{
    // Replaces the message's full-text row (subject and addresses from the message row), or
    // creates it (a POP3 message: its body comes in the same transaction as its row).
    QSqlQuery q(database);
    if (!bindAndExec(q,
                     QStringLiteral("INSERT OR REPLACE INTO message_fts"
                                    " (rowid, subject, addresses, body)"
                                    " SELECT id, subject, sender || ' ' || recipients || ' ' || cc,"
                                    " ? FROM messages WHERE id = ?"),
                     {nn(bodyText), messageId}))
        return sqlError(q.lastError(), QStringLiteral("index body"));
    return {};
}
} // namespace cachedetail

using namespace cachedetail;

MailCache::MailCache(const QString &databasePath)
    : d(std::make_unique<Private>(databasePath))
    , m_path(databasePath)
{}

MailCache::~MailCache() = default;

int MailCache::schemaVersion()
{
    return cacheschema::CurrentVersion;
}

bool MailCache::isOpen() const
{
    return d->open;
}

MailError MailCache::open()
{
    if (d->open)
        return {};
    // 16 MiB page cache (default 2 MiB): the three list indexes and FTS5 of a large folder
    // otherwise re-read their pages from the WAL on every batch (issue 6 profile).
    // NORMAL in WAL mode: a killed process loses no commit; a power cut may lose the last
    // ones, which the next sync fetches again (it is a cache: the server has the truth).
    // Checkpoints (the only fsyncs under NORMAL) every 32 MiB of WAL instead of 4 MiB: a
    // 50,000-message first sync otherwise checkpointed after nearly every batch and waited for
    // two fdatasyncs each time. The WAL file is cut back to 8 MiB after a checkpoint.
    // Temporary b-trees (sorts, the full-text INSERT ... SELECT) stay in memory.
    if (MailError error = d->connection.open({
            QStringLiteral("PRAGMA cache_size=-16384"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA wal_autocheckpoint=8192"),
            QStringLiteral("PRAGMA journal_size_limit=8388608"),
            QStringLiteral("PRAGMA temp_store=MEMORY"),
            QStringLiteral("PRAGMA foreign_keys=ON"),
        }))
        return error;
    {
        QSqlDatabase database = d->db();
        const QMutexLocker lock(d->connection.writeMutex());
        if (MailError error = cacheschema::migrate(database))
            return error;
    }
    d->open = true;
    return {};
}

MailCache::Result<CachedFolder> MailCache::ensureFolder(const QString &account, const QString &path,
                                                        const QString &delimiter,
                                                        SpecialUse specialUse)
{
    Result<CachedFolder> result;
    if ((result.error = open()))
        return result;
    result.error =
        d->exec(QStringLiteral("ensure folder"),
                QStringLiteral("INSERT INTO folders (account, path, delimiter, special_use)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (account, path) DO"
                               " UPDATE SET delimiter = excluded.delimiter,"
                               " special_use = excluded.special_use"),
                {account, path, nn(delimiter), nn(specialUseName(specialUse))});
    if (result.error)
        return result;
    Result<std::optional<CachedFolder>> found = folder(account, path);
    result.error = found.error;
    if (found.value)
        result.value = *found.value;
    return result;
}

MailCache::Result<std::optional<CachedFolder>> MailCache::folder(const QString &account,
                                                                 const QString &path)
{
    Result<std::optional<CachedFolder>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!bindAndExec(q,
                     QStringLiteral("SELECT %1 FROM folders WHERE account = ? AND path = ?")
                         .arg(QLatin1String(FolderColumns)),
                     {account, path}))
        result.error = sqlError(q.lastError(), QStringLiteral("folder"));
    else if (q.next())
        result.value = readFolder(q);
    return result;
}

MailCache::Result<std::optional<CachedFolder>> MailCache::folderById(qint64 folderId)
{
    Result<std::optional<CachedFolder>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    if (!bindAndExec(
            q,
            QStringLiteral("SELECT %1 FROM folders WHERE id = ?").arg(QLatin1String(FolderColumns)),
            {folderId}))
        result.error = sqlError(q.lastError(), QStringLiteral("folder by id"));
    else if (q.next())
        result.value = readFolder(q);
    return result;
}

MailCache::Result<QList<CachedFolder>> MailCache::folders(const QString &account)
{
    Result<QList<CachedFolder>> result;
    if ((result.error = open()))
        return result;
    QSqlQuery q(d->db());
    const QString sql =
        QStringLiteral("SELECT %1 FROM folders %2 ORDER BY account, path")
            .arg(QLatin1String(FolderColumns),
                 account.isEmpty() ? QString() : QStringLiteral("WHERE account = ?"));
    if (!bindAndExec(q, sql, account.isEmpty() ? QVariantList() : QVariantList{account})) {
        result.error = sqlError(q.lastError(), QStringLiteral("folders"));
        return result;
    }
    while (q.next())
        result.value.append(readFolder(q));
    return result;
}

MailError MailCache::removeFolder(qint64 folderId)
{
    if (MailError error = open())
        return error;
    return d->exec(QStringLiteral("remove folder"),
                   QStringLiteral("DELETE FROM folders WHERE id = ?"), {folderId});
}

MailError MailCache::resetFolder(qint64 folderId, quint32 uidValidity)
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("reset folder"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        // Bodies and full-text rows go with the messages (foreign key cascade, trigger).
        if (!bindAndExec(q, QStringLiteral("DELETE FROM messages WHERE folder_id = ?"), {folderId}))
            return sqlError(q.lastError(), QStringLiteral("reset: delete"));
        if (!bindAndExec(q, QStringLiteral("DELETE FROM pop3_uidls WHERE folder_id = ?"),
                         {folderId}))
            return sqlError(q.lastError(), QStringLiteral("reset: uidls"));
        if (!bindAndExec(
                q,
                QStringLiteral("UPDATE folders SET uid_validity = ?, uid_next = 0,"
                               " highest_uid = 0, highest_modseq = 0, unread = 0, total = 0"
                               " WHERE id = ?"),
                {qint64(uidValidity), folderId}))
            return sqlError(q.lastError(), QStringLiteral("reset: folder"));
        return {};
    });
}

MailError MailCache::finishSync(qint64 folderId, quint32 uidNext, quint64 highestModSeq)
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("finish sync"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        if (!bindAndExec(
                q,
                QStringLiteral("UPDATE folders SET uid_next = ?, last_sync = ?, highest_modseq = ?"
                               " WHERE id = ?"),
                {qint64(uidNext), QDateTime::currentMSecsSinceEpoch(), qint64(highestModSeq),
                 folderId}))
            return sqlError(q.lastError(), QStringLiteral("finish sync"));
        return recount(database, folderId);
    });
}

QString MailCache::ftsQuery(const QString &text)
{
    // Each word becomes an FTS5 string ("..." with inner quotes doubled), so operators and
    // column filters typed by the user are plain words; the last word matches as a prefix so
    // results appear while typing.
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    if (!terms.isEmpty())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

} // namespace mailwright
