// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/cache: the cache's SQLite schema and its migrations.

#include "errors/mailerror.h"
#include "storage/sqliteconnection.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace mailwright::cacheschema {

/// The schema version this code writes.
constexpr int CurrentVersion = 3;

/// Creates or migrates the schema up to \a targetVersion (tests migrate step by step) inside
/// one IMMEDIATE transaction. A database written by a newer Mailwright is refused, never
/// modified.
MailError migrate(QSqlDatabase &db, int targetVersion = CurrentVersion);

/// The version stored in the database (0: empty database).
int storedVersion(QSqlDatabase &db);

/// A failed SQL statement as a MailError (shared with every SQLite store: core/storage).
using storage::sqlError;

} // namespace mailwright::cacheschema
