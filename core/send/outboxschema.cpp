// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxschema_p.h"

#include "storage/schemamigration.h"

#include <iterator>

namespace mailwright::outboxschema {

namespace {

// Migration N brings a version N-1 database to version N. Append, never edit a released step.
// Times are milliseconds since the epoch (UTC); NULL means "not yet".
const char *const Migrations[][6] = {
    // 1: the first schema.
    {"CREATE TABLE messages ("
     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " account TEXT NOT NULL,"
     " envelope_from TEXT NOT NULL,"
     " recipients TEXT NOT NULL," // JSON array of addresses
     " subject TEXT NOT NULL DEFAULT '',"
     " raw BLOB NOT NULL," // the RFC 5322 bytes, stored before any attempt
     " size INTEGER NOT NULL,"
     " state TEXT NOT NULL CHECK (state IN ('queued','sending','sent','failed','held')),"
     " attempts INTEGER NOT NULL DEFAULT 0,"
     " created_at INTEGER NOT NULL,"
     " updated_at INTEGER NOT NULL,"
     " next_attempt_at INTEGER NOT NULL,"
     " upload_started_at INTEGER," // DATA about to be sent in the current attempt
     " delivered_at INTEGER,"      // the durable sent-marker: 250 after DATA received
     " sent_at INTEGER,"
     " claim_pid INTEGER,"       // process that holds it in 'sending'
     " last_error TEXT,"         // JSON (errors/mailerrorjson.h)
     " recipient_outcomes TEXT," // JSON array
     " note TEXT NOT NULL DEFAULT '',"
     " cancel_requested INTEGER NOT NULL DEFAULT 0,"
     " copy_to_sent INTEGER NOT NULL DEFAULT 0,"
     " copied_to_sent_at INTEGER"
     ")",
     "CREATE INDEX messages_due ON messages (state, next_attempt_at)", nullptr},
    // 2: batch claims (claimBatch): the message may be uploaded before its own markUploading()
    // is on disk; claim_boot tells recovery whether an OS crash could have lost that record.
    // The bytes move to their own table: SQLite rewrites a whole row on every UPDATE, so each
    // state change rewrote the message (a 34 MB message: 34 MB per update, in memory and on
    // disk). bodies rows are written once and read with incremental BLOB I/O.
    {"ALTER TABLE messages ADD COLUMN reserved_at INTEGER",
     "ALTER TABLE messages ADD COLUMN claim_boot TEXT",
     "CREATE TABLE bodies (message_id INTEGER PRIMARY KEY, raw BLOB NOT NULL)",
     "INSERT INTO bodies (message_id, raw) SELECT id, raw FROM messages",
     "ALTER TABLE messages DROP COLUMN raw", nullptr},
    // 3: file-referenced messages (OutboxDraft::sourceFile): instead of a bodies row, the path
    // of a prepared .eml whose bytes were queued unchanged, with its size, modification time and
    // ContentHash, and the process (and boot) that holds the reference. That process copies the
    // bytes in before it exits when the message must stay queued; recovery does it for a dead one.
    {"CREATE TABLE sources (message_id INTEGER PRIMARY KEY, path TEXT NOT NULL,"
     " size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash TEXT NOT NULL,"
     " owner_pid INTEGER, owner_boot TEXT)",
     nullptr},
};

static_assert(std::size(Migrations) == CurrentVersion, "one migration per schema version");

} // namespace

MailError migrate(QSqlDatabase &db)
{
    storage::SchemaSteps schema{QStringLiteral("outbox"), {}};
    for (const auto &step : Migrations)
        schema.steps.append(step);
    return storage::migrateSchema(db, schema, CurrentVersion);
}

} // namespace mailwright::outboxschema
