// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/cache: what the MailCache source files (mailcache.cpp: connection and
// folders, mailcachemessages.cpp: envelopes, flags and the list, mailcachebodies.cpp: bodies,
// full text and POP3) share.

#include "cache/mailcache.h"
#include "cacheschema_p.h"
#include "logging.h"
#include "storage/sqliteconnection.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mailwright {

namespace cachedetail {

using cacheschema::sqlError;

QVariant msecs(const QDateTime &time);
QDateTime fromMsecs(const QVariant &value);

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "none".
inline QString nn(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString snippetOf(const QString &text);
bool bindAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values);

extern const char MessageColumns[];
extern const char FolderColumns[];
extern const char InsertMessageSql[];
CachedMessage readMessage(const QSqlQuery &q);
CachedFolder readFolder(const QSqlQuery &q);

/// Binds one message to a prepared InsertMessageSql and runs it.
MailError insertMessage(QSqlQuery &q, qint64 folderId, const CachedMessage &m);

/// Recomputes the folder's total and unread counts.
MailError recount(QSqlDatabase &database, qint64 folderId);

/// Writes the message's full-text row with \a bodyText (insert or replace).
MailError indexBody(QSqlDatabase &database, qint64 messageId, const QString &bodyText);

} // namespace cachedetail

class MailCache::Private
{
public:
    explicit Private(const QString &path)
        : connection(QStringLiteral("mailwright-cache"), path)
    {}

    storage::SqliteConnection connection;
    bool open = false; ///< connection open and schema migrated

    QSqlDatabase db() const { return connection.database(); }

    // BEGIN IMMEDIATE ... COMMIT around `body`; rolled back when it returns an error.
    template<typename Body>
    MailError transaction(const QString &what, Body body)
    {
        const QMutexLocker lock(connection.writeMutex());
        QSqlDatabase database = db();
        QSqlQuery begin(database);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return cachedetail::sqlError(begin.lastError(), what);
        MailError error = body(database);
        if (!error) {
            QSqlQuery commit(database);
            if (commit.exec(QStringLiteral("COMMIT")))
                return {};
            error = cachedetail::sqlError(commit.lastError(), what + QLatin1String(" (commit)"));
        }
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        qCWarning(lcStore) << "cache:" << what << "failed:" << error.technicalDetail;
        return error;
    }

    MailError exec(const QString &what, const QString &sql, const QVariantList &values)
    {
        return transaction(what, [&](QSqlDatabase &database) -> MailError {
            QSqlQuery q(database);
            if (!cachedetail::bindAndExec(q, sql, values))
                return cachedetail::sqlError(q.lastError(), what);
            return {};
        });
    }
};

} // namespace mailwright
