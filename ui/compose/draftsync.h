// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/draftstore.h"
#include "errors/mailerror.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace mailwright {

class AccountRepository;
class ComposerWindow;
class StoreWorker;
struct Account;
struct MessageDraft;

/// Keeps a copy of each composer's draft in the account's IMAP Drafts folder, best effort: the
/// local draft (DraftStore) stays the source of truth, and a server that cannot be reached only
/// shows a line in the composer's status bar.
///
/// When: after each local save of the composer (its autosave cadence, Save Draft, closing),
/// and only when the content changed since the last upload; one upload per draft at a time,
/// the newest waiting one going next. How: the account's StoreWorker (saveDraft(), a user
/// request) APPENDs the new copy with \Draft \Seen and removes the copy it replaces; when the
/// message goes into the outbox or the draft is discarded, removeDraft() deletes the copy.
/// Each draft's copy carries the Message-ID "<draft.ID@mailwright.invalid>" (RFC 2606's
/// reserved TLD: it can collide with nobody's), so a copy left by an earlier session is found
/// and replaced too.
///
/// What the copy holds: From, To, Cc and Bcc (the addresses that parse), Subject, the text
/// (and HTML) body, attachments and the reply headers. Bcc is a header field of the draft copy
/// only (MimeBuilder::Purpose::DraftCopy, as Thunderbird keeps it); a sent message never has
/// one (G8). Addresses that do not parse yet are only in the local draft.
///
/// Thread: GUI. Owner: the composition root; the repository is borrowed, workers are looked up
/// per use (they come and go with the accounts).
class DraftSync : public QObject
{
    Q_OBJECT
public:
    using WorkerLookup = std::function<StoreWorker *(const QString &account)>;

    DraftSync(AccountRepository *accounts, WorkerLookup workers, QObject *parent = nullptr);

    /// Follows \a composer's draft saves, sends and discards.
    void attach(ComposerWindow *composer);

    /// The Message-ID of the server copy of draft \a draftId.
    static QByteArray messageIdFor(const QString &draftId);
    /// The server copy's message: From the draft's identity, the parsed recipients, ...
    static MessageDraft messageFor(const StoredDraft &draft, const Account &account);
    /// The server UID of the draft's current copy (0: none known).
    quint32 serverUid(const QString &draftId) const { return m_entries.value(draftId).uid; }
    /// The folder of that copy (empty: none known, or the Drafts folder).
    QString serverFolder(const QString &draftId) const { return m_entries.value(draftId).folder; }

    /// Local draft \a draft was opened from the server message \a uid in \a folder of
    /// \a account (a draft in the Drafts folder, ours or another client's): that message is
    /// the draft's copy now. The next upload replaces it; sending or discarding removes it.
    /// Until the text changes nothing is uploaded.
    void adopt(const StoredDraft &draft, const QString &folder, quint32 uid);

Q_SIGNALS:
    /// A line about draft \a draftId's server copy (also shown in its composer's status bar).
    void statusChanged(const QString &draftId, const QString &text);

private:
    struct Entry
    {
        QString account;
        QPointer<ComposerWindow> composer;
        quint32 uid = 0;
        QString folder;      ///< where uid is; empty: the Drafts folder
        QByteArray uploaded; ///< content hash of the copy on the server
        QByteArray sending;  ///< content hash of the upload in flight
        quint64 request = 0; ///< the saveDraft request in flight
        bool waiting = false;
        StoredDraft next; ///< the newest save while one was in flight
    };

    void saved(ComposerWindow *composer, const StoredDraft &draft);
    void removed(const QString &account, const QString &draftId);
    void upload(const QString &draftId);
    StoreWorker *imapWorker(const QString &account, std::optional<Account> *out) const;
    void watch(StoreWorker *worker);
    void report(const QString &draftId, const QString &text);
    static QByteArray contentHash(const StoredDraft &draft);

    AccountRepository *m_accounts;
    WorkerLookup m_workers;
    QHash<QString, Entry> m_entries;    ///< by local draft id
    QHash<quint64, QString> m_requests; ///< saveDraft request id → draft id
    QSet<StoreWorker *> m_watched;
};

} // namespace mailwright
