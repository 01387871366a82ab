// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace mailwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorCatalogue", text);
}

// Names used inside sentences, never at their start, so an unknown host still reads well.
QString serverName(const MailError &e)
{
    return e.host.isEmpty() ? tr("the mail server") : e.host;
}

QString addressName(const MailError &e)
{
    return e.address.isEmpty() ? tr("this address") : e.address;
}

// "550 5.1.1" or "550" or "" — the codes as the user may quote them to support.
QString replyLabel(const MailError &e)
{
    if (e.replyCode == 0)
        return e.enhancedCode;
    if (e.enhancedCode.isEmpty())
        return QString::number(e.replyCode);
    return QString::number(e.replyCode) + QLatin1Char(' ') + e.enhancedCode;
}

QString withCode(const QString &sentence, const MailError &e)
{
    const QString label = replyLabel(e);
    // Sentences are passed without their final full stop so the codes can go before it.
    return label.isEmpty() ? tr("%1.").arg(sentence) : tr("%1 (%2).").arg(sentence, label);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool mentions(const MailError &e, const char *needle)
{
    return e.serverText.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// Microsoft 365 / Outlook.com answer a password login with 535 5.7.139 once basic
// authentication is turned off for the tenant or mailbox; older tenants say 5.7.3 with
// "SmtpClientAuthentication is disabled".
bool isMicrosoftBasicAuthDisabled(const MailError &e)
{
    return e.enhancedCode == QLatin1String("5.7.139") ||
           mentions(e, "SmtpClientAuthentication is disabled") ||
           mentions(e, "basic authentication is disabled");
}

bool isWebLoginRequired(const MailError &e)
{
    // Gmail: "534-5.7.14 <https://accounts.google.com/...> Please log in via your web browser".
    return e.enhancedCode == QLatin1String("5.7.14") || mentions(e, "web browser");
}

bool isAppPasswordRequired(const MailError &e)
{
    // Gmail: "534-5.7.9 Application-specific password required."
    return mentions(e, "application-specific password") || mentions(e, "app password");
}

bool isLoginError(const MailError &e)
{
    switch (e.code) {
    case ErrorCode::AuthFailed:
    case ErrorCode::AuthRequired:
    case ErrorCode::AuthMechanismUnavailable:
    case ErrorCode::AuthEncryptionRequired:
        return true;
    default:
        return e.phase == Phase::Auth;
    }
}

bool computeRetryable(const MailError &e)
{
    // RFC 5321 §4.2.1: 4yz is a transient negative completion — the same command may succeed
    // later; 5yz is permanent and repeating it unchanged will fail again.
    if (e.replyCode >= 400 && e.replyCode < 500)
        return true;
    if (e.replyCode >= 500)
        return false;
    switch (e.code) {
    case ErrorCode::DnsFailure:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::Timeout:
    case ErrorCode::NetworkError:
    case ErrorCode::ConnectionClosed:
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::TemporaryFailure:
        return true;
    default:
        return false;
    }
}

struct Text
{
    QString message;
    QString hint;
};

Text networkText(const MailError &e)
{
    const QString server = serverName(e);
    switch (e.code) {
    case ErrorCode::DnsFailure:
        return {tr("The server name %1 could not be found.").arg(server),
                tr("Check the server name in the account settings for typing mistakes, and check "
                   "that this computer is connected to the internet.")};
    case ErrorCode::ConnectionRefused:
        return {tr("The connection to %1 was refused.").arg(server),
                tr("Nothing accepts connections on that port. Check the port and the security "
                   "setting (usually 465 with TLS or 587 with STARTTLS); a firewall may also "
                   "reject the connection.")};
    case ErrorCode::Timeout:
        if (e.phase == Phase::Connect || e.phase == Phase::Resolve || e.phase == Phase::None)
            return {tr("There was no answer from %1 when connecting.").arg(server),
                    tr("A firewall or your internet provider may be blocking this port (port 25 "
                       "is often blocked). Try port 465 (TLS) or 587 (STARTTLS), or another "
                       "network.")};
        return {tr("The connection to %1 was made, but the server stopped answering.").arg(server),
                tr("The network may be slow or interrupted, or the server is overloaded. Try "
                   "again later; mail in the outbox is retried automatically.")};
    case ErrorCode::NetworkError:
        return {tr("A network error interrupted the connection to %1.").arg(server),
                tr("Check your internet connection. Mail in the outbox is retried "
                   "automatically.")};
    case ErrorCode::ConnectionClosed:
        return {tr("The connection to %1 was closed unexpectedly.").arg(server),
                tr("This is usually temporary: try again later. If it happens every time, check "
                   "the port and the security setting.")};
    default:
        return {};
    }
}

Text securityText(const MailError &e)
{
    const QString server = serverName(e);
    const QString inspect = tr("Inspect the certificate details and trust this certificate only "
                               "if you know why it differs, for example because the server's "
                               "administrator told you its fingerprint.");
    switch (e.code) {
    case ErrorCode::TlsFailure:
        return {tr("A secure (TLS) connection to %1 could not be established.").arg(server),
                tr("Check that the security setting matches the port: 465 uses TLS from the "
                   "start, 587 and 25 use STARTTLS. The server may also offer only outdated "
                   "encryption, which Mailwright does not accept.")};
    case ErrorCode::CertificateUntrusted:
        return {tr("The certificate of %1 is not signed by an authority this computer trusts.")
                    .arg(server),
                tr("Someone may be intercepting the connection, or the server uses a "
                   "self-signed certificate.") +
                    QLatin1Char(' ') + inspect};
    case ErrorCode::CertificateExpired: {
        const QString message =
            e.certificate.notAfter.isEmpty()
                ? tr("The certificate of %1 has expired or is not valid yet.").arg(server)
                : tr("The certificate of %1 is not valid now (valid until %2).")
                      .arg(server, e.certificate.notAfter);
        return {message, tr("Check that this computer's date and time are correct; otherwise "
                            "tell the server's administrator.") +
                             QLatin1Char(' ') + inspect};
    }
    case ErrorCode::CertificateWrongHost: {
        const QString message =
            e.certificate.subjectAltNames.isEmpty()
                ? tr("The certificate presented by %1 was issued for a different name.").arg(server)
                : tr("The certificate presented by %1 was issued for a different name (it is "
                     "valid for %2).")
                      .arg(server, e.certificate.subjectAltNames.join(QLatin1String(", ")));
        return {message, tr("Check the server name in the account settings: providers often "
                            "require their own name (such as smtp.provider.example) rather "
                            "than one under your domain.") +
                             QLatin1Char(' ') + inspect};
    }
    case ErrorCode::CertificatePinMismatch:
        return {tr("The certificate of %1 has changed since you trusted it.").arg(server),
                tr("Someone may be intercepting the connection. Do not continue unless you know "
                   "the server got a new certificate (ask its administrator); then inspect the "
                   "new certificate and trust it again.")};
    case ErrorCode::StartTlsUnavailable:
        return {e.replyCode != 0
                    ? withCode(tr("The server %1 refused to start encryption (STARTTLS); your "
                                  "password was not sent")
                                   .arg(server),
                               e)
                    : tr("The server %1 does not offer encryption (STARTTLS); your password was "
                         "not sent.")
                          .arg(server),
                tr("Use port 465 with TLS if the server offers it, or ask your provider. Choose "
                   "\"No encryption\" only for a server on a network you fully trust.")};
    case ErrorCode::PlaintextRefused:
        return {tr("Mailwright will not send your password over an unencrypted connection to "
                   "%1.")
                    .arg(server),
                tr("Choose TLS (port 465) or STARTTLS (port 587) in the account settings. Only "
                   "for a server on a network you fully trust, choose \"No encryption\" "
                   "explicitly.")};
    default:
        return {};
    }
}

Text temporaryText(const MailError &e)
{
    const QString server = serverName(e);
    const QString retried = tr("This is temporary; mail in the outbox is retried automatically.");
    if (e.code == ErrorCode::ServiceUnavailable) {
        if (e.replyCode >= 500)
            return {
                withCode(
                    tr("The server %1 refuses to accept mail from this connection").arg(server), e),
                tr("Your network address may be on a block list, or this is not a mail "
                   "submission server. Check the server name and port (587 or 465 with your "
                   "login), or ask your provider.")};
        return {withCode(tr("The server %1 is temporarily unavailable and closed the connection")
                             .arg(server),
                         e),
                tr("The server is busy or under maintenance.") + QLatin1Char(' ') + retried};
    }
    switch (e.replyCode) {
    case 450:
        return {withCode(tr("The server could not handle the request right now"), e),
                tr("The mailbox may be busy, or the server delays unknown senders "
                   "(greylisting).") +
                    QLatin1Char(' ') + retried};
    case 451:
        return {withCode(tr("The server had a local problem and aborted the request"), e),
                retried + QLatin1Char(' ') +
                    tr("If it keeps happening, send the server's reply to your provider.")};
    case 452:
        if (e.enhancedCode == QLatin1String("4.5.3"))
            return {withCode(tr("The message has too many recipients for the server at once"), e),
                    tr("Split the recipients over several messages, or try again later.")};
        return {withCode(tr("The server has too little storage to accept the message now"), e),
                retried};
    case 454:
        if (e.phase == Phase::StartTls || e.phase == Phase::Tls)
            return {withCode(tr("The server %1 cannot start encryption right now").arg(server), e),
                    tr("Your password was not sent.") + QLatin1Char(' ') + retried};
        return {withCode(tr("The server %1 could not check your login right now").arg(server), e),
                tr("This is a temporary problem at the server; try again in a few minutes.")};
    default:
        return {withCode(tr("The server %1 reported a temporary problem").arg(server), e), retried};
    }
}

Text authText(const MailError &e)
{
    const QString server = serverName(e);
    switch (e.code) {
    case ErrorCode::AuthFailed:
        if (isMicrosoftBasicAuthDisabled(e))
            return {withCode(tr("Microsoft has turned off password sign-in (basic "
                                "authentication) for this account"),
                             e),
                    tr("Sign in with OAuth2 (Microsoft account sign-in) instead, or ask your "
                       "Microsoft 365 administrator to enable \"Authenticated SMTP\" (SMTP AUTH) "
                       "for this mailbox.")};
        return {withCode(tr("The server %1 rejected your user name or password").arg(server), e),
                tr("Check the user name (often the full email address) and the password. Some "
                   "providers, such as Gmail, Yahoo, iCloud and Fastmail, require an app "
                   "password created in the account's security settings instead of your "
                   "normal password.")};
    case ErrorCode::AuthRequired:
        return {withCode(tr("The server %1 requires you to log in before sending").arg(server), e),
                tr("Enable authentication in the account settings and enter your user name and "
                   "password.")};
    case ErrorCode::AuthMechanismUnavailable:
        if (isWebLoginRequired(e))
            return {withCode(tr("Your provider blocked the sign-in and wants you to confirm it "
                                "in a web browser"),
                             e),
                    tr("Sign in to your mail account with a web browser and follow the "
                       "instructions there. For Gmail, create an app password (needs 2-Step "
                       "Verification) or use OAuth2 sign-in.")};
        if (isAppPasswordRequired(e))
            return {withCode(tr("Your provider requires an app password for mail programs"), e),
                    tr("Create an app password in your account's security settings and enter "
                       "it instead of your normal password.")};
        if (e.replyCode == 534)
            return {
                withCode(tr("The server %1 considers this sign-in method too weak").arg(server), e),
                tr("Use an encrypted connection and the sign-in method your provider "
                   "recommends (an app password or OAuth2).")};
        return {
            withCode(tr("The server %1 does not support the chosen sign-in method").arg(server), e),
            tr("Choose another authentication method in the account settings, or let "
               "Mailwright detect the settings again.")};
    case ErrorCode::AuthEncryptionRequired:
        return {
            withCode(
                tr("The server %1 requires an encrypted connection for signing in").arg(server), e),
            tr("Choose TLS (port 465) or STARTTLS (port 587) in the account settings.")};
    default:
        return {};
    }
}

Text deliveryText(const MailError &e)
{
    const QString server = serverName(e);
    const QString address = addressName(e);
    const QString seeReply = tr("The server's reply below says why.");
    switch (e.code) {
    case ErrorCode::SenderRejected:
        if (e.enhancedCode == QLatin1String("5.7.1") || e.enhancedCode == QLatin1String("5.7.60") ||
            mentions(e, "relay") || mentions(e, "not owned"))
            return {withCode(tr("The server %1 does not let this account send as %2 or relay "
                                "the message")
                                 .arg(server, address),
                             e),
                    tr("The From address must belong to this account (or be an alias your "
                       "provider registered for it), and you must be logged in. Choose the "
                       "matching identity, or send through the account the address belongs "
                       "to.")};
        return {
            withCode(tr("The server %1 rejected the sender address %2").arg(server, address), e),
            tr("Check the From address of this identity: it must be an address you are "
               "allowed to send from.") +
                QLatin1Char(' ') + seeReply};
    case ErrorCode::RecipientRejected:
        if (e.enhancedCode == QLatin1String("5.1.1"))
            return {withCode(tr("The address %1 does not exist").arg(address), e),
                    tr("Check %1 for typing mistakes or ask the recipient for their current "
                       "address. The other recipients are not affected.")
                        .arg(address)};
        if (e.enhancedCode == QLatin1String("5.2.2"))
            return {withCode(tr("The mailbox of %1 is full").arg(address), e),
                    tr("Reach the recipient another way, or try again later.")};
        if (e.enhancedCode == QLatin1String("5.1.10"))
            return {withCode(tr("The domain of %1 does not accept email").arg(address), e),
                    tr("Check the address; the domain has declared that it receives no "
                       "mail.")};
        return {withCode(tr("The server %1 refused the recipient %2").arg(server, address), e),
                tr("Check the address.") + QLatin1Char(' ') + seeReply};
    case ErrorCode::AllRecipientsRejected:
        return {
            tr("The server %1 refused every recipient, so the message was not sent.").arg(server),
            tr("Check the addresses; the reason for each recipient is listed.")};
    case ErrorCode::MessageTooLarge: {
        QString message;
        if (e.replyCode == 0 && e.messageSize > 0 && e.sizeLimit > 0)
            message = tr("The message is %1, larger than the %2 that %3 accepts; it was not "
                         "sent.")
                          .arg(dataSize(e.messageSize), dataSize(e.sizeLimit), server);
        else if (e.sizeLimit > 0)
            message = withCode(tr("The server %1 refused the message as too large (the limit is "
                                  "%2)")
                                   .arg(server, dataSize(e.sizeLimit)),
                               e);
        else
            message = withCode(tr("The server %1 refused the message as too large").arg(server), e);
        return {message, tr("Remove or shrink attachments, or share large files through a "
                            "link instead.")};
    }
    case ErrorCode::MessageRejected:
        return {withCode(tr("The server %1 refused the message").arg(server), e),
                tr("It may have been classified as spam or break a rule of the provider.") +
                    QLatin1Char(' ') + seeReply};
    case ErrorCode::InvalidAddress:
        return {
            e.replyCode != 0
                ? withCode(tr("The server %1 considers %2 an invalid address").arg(server, address),
                           e)
                : tr("%1 is not a valid email address.").arg(address),
            tr("Check it for typing mistakes, spaces or missing parts "
               "(name@example.org).")};
    default:
        return {};
    }
}

Text localText(const MailError &e)
{
    switch (e.code) {
    case ErrorCode::None:
        return {tr("No error."), QString()};
    case ErrorCode::Cancelled:
        return {tr("The operation was cancelled."),
                tr("Start it again when you are ready; a message stays in the outbox until it "
                   "is sent or deleted.")};
    case ErrorCode::ProtocolError:
        return {withCode(tr("The server %1 gave an unexpected answer").arg(serverName(e)), e),
                tr("This is usually a server or compatibility problem. If it persists, send the "
                   "server's reply below to your provider's support.")};
    case ErrorCode::InvalidHeader:
        return {tr("A header field contains characters that are not allowed (a line break or "
                   "NUL)."),
                tr("Remove line breaks from the subject, the names and the addresses.")};
    case ErrorCode::InvalidMessage:
        return {tr("The message could not be built or read."),
                tr("If you sent a prepared file, check that it is a complete message (header "
                   "lines, an empty line, then the body).")};
    case ErrorCode::FileError:
        return {tr("A file could not be read or written."),
                tr("Check that the file exists, was not moved, and that you may read it.")};
    case ErrorCode::StorageFull:
        return {tr("The disk is full: Mailwright could not save to its data directory."),
                tr("Free some disk space and try again. Messages already in the outbox are "
                   "safe.")};
    case ErrorCode::StorageError:
        return {tr("Mailwright could not read or write its local database."),
                tr("Check that the data directory is writable and the disk is healthy; the "
                   "technical details name the problem.")};
    case ErrorCode::ConfigError:
        return {tr("The account settings are incomplete or invalid."),
                tr("Open the account settings and check the server, port, security and user "
                   "name.")};
    case ErrorCode::KeychainUnavailable:
        return {tr("The system keychain is not available, so the password could not be read "
                   "or saved."),
                tr("Start or unlock your desktop's keyring (for example GNOME Keyring or "
                   "KWallet) and try again. Mailwright never stores passwords in plain "
                   "files.")};
    case ErrorCode::Internal:
    default:
        return {tr("An internal error occurred in Mailwright."),
                tr("Please report it together with the technical details.")};
    }
}

} // namespace

void explain(MailError &error)
{
    Text text;
    switch (error.code) {
    case ErrorCode::DnsFailure:
    case ErrorCode::ConnectionRefused:
    case ErrorCode::Timeout:
    case ErrorCode::NetworkError:
    case ErrorCode::ConnectionClosed:
        text = networkText(error);
        break;
    case ErrorCode::TlsFailure:
    case ErrorCode::CertificateUntrusted:
    case ErrorCode::CertificateExpired:
    case ErrorCode::CertificateWrongHost:
    case ErrorCode::CertificatePinMismatch:
    case ErrorCode::StartTlsUnavailable:
    case ErrorCode::PlaintextRefused:
        text = securityText(error);
        break;
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::TemporaryFailure:
        text = temporaryText(error);
        break;
    case ErrorCode::AuthFailed:
    case ErrorCode::AuthRequired:
    case ErrorCode::AuthMechanismUnavailable:
    case ErrorCode::AuthEncryptionRequired:
        text = authText(error);
        break;
    case ErrorCode::SenderRejected:
    case ErrorCode::RecipientRejected:
    case ErrorCode::AllRecipientsRejected:
    case ErrorCode::MessageTooLarge:
    case ErrorCode::MessageRejected:
    case ErrorCode::InvalidAddress:
        text = deliveryText(error);
        break;
    default:
        text = localText(error);
        break;
    }
    error.userMessage = text.message;
    error.hint = text.hint;
    error.retryable = computeRetryable(error);
}

void explain(MailError &error, const QString &providerHint)
{
    explain(error);
    if (providerHint.isEmpty() || !isLoginError(error))
        return;
    error.hint = error.hint.isEmpty() ? providerHint : error.hint + QLatin1Char(' ') + providerHint;
}

MailError explained(MailError error, const QString &providerHint)
{
    explain(error, providerHint);
    return error;
}

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
        QString rest = m.captured(2);
        // RFC 2034 §4: the enhanced code's class must equal the reply code's first digit.
        const QRegularExpressionMatch em = enhancedRe.match(rest);
        if (em.hasMatch() && em.captured(1).at(0) == m.captured(1).at(0)) {
            if (reply.enhancedCode.isEmpty())
                reply.enhancedCode = em.captured(1) + QLatin1Char('.') +
                                     QString::number(em.captured(2).toInt()) + QLatin1Char('.') +
                                     QString::number(em.captured(3).toInt());
            rest = rest.mid(em.capturedLength());
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
