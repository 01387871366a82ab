// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheschema_p.h"

#include "errors/errorcatalogue.h"

#include <QSqlQuery>
#include <QVariant>

namespace mailwright::cacheschema {

namespace {

// Migration N brings a version N-1 database to version N. Append, never edit a released step.
// Times are milliseconds since the epoch (UTC); NULL means "unknown".
const char *const Migration1[] = {
    "CREATE TABLE folders ("
    " id INTEGER PRIMARY KEY,"
    " account TEXT NOT NULL,"
    " path TEXT NOT NULL,"
    " delimiter TEXT NOT NULL DEFAULT '',"
    " special_use TEXT NOT NULL DEFAULT '',"
    " uid_validity INTEGER NOT NULL DEFAULT 0," // RFC 3501 §2.3.1.1; 0: never synced
    " uid_next INTEGER NOT NULL DEFAULT 0,"
    " highest_uid INTEGER NOT NULL DEFAULT 0,"    // highest UID stored: sync resumes after it
    " highest_modseq INTEGER NOT NULL DEFAULT 0," // RFC 7162: unchanged → nothing to fetch
    " unread INTEGER NOT NULL DEFAULT 0,"
    " total INTEGER NOT NULL DEFAULT 0,"
    " last_sync INTEGER,"
    " UNIQUE (account, path))",
    "CREATE TABLE messages ("
    " id INTEGER PRIMARY KEY,"
    " folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
    " uid INTEGER NOT NULL,"
    " message_id TEXT NOT NULL DEFAULT '',"
    " date INTEGER,"                         // Date header
    " internal_date INTEGER,"                // INTERNALDATE
    " sort_date INTEGER NOT NULL DEFAULT 0," // date, else internal date: the list's date order
    " sender TEXT NOT NULL DEFAULT '',"
    " recipients TEXT NOT NULL DEFAULT '',"
    " cc TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '',"
    " flags INTEGER NOT NULL DEFAULT 0,"
    " size INTEGER NOT NULL DEFAULT 0,"
    " has_attachments INTEGER NOT NULL DEFAULT 0,"
    " snippet TEXT NOT NULL DEFAULT '',"
    " UNIQUE (folder_id, uid))", // a UID is never stored twice (crash + resume, RFC 3501 §2.3.1.1)
    "CREATE INDEX messages_by_date ON messages (folder_id, sort_date, id)",
    "CREATE INDEX messages_by_sender ON messages (folder_id, sender COLLATE NOCASE, id)",
    "CREATE INDEX messages_by_subject ON messages (folder_id, subject COLLATE NOCASE, id)",
    // Raw bytes fetched on demand; the row exists only once they are here.
    "CREATE TABLE bodies ("
    " message INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    " raw BLOB NOT NULL)",
    // Full text: rowid = messages.id. The body column stays empty until the body is fetched.
    "CREATE VIRTUAL TABLE message_fts USING fts5(subject, addresses, body,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO message_fts (rowid, subject, addresses, body) VALUES"
    " (new.id, new.subject, new.sender || ' ' || new.recipients || ' ' || new.cc, ''); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
    " DELETE FROM message_fts WHERE rowid = old.id; END",
    nullptr};

const char *const Migration2[] = {
    // POP3 (RFC 1939 §7, UIDL): which server messages are already in the local inbox, so
    // leave-on-server downloads each message once. Same transaction as the message row.
    "CREATE TABLE pop3_uidls ("
    " folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
    " uidl TEXT NOT NULL,"
    " uid INTEGER NOT NULL,"
    " downloaded_at INTEGER NOT NULL,"
    " PRIMARY KEY (folder_id, uidl))",
    nullptr};

const char *const Migration3[] = {
    // Full-text rows are written by the code that inserts messages, one INSERT ... SELECT per
    // batch (MailCache::addMessages), no longer by a per-row trigger: FTS5 flushes its pending
    // terms at every statement savepoint, so a trigger made one tiny segment per message and
    // spent seconds merging them (issue 6: 2.5 s of a 50,000-message first sync).
    "DROP TRIGGER messages_fts_insert", nullptr};

const char *const *const Migrations[] = {Migration1, Migration2, Migration3};
static_assert(sizeof(Migrations) / sizeof(Migrations[0]) == CurrentVersion,
              "one migration per schema version");

// The list's sort indexes (created by migration 1 under the same names). Kept here as well
// because a first sync of a large folder drops them and builds them once at its end (issue 6:
// maintaining three b-trees row by row was most of the writer's time, one CREATE INDEX pass over
// 50,000 sorted rows is far cheaper). IF NOT EXISTS: running them again is a no-op, so every
// open re-creates what a killed bulk sync left missing.
const char *const SortIndexes[] = {
    "CREATE INDEX IF NOT EXISTS messages_by_date ON messages (folder_id, sort_date, id)",
    "CREATE INDEX IF NOT EXISTS messages_by_sender ON messages"
    " (folder_id, sender COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS messages_by_subject ON messages"
    " (folder_id, subject COLLATE NOCASE, id)",
    nullptr};

MailError newerError(int version)
{
    MailError error;
    error.code = ErrorCode::StorageError;
    error.phase = Phase::Store;
    error.technicalDetail =
        QStringLiteral("cache schema version %1 is newer than %2").arg(version).arg(CurrentVersion);
    explain(error);
    return error;
}

} // namespace

