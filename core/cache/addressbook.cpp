// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbook.h"

#include "cacheschema_p.h"
#include "storage/sqliteconnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace mailwright {

namespace {

bool plausibleAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at > 0 && at < address.size() - 1 && !address.contains(u' ');
}

QString unquoted(QString name)
{
    name = name.trimmed();
    while (name.endsWith(u','))
        name = name.chopped(1).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

/// \a text and \a prefix in lower case.
bool wordStartsWith(const QString &text, const QString &prefix)
{
    qsizetype from = 0;
    while (from < text.size()) {
        if (QStringView(text).mid(from).startsWith(prefix))
            return true;
        const qsizetype space = text.indexOf(u' ', from);
        if (space < 0)
            return false;
        from = space + 1;
    }
    return false;
}

} // namespace

QList<Mailbox> AddressBook::parseStoredList(const QString &text)
{
    QList<Mailbox> out;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        while (pos < n && (text.at(pos) == u',' || text.at(pos).isSpace()))
            ++pos;
        if (pos >= n)
            break;
        const qsizetype comma = text.indexOf(u',', pos);
        const qsizetype segmentEnd = comma < 0 ? n : comma;
        const qsizetype lt = text.indexOf(u'<', pos);
        const QString segment = text.mid(pos, segmentEnd - pos).trimmed();
        if (lt < 0 || (lt > segmentEnd && plausibleAddress(segment))) {
            // A bare address (or a word that is none and no "<" follows: skipped).
            if (plausibleAddress(segment))
                out.append(Mailbox{QString(), segment});
            pos = segmentEnd + 1;
            continue;
        }
        // "Name <address>": the name runs up to the '<', commas included.
        const qsizetype gt = text.indexOf(u'>', lt);
        if (gt < 0)
            break;
        const QString address = text.mid(lt + 1, gt - lt - 1).trimmed();
        if (plausibleAddress(address))
            out.append(Mailbox{unquoted(text.mid(pos, lt - pos)), address});
        pos = gt + 1;
    }
    return out;
}

void AddressBook::add(const Mailbox &mailbox, const QDateTime &when)
{
    const QString key = mailbox.address.toLower();
    Entry &e = m_byAddress[key];
    KnownAddress &k = e.known;
    if (k.count == 0) {
        k.mailbox.address = mailbox.address;
        e.domain = key.mid(key.lastIndexOf(u'@') + 1);
    }
    ++k.count;
    const bool newer = !k.lastSeen.isValid() || (when.isValid() && when >= k.lastSeen);
    if (newer && when.isValid())
        k.lastSeen = when;
    if (!mailbox.displayName.isEmpty() && (newer || k.mailbox.displayName.isEmpty()) &&
        k.mailbox.displayName != mailbox.displayName) {
        k.mailbox.displayName = mailbox.displayName;
        e.name = mailbox.displayName.toLower();
    }
}

MailError AddressBook::update(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return {};
    // Read only: the cache's writers (the store workers) own the schema and the data.
    storage::SqliteConnection connection(QStringLiteral("mailwright-addressbook"), databasePath,
                                         storage::SqliteConnection::Access::ReadOnly);
    if (MailError error = connection.open({}))
        return error;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    const bool hasTable = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = "
                                                "'table' AND name = 'messages'")) &&
                          q.next();
    q.finish();
    if (!hasTable)
        return {};
    q.prepare(QStringLiteral("SELECT id, sender, recipients, cc, sort_date FROM messages "
                             "WHERE id > ? ORDER BY id"));
    q.addBindValue(m_lastRowId);
    if (!q.exec())
        return cacheschema::sqlError(q.lastError(), QStringLiteral("read addresses"));
    while (q.next()) {
        m_lastRowId = q.value(0).toLongLong();
        const qint64 ms = q.value(4).toLongLong();
        const QDateTime when = ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
        for (int column = 1; column <= 3; ++column) {
            const QString text = q.value(column).toString();
            if (text.isEmpty())
                continue;
            for (const Mailbox &m : parseStoredList(text))
                add(m, when);
        }
    }
    return {};
}

QList<KnownAddress> AddressBook::knownAddresses(const QString &prefix, int limit) const
{
    const QString p = prefix.trimmed().toLower();
    // Pointers, not copies: a short prefix matches thousands of addresses, of which only the
    // best few are wanted.
    std::vector<const KnownAddress *> matches;
    for (auto it = m_byAddress.cbegin(); it != m_byAddress.cend(); ++it) {
        if (p.isEmpty() || it.key().startsWith(p) || it->domain.startsWith(p) ||
            wordStartsWith(it->name, p))
            matches.push_back(&it->known);
    }
    const auto better = [](const KnownAddress *a, const KnownAddress *b) {
        if (a->count != b->count)
            return a->count > b->count;
        if (a->lastSeen != b->lastSeen)
            return a->lastSeen > b->lastSeen;
        return a->mailbox.address < b->mailbox.address; // a stable order for equal ranks
    };
    const size_t wanted = limit < 0 ? matches.size() : std::min(matches.size(), size_t(limit));
    std::partial_sort(matches.begin(), matches.begin() + qsizetype(wanted), matches.end(), better);
    QList<KnownAddress> out;
    out.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i)
        out.append(*matches[i]);
    return out;
}

} // namespace mailwright
