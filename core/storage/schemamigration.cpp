// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigration.h"

#include "errors/errorcatalogue.h"
#include "sqliteconnection.h"

#include <QSqlQuery>
#include <QVariant>

namespace mailwright::storage {

MailError migrateSchema(QSqlDatabase &db, const SchemaSteps &schema, int targetVersion,
                        const std::function<MailError(QSqlDatabase &)> &atCurrentVersion)
{
    const int currentVersion = schema.currentVersion();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query.lastError(), QStringLiteral("begin schema transaction"));
    const auto rollback = [&db]() {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    };
    const auto fail = [&rollback](const QSqlError &error, const QString &what) {
        rollback();
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
    if (version > currentVersion) {
        rollback();
        MailError error;
        error.code = ErrorCode::StorageError;
        error.phase = Phase::Store;
        error.technicalDetail = QStringLiteral("%1 schema version %2 is newer than %3")
                                    .arg(schema.storeName)
                                    .arg(version)
                                    .arg(currentVersion);
        explain(error);
        return error;
    }
    for (int step = version + 1; step <= targetVersion; ++step) {
        for (const char *const *sql = schema.steps.at(step - 1); *sql; ++sql) {
            if (!query.exec(QString::fromLatin1(*sql)))
                return fail(query.lastError(), QStringLiteral("migration %1").arg(step));
        }
    }
    if (targetVersion == currentVersion && atCurrentVersion) {
        if (MailError error = atCurrentVersion(db)) {
            rollback();
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

} // namespace mailwright::storage
