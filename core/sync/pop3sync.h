// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "net/canceltoken.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace mailwright {

class MailCache;
class Pop3Session;

/// What one POP3 sync did.
struct Pop3SyncStats
{
    int onServer = 0;   ///< messages in the maildrop
    int downloaded = 0; ///< new UIDLs stored in the local inbox
    int deleted = 0;    ///< messages removed from the server (DELE + QUIT)
};

/// POP3 → local inbox (RFC 1939 §7 UIDL): every message whose UIDL the cache does not know yet
/// is retrieved byte for byte and stored with its UIDL in one transaction, so a message is
/// downloaded exactly once across runs, also when a run was killed half-way. By default
/// messages stay on the server; with leaveOnServer=false each is deleted once it is stored,
/// with deleteAfterDays>0 once it has been in the local inbox that long. Deletions are DELE
/// followed by QUIT (the UPDATE state, §6): an interrupted run deletes nothing.
///
/// The local inbox is the cache folder "INBOX" of the account (special use Inbox).
///
/// Thread: blocking; the thread that owns the session and the cache (the StoreWorker's or the
/// CLI's). Owner: the caller; it holds references only. sync() ends the session (QUIT).
class Pop3Sync
{
public:
    Pop3Sync(Pop3Session &session, MailCache &cache, const QString &account);

    void setLeaveOnServer(bool leave) { m_leaveOnServer = leave; }
    void setDeleteAfterDays(int days) { m_deleteAfterDays = days; }
    void setCancelToken(const CancelToken &token) { m_cancel = token; }
    /// The time "now" for the age rule (tests move it forward); invalid = the real clock.
    void setNow(const QDateTime &now) { m_now = now; }
    /// Called after each stored message (stored so far, to download).
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

    MailError sync(Pop3SyncStats *stats = nullptr);

    static QString inboxPath() { return QStringLiteral("INBOX"); }

private:
    Pop3Session &m_session;
    MailCache &m_cache;
    QString m_account;
    bool m_leaveOnServer = true;
    int m_deleteAfterDays = 0;
    CancelToken m_cancel;
    QDateTime m_now;
    std::function<void(int, int)> m_progress;
};

} // namespace mailwright
