// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3sync.h"

#include "cache/mailcache.h"
#include "errors/errorcatalogue.h"
#include "logging.h"
#include "mime/messagereader.h"
#include "sync/imapsync.h"
#include "sync/pop3session.h"

#include <QStringList>

namespace mailwright {

namespace {

QString joinMailboxes(const QList<Mailbox> &boxes)
{
    QStringList parts;
    for (const Mailbox &box : boxes)
        parts << box.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

/// The list entry of a downloaded message, from its own header.
CachedMessage envelopeOf(const QByteArray &raw, const ReadMessage &read)
{
    CachedMessage m;
    m.messageId = read.messageId;
    m.date = read.date;
    m.internalDate = QDateTime::currentDateTimeUtc(); // POP3 has no INTERNALDATE
    m.from = read.from.isNull() ? QString() : read.from.toDisplayString();
    m.to = joinMailboxes(read.to);
    m.cc = joinMailboxes(read.cc);
    m.subject = read.subject;
    m.size = raw.size();
    m.hasAttachments = !read.attachments.isEmpty();
    m.hasBody = true;
    return m;
}

} // namespace

Pop3Sync::Pop3Sync(Pop3Session &session, MailCache &cache, const QString &account)
    : m_session(session)
    , m_cache(cache)
    , m_account(account)
{}

MailError Pop3Sync::sync(Pop3SyncStats *statsOut)
{
    Pop3SyncStats local;
    Pop3SyncStats *stats = statsOut ? statsOut : &local;
    *stats = Pop3SyncStats();

    auto folder = m_cache.ensureFolder(m_account, inboxPath(), QString(), SpecialUse::Inbox);
    if (!folder.ok())
        return folder.error;
    const qint64 folderId = folder.value.id;

    QList<Pop3Entry> entries;
    if (MailError error = m_session.listMessages(&entries))
        return error;
    stats->onServer = int(entries.size());
    auto known = m_cache.knownUidls(folderId);
    if (!known.ok())
        return known.error;

    QList<Pop3Entry> fresh;
    for (const Pop3Entry &entry : std::as_const(entries)) {
        if (!known.value.contains(entry.uidl))
            fresh.append(entry);
    }
    QList<int> toDelete;
    for (const Pop3Entry &entry : std::as_const(fresh)) {
        if (m_cancel.isCancelled()) {
            m_session.close(); // no QUIT: nothing marked is deleted
            MailError error = makeMailError(ErrorCode::Cancelled, Phase::Fetch, QString());
            explain(error);
            return error;
        }
        QByteArray raw;
        if (MailError error = m_session.retrieve(entry.number, &raw))
            return error;
        const ReadMessage read = MessageReader::read(raw);
        CachedMessage message = envelopeOf(raw, read);
        QString text = read.text;
        if (text.isEmpty() && !read.html.isEmpty())
            text = indexableText(raw, nullptr);
        // Message, body and UIDL in one transaction: a kill before the commit downloads the
        // message again next time, a kill after it never does.
        if (MailError error = m_cache.addPop3Message(folderId, entry.uidl, &message, raw, text))
            return error;
        ++stats->downloaded;
        if (!m_leaveOnServer)
            toDelete.append(entry.number);
        if (m_progress)
            m_progress(stats->downloaded, int(fresh.size()));
    }

    if (!m_leaveOnServer || m_deleteAfterDays > 0) {
        auto times = m_cache.pop3DownloadTimes(folderId);
        if (!times.ok())
            return times.error;
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        for (const Pop3Entry &entry : std::as_const(entries)) {
            const auto it = times.value.constFind(entry.uidl);
            if (it == times.value.cend() || toDelete.contains(entry.number))
                continue; // not stored locally (yet): never delete what we do not have
            const bool old = m_deleteAfterDays > 0 && it.value().addDays(m_deleteAfterDays) <= now;
            if (!m_leaveOnServer || old)
                toDelete.append(entry.number);
        }
    }
    for (int number : std::as_const(toDelete)) {
        if (MailError error = m_session.markDeleted(number))
            return error;
    }
    // QUIT commits the deletions (RFC 1939 §6); without deletions it is just a polite goodbye.
    if (MailError error = m_session.quit())
        return error;
    stats->deleted = int(toDelete.size());
    qCDebug(lcPop3) << m_account << "POP3:" << stats->downloaded << "new," << stats->deleted
                    << "deleted," << stats->onServer << "on the server";
    return m_cache.finishSync(folderId, 0);
}

} // namespace mailwright
