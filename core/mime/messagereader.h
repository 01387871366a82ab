// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "mime/emailaddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mailwright {

/// An attachment as the recipient sees it: decoded name (RFC 2047/2231), type, decoded bytes.
struct ReadAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

/// What MessageReader found in a message. Plain value; copy it between threads freely.
struct ReadMessage
{
    MailError error; ///< InvalidMessage when the bytes could not be parsed
    QString subject; ///< decoded
    Mailbox from;
    QList<Mailbox> to; ///< groups expanded
    QList<Mailbox> cc;
    QList<Mailbox> bcc; ///< only a draft copy has a Bcc header (MimeBuilder::Purpose::DraftCopy)
    QDateTime date;     ///< with the message's own UTC offset
    QByteArray messageId;
    QList<Mailbox> replyTo;       ///< Reply-To (RFC 5322 §3.6.2); empty when absent
    QList<QByteArray> inReplyTo;  ///< msg-ids with angle brackets (RFC 5322 §3.6.4)
    QList<QByteArray> references; ///< msg-ids with angle brackets, oldest first
    QString text; ///< the first text/plain part, transfer-decoded and converted from its charset
    QString html; ///< the first text/html part, likewise
    QList<ReadAttachment> attachments;
};

/// Parses a whole message with VMime (small: for tests and, later, the reader pane).
///
/// read() is reentrant and may run in any thread; VMime objects never leave the call. It
/// parses the whole message, bodies included: for headers only use PreparedMessage.
class MessageReader
{
public:
    static ReadMessage read(const QByteArray &bytes);
};

} // namespace mailwright
