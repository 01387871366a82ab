// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "mime/emailaddress.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailwright {

/// How PreparedMessage treats the recipient headers.
struct PrepareOptions
{
    /// Parse To/Cc/Bcc and fail on a bad address there (`-t`). When false (recipients come from
    /// the command line) those headers are not validated; Bcc is still removed.
    bool extractRecipients = true;
};

/// A ready-made RFC 5322 message (`mailwright-cli send --eml FILE`, like `sendmail -t`), made
/// fit for SMTP DATA, with the envelope its header implies.
///
/// prepare() and fromFile() are reentrant and may run in any thread. Only the header is parsed
/// (our own parser; VMime decodes RFC 2047 display names only), so the cost is a few linear
/// scans of the bytes: this runs for every message of a batch.
struct PreparedMessage
{
    MailError error; ///< InvalidMessage (or FileError) with a reason; bytes empty then

    /// The message with CRLF line ends and without Bcc fields (G8); every other byte unchanged.
    QByteArray bytes;
    Mailbox from;            ///< first From mailbox (or Sender, when From has several)
    QByteArray envelopeFrom; ///< from.wireAddress()
    QList<Mailbox> to;       ///< groups expanded
    QList<Mailbox> cc;
    QList<Mailbox> bcc;                   ///< taken from the removed Bcc fields
    QList<QByteArray> envelopeRecipients; ///< To + Cc + Bcc wire addresses, each once
    bool needsSmtpUtf8 = false; ///< non-ASCII header bytes or a non-ASCII local part (RFC 6531)
    bool needs8BitMime = false; ///< octets above 127 in the body (RFC 6152)
    int bccFieldsRemoved = 0;
    qsizetype longestLine = 0; ///< in octets without CRLF; > 998 violates RFC 5322 §2.1.1

    static PreparedMessage prepare(const QByteArray &raw, const PrepareOptions &options);
    static PreparedMessage prepare(const QByteArray &raw) { return prepare(raw, PrepareOptions()); }
    /// Reads \a path and prepares it; a missing or unreadable file is a FileError.
    static PreparedMessage fromFile(const QString &path,
                                    const PrepareOptions &options = PrepareOptions());
};

} // namespace mailwright
