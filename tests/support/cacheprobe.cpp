// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheprobe.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace mailwright::test {

int sortIndexCount(const QString &file)
{
    const QString name = QStringLiteral("index-probe");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                      " AND name IN ('messages_by_date', 'messages_by_sender',"
                                      " 'messages_by_subject')")) &&
                q.next())
                count = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace mailwright::test
