// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "net/tlspolicy.h"
#include "net/wireconnection.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mailwright {

struct ImapCredentials
{
    QString username;
    QString password;
};

class ImapSessionPrivate;

/// A minimal IMAP session (VMime's plain `imap` store over our WireConnection): log in, list
/// folders, fetch whole messages byte for byte without touching \Seen. The receive work extends
/// it into the per-account store worker.
///
/// Login is IMAP LOGIN (RFC 3501 §6.2.3) and happens only over a verified TLS connection (or
/// in clear text when the user chose Security::None): the wire refuses anything else before
/// VMime gets a chance to send a password.
///
/// Thread: blocking; created, used and destroyed in one worker thread (VMime confinement).
/// Owner: the caller. After an error, discard it and open a new one.
class ImapSession
{
public:
    ImapSession();
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    MailError open(const WireOptions &options, const ImapCredentials &credentials);
    void close();
    TlsSessionInfo tlsInfo() const;

    /// Full paths, "/" separated, UTF-8.
    MailError listFolders(QStringList *out);
    /// The newest \a count messages of \a folder, newest first, exact bytes (BODY.PEEK[]; the
    /// folder is opened read-only with EXAMINE so no flag can change).
    MailError fetchNewest(const QString &folder, int count, QList<QByteArray> *out);
    /// The message whose Message-ID header is \a messageId (with or without <>), searching the
    /// newest \a searchDepth messages. Not found: \a out empty, no error.
    MailError fetchByMessageId(const QString &folder, const QByteArray &messageId, QByteArray *out,
                               int searchDepth = 50);

    /// Appends \a message (exact RFC 5322 bytes) to \a folder with the \Seen flag (RFC 3501
    /// §6.3.11), creating the folder if it does not exist. The copy to the Sent folder.
    MailError appendMessage(const QString &folder, const QByteArray &message);

private:
    std::unique_ptr<ImapSessionPrivate> d;
};

} // namespace mailwright
