// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "errors/errorcatalogue.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <map>
#include <memory>

namespace mailwright::storage {

MailError sqlError(const QSqlError &error, const QString &what)
{
    MailError result;
    result.phase = Phase::Store;
    // QSQLITE reports SQLite's primary result code as the native code; 13 is SQLITE_FULL.
    const bool full = error.nativeErrorCode() == QLatin1String("13") ||
                      error.databaseText().contains(QLatin1String("disk is full"));
    result.code = full ? ErrorCode::StorageFull : ErrorCode::StorageError;
    result.technicalDetail = what + QLatin1String(": ") + error.text();
    explain(result);
    return result;
}

QMutex *writeMutexFor(const QString &path)
{
    static QMutex registryMutex;
    static std::map<QString, std::unique_ptr<QMutex>> registry;
    const QMutexLocker lock(&registryMutex);
    std::unique_ptr<QMutex> &mutex = registry[QFileInfo(path).absoluteFilePath()];
    if (!mutex)
        mutex = std::make_unique<QMutex>();
    return mutex.get();
}

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen())
        return nullptr;
    const QVariant v = database.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

SqliteConnection::SqliteConnection(const QString &namePrefix, const QString &path, Access access)
    : m_path(path)
    , m_writeMutex(writeMutexFor(path))
    , m_access(access)
{
    static QAtomicInteger<quint64> instances;
    // Qt SQL connections belong to the thread that made them; the name says which thread.
    m_name = QStringLiteral("%1-%2-%3")
                 .arg(namePrefix)
                 .arg(quintptr(QThread::currentThreadId()))
                 .arg(instances.fetchAndAddRelaxed(1));
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = database();
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

MailError SqliteConnection::open(const QStringList &pragmas)
{
    if (m_open)
        return {};
    const bool readOnly = m_access == Access::ReadOnly;
    if (!readOnly)
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_name)
                          ? QSqlDatabase::database(m_name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(db.lastError(), QStringLiteral("open %1").arg(m_path));
    QSqlQuery q(db);
    // WAL: readers never block the writer and the writer never blocks readers. A read-only
    // connection cannot switch modes; it reads whatever the writers chose.
    if (!readOnly && (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
                      q.value(0).toString() != QLatin1String("wal")))
        return sqlError(q.lastError(), QStringLiteral("enable WAL"));
    q.finish();
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return sqlError(q.lastError(), pragma);
    }
    m_open = true;
    return {};
}

} // namespace mailwright::storage
