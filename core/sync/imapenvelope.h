// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/cachetypes.h"
#include "sync/imapresponse.h"

#include <QString>

namespace mailwright {

/// Turns the data of one "* n FETCH (...)" response (RFC 3501 §7.4.2) into a CachedMessage:
/// UID, FLAGS (system flags; keywords ignored), RFC822.SIZE and ENVELOPE (date, subject, from,
/// sender, reply-to, to, cc, bcc, in-reply-to, message-id). Subject and display names are
/// RFC 2047-decoded, always into UTF-8 (raw 8-bit words taken as UTF-8, RFC 6532); addresses
/// are shown "Name <local@host>", group syntax (§7.4.2: NIL host) flattened to its members.
/// Other data items (MODSEQ, INTERNALDATE, BODY...) are skipped.
///
/// \a fetch is the parenthesised list after "FETCH". Returns an empty string on success, else
/// what is wrong (a wrong shape is an error: it means we misread the stream).
/// Thread: any (pure function).
QString envelopeFromFetch(const ImapValue &fetch, CachedMessage *out);

/// Address list of an ENVELOPE field (NIL or a list of (name adl mailbox host)) as display text.
/// Returns false if the shape is wrong.
bool envelopeAddressText(const ImapValue &field, QString *out);

/// IMAP system flags (RFC 3501 §2.3.2) of a FLAGS list as MessageFlag bits.
int imapFlagBits(const ImapValue &flags);

} // namespace mailwright
