// SPDX-License-Identifier: GPL-3.0-or-later
// StoreWorker's engine, the folder resolution (Trash, Drafts) and the draft copies: saveDraft()
// and removeDraft() requests (the IMAP steps are in draftcopy.cpp).
#include "storeworker_p.h"

#include "sync/draftcopy.h"
#include "sync/imapsync.h"

namespace mailwright {

QString StoreWorker::Engine::trashPath()
{
    auto folders = cache().folders(m_account.name);
    for (const CachedFolder &f : std::as_const(folders.value)) {
        if (f.specialUse == SpecialUse::Trash)
            return f.path;
    }
    return m_account.trashFolder;
}

QString StoreWorker::Engine::draftsPath(bool *known)
{
    auto folders = cache().folders(m_account.name);
    if (folders.ok() && folders.value.isEmpty()) {
        withImap(
            [this](ImapSession &s) {
                return ImapSync(s, cache(), m_account.name).syncFolderList();
            },
            true);
        folders = cache().folders(m_account.name);
    }
    *known = false;
    QString byName;
    for (const CachedFolder &f : std::as_const(folders.value)) {
        if (f.specialUse == SpecialUse::Drafts) {
            *known = true;
            return f.path;
        }
        if (f.path == m_account.draftsFolder)
            byName = f.path;
    }
    *known = !byName.isEmpty();
    return m_account.draftsFolder;
}

MailError StoreWorker::Engine::storeDraft(const Request &r, QString *folderOut, quint32 *uidOut)
{
    bool exists = false;
    const QString folder = draftsPath(&exists);
    *folderOut = folder;
    // The copy being replaced may be in another folder (a draft opened from a folder that is
    // not the one resolved here): its UID means nothing in this one.
    const bool elsewhere = !r.path.isEmpty() && r.path != folder;
    const quint32 previous = elsewhere ? 0 : r.uids.value(0);
    QList<quint32> replaced;
    if (MailError e = withImap(
            [&](ImapSession &s) {
                return draftcopy::store(s, folder, !exists, r.raw, r.messageId, previous, uidOut,
                                        &replaced);
            },
            false))
        return e;
    forgetCached(folder, replaced);
    return elsewhere ? expungeIn(r.path, r.uids.value(0)) : MailError();
}

MailError StoreWorker::Engine::dropDraft(const Request &r)
{
    bool exists = false;
    const QString folder = draftsPath(&exists);
    const bool elsewhere = !r.path.isEmpty() && r.path != folder;
    if (exists) {
        QList<quint32> removed;
        if (MailError e = withImap(
                [&](ImapSession &s) {
                    return draftcopy::remove(s, folder, r.messageId,
                                             elsewhere ? 0 : r.uids.value(0), &removed);
                },
                false))
            return e;
        forgetCached(folder, removed);
    }
    return elsewhere ? expungeIn(r.path, r.uids.value(0)) : MailError();
}

MailError StoreWorker::Engine::expungeIn(const QString &folder, quint32 uid)
{
    if (uid == 0)
        return {};
    if (MailError e =
            withImap([&](ImapSession &s) { return s.expungeMessages(folder, {uid}); }, false))
        return e;
    forgetCached(folder, {uid});
    return {};
}

void StoreWorker::Engine::forgetCached(const QString &folder, const QList<quint32> &uids)
{
    auto cached = cache().folder(m_account.name, folder);
    if (cached.value && !uids.isEmpty()) {
        cache().removeMessages(cached.value->id, uids);
        cache().finishSync(cached.value->id, cached.value->uidNext, cached.value->highestModSeq);
        Q_EMIT messagesChanged(m_account.name, folder);
    }
    Request follow;
    follow.kind = Request::Kind::Folder;
    follow.path = folder;
    enqueue(follow, false);
}

} // namespace mailwright
