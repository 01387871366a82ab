// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mailwright {

/// IMAP system flags (RFC 3501 §2.3.2) as a bit set; stored as an integer in the cache.
enum MessageFlag : int {
    FlagNone = 0,
    FlagSeen = 1,
    FlagAnswered = 2,
    FlagFlagged = 4,
    FlagDeleted = 8,
    FlagDraft = 16,
};

/// "\\Seen \\Flagged" style text for display and JSON.
QString messageFlagsText(int flags);

/// The role of a folder, from RFC 6154 special-use attributes (or INBOX by name, RFC 3501
/// §5.1). Stored by name ("sent", ...).
enum class SpecialUse { None, Inbox, Sent, Drafts, Trash, Junk, Archive, All, Flagged };
QString specialUseName(SpecialUse use);
SpecialUse specialUseFromName(const QString &name);

/// A folder as the cache knows it. Plain value, any thread.
struct CachedFolder
{
    qint64 id = 0;
    QString account;
    QString path;      ///< full path, components joined by the server's delimiter, UTF-8
    QString delimiter; ///< the server's hierarchy delimiter ("/" or "."), may be empty
    SpecialUse specialUse = SpecialUse::None;
    quint32 uidValidity = 0; ///< RFC 3501 §2.3.1.1; 0 = never synced
    quint32 uidNext = 0;
    quint32 highestUid = 0;    ///< highest UID stored locally (sync resumes after it)
    quint64 highestModSeq = 0; ///< HIGHESTMODSEQ at the last complete sync (RFC 7162), 0 = none
    int unread = 0;
    int total = 0;
    QDateTime lastSync; ///< UTC; invalid = never
};

/// One message's envelope as listed. Plain value, any thread.
struct CachedMessage
{
    qint64 id = 0; ///< the cache's row id (also the full-text row id)
    qint64 folderId = 0;
    quint32 uid = 0;
    QByteArray messageId;
    QDateTime date;         ///< Date header; invalid if missing
    QDateTime internalDate; ///< server's INTERNALDATE (IMAP) or download time (POP3)
    QString from;           ///< display form ("Name <addr>"), decoded
    QString to;
    QString cc;
    QString subject; ///< decoded
    int flags = FlagNone;
    qint64 size = 0;
    bool hasAttachments = false;
    QString snippet; ///< start of the text, filled when the body is fetched
    bool hasBody = false;
};

/// Sort keys of the message list.
enum class MessageSort { Date, Sender, Subject };

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::CachedFolder)
Q_DECLARE_METATYPE(mailwright::CachedMessage)
