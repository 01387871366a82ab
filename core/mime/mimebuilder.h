// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "mime/messagedraft.h"

#include <QByteArray>
#include <QList>

namespace mailwright {

/// The wire form of a draft and its SMTP envelope.
struct BuildResult
{
    MailError error;                      ///< code None on success; bytes are empty otherwise
    QByteArray bytes;                     ///< RFC 5322 message, CRLF line ends, lines ≤ 998
    QByteArray envelopeFrom;              ///< MAIL FROM address (A-label domain)
    QList<QByteArray> envelopeRecipients; ///< To + Cc + Bcc, each once, in that order
    QByteArray messageId;                 ///< the Message-ID written, with angle brackets
    bool needsSmtpUtf8 = false;           ///< MAIL FROM must carry SMTPUTF8 (RFC 6531)
    bool needs8BitMime = false;           ///< the bytes contain octets above 127
    qint64 size = 0;                      ///< bytes.size(), for the SMTP SIZE check (RFC 1870)
};

/// Turns a MessageDraft into RFC 5322 / MIME bytes with VMime's message model.
///
/// build() is reentrant and may run in any thread, also in several at once; every VMime object
/// it creates is local to the call. It reads attachment files while it runs (streamed: the
/// message bytes are the only large buffer), so call it in a worker, not the GUI thread.
///
/// What it guarantees (each covered by tests/unit/tst_mimebuilder.cpp):
/// - Bcc never appears in the header of a message to send, only in envelopeRecipients (G8); a
///   draft copy (BuildPurpose::DraftCopy) is the one exception;
/// - non-ASCII subjects and display names are RFC 2047 encoded words in UTF-8, whatever the
///   process locale (G13);
/// - every line ends in CRLF (bodies are normalised first, G15) and none exceeds 998 octets
///   (RFC 5322 §2.1.1);
/// - the Message-ID's right side is MessageDraft::messageIdDomain or the From domain, never the
///   machine's host name.
class MimeBuilder
{
public:
    /// What the bytes are for.
    enum class Purpose {
        /// The message as it leaves: Bcc goes only into envelopeRecipients, never into the
        /// header (G8, RFC 5322 §3.6.3's first way), and at least one recipient is required.
        Send,
        /// The copy kept in the Drafts folder: Bcc IS written as a header field, so reopening
        /// the draft (here or in another client) still has it — as Thunderbird keeps it — and
        /// a draft without any recipient yet is allowed. Such bytes must never be submitted.
        DraftCopy
    };

    static BuildResult build(const MessageDraft &draft, Purpose purpose = Purpose::Send);

    /// Converts any mix of CRLF, bare LF and bare CR into CRLF (G15). Reentrant.
    static QByteArray normalizeLineEndings(const QByteArray &text);
};

} // namespace mailwright
