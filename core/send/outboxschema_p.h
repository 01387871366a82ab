// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/send: the outbox's SQLite schema and its migrations.

#include "errors/mailerror.h"
#include "storage/sqliteconnection.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace mailwright::outboxschema {

/// The schema version this code writes.
constexpr int CurrentVersion = 3;

/// Creates or migrates the schema to CurrentVersion inside one IMMEDIATE transaction. A database
/// written by a newer Mailwright (higher version) is refused, never modified.
MailError migrate(QSqlDatabase &db);

// A failed SQL statement as a MailError (shared with the cache).
using storage::sqlError;

} // namespace mailwright::outboxschema
