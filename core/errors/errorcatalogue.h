// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "net/smtpreply.h"

#include <QString>
#include <QStringList>

namespace mailwright {

/// The plain-language error catalogue: turns what went wrong (code, phase, reply code, enhanced
/// status code) into a translated `userMessage` and a `hint` with a concrete next step.
///
/// Free functions, pure and re-entrant: call them from any thread. Texts are translated through
/// QCoreApplication::translate("ErrorCatalogue", ...), so the translator installed at the time of
/// the call decides the language.

/// Fills error.userMessage and error.hint from code, phase, replyCode, enhancedCode and the
/// context fields (host, address, messageSize, sizeLimit), and sets error.retryable: network
/// failures, timeouts and every 4xx reply are retryable; 5xx replies, authentication and
/// certificate problems are not. serverText and technicalDetail are never touched. Idempotent:
/// explaining twice (e.g. after the caller added the SIZE limit) gives the same result.
void explain(MailError &error);

/// As explain(error), then appends a provider-specific hint (e.g. "Gmail needs an app password.")
/// to error.hint when the error concerns the login (the Auth phase or an Auth* code). Other
/// errors ignore it: a provider's login advice does not help with a DNS failure.
void explain(MailError &error, const QString &providerHint);

/// Returns an explained copy.
MailError explained(MailError error, const QString &providerHint = QString());

/// Names the server in an error made where it was not known (deep in the wire, from a reply,
/// in a protocol parser): sets error.host to \a host and explains again, keeping the caller's
/// retryable decision; the catalogue's sentences then read "The server mail.example.com ...".
/// Errors that already name a host, local storage and file errors (Phase::Store, whose
/// sentences are more specific) and an empty \a host leave it unchanged. Used where a worker
/// hands errors on: sending (SendWorker), receiving (StoreWorker) and the CLI's store commands.
MailError withServer(MailError error, const QString &host);

/// Parses a full (possibly multi-line) reply into the SmtpReply the wire also reads
/// (net/smtpreply.h): `lines` keep each line's text after the code, enhanced code included. Accepts
/// lines separated by CRLF or LF. The enhanced status code is taken from the first line that
/// carries one whose class matches the reply code's first digit (RFC 2034 §4). Lines without a
/// leading reply code are kept as plain text.
SmtpReply parseSmtpReply(const QString &fullReplyText);

/// Maps an SMTP error reply received during `phase` to an explained MailError: picks the
/// ErrorCode from phase, reply code and enhanced status code, keeps the reply verbatim in
/// serverText (only a trailing CRLF is dropped), stores `address` (the refused recipient or
/// sender, if the reply concerns one) and explains it. `code` may be 0: then the code is read
/// from the reply text.
MailError smtpReplyError(Phase phase, int code, const QString &fullReplyText,
                         const QString &address = QString());

} // namespace mailwright
