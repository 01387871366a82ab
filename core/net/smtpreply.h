// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"

#include <QString>
#include <QStringList>

namespace mailwright {

/// One SMTP reply (RFC 5321 §4.2), possibly multi-line. Plain value type, any thread.
struct SmtpReply
{
    int code = 0;
    QString enhancedCode; ///< RFC 3463 "5.7.8" when the first line carries one (RFC 2034)
    QStringList lines;    ///< the text of each line, code and separator removed

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    /// The whole reply as the server sent it ("535 5.7.8 Error: ..."), lines joined by "\n".
    QString text() const;
};

/// What an EHLO reply (RFC 5321 §4.1.1.1) announced. Plain value type, any thread.
struct SmtpCapabilities
{
    bool valid = false;         ///< an EHLO reply was received
    QString serverName;         ///< first word of the first line
    QStringList authMechanisms; ///< RFC 4954, upper case, in the server's order
    bool sizeAdvertised = false;
    qint64 sizeLimit = 0;             ///< RFC 1870; 0 = no fixed limit
    bool pipelining = false;          ///< RFC 2920
    bool eightBitMime = false;        ///< RFC 6152
    bool smtpUtf8 = false;            ///< RFC 6531
    bool dsn = false;                 ///< RFC 3461
    bool chunking = false;            ///< RFC 3030
    bool requireTls = false;          ///< RFC 8689
    bool enhancedStatusCodes = false; ///< RFC 2034
    bool startTls = false;            ///< RFC 3207
    QStringList keywords;             ///< every extension line verbatim

    static SmtpCapabilities fromEhlo(const SmtpReply &reply);
};

/// Turns a negative reply into an explained MailError (errors/errorcatalogue.h): 421 →
/// ServiceUnavailable, other 4xx → TemporaryFailure (both retryable), 5xx →  permanentCode.
/// The reply is kept verbatim in serverText;  address names the refused address, if any.
MailError replyError(const SmtpReply &reply, Phase phase, ErrorCode permanentCode,
                     const QString &address = QString());

} // namespace mailwright
