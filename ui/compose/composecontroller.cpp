// SPDX-License-Identifier: GPL-3.0-or-later
#include "composecontroller.h"

#include "composerwindow.h"
#include "draftsync.h"

#include "compose/mailtourl.h"
#include "compose/recipienthistory.h"
#include "main/uisettings.h"
#include "mime/messagereader.h"
#include "settings/accountrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace mailwright {

ComposeController::ComposeController(AccountRepository *accounts, const QString &dataDir,
                                     QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_history(new RecipientHistory(dataDir + QStringLiteral("/recipients.json"), this))
    , m_drafts(dataDir + QStringLiteral("/drafts"))
{
    m_history->load();
}

ComposeController::~ComposeController()
{
    // Composers are top-level windows with their own lifetime; they must not outlive the
    // services they borrow.
    for (const QPointer<ComposerWindow> &c : std::as_const(m_composers))
        delete c.data();
}

QList<ComposerWindow *> ComposeController::composers() const
{
    QList<ComposerWindow *> out;
    for (const QPointer<ComposerWindow> &c : m_composers) {
        if (c)
            out.append(c.data());
    }
    return out;
}

QStringList ComposeController::ownAddresses() const
{
    QStringList out;
    if (!m_accounts)
        return out;
    for (const Account &a : m_accounts->accounts()) {
        for (const Identity &id : a.identities)
            out.append(id.address);
    }
    return out;
}

ComposerWindow *ComposeController::createComposer(const QString &account)
{
    auto *composer = new ComposerWindow(m_accounts, &m_drafts);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->setUndoDelaySeconds(m_undoOverride >= 0 ? m_undoOverride
                                                      : uisettings::undoSendSeconds());
    composer->setCompletions(m_history->completions());
    connect(m_history, &RecipientHistory::changed, composer,
            [this, composer]() { composer->setCompletions(m_history->completions()); });
    if (!m_cachePath.isEmpty()) {
        composer->setCompletionProvider(
            [this](const QString &prefix) { return completionsFor(prefix); });
        refreshAddressBook();
    }
    if (m_draftSync)
        m_draftSync->attach(composer);
    if (!account.isEmpty())
        composer->selectIdentity(account);
    connect(composer, &ComposerWindow::submitRequested, this,
            [this, composer](const QString &acc, const MessageDraft &draft) {
                submit(composer, acc, draft);
            });
    connect(composer, &ComposerWindow::closedWithDraft, this, [this](const QString &) {
        Q_EMIT statusMessage(tr("The unsent message was kept as a draft."));
    });
    m_composers.removeAll(QPointer<ComposerWindow>());
    m_composers.append(composer);
    Q_EMIT composerOpened(composer);
    return composer;
}

void ComposeController::setMessageCache(const QString &cachePath)
{
    m_cachePath = cachePath;
    m_book = AddressBook();
    refreshAddressBook();
}

void ComposeController::refreshAddressBook()
{
    if (m_cachePath.isEmpty())
        return;
    if (m_bookRunning) {
        m_bookAgain = true;
        return;
    }
    m_bookRunning = true;
    // The first read of a large cache takes a while (docs/benchmarks.md): a worker thread
    // reads into a copy, which replaces the index when done.
    auto *watcher = new QFutureWatcher<AddressBook>(this);
    connect(watcher, &QFutureWatcher<AddressBook>::finished, this, [this, watcher]() {
        m_book = watcher->result();
        watcher->deleteLater();
        m_bookRunning = false;
        Q_EMIT addressBookUpdated();
        if (m_bookAgain) {
            m_bookAgain = false;
            refreshAddressBook();
        }
    });
    watcher->setFuture(QtConcurrent::run([book = m_book, path = m_cachePath]() mutable {
        book.update(path); // a cache that cannot be read completes nothing, and stops nothing
        return book;
    }));
}

QStringList ComposeController::completionsFor(const QString &prefix, int limit) const
{
    const QString p = prefix.trimmed();
    QStringList out;
    QSet<QString> seen;
    for (const QString &own : ownAddresses())
        seen.insert(own.toLower());
    for (const KnownRecipient &r : m_history->entries()) {
        const QString text = addressFieldText(r.mailbox);
        if (!text.contains(p, Qt::CaseInsensitive) || seen.contains(r.mailbox.address.toLower()))
            continue;
        seen.insert(r.mailbox.address.toLower());
        out.append(text);
    }
    for (const KnownAddress &k : m_book.knownAddresses(p, limit + int(seen.size()))) {
        if (out.size() >= limit)
            break;
        if (seen.contains(k.mailbox.address.toLower()))
            continue;
        seen.insert(k.mailbox.address.toLower());
        out.append(addressFieldText(k.mailbox));
    }
    return out;
}

void ComposeController::submit(ComposerWindow *composer, const QString &account,
                               const MessageDraft &draft)
{
    const QPointer<ComposerWindow> guard(composer);
    const std::optional<Account> acc = m_accounts ? m_accounts->account(account) : std::nullopt;
    if (!acc || !m_submit) {
        MailError e;
        e.code = ErrorCode::ConfigError;
        e.userMessage = acc ? tr("Sending is not available.")
                            : tr("The account “%1” no longer exists.").arg(account);
        composer->submissionFailed(e);
        return;
    }
    const QList<Mailbox> recipients = draft.to + draft.cc + draft.bcc;
    m_submit(*acc, draft, [this, guard, recipients, account](const SubmitResult &result) {
        if (result.error.isError()) {
            if (guard)
                guard->submissionFailed(result.error);
            return;
        }
        m_history->record(recipients);
        Q_EMIT messageQueued(result.id, account);
        if (guard)
            guard->submissionAccepted();
    });
}

ComposerWindow *ComposeController::newMessage(const QString &account)
{
    ComposerWindow *c = createComposer(account);
    c->show();
    return c;
}

ComposerWindow *ComposeController::openMailto(const QString &url)
{
    const MailtoRequest request = MailtoRequest::parse(url);
    if (!request.valid)
        return nullptr;
    ComposerWindow *c = createComposer(QString());
    c->applyMailto(request);
    c->show();
    c->raise();
    c->activateWindow();
    return c;
}

ComposerWindow *ComposeController::respond(const QString &account, const QByteArray &raw,
                                           ReplyMode mode)
{
    const ReadMessage original = MessageReader::read(raw);
    if (original.error.isError()) {
        Q_EMIT statusMessage(original.error.userMessage);
        return nullptr;
    }
    ReplySeed seed = ReplyBuilder::build(original, mode, ownAddresses());
    ComposerWindow *c = createComposer(account);
    if (!seed.attachments.isEmpty()) {
        // Forwarded attachments exist only inside the original: they become files of the
        // draft, so the draft (and a crash) keeps them.
        StoredDraft stub;
        stub.account = account;
        stub.subject = seed.draft.subject;
        if (const MailError e = m_drafts.save(&stub)) {
            Q_EMIT statusMessage(e.userMessage);
        } else {
            const QString dir = m_drafts.filesDirectory(stub.id);
            for (const ReadAttachment &a : std::as_const(seed.attachments)) {
                QString name = QFileInfo(a.fileName).fileName();
                if (name.isEmpty())
                    name = tr("attachment");
                QFile f(dir + u'/' + name);
                if (f.open(QIODevice::WriteOnly) && f.write(a.data) == a.data.size())
                    seed.draft.attachments.append(
                        DraftAttachment{f.fileName(), QString(), a.mimeType});
            }
            c->loadDraft(stub);
        }
    }
    c->applyReplySeed(account, seed);
    c->show();
    return c;
}

ComposerWindow *ComposeController::openDraft(const QString &id)
{
    StoredDraft d;
    if (const MailError e = m_drafts.load(id, &d)) {
        Q_EMIT statusMessage(e.userMessage);
        return nullptr;
    }
    ComposerWindow *c = createComposer(d.account);
    c->loadDraft(d);
    c->show();
    return c;
}

bool ComposeController::saveReadDraft(StoredDraft *d, const ReadMessage &m)
{
    d->identityAddress = m.from.address;
    d->to = addressFieldText(m.to);
    d->cc = addressFieldText(m.cc);
    d->subject = m.subject;
    d->textBody = m.text;
    d->htmlBody = m.html;
    d->inReplyTo = m.inReplyTo.value(0);
    d->references = m.references;
    if (const MailError e = m_drafts.save(d)) {
        Q_EMIT statusMessage(e.userMessage);
        return false;
    }
    if (m.attachments.isEmpty())
        return true;
    // The draft exists now, so it has a files directory for the attachments.
    const QString dir = m_drafts.filesDirectory(d->id);
    for (const ReadAttachment &a : m.attachments) {
        QString name = QFileInfo(a.fileName).fileName();
        if (name.isEmpty())
            name = tr("attachment");
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(a.data) != a.data.size()) {
            Q_EMIT statusMessage(tr("An attachment could not be restored: %1").arg(name));
            return false;
        }
        d->attachments.append(f.fileName());
    }
    return true;
}

ComposerWindow *ComposeController::editMessage(const OutboxMessage &message)
{
    const ReadMessage m = MessageReader::read(message.raw);
    if (m.error.isError()) {
        Q_EMIT statusMessage(m.error.userMessage);
        return nullptr;
    }
    StoredDraft d;
    d.account = message.account;
    // Bcc is not in the header (G8): it is whatever the envelope has beyond To and Cc.
    QStringList visible;
    for (const Mailbox &b : m.to + m.cc)
        visible.append(QString::fromUtf8(b.wireAddress()).toLower());
    QStringList bcc;
    for (const QString &r : message.recipients) {
        if (!visible.contains(r.toLower()))
            bcc.append(r);
    }
    d.bcc = bcc.join(QStringLiteral(", "));
    if (!saveReadDraft(&d, m))
        return nullptr;
    // Now with the attachments' files. A failure here loses nothing (the message is still in
    // the Outbox and the composer holds it), but the user should know the draft is incomplete.
    if (!m.attachments.isEmpty()) {
        if (const MailError e = m_drafts.save(&d))
            Q_EMIT statusMessage(e.userMessage);
    }
    ComposerWindow *c = createComposer(d.account);
    c->loadDraft(d);
    c->show();
    return c;
}

} // namespace mailwright
