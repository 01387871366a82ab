// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/cachetypes.h"
#include "errors/mailerror.h"
#include "net/tlspolicy.h"
#include "net/wireconnection.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mailwright {

struct ImapCredentials
{
    QString username;
    QString password;
};

class ImapSessionPrivate;

/// A folder as LIST reports it (RFC 3501 §7.2.2, RFC 6154 special use).
struct RemoteFolder
{
    QString path; ///< components joined by "/", UTF-8 (modified UTF-7 decoded, RFC 3501 §5.1.3)
    QString delimiter; ///< the server's hierarchy delimiter
    SpecialUse specialUse = SpecialUse::None;
    bool selectable = true; ///< false for \Noselect
};

/// STATUS / SELECT data of a folder (RFC 3501 §6.3.10, RFC 7162 HIGHESTMODSEQ).
struct RemoteFolderStatus
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0; ///< 0 when the server has no CONDSTORE
    int messages = 0;
    int unseen = 0;
};

/// A minimal IMAP session (VMime's plain `imap` store over our WireConnection): log in, list
/// folders, fetch whole messages byte for byte without touching \Seen. The receive work extends
/// it into the per-account store worker.
///
/// Login is IMAP LOGIN (RFC 3501 §6.2.3) and happens only over a verified TLS connection (or
/// in clear text when the user chose Security::None): the wire refuses anything else before
/// VMime gets a chance to send a password.
///
/// Thread: blocking; created, used and destroyed in one worker thread (VMime confinement).
/// Owner: the caller. After an error, discard it and open a new one.
class ImapSession
{
public:
    ImapSession();
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    MailError open(const WireOptions &options, const ImapCredentials &credentials);
    void close();
    TlsSessionInfo tlsInfo() const;

    /// Full paths, "/" separated, UTF-8.
    MailError listFolders(QStringList *out);
    /// The newest \a count messages of \a folder, newest first, exact bytes (BODY.PEEK[]; the
    /// folder is opened read-only with EXAMINE so no flag can change).
    MailError fetchNewest(const QString &folder, int count, QList<QByteArray> *out);
    /// The message whose Message-ID header is \a messageId (with or without <>), searching the
    /// newest \a searchDepth messages. Not found: \a out empty, no error.
    MailError fetchByMessageId(const QString &folder, const QByteArray &messageId, QByteArray *out,
                               int searchDepth = 50);

    // Receiving (implemented in imapmailbox.cpp). Paths are "/"-joined UTF-8 (RemoteFolder).
    // Reading never changes a flag: folders are opened with EXAMINE and bodies fetched with
    // BODY.PEEK[] (G9).
    MailError listFolders(QList<RemoteFolder> *out);
    /// STATUS without selecting the folder.
    MailError folderStatus(const QString &path, RemoteFolderStatus *out);
    /// EXAMINEs the folder on the store connection (read-only, RFC 3501 §6.3.2) and leaves it
    /// examined for the envelope and flag fetches; \a out gets UIDVALIDITY, UIDNEXT and the
    /// message count (not HIGHESTMODSEQ: that comes from folderStatus).
    MailError examine(const QString &path, RemoteFolderStatus *out);
    /// UID → flags of every message with a UID ≥ \a fromUid (one UID FETCH n:* (UID FLAGS)).
    MailError fetchFlags(const QString &path, quint32 fromUid, QHash<quint32, int> *out);
    /// Envelope (From, To, Cc, Subject, Date, Message-ID), flags, size and UID of the messages
    /// with sequence numbers \a first..\a last of the examined folder.
    MailError fetchEnvelopesByNumber(const QString &path, int first, int last,
                                     QList<CachedMessage> *out);
    /// The same for the given UIDs.
    MailError fetchEnvelopesByUid(const QString &path, const QList<quint32> &uids,
                                  QList<CachedMessage> *out);
    /// The exact bytes of one message (BODY.PEEK[]); empty \a raw if the UID does not exist.
    MailError fetchMessage(const QString &path, quint32 uid, QByteArray *raw);
    /// Adds (\a add) or removes flags on messages (UID STORE ±FLAGS, RFC 3501 §6.4.6). Removing
    /// uses FLAG_MODE_REMOVE: VMime's FLAG_MODE_SET with 0 sends nothing (G9).
    MailError storeFlags(const QString &path, const QList<quint32> &uids, int flags, bool add);
    /// APPEND (RFC 3501 §6.3.11) with the given flags; the bytes are sent unchanged.
    MailError appendMessage(const QString &path, const QByteArray &raw, int flags = FlagNone);
    /// Moves messages (RFC 3501 §6.4.7 UID COPY, then +FLAGS \Deleted, then RFC 4315 UID
    /// EXPUNGE of exactly these UIDs), so messages another client marked \Deleted in the same
    /// folder are never expunged by us. Without UIDPLUS the originals stay, marked \Deleted.
    /// Implemented in imapmove.cpp on the store's own connection.
    MailError moveMessages(const QString &from, const QList<quint32> &uids, const QString &to);
    /// Marks the messages \Deleted and expunges exactly them (UIDPLUS), for deleting inside the
    /// Trash itself.
    MailError expungeMessages(const QString &path, const QList<quint32> &uids);
    MailError createFolder(const QString &path);
    MailError deleteFolder(const QString &path);
    /// Appends \a message (exact RFC 5322 bytes) to \a folder with the \Seen flag (RFC 3501
    /// §6.3.11), creating the folder first if it does not exist: the copy to the Sent folder.
    MailError saveCopy(const QString &folder, const QByteArray &message);

    // Draft copies (imapdraft.cpp).
    /// APPEND like appendMessage(); \a appendedUid gets the UID the server gave the new message
    /// (RFC 4315 §3 APPENDUID), or 0 when it did not say.
    MailError appendMessage(const QString &path, const QByteArray &raw, int flags,
                            quint32 *appendedUid);
    /// UIDs (ascending) of the messages in \a path whose Message-ID header contains
    /// \a messageId (RFC 3501 §6.4.4 UID SEARCH HEADER); the folder is only EXAMINEd.
    MailError findByMessageId(const QString &path, const QByteArray &messageId,
                              QList<quint32> *uids);

private:
    std::unique_ptr<ImapSessionPrivate> d;
};

} // namespace mailwright
