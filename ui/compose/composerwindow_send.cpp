// SPDX-License-Identifier: GPL-3.0-or-later
// ComposerWindow, second half: checking, sending with the undo delay, drafts, window events.
#include "composerwindow.h"

#include "addressfield.h"
#include "attachmentlist.h"

#include "account/account.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

#include <cmath>

namespace mailwright {

namespace {
constexpr int AddressRole = Qt::UserRole + 2;

/// Base64 (RFC 2045 §6.8) grows by 4/3 and adds CRLF every 76 characters.
qint64 base64Size(qint64 bytes)
{
    const qint64 encoded = (bytes + 2) / 3 * 4;
    return encoded + encoded / 76 * 2 + 2;
}
} // namespace

qint64 ComposerWindow::estimatedSize() const
{
    // Header fields and MIME part headers: generous rather than optimistic, so the warning comes
    // a little early instead of the server's refusal coming late.
    qint64 size = 2048;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    size += base64Size(text.size()); // worst case: non-ASCII text goes out as base64
    if (m_richAction->isChecked())
        size += base64Size(m_editor->toHtml().toUtf8().size());
    const QStringList files = m_attachments->files();
    for (const QString &f : files)
        size += base64Size(QFileInfo(f).size()) + 300;
    return size;
}

qint64 ComposerWindow::sizeLimit() const
{
    const std::optional<Account> a = currentAccountValue();
    return a ? a->smtpSizeLimit : 0;
}

bool ComposerWindow::isOverSizeLimit() const
{
    const qint64 limit = sizeLimit();
    return limit > 0 && estimatedSize() > limit;
}

void ComposerWindow::updateSizeInfo()
{
    const qint64 size = estimatedSize();
    m_sizeInfo->setText(
        m_attachments->count() == 0
            ? QString()
            : tr("%n attachment(s), %1 — message about %2", nullptr, m_attachments->count())
                  .arg(AttachmentList::formatSize(m_attachments->totalBytes()),
                       AttachmentList::formatSize(size)));
    const qint64 limit = sizeLimit();
    if (limit > 0 && size > limit) {
        m_sizeWarning->setText(
            tr("This message is about %1 when sent, but the server of account “%2” accepts at "
               "most %3. Remove or shrink attachments, or share large files by link.")
                .arg(AttachmentList::formatSize(size), currentAccount(),
                     AttachmentList::formatSize(limit)));
        m_sizeWarning->show();
    } else {
        m_sizeWarning->hide();
    }
}

bool ComposerWindow::buildDraft(MessageDraft *out, QString *problem) const
{
    MessageDraft d;
    const std::optional<Account> account = currentAccountValue();
    if (!account) {
        *problem = tr("Choose the account to send from (From). Add one in Settings ▸ Accounts.");
        return false;
    }
    const QString address = m_from->currentData(AddressRole).toString();
    Identity identity = account->primaryIdentity();
    for (const Identity &id : account->identities) {
        if (id.address == address)
            identity = id;
    }
    d.from = Mailbox{identity.displayName, identity.address};
    if (!identity.replyTo.isEmpty())
        d.replyTo = AddressParser::parseList(identity.replyTo).mailboxes;

    QStringList problems;
    const struct
    {
        AddressField *field;
        QString label;
        QList<Mailbox> *target;
    } fields[] = {{m_to, tr("To"), &d.to}, {m_cc, tr("Cc"), &d.cc}, {m_bcc, tr("Bcc"), &d.bcc}};
    for (const auto &f : fields) {
        const ParseResult r = f.field->validate();
        *f.target = r.mailboxes;
        for (const AddressProblem &p : r.problems)
            problems.append(
                tr("%1: “%2” is not a valid address: %3").arg(f.label, p.input, p.reason));
    }
    if (!problems.isEmpty()) {
        *problem = tr("The message was not sent.") + u'\n' + problems.join(u'\n');
        return false;
    }
    if (d.to.isEmpty() && d.cc.isEmpty() && d.bcc.isEmpty()) {
        *problem = tr("The message was not sent: add at least one recipient (To, Cc or Bcc).");
        return false;
    }
    if (isOverSizeLimit()) {
        *problem = tr("The message was not sent: at about %1 it is larger than the %2 the server "
                      "of account “%3” accepts.")
                       .arg(AttachmentList::formatSize(estimatedSize()),
                            AttachmentList::formatSize(sizeLimit()), account->name);
        return false;
    }
    for (const QString &f : m_attachments->files()) {
        if (!QFileInfo(f).isReadable()) {
            *problem =
                tr("The message was not sent: the attachment %1 can no longer be read.").arg(f);
            return false;
        }
        d.attachments.append(DraftAttachment{f, QString(), QString()});
    }
    d.subject = m_subject->text();
    d.textBody = m_editor->toPlainText();
    if (m_richAction->isChecked())
        d.htmlBody = m_editor->toHtml();
    d.inReplyTo = m_inReplyTo;
    d.references = m_references;
    *out = d;
    return true;
}

void ComposerWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ComposerWindow::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool ComposerWindow::send()
{
    if (isCountingDown() || m_submitted)
        return false;
    QString problem;
    MessageDraft draft;
    if (!buildDraft(&draft, &problem)) {
        showProblem(problem);
        return false;
    }
    showProblem(QString());
    // The draft on disk is the safety net until the outbox has the message.
    saveDraft();
    m_pending = draft;
    m_pendingAccount = currentAccount();
    if (m_undoDelay == 0) {
        submit();
        return true;
    }
    setEditingEnabled(false);
    m_countdownClock.start();
    m_countdownBar->show();
    m_countdown->start();
    tick();
    m_undoButton->setFocus();
    return true;
}

bool ComposerWindow::isCountingDown() const
{
    return m_countdown->isActive();
}

int ComposerWindow::secondsLeft() const
{
    if (!isCountingDown())
        return 0;
    const qint64 leftMs = qint64(m_undoDelay) * 1000 - m_countdownClock.elapsed();
    return int(std::ceil(qMax<qint64>(0, leftMs) / 1000.0));
}

void ComposerWindow::tick()
{
    const int left = secondsLeft();
    if (m_countdownClock.elapsed() >= qint64(m_undoDelay) * 1000) {
        m_countdown->stop();
        submit();
        return;
    }
    m_countdownLabel->setText(tr("Sending in %n second(s)…", nullptr, left));
}

void ComposerWindow::undoSend()
{
    if (!isCountingDown())
        return;
    m_countdown->stop();
    m_countdownBar->hide();
    setEditingEnabled(true);
    m_pending = MessageDraft();
    statusBar()->showMessage(tr("Sending cancelled. The message was not sent."), 5000);
    m_editor->setFocus();
}

void ComposerWindow::sendNow()
{
    if (!isCountingDown())
        return;
    m_countdown->stop();
    submit();
}

void ComposerWindow::submit()
{
    m_countdownLabel->setText(tr("Sending…"));
    m_countdownBar->show();
    m_undoButton->setEnabled(false);
    setEditingEnabled(false);
    m_submitted = true;
    Q_EMIT submitRequested(m_pendingAccount, m_pending);
}

void ComposerWindow::submissionAccepted()
{
    if (!m_draftId.isEmpty() && m_drafts) {
        m_drafts->remove(m_draftId);
        Q_EMIT draftRemoved(m_pendingAccount, m_draftId);
    }
    m_draftId.clear();
    m_modified = false;
    close();
}

void ComposerWindow::submissionFailed(const MailError &error)
{
    m_submitted = false;
    m_countdownBar->hide();
    m_undoButton->setEnabled(true);
    setEditingEnabled(true);
    QString text = tr("The message could not be queued: %1").arg(error.userMessage);
    if (!error.hint.isEmpty())
        text += u'\n' + error.hint;
    showProblem(text);
}

void ComposerWindow::setEditingEnabled(bool enabled)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_attachments})
        w->setEnabled(enabled);
    m_editor->setReadOnly(!enabled);
    m_sendAction->setEnabled(enabled);
}

