// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace mailwright::storage {

/// A store's schema as a list of steps: steps[N-1] holds the statements (nullptr-terminated)
/// that bring a version N-1 database to version N. Append, never edit a released step.
struct SchemaSteps
{
    QString storeName; ///< "cache", "outbox": names the store in error details
    QList<const char *const *> steps;
    int currentVersion() const { return int(steps.size()); }
};

/// Creates or migrates the schema up to \a targetVersion (≤ currentVersion; tests migrate step
/// by step) inside one BEGIN IMMEDIATE transaction, so two processes opening a fresh file at
/// once never both create it, and a failed step leaves the database as it was. The version is
/// kept in a one-row `schema_version` table. A database written by a newer Mailwright (higher
/// version) is refused, never modified. \a atCurrentVersion, if set, runs inside the same
/// transaction when \a targetVersion is the current version (idempotent repairs).
/// Thread: the connection's thread; the caller holds the store's write mutex.
MailError migrateSchema(QSqlDatabase &db, const SchemaSteps &schema, int targetVersion,
                        const std::function<MailError(QSqlDatabase &)> &atCurrentVersion = {});

} // namespace mailwright::storage
