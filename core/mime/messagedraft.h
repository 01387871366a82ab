// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mime/emailaddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace mailwright {

/// A file to attach. The file is read only when the message is built (streamed, not loaded).
struct DraftAttachment
{
    QString filePath;    ///< absolute or relative path of a readable regular file
    QString displayName; ///< file name shown to the recipient; empty: the file's own name
    QString mimeType;    ///< e.g. "application/pdf"; empty: guessed by QMimeDatabase
};

/// What the user wrote, as a plain value: MimeBuilder turns it into RFC 5322 bytes.
///
/// No thread affinity, no shared state: build it in the GUI thread, copy it to a worker.
struct MessageDraft
{
    Mailbox from;
    QList<Mailbox> replyTo;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc; ///< envelope only: never written into the header (G8)

    QString subject;
    QString textBody; ///< any line endings; normalised to CRLF when built (G15)
    QString htmlBody; ///< optional; when set the body becomes multipart/alternative
    QList<DraftAttachment> attachments;

    QByteArray inReplyTo;         ///< a msg-id with angle brackets, "<id@host>", or empty
    QList<QByteArray> references; ///< msg-ids with angle brackets
    /// Further unstructured header fields (name, value), e.g. ("X-Mailer", "..."). Names must be
    /// RFC 5322 field names; neither part may contain CR, LF or NUL.
    QList<QPair<QByteArray, QString>> extraHeaders;

    /// The right-hand side of our Message-ID. Empty: the From address's domain. Never the
    /// machine's host name, which would leak it and is often not a real domain.
    QString messageIdDomain;
    /// An explicit Message-ID ("<id@domain>"), e.g. to keep it stable across retries. Empty:
    /// generate a random one.
    QByteArray messageId;
    /// The Date header. Invalid (the default): the time of building, in the local time zone.
    QDateTime date;

    /// The server advertised SMTPUTF8 (RFC 6531) and we may use it. Without it a non-ASCII local
    /// part is an error, found before any connection is made.
    bool smtpUtf8Allowed = false;
};

} // namespace mailwright
