// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP reply parsing and classification; declared in errorcatalogue.h.
#include "errorcatalogue.h"

#include <QRegularExpression>

namespace mailwright {

SmtpReply parseSmtpReply(const QString &fullReplyText)
{
    // RFC 5321 §4.2: "Reply-code [ SP textstring ] CRLF", continuation lines "Reply-code -".
    static const QRegularExpression lineRe(QStringLiteral("^(\\d{3})(?:[ -](.*))?$"));
    // RFC 3463 §2: class "." subject "." detail; subject and detail have 1 to 3 digits.
    static const QRegularExpression enhancedRe(
        QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s+|$)"));
    SmtpReply reply;
    QString text = fullReplyText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QRegularExpressionMatch m = lineRe.match(line);
        if (!m.hasMatch()) {
            reply.lines << line;
            continue;
        }
        if (reply.code == 0)
            reply.code = m.captured(1).toInt();
        const QString rest = m.captured(2);
        // RFC 2034 §4: the enhanced code's class must equal the reply code's first digit.
        const QRegularExpressionMatch em = enhancedRe.match(rest);
        if (em.hasMatch() && em.captured(1).at(0) == m.captured(1).at(0)) {
            if (reply.enhancedCode.isEmpty())
                reply.enhancedCode = em.captured(1) + QLatin1Char('.') +
                                     QString::number(em.captured(2).toInt()) + QLatin1Char('.') +
                                     QString::number(em.captured(3).toInt());
        }
        reply.lines << rest;
    }
    return reply;
}

namespace {

ErrorCode classifyPermanent(Phase phase, int code, const QString &enhanced, const QString &text)
{
    const auto has = [&text](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    const bool policy = enhanced == QLatin1String("5.7.1") || enhanced == QLatin1String("5.7.60");
    switch (code) {
    case 530:
        // Postfix/Gmail say "530 5.7.0 Must issue a STARTTLS command first".
        return has("STARTTLS") ? ErrorCode::AuthEncryptionRequired : ErrorCode::AuthRequired;
    case 534:
        return ErrorCode::AuthMechanismUnavailable;
    case 535:
        return ErrorCode::AuthFailed;
    case 538:
        return ErrorCode::AuthEncryptionRequired;
    case 552:
        if (enhanced == QLatin1String("5.2.2"))
            return ErrorCode::RecipientRejected; // mailbox full (RFC 3463 X.2.2)
        return ErrorCode::MessageTooLarge;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
        if (phase == Phase::StartTls)
            return ErrorCode::StartTlsUnavailable;
        if (phase == Phase::Auth && (code == 502 || code == 504))
            return ErrorCode::AuthMechanismUnavailable;
        if (code == 501 && enhanced.startsWith(QLatin1String("5.1.")))
            return ErrorCode::InvalidAddress;
        return ErrorCode::ProtocolError;
    case 553:
        if (enhanced == QLatin1String("5.1.3") || enhanced == QLatin1String("5.1.7"))
            return ErrorCode::InvalidAddress;
        if (phase == Phase::RcptTo && !policy)
            return ErrorCode::RecipientRejected;
        return ErrorCode::SenderRejected;
    default:
        break;
    }
    if (enhanced == QLatin1String("5.3.4"))
        return ErrorCode::MessageTooLarge;
    if (enhanced == QLatin1String("5.7.60"))
        return ErrorCode::SenderRejected; // Microsoft: SendAsDenied
    switch (phase) {
    case Phase::Greeting:
    case Phase::Hello:
    case Phase::Connect:
        return ErrorCode::ServiceUnavailable;
    case Phase::StartTls:
        return ErrorCode::StartTlsUnavailable;
    case Phase::Auth:
        return ErrorCode::AuthFailed;
    case Phase::MailFrom:
        return ErrorCode::SenderRejected;
    case Phase::RcptTo:
        // 550/554 5.7.1 at RCPT is "Relay access denied": the sender or login is the problem.
        return policy || has("relay") ? ErrorCode::SenderRejected : ErrorCode::RecipientRejected;
    case Phase::Data:
        return ErrorCode::MessageRejected;
    default:
        return ErrorCode::ProtocolError;
    }
}

ErrorCode classify(Phase phase, int code, const QString &enhanced, const QString &text)
{
    if (code == 421)
        return ErrorCode::ServiceUnavailable; // RFC 5321 §3.8: the server is closing
    if (code >= 400 && code < 500)
        return ErrorCode::TemporaryFailure;
    if (code >= 500 && code < 600)
        return classifyPermanent(phase, code, enhanced, text);
    return ErrorCode::ProtocolError; // a positive or malformed reply where an error was expected
}

} // namespace

MailError smtpReplyError(Phase phase, int code, const QString &fullReplyText,
                         const QString &address)
{
    const SmtpReply reply = parseSmtpReply(fullReplyText);
    MailError error;
    error.phase = phase;
    error.replyCode = code != 0 ? code : reply.code;
    error.enhancedCode = reply.enhancedCode;
    error.serverText = fullReplyText;
    while (error.serverText.endsWith(QLatin1Char('\n')) ||
           error.serverText.endsWith(QLatin1Char('\r')))
        error.serverText.chop(1);
    error.address = address;
    error.code = classify(phase, error.replyCode, error.enhancedCode, reply.text());
    explain(error);
    return error;
}

} // namespace mailwright
