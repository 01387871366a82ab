// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailwright {

class ImapSession;

/// The draft copy in the IMAP Drafts folder: the steps of StoreWorker::saveDraft() and
/// removeDraft() on an open session. Only messages this client appended are ever removed: the
/// UID APPENDUID reported for them, or messages carrying the draft's own Message-ID (generated
/// per draft, "<draft.ID@domain>").
///
/// Thread: the session's (the store worker's thread). Stateless functions.
namespace draftcopy {

/// Creates \a folder when \a create (and STATUS says it is missing), APPENDs \a raw with
/// \Draft \Seen, then expunges \a previousUid (when not 0) and — when the server reported no
/// APPENDUID or no previous UID is known — the older messages with \a messageId. \a uid gets
/// the new copy's UID (0 if neither APPENDUID nor the search found it); \a replaced the UIDs
/// expunged.
MailError store(ImapSession &session, const QString &folder, bool create, const QByteArray &raw,
                const QByteArray &messageId, quint32 previousUid, quint32 *uid,
                QList<quint32> *replaced);

/// Expunges every message of \a folder with \a messageId, and \a uid when not 0; \a removed
/// gets their UIDs.
MailError remove(ImapSession &session, const QString &folder, const QByteArray &messageId,
                 quint32 uid, QList<quint32> *removed);

} // namespace draftcopy

} // namespace mailwright
