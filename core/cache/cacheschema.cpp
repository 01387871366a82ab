// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheschema_p.h"

#include "storage/schemamigration.h"

#include <QSqlQuery>
#include <QVariant>

#include <iterator>

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
    const storage::SchemaSteps schema{QStringLiteral("cache"),
                                      {std::begin(Migrations), std::end(Migrations)}};
    // A database at the current version always has the list's sort indexes, also after a
    // kill -9 during a bulk first sync that had dropped them (MailCache::dropSortIndexes).
    return storage::migrateSchema(db, schema, targetVersion, ensureSortIndexes);
}

} // namespace mailwright::cacheschema
