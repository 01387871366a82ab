// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/cache: the cache's SQLite schema and its migrations.

#include "errors/mailerror.h"
#include "storage/sqliteconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace mailwright::cacheschema {

/// The schema version this code writes.
constexpr int CurrentVersion = 3;

/// Creates or migrates the schema up to \a targetVersion (tests migrate step by step) inside
/// one IMMEDIATE transaction. A database written by a newer Mailwright is refused, never
/// modified.
MailError migrate(QSqlDatabase &db, int targetVersion = CurrentVersion);

/// The names of the message list's sort indexes (date, sender, subject).
QStringList sortIndexNames();
/// Creates the sort indexes that are missing (CREATE INDEX IF NOT EXISTS); the caller holds a
/// write transaction or the write lock.
MailError ensureSortIndexes(QSqlDatabase &db);
/// Drops the sort indexes (a bulk first sync, see MailCache::dropSortIndexes).
MailError dropSortIndexes(QSqlDatabase &db);

/// The version stored in the database (0: empty database).
int storedVersion(QSqlDatabase &db);

/// A failed SQL statement as a MailError (shared with every SQLite store: core/storage).
using storage::sqlError;

} // namespace mailwright::cacheschema
