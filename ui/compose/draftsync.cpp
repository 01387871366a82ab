// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftsync.h"

#include "composerwindow.h"

#include "mime/mimebuilder.h"
#include "settings/accountrepository.h"
#include "sync/storeworker.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTime>
#include <QTimer>

namespace mailwright {

DraftSync::DraftSync(AccountRepository *accounts, WorkerLookup workers, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_workers(std::move(workers))
{}

void DraftSync::attach(ComposerWindow *composer)
{
    const QPointer<ComposerWindow> guard(composer);
    connect(composer, &ComposerWindow::draftSaved, this,
            [this, guard](const QString &, const StoredDraft &draft) {
                // Decided once send() has run: the save that send() makes as a safety net is
                // not uploaded when the message is on its way (its copy would only be removed
                // again).
                QTimer::singleShot(0, this, [this, guard, draft]() {
                    if (guard && (guard->isCountingDown() || guard->isSubmitted()))
                        return;
                    saved(guard, draft);
                });
            });
    connect(composer, &ComposerWindow::draftRemoved, this, &DraftSync::removed);
}

QByteArray DraftSync::messageIdFor(const QString &draftId)
{
    return "<draft." + draftId.toLatin1() + "@mailwright.invalid>";
}

MessageDraft DraftSync::messageFor(const StoredDraft &draft, const Account &account)
{
    MessageDraft m;
    Identity identity = account.primaryIdentity();
    for (const Identity &id : account.identities) {
        if (id.address == draft.identityAddress)
            identity = id;
    }
    m.from = Mailbox{identity.displayName, identity.address};
    m.to = AddressParser::parseList(draft.to).mailboxes;
    m.cc = AddressParser::parseList(draft.cc).mailboxes;
    // Written as a header in the copy only (MimeBuilder::Purpose::DraftCopy), never when sent.
    m.bcc = AddressParser::parseList(draft.bcc).mailboxes;
    m.subject = draft.subject;
    m.textBody = draft.textBody;
    m.htmlBody = draft.htmlBody;
    for (const QString &path : draft.attachments)
        m.attachments.append(DraftAttachment{path, QString(), QString()});
    m.inReplyTo = draft.inReplyTo;
    m.references = draft.references;
    m.messageId = messageIdFor(draft.id);
    m.smtpUtf8Allowed = true; // nothing is sent: the copy may hold any address
    return m;
}

QByteArray DraftSync::contentHash(const StoredDraft &d)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {d.account, d.identityAddress, d.to, d.cc, d.bcc, d.subject,
                                d.textBody, d.htmlBody, d.attachments.join(u'\n')}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    hash.addData(d.inReplyTo);
    return hash.result();
}

StoreWorker *DraftSync::imapWorker(const QString &account, std::optional<Account> *out) const
{
    *out = m_accounts ? m_accounts->account(account) : std::nullopt;
    if (!*out || !(*out)->hasIncoming || (*out)->incoming.protocol != Protocol::Imap)
        return nullptr;
    return m_workers ? m_workers(account) : nullptr;
}

void DraftSync::saved(ComposerWindow *composer, const StoredDraft &draft)
{
    std::optional<Account> account;
    if (!m_accounts || !(account = m_accounts->account(draft.account)) || !account->hasIncoming ||
        account->incoming.protocol != Protocol::Imap)
        return; // no IMAP: the local draft is all there is
    if (const auto it = m_entries.constFind(draft.id);
        it != m_entries.cend() && !it->account.isEmpty() && it->account != draft.account &&
        it->request == 0) {
        // The From account changed: the old account's copy goes (removed() drops the entry,
        // so no reference into m_entries may be held across it).
        removed(it->account, draft.id);
    }
    Entry &e = m_entries[draft.id];
    e.account = draft.account;
    e.composer = composer;
    const QByteArray hash = contentHash(draft);
    if (hash == (e.request ? e.sending : e.uploaded)) {
        e.waiting = false; // back to what is (being) stored
        return;
    }
    e.next = draft;
    e.waiting = true;
    if (e.request == 0)
        upload(draft.id);
}

void DraftSync::upload(const QString &draftId)
{
    Entry &e = m_entries[draftId];
    if (!e.waiting)
        return;
    e.waiting = false;
    std::optional<Account> account;
    StoreWorker *worker = imapWorker(e.next.account, &account);
    if (!worker || !worker->isRunning()) {
        report(draftId,
               tr("Draft saved on this computer only: %1 is not connected.").arg(e.next.account));
        return;
    }
    const BuildResult built =
        MimeBuilder::build(messageFor(e.next, *account), MimeBuilder::Purpose::DraftCopy);
    if (built.error) {
        report(draftId, tr("Draft saved on this computer only: %1").arg(built.error.userMessage));
        return;
    }
    watch(worker);
    e.sending = contentHash(e.next);
    e.request = worker->saveDraft(built.bytes, messageIdFor(draftId), e.uid, e.folder);
    if (e.request == 0) {
        report(draftId,
               tr("Draft saved on this computer only: %1 is not connected.").arg(e.next.account));
        return;
    }
    m_requests.insert(e.request, draftId);
    report(draftId, tr("Saving the draft to the server…"));
}

void DraftSync::watch(StoreWorker *worker)
{
    if (m_watched.contains(worker))
        return;
    m_watched.insert(worker);
    connect(worker, &QObject::destroyed, this, [this, worker]() { m_watched.remove(worker); });
    connect(worker, &StoreWorker::draftStored, this,
            [this](quint64 id, const QString &folder, quint32 uid) {
                const auto it = m_requests.constFind(id);
                if (it != m_requests.cend() && m_entries.contains(*it)) {
                    m_entries[*it].uid = uid;
                    m_entries[*it].folder = folder;
                }
            });
    connect(worker, &StoreWorker::requestFinished, this,
            [this](quint64 id, const MailError &error) {
                const QString draftId = m_requests.take(id);
                if (draftId.isEmpty() || !m_entries.contains(draftId))
                    return;
                Entry &e = m_entries[draftId];
                e.request = 0;
                if (error) {
                    // The local draft is safe; the next change tries again.
                    e.uploaded.clear();
                    report(draftId, tr("Draft saved on this computer only; the copy in the "
                                       "server's Drafts folder failed: %1")
                                        .arg(error.userMessage));
                } else {
                    e.uploaded = e.sending;
                    report(draftId,
                           tr("Draft saved to the server at %1.")
                               .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
                }
                e.sending.clear();
                if (e.waiting)
                    upload(draftId);
            });
}

void DraftSync::removed(const QString &account, const QString &draftId)
{
    const Entry e = m_entries.take(draftId);
    std::optional<Account> acc;
    StoreWorker *worker = imapWorker(account.isEmpty() ? e.account : account, &acc);
    if (!worker || !worker->isRunning())
        return; // a copy stays on the server; the next removal of a copy with this id takes it
    // Queued behind an upload still in flight (one FIFO queue of user requests), so that copy
    // goes too.
    if (!e.account.isEmpty() && e.account != account) {
        // The copy (and its UID) belongs to the earlier account; only ours by Message-ID here.
        worker->removeDraft(messageIdFor(draftId), 0);
        if (StoreWorker *other = imapWorker(e.account, &acc); other && other->isRunning())
            other->removeDraft(messageIdFor(draftId), e.uid, e.folder);
    } else {
        worker->removeDraft(messageIdFor(draftId), e.uid, e.folder);
    }
}

void DraftSync::adopt(const StoredDraft &draft, const QString &folder, quint32 uid)
{
    Entry &e = m_entries[draft.id];
    e.account = draft.account;
    e.uid = uid;
    e.folder = folder;
    e.uploaded = contentHash(draft);
}

void DraftSync::report(const QString &draftId, const QString &text)
{
    const Entry e = m_entries.value(draftId);
    if (e.composer)
        e.composer->setServerDraftStatus(text);
    Q_EMIT statusChanged(draftId, text);
}

} // namespace mailwright
