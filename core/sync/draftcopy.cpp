// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcopy.h"

#include "cache/cachetypes.h"
#include "sync/imapsession.h"

namespace mailwright::draftcopy {

MailError store(ImapSession &session, const QString &folder, bool create, const QByteArray &raw,
                const QByteArray &messageId, quint32 previousUid, quint32 *uid,
                QList<quint32> *replaced)
{
    *uid = 0;
    replaced->clear();
    if (create) {
        // Missing from our folder list; it may exist all the same (a list not yet synced).
        RemoteFolderStatus status;
        if (session.folderStatus(folder, &status).isError()) {
            if (MailError e = session.createFolder(folder))
                return e;
        }
    }
    // \Draft marks it as a draft for every client (RFC 3501 §2.3.2); \Seen keeps the Drafts
    // folder from showing it as unread mail.
    if (MailError e = session.appendMessage(folder, raw, FlagDraft | FlagSeen, uid))
        return e;
    QList<quint32> candidates;
    if (*uid == 0 || previousUid == 0) {
        // Without APPENDUID (RFC 4315 §3) — or when a copy of an earlier session may be there —
        // our own messages by their Message-ID: UIDs grow with every APPEND (RFC 3501
        // §2.3.1.1), so the highest is the one just appended.
        if (MailError e = session.findByMessageId(folder, messageId, &candidates))
            return e;
        if (*uid == 0 && !candidates.isEmpty())
            *uid = candidates.takeLast();
    }
    if (previousUid != 0)
        candidates.append(previousUid);
    for (quint32 old : std::as_const(candidates)) {
        if (old != 0 && old != *uid && !replaced->contains(old))
            replaced->append(old);
    }
    return replaced->isEmpty() ? MailError() : session.expungeMessages(folder, *replaced);
}

MailError remove(ImapSession &session, const QString &folder, const QByteArray &messageId,
                 quint32 uid, QList<quint32> *removed)
{
    removed->clear();
    if (MailError e = session.findByMessageId(folder, messageId, removed))
        return e;
    if (uid != 0 && !removed->contains(uid))
        removed->append(uid);
    return removed->isEmpty() ? MailError() : session.expungeMessages(folder, *removed);
}

} // namespace mailwright::draftcopy
