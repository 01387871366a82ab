// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcache.h"

#include "cacheschema_p.h"
#include "logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <map>

namespace mailwright {

using cacheschema::sqlError;

namespace {

// One mutex per database file for the writers of this process: a connection that finds the
// file locked sleeps in SQLite's busy handler and can starve behind a busy thread (the outbox
// measured this); a mutex wakes at once. Other processes still meet SQLite's lock.
QMutex *writeMutexFor(const QString &path)
{
    static QMutex registryMutex;
    static std::map<QString, std::unique_ptr<QMutex>> registry;
    const QMutexLocker lock(&registryMutex);
    std::unique_ptr<QMutex> &mutex = registry[QFileInfo(path).absoluteFilePath()];
    if (!mutex)
        mutex = std::make_unique<QMutex>();
    return mutex.get();
}

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

// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "none".
QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
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

} // namespace

class MailCache::Private
{
public:
    QString connectionName;
    QMutex *writeMutex = nullptr;
    bool open = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    // BEGIN IMMEDIATE ... COMMIT around `body`; rolled back when it returns an error.
    template<typename Body>
    MailError transaction(const QString &what, Body body)
    {
        const QMutexLocker lock(writeMutex);
        QSqlDatabase database = db();
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
        qCWarning(lcStore) << "cache:" << what << "failed:" << error.technicalDetail;
        return error;
    }

    MailError exec(const QString &what, const QString &sql, const QVariantList &values)
    {
        return transaction(what, [&](QSqlDatabase &database) -> MailError {
            QSqlQuery q(database);
            if (!bindAndExec(q, sql, values))
                return sqlError(q.lastError(), what);
            return {};
        });
    }

    static MailError recount(QSqlDatabase &database, qint64 folderId)
    {
        QSqlQuery q(database);
        if (!bindAndExec(
                q,
                QStringLiteral("UPDATE folders SET"
                               " total = (SELECT COUNT(*) FROM messages WHERE folder_id = ?),"
                               " unread = (SELECT COUNT(*) FROM messages WHERE folder_id = ?"
                               " AND (flags & 1) = 0) WHERE id = ?"),
                {folderId, folderId, folderId}))
            return sqlError(q.lastError(), QStringLiteral("recount"));
        return {};
    }

    static MailError insertMessage(QSqlQuery &q, qint64 folderId, const CachedMessage &m)
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
};

static const char InsertMessageSql[] =
    "INSERT INTO messages (folder_id, uid, message_id, date, internal_date, sort_date,"
    " sender, recipients, cc, subject, flags, size, has_attachments, snippet)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    // Only a repeated UID is skipped (a batch redone after a crash); any other violation fails.
    " ON CONFLICT (folder_id, uid) DO NOTHING";

MailCache::MailCache(const QString &databasePath)
    : d(std::make_unique<Private>())
    , m_path(databasePath)
{
    static QAtomicInteger<quint64> instances;
    d->writeMutex = writeMutexFor(databasePath);
    // Qt SQL connections belong to the thread that made them; the name says which thread.
    d->connectionName = QStringLiteral("mailwright-cache-%1-%2")
                            .arg(quintptr(QThread::currentThreadId()))
                            .arg(instances.fetchAndAddRelaxed(1));
}

MailCache::~MailCache()
{
    {
        QSqlDatabase database = d->db();
        if (database.isValid())
            database.close();
    }
    if (QSqlDatabase::contains(d->connectionName))
        QSqlDatabase::removeDatabase(d->connectionName);
}

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
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase database =
        QSqlDatabase::contains(d->connectionName)
            ? QSqlDatabase::database(d->connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open())
        return sqlError(database.lastError(), QStringLiteral("open %1").arg(m_path));
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString() != QLatin1String("wal"))
        return sqlError(q.lastError(), QStringLiteral("enable WAL"));
    q.finish();
    // 16 MiB page cache (default 2 MiB): the three list indexes and FTS5 of a large folder
    // otherwise re-read their pages from the WAL on every batch (issue 6 profile).
    // NORMAL in WAL mode: a killed process loses no commit; a power cut may lose the last
    // ones, which the next sync fetches again (it is a cache: the server has the truth).
    if (!q.exec(QStringLiteral("PRAGMA cache_size=-16384")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return sqlError(q.lastError(), QStringLiteral("pragmas"));
    {
        const QMutexLocker lock(d->writeMutex);
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
        return Private::recount(database, folderId);
    });
}

MailError MailCache::addMessages(qint64 folderId, const QList<CachedMessage> &messages,
                                 quint32 highestUid)
{
    if (MailError error = open())
        return error;
    return d->transaction(QStringLiteral("add messages"), [&](QSqlDatabase &database) -> MailError {
        QSqlQuery q(database);
        q.prepare(QString::fromLatin1(InsertMessageSql));
        qint64 added = 0, addedUnread = 0;
        for (const CachedMessage &m : messages) {
            if (MailError error = Private::insertMessage(q, folderId, m))
                return error;
            // A UID already stored (batch redone after a crash) inserts nothing (DO NOTHING).
            if (q.numRowsAffected() > 0) {
                ++added;
                if (!(m.flags & FlagSeen))
                    ++addedUnread;
            }
        }
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
        return Private::recount(database, folderId);
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
            return Private::recount(database, folderId);
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
        if (!bindAndExec(q, QStringLiteral("UPDATE message_fts SET body = ? WHERE rowid = ?"),
                         {nn(bodyText), id}))
            return sqlError(q.lastError(), QStringLiteral("store body: index"));
        return {};
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
            if (MailError error = Private::insertMessage(insert, folderId, *message))
                return error;
            message->id = insert.lastInsertId().toLongLong();
            const QVariantList steps[] = {
                {qint64(message->uid), folderId},
                {message->id, QVariant(raw)},
                {nn(bodyText), message->id},
                {folderId, uidl, qint64(message->uid), QDateTime::currentMSecsSinceEpoch()},
            };
            const QString sql[] = {
                QStringLiteral("UPDATE folders SET highest_uid = ? WHERE id = ?"),
                QStringLiteral("INSERT INTO bodies (message, raw) VALUES (?, ?)"),
                QStringLiteral("UPDATE message_fts SET body = ? WHERE rowid = ?"),
                QStringLiteral("INSERT INTO pop3_uidls (folder_id, uidl, uid, downloaded_at)"
                               " VALUES (?, ?, ?, ?)"),
            };
            for (int i = 0; i < 4; ++i) {
                if (!bindAndExec(q, sql[i], steps[i]))
                    return sqlError(q.lastError(), QStringLiteral("pop3: step %1").arg(i));
            }
            return Private::recount(database, folderId);
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
