// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "mime/emailaddress.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace mailwright {

/// One address seen in the cached messages.
struct KnownAddress
{
    Mailbox mailbox;    ///< the newest non-empty display name seen with it
    int count = 0;      ///< in how many From/To/Cc fields of cached messages it appeared
    QDateTime lastSeen; ///< the newest of those messages' dates (UTC)
};

/// The addresses of the message cache (From, To and Cc of every cached message), for address
/// completion in the composer. It reads the cache's `messages` table with a connection of its
/// own and keeps the result in memory; update() reads only the rows added since the previous
/// update (row ids grow), so refreshing after a sync is cheap.
///
/// Matching and ranking: an address matches a prefix when the address, its domain or a word of
/// its display name starts with it (case-insensitive); matches come most frequent first, then
/// most recently seen. Addresses are deduplicated case-insensitively.
///
/// Thread: a plain value (implicitly shared hash), not thread-safe; update() may run in any
/// thread (it opens and closes its own SQL connection there), so the usual pattern is: copy,
/// update in a worker (QtConcurrent), hand the copy back. Queries on an index of tens of
/// thousands of addresses take a few milliseconds (docs/benchmarks.md), fine for the GUI
/// thread. Owner: whoever holds it.
class AddressBook
{
public:
    /// Reads the messages of the cache at \a databasePath added since the last update (all, the
    /// first time). A missing file or an empty cache is no error.
    MailError update(const QString &databasePath);
    /// The best \a limit addresses matching \a prefix (all addresses for an empty prefix).
    QList<KnownAddress> knownAddresses(const QString &prefix, int limit) const;
    int size() const { return int(m_byAddress.size()); }

    /// The mailboxes of an address column as the cache stores it ("Name <a@x>, b@y"; display
    /// names are stored unquoted, so "Doe, Jane <j@x>" is one mailbox).
    static QList<Mailbox> parseStoredList(const QString &text);

private:
    /// An address with its lower-case search keys, made once (queries run per keystroke).
    struct Entry
    {
        KnownAddress known;
        QString domain; ///< lower case
        QString name;   ///< lower case
    };
    void add(const Mailbox &mailbox, const QDateTime &when);

    QHash<QString, Entry> m_byAddress; ///< key: the address in lower case
    qint64 m_lastRowId = 0;
};

} // namespace mailwright
