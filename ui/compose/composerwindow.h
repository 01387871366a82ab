// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/draftstore.h"
#include "compose/mailtourl.h"
#include "compose/replybuilder.h"
#include "errors/mailerror.h"
#include "mime/messagedraft.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;
class QTimer;
class QToolBar;

namespace mailwright {

class AccountRepository;
class AddressField;
class AttachmentList;
struct Account;

/// The message composer: From (every identity of every account), To/Cc/Bcc with completion and
/// validation, Subject, a plain or rich text editor, the identity's signature, attachments
/// (button or drag-and-drop) with a size warning against the account's SMTP SIZE limit, drafts
/// saved automatically, Ctrl+Enter to send, and an undo delay with a visible countdown.
///
/// It does not send: when the countdown ends it emits submitRequested() and waits for
/// submissionAccepted() (the message is in the outbox: the draft is deleted, the window closes)
/// or submissionFailed() (it stays open with the message; nothing typed is lost).
///
/// Thread: GUI. Owner: the ComposeController (deleted on close, Qt::WA_DeleteOnClose).
/// The repository and the draft store are borrowed and must outlive it.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    ComposerWindow(AccountRepository *accounts, DraftStore *drafts, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    void setCompletions(const QStringList &completions);
    /// See AddressField::setCompletionProvider(); for To, Cc and Bcc.
    void setCompletionProvider(const std::function<QStringList(const QString &)> &provider);
    /// 0 sends at once; clamped to 0..30.
    void setUndoDelaySeconds(int seconds);
    int undoDelaySeconds() const { return m_undoDelay; }

    /// Picks the From identity; an empty \a address means the account's first identity.
    bool selectIdentity(const QString &account, const QString &address = QString());
    QString currentAccount() const;
    std::optional<Account> currentAccountValue() const;

    void setTo(const QString &text);
    void setCc(const QString &text);
    void setBcc(const QString &text);
    void setSubject(const QString &text);
    /// Replaces the body; the identity's signature is appended below it.
    void setBody(const QString &text, int cursorPosition = -1);
    QString bodyText() const;
    QStringList addAttachments(const QStringList &paths);

    void applyReplySeed(const QString &account, const ReplySeed &seed);
    void applyMailto(const MailtoRequest &request);
    void loadDraft(const StoredDraft &draft);
    StoredDraft typedDraft() const;
    QString draftId() const { return m_draftId; }

    /// Builds the message from the fields. False with a user-facing \a problem (which address
    /// is wrong and why, no recipient, too large, ...) when it must not be sent.
    bool buildDraft(MessageDraft *out, QString *problem) const;
    /// The message's size on the wire, estimated (base64 attachments, headers).
    qint64 estimatedSize() const;
    /// The current account's SMTP SIZE limit, 0 when unknown.
    qint64 sizeLimit() const;
    bool isOverSizeLimit() const;

    /// Ctrl+Enter: checks the message, then starts the undo countdown (or submits at once when
    /// the delay is 0). False, with the reason shown in the window, when it cannot be sent.
    bool send();
    void undoSend();
    /// Ends the countdown now and submits.
    void sendNow();
    bool isCountingDown() const;
    /// The message was handed to the sender (it may still come back with submissionFailed()).
    bool isSubmitted() const { return m_submitted; }
    int secondsLeft() const;
    QString problemText() const;

    /// Saves the typed message as a local draft now (if there is anything to save).
    MailError saveDraft();
    bool isModified() const { return m_modified; }

    /// Deletes the draft and closes without saving.
    void discard();

    /// A line about the draft's copy on the server (DraftSync), shown in the status bar.
    void setServerDraftStatus(const QString &text);
    QString serverDraftStatus() const;

    void submissionAccepted();
    void submissionFailed(const MailError &error);

Q_SIGNALS:
    void submitRequested(const QString &account, const mailwright::MessageDraft &draft);
    /// After every successful local draft save (the hook for a copy in the IMAP Drafts folder).
    void draftSaved(const QString &account, const mailwright::StoredDraft &draft);
    /// The local draft \a draftId was deleted because the message went into the outbox or the
    /// user discarded it (the hook for removing its IMAP copy).
    void draftRemoved(const QString &account, const QString &draftId);
    /// The window closed and left a draft behind (for the main window's status bar).
    void closedWithDraft(const QString &draftId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void fillIdentities();
    void identityChanged();
    void replaceSignature(const QString &oldSignature, const QString &newSignature);
    QString currentSignature() const;
    void updateSizeInfo();
    void markModified();
    void showProblem(const QString &text);
    void tick();
    void setEditingEnabled(bool enabled);
    void submit();
    void setRichText(bool rich);
    void attachFiles();

    AccountRepository *m_accounts = nullptr;
    DraftStore *m_drafts = nullptr;

    QComboBox *m_from = nullptr;
    AddressField *m_to = nullptr;
    AddressField *m_cc = nullptr;
    AddressField *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QTextEdit *m_editor = nullptr;
    AttachmentList *m_attachments = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_sizeInfo = nullptr;
    QLabel *m_sizeWarning = nullptr;
    QLabel *m_serverDraftStatus = nullptr;
    QWidget *m_countdownBar = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QToolBar *m_formatBar = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_richAction = nullptr;
    QTimer *m_countdown = nullptr;
    QTimer *m_autosave = nullptr;
    QElapsedTimer m_countdownClock;

    QString m_signature; ///< the signature currently in the editor
    int m_undoDelay = 5;
    QString m_draftId;
    QByteArray m_inReplyTo;
    QList<QByteArray> m_references;
    MessageDraft m_pending; ///< what the running countdown will submit
    QString m_pendingAccount;
    bool m_modified = false;
    bool m_submitted = false;
    bool m_discarded = false;
};

} // namespace mailwright
