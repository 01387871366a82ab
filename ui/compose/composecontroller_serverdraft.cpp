// SPDX-License-Identifier: GPL-3.0-or-later
// ComposeController: a draft from the account's IMAP Drafts folder opened for editing.
#include "composecontroller.h"

#include "composerwindow.h"
#include "draftsync.h"

#include "compose/recipienthistory.h"
#include "mime/messagereader.h"

#include <QRegularExpression>

namespace mailwright {

namespace {

/// The local id inside one of our own draft Message-IDs (DraftSync::messageIdFor()), else
/// empty. Only the characters DraftStore gives an id, so a foreign id can name no path.
QString ownDraftId(const QByteArray &messageId)
{
    static const QRegularExpression pattern(
        QStringLiteral("^<draft\\.([A-Za-z0-9_-]{1,64})@mailwright\\.invalid>$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(messageId));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

ComposerWindow *ComposeController::openServerDraft(const QString &account, const QString &folder,
                                                   quint32 uid, const QByteArray &raw)
{
    const ReadMessage m = MessageReader::read(raw);
    if (m.error.isError()) {
        Q_EMIT statusMessage(m.error.userMessage);
        return nullptr;
    }
    StoredDraft d;
    d.id = ownDraftId(m.messageId);
    // Already open in a composer (ours, this session): show that one instead of a second.
    for (ComposerWindow *c : composers()) {
        if (!d.id.isEmpty() && c->draftId() == d.id) {
            c->raise();
            c->activateWindow();
            return c;
        }
    }
    d.account = account;
    d.bcc = addressFieldText(m.bcc); // a draft copy keeps Bcc as a header (ours and others')
    // The attachments exist only inside the server copy: they become files of the draft.
    if (!saveReadDraft(&d, m))
        return nullptr;
    if (!m.attachments.isEmpty()) {
        if (const MailError e = m_drafts.save(&d)) { // now with the attachments' files
            Q_EMIT statusMessage(e.userMessage);
            return nullptr;
        }
    }
    if (m_draftSync)
        m_draftSync->adopt(d, folder, uid);
    ComposerWindow *c = createComposer(d.account);
    c->loadDraft(d);
    c->show();
    c->raise();
    c->activateWindow();
    return c;
}

} // namespace mailwright
