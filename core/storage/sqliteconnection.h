// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

class QMutex;
struct sqlite3;

namespace mailwright::storage {

/// A failed SQL statement as a MailError (Phase::Store): SQLITE_FULL (13, also ENOSPC and
/// max_page_count) → StorageFull, anything else → StorageError.
MailError sqlError(const QSqlError &error, const QString &what);

/// One mutex per database file (by absolute path) for the writers of this process. SQLite
/// serialises writers anyway, but a connection that finds the file locked sleeps in its busy
/// handler and can starve behind a busy thread (the outbox measured most of a second); a mutex
/// wakes at once. Other processes still meet SQLite's lock and busy timeout. Never freed.
QMutex *writeMutexFor(const QString &path);

/// The sqlite3* behind a QSQLITE connection (Qt's driver uses the same system libsqlite3 the
/// core links), for SQLite APIs Qt SQL lacks; nullptr for another driver or a closed database.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

/// One QSQLITE connection of the thread that creates it, named "<prefix>-<thread id>-<n>"
/// (Qt SQL connections must not cross threads), on a WAL database. open() creates the parent
/// directory, sets a 5 s busy timeout, switches to WAL and runs the caller's pragmas (a
/// read-only connection only sets the timeout and runs the pragmas); the destructor closes and
/// unregisters the connection.
///
/// Threads: confined to the creating thread. Owner: the store using it (MailCache, Outbox).
/// Not a QObject.
class SqliteConnection
{
public:
    /// ReadOnly: for a reader beside the store's own writers (e.g. the address book); it does
    /// not create the file or its directory and leaves the journal mode to the writers.
    enum class Access { ReadWrite, ReadOnly };

    SqliteConnection(const QString &namePrefix, const QString &path,
                     Access access = Access::ReadWrite);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens once; later calls return at once. \a pragmas are full statements such as
    /// "PRAGMA synchronous=NORMAL", run in order after WAL is on.
    MailError open(const QStringList &pragmas);
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString path() const { return m_path; }
    QString name() const { return m_name; }
    /// writeMutexFor(path()).
    QMutex *writeMutex() const { return m_writeMutex; }

private:
    QString m_path;
    QString m_name;
    QMutex *m_writeMutex = nullptr;
    Access m_access = Access::ReadWrite;
    bool m_open = false;
};

} // namespace mailwright::storage
