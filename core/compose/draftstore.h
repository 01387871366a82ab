// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailwright {

/// A message being written, exactly as the composer holds it: address fields as typed (they
/// may not parse yet), so reopening a draft shows what the user left, mistakes included.
struct StoredDraft
{
    QString id;              ///< assigned by DraftStore::save() when empty
    QString account;         ///< account name
    QString identityAddress; ///< the From identity's address
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString textBody;
    QString htmlBody;        ///< non-empty when the user wrote rich text
    QStringList attachments; ///< file paths
    QByteArray inReplyTo;
    QList<QByteArray> references;
    QDateTime saved;

    bool isEmpty() const
    {
        return to.trimmed().isEmpty() && cc.trimmed().isEmpty() && bcc.trimmed().isEmpty() &&
               subject.trimmed().isEmpty() && textBody.trimmed().isEmpty() && attachments.isEmpty();
    }
};

/// Local drafts: one JSON file per draft in a directory, normally "<dataDir>/drafts", each
/// written atomically (QSaveFile), so a crash leaves the previous version, never half a file.
/// Files that belong to a draft (a forwarded message's attachments) live in "<id>.files/".
///
/// Thread: any, one instance per thread (no shared state besides the files). Owner: whoever
/// creates it (the compose controller; the composer uses it through that).
class DraftStore
{
public:
    explicit DraftStore(const QString &directory);

    /// Writes the draft; assigns \a draft->id first when it is empty.
    MailError save(StoredDraft *draft);
    MailError load(const QString &id, StoredDraft *out) const;
    /// Deletes the draft and its files directory. A missing draft is not an error.
    MailError remove(const QString &id);
    /// All drafts, newest first.
    QList<StoredDraft> list() const;
    /// "<dir>/<id>.files", created on demand, for attachments that exist only in the draft.
    QString filesDirectory(const QString &id) const;
    QString directory() const { return m_dir; }

private:
    QString pathFor(const QString &id) const;
    QString m_dir;
};

} // namespace mailwright