void ComposerWindow::markModified()
{
    if (m_submitted)
        return;
    m_modified = true;
    m_autosave->start();
}

MailError ComposerWindow::saveDraft()
{
    if (!m_drafts)
        return {};
    StoredDraft d = typedDraft();
    if (d.isEmpty() && d.id.isEmpty())
        return {};
    // The body holds at least the signature: a draft with nothing else in it is not worth keeping.
    if (d.isEmpty() ||
        (d.to.trimmed().isEmpty() && d.cc.trimmed().isEmpty() && d.bcc.trimmed().isEmpty() &&
         d.subject.trimmed().isEmpty() && d.attachments.isEmpty() &&
         d.textBody.trimmed() == QStringLiteral("-- \n%1").arg(m_signature).trimmed())) {
        if (!d.id.isEmpty())
            m_drafts->remove(d.id);
        m_draftId.clear();
        m_modified = false;
        return {};
    }
    const MailError e = m_drafts->save(&d);
    if (e) {
        statusBar()->showMessage(e.userMessage + u' ' + e.technicalDetail);
        return e;
    }
    m_draftId = d.id;
    m_modified = false;
    statusBar()->showMessage(
        tr("Draft saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
        4000);
    Q_EMIT draftSaved(d.account, d);
    return {};
}

void ComposerWindow::discard()
{
    m_countdown->stop();
    if (!m_draftId.isEmpty() && m_drafts) {
        m_drafts->remove(m_draftId);
        Q_EMIT draftRemoved(currentAccount(), m_draftId);
    }
    m_draftId.clear();
    m_discarded = true;
    m_modified = false;
    close();
}

void ComposerWindow::setServerDraftStatus(const QString &text)
{
    if (!m_serverDraftStatus) {
        // A permanent widget: the line stays while other messages come and go.
        m_serverDraftStatus = new QLabel(this);
        m_serverDraftStatus->setObjectName(QStringLiteral("serverDraftStatus"));
        statusBar()->addPermanentWidget(m_serverDraftStatus);
    }
    m_serverDraftStatus->setText(text);
}

QString ComposerWindow::serverDraftStatus() const
{
    return m_serverDraftStatus ? m_serverDraftStatus->text() : QString();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (isCountingDown()) {
        // Closing during the countdown sends at once: the user pressed Send, and an Undo that
        // can no longer be seen should not silently keep the message back.
        sendNow();
    }
    if (!m_submitted && !m_discarded && m_modified) {
        // "Save or discard?" would be one more question; a draft is never lost and can be
        // discarded from the drafts list.
        saveDraft();
    }
    if (!m_submitted && !m_draftId.isEmpty() && !m_discarded)
        Q_EMIT closedWithDraft(m_draftId);
    event->accept();
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!AttachmentList::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = AttachmentList::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    addAttachments(files);
    event->acceptProposedAction();
}

void ComposerWindow::attachFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach Files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &files) { addAttachments(files); });
    dialog->open();
}

void ComposerWindow::setRichText(bool rich)
{
    m_formatBar->setVisible(rich);
    m_editor->setAcceptRichText(rich);
    if (!rich) {
        // Back to plain text: the formatting goes, the words stay.
        const QString text = m_editor->toPlainText();
        m_editor->setPlainText(text);
    }
    updateSizeInfo();
}

} // namespace mailwright
