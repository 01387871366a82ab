// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailwright {

/// What the server said about one recipient (RCPT TO, RFC 5321 §4.1.1.3). Shared by the SMTP
/// session (which reads it off the wire) and the outbox (which stores it). Plain value type.
struct RecipientOutcome
{
    QString address;
    bool accepted = false;
    int replyCode = 0;
    QString enhancedCode;
    QString text; ///< the server's reply, verbatim
};

} // namespace mailwright