QStringList sortIndexNames()
{
    return {QStringLiteral("messages_by_date"), QStringLiteral("messages_by_sender"),
            QStringLiteral("messages_by_subject")};
}

MailError ensureSortIndexes(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *const *sql = SortIndexes; *sql; ++sql) {
        if (!query.exec(QString::fromLatin1(*sql)))
            return sqlError(query.lastError(), QStringLiteral("create sort index"));
    }
    return {};
}

MailError dropSortIndexes(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const QString &name : sortIndexNames()) {
        if (!query.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name)))
            return sqlError(query.lastError(), QStringLiteral("drop sort index"));
    }
    return {};
}

int storedVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

MailError migrate(QSqlDatabase &db, int targetVersion)
{
    QSqlQuery query(db);
    // IMMEDIATE: two processes (GUI and CLI) opening a fresh file at once must not both create
    // the schema.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query.lastError(), QStringLiteral("begin schema transaction"));
    const auto fail = [&db](const QSqlError &error, const QString &what) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return sqlError(error, what);
    };
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                   "(version INTEGER NOT NULL)")))
        return fail(query.lastError(), QStringLiteral("create schema_version"));
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return fail(query.lastError(), QStringLiteral("read schema version"));
    const bool hasRow = query.next();
    const int version = hasRow ? query.value(0).toInt() : 0;
    query.finish();
    if (version > CurrentVersion) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return newerError(version);
    }
    for (int step = version + 1; step <= targetVersion; ++step) {
        for (const char *const *sql = Migrations[step - 1]; *sql; ++sql) {
            if (!query.exec(QString::fromLatin1(*sql)))
                return fail(query.lastError(), QStringLiteral("migration %1").arg(step));
        }
    }
    // A database at the current version always has the list's sort indexes, also after a
    // kill -9 during a bulk first sync that had dropped them (MailCache::dropSortIndexes).
    if (targetVersion == CurrentVersion) {
        if (MailError error = ensureSortIndexes(db)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    if (targetVersion > version) {
        const QString sql = hasRow ? QStringLiteral("UPDATE schema_version SET version = %1")
                                   : QStringLiteral("INSERT INTO schema_version VALUES (%1)");
        if (!query.exec(sql.arg(targetVersion)))
            return fail(query.lastError(), QStringLiteral("write schema version"));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(query.lastError(), QStringLiteral("commit schema"));
    return {};
}

} // namespace mailwright::cacheschema
