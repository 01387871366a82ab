// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/account.h"
#include "cache/addressbook.h"
#include "compose/draftstore.h"
#include "compose/replybuilder.h"
#include "errors/mailerror.h"
#include "mime/messagedraft.h"
#include "send/outbox.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace mailwright {

class AccountRepository;
class ComposerWindow;
class DraftSync;
class RecipientHistory;
struct ReadMessage;

/// What the sender said to a submitted message: its outbox id, or why it was not queued.
struct SubmitResult
{
    qint64 id = 0;
    MailError error;
};

/// Opens composers (new, reply, forward, mailto:, draft, edit of an outbox message), keeps the
/// recipient history and the local drafts, and hands finished messages to the sender.
///
/// The sender is injected as a function (the composition root binds it to the send service),
/// so this class needs no knowledge of how messages leave: `submit(account, draft, done)` must
/// call `done` exactly once, in the GUI thread, when the message is durably in the outbox (id)
/// or could not be queued (error). Until then the composer keeps the message and its draft.
///
/// Thread: GUI. Owner: the composition root; the repository is borrowed. Composers are
/// top-level windows that delete themselves on close.
class ComposeController : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SubmitResult &)>;
    using Submitter = std::function<void(const Account &, const MessageDraft &, const Done &)>;

    ComposeController(AccountRepository *accounts, const QString &dataDir,
                      QObject *parent = nullptr);
    ~ComposeController() override;

    void setSubmitter(Submitter submitter) { m_submit = std::move(submitter); }
    /// Undo-send delay for new composers; by default uisettings::undoSendSeconds().
    void setUndoDelayOverride(int seconds) { m_undoOverride = seconds; }

    ComposerWindow *newMessage(const QString &account = QString());
    /// Opens a composer filled from a mailto: URL (RFC 6068); nullptr if it is not one.
    ComposerWindow *openMailto(const QString &url);
    /// Reply, reply-all or forward to the RFC 5322 message \a raw, from \a account.
    ComposerWindow *respond(const QString &account, const QByteArray &raw, ReplyMode mode);
    ComposerWindow *openDraft(const QString &id);
    /// Reopens a message from the outbox for editing; its attachments are copied into the
    /// draft's files. The caller removes the outbox entry once this returns a window.
    ComposerWindow *editMessage(const OutboxMessage &message);
    /// Opens the draft \a raw — message \a uid of \a folder in \a account's Drafts folder,
    /// written here or by another client — in a composer for editing: recipients (Bcc from its
    /// header), subject, text, attachments and reply headers become a local draft, and that
    /// server message becomes the draft's copy (DraftSync::adopt()), so saving replaces it and
    /// sending or discarding removes it. A draft of ours (Message-ID "<draft.ID@...>") keeps its
    /// local id. Implemented in composecontroller_serverdraft.cpp.
    ComposerWindow *openServerDraft(const QString &account, const QString &folder, quint32 uid,
                                    const QByteArray &raw);

    /// Copies of the drafts in the accounts' IMAP Drafts folders (borrowed; null: local only).
    void setDraftSync(DraftSync *sync) { m_draftSync = sync; }
    /// The message cache whose From/To/Cc addresses complete addresses (after the sent
    /// history). Its index is read in a worker thread now and refreshed, reading only new
    /// messages, whenever a composer opens.
    void setMessageCache(const QString &cachePath);
    /// Starts a refresh of the cache's address index (no-op while one runs, or without cache).
    void refreshAddressBook();
    /// The completions for \a prefix: sent history first, then the cache's addresses by
    /// frequency and recency; one entry per address (case-insensitive), without the user's own
    /// addresses.
    QStringList completionsFor(const QString &prefix, int limit = 50) const;
    const AddressBook &addressBook() const { return m_book; }

    QList<ComposerWindow *> composers() const;
    RecipientHistory *history() const { return m_history; }
    DraftStore *drafts() { return &m_drafts; }
    QStringList ownAddresses() const;

Q_SIGNALS:
    void composerOpened(mailwright::ComposerWindow *composer);
    /// A message went into the outbox.
    void messageQueued(qint64 id, const QString &account);
    /// Shown in the main window's status bar ("Draft saved", ...).
    void statusMessage(const QString &text);
    /// A refresh of the cache's address index finished.
    void addressBookUpdated();

private:
    ComposerWindow *createComposer(const QString &account);
    /// Fills \a d from the parsed message \a m (identity, To, Cc, subject, bodies, reply
    /// headers; account, id and Bcc are the caller's), saves it and writes m's attachments as
    /// files of the draft, listed in d->attachments (the caller saves d again to keep that
    /// list). False, with a status message, when the draft or an attachment was not written.
    /// Used by editMessage() and openServerDraft().
    bool saveReadDraft(StoredDraft *d, const ReadMessage &m);
    void submit(ComposerWindow *composer, const QString &account, const MessageDraft &draft);

    AccountRepository *m_accounts = nullptr;
    RecipientHistory *m_history = nullptr;
    DraftStore m_drafts;
    Submitter m_submit;
    int m_undoOverride = -1;
    QList<QPointer<ComposerWindow>> m_composers;
    DraftSync *m_draftSync = nullptr;
    QString m_cachePath;
    AddressBook m_book;
    bool m_bookRunning = false;
    bool m_bookAgain = false;
};

} // namespace mailwright
