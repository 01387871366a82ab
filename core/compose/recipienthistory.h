// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "mime/emailaddress.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mailwright {

/// A mailbox as it is typed into an address field and parsed back by AddressParser: the
/// display name quoted when it contains RFC 5322 specials (e.g. "Doe, Jane" <j@x.org>).
QString addressFieldText(const Mailbox &mailbox);
/// Several mailboxes joined with ", ".
QString addressFieldText(const QList<Mailbox> &mailboxes);

/// One address the user has sent to.
struct KnownRecipient
{
    Mailbox mailbox;
    int timesUsed = 0;
    QDateTime lastUsed;
};

/// The addresses the user has sent to, for completion in the composer: a small JSON file,
/// normally "<dataDir>/recipients.json", rewritten atomically (QSaveFile) after each send.
///
/// Thread: the GUI thread (or whichever created it); not thread-safe. Owner: the composition
/// root. Other sources of addresses (the message cache, when there is one) are added with
/// setExtraAddresses() and merged into completions().
class RecipientHistory : public QObject
{
    Q_OBJECT
public:
    explicit RecipientHistory(const QString &filePath, QObject *parent = nullptr);

    /// Reads the file; a missing file is an empty history, a broken one a StorageError (and an
    /// empty history: completion is a convenience, never a reason not to start).
    MailError load();
    /// Counts one use of each mailbox and writes the file. The newest display name wins.
    MailError record(const QList<Mailbox> &mailboxes,
                     const QDateTime &when = QDateTime::currentDateTimeUtc());

    /// Most used first, then most recent.
    QList<KnownRecipient> entries() const { return m_entries; }
    /// "Name <address>" (or the bare address) for every known recipient, best first, then the
    /// extra addresses not already present.
    QStringList completions() const;
    void setExtraAddresses(const QList<Mailbox> &mailboxes);
    QString filePath() const { return m_path; }

Q_SIGNALS:
    void changed();

private:
    void sort();

    QString m_path;
    QList<KnownRecipient> m_entries;
    QList<Mailbox> m_extra;
};

} // namespace mailwright
