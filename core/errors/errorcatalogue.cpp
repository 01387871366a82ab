// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcatalogue.h"

#include <QCoreApplication>
#include <QLocale>

namespace mailwright {

namespace {

// Translation context "ErrorCatalogue": ErrorCatalogue::tr() is
// QCoreApplication::translate("ErrorCatalogue", ...), and lupdate files the texts under it.
struct ErrorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalogue)
};

// Names used inside sentences, never at their start, so an unknown host still reads well.
QString serverName(const MailError &e)
{
    return e.host.isEmpty() ? ErrorCatalogue::tr("the mail server") : e.host;
}

QString addressName(const MailError &e)
{
    return e.address.isEmpty() ? ErrorCatalogue::tr("this address") : e.address;
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
    return label.isEmpty() ? ErrorCatalogue::tr("%1.").arg(sentence)
                           : ErrorCatalogue::tr("%1 (%2).").arg(sentence, label);
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
        return {ErrorCatalogue::tr("The server name %1 could not be found.").arg(server),
                ErrorCatalogue::tr(
                    "Check the server name in the account settings for typing mistakes, and check "
                    "that this computer is connected to the internet.")};
    case ErrorCode::ConnectionRefused:
        return {ErrorCatalogue::tr("The connection to %1 was refused.").arg(server),
                ErrorCatalogue::tr(
                    "Nothing accepts connections on that port. Check the port and the security "
                    "setting (usually 465 with TLS or 587 with STARTTLS); a firewall may also "
                    "reject the connection.")};
    case ErrorCode::Timeout:
        if (e.phase == Phase::Connect || e.phase == Phase::Resolve || e.phase == Phase::None)
            return {ErrorCatalogue::tr("There was no answer from %1 when connecting.").arg(server),
                    ErrorCatalogue::tr(
                        "A firewall or your internet provider may be blocking this port (port 25 "
                        "is often blocked). Try port 465 (TLS) or 587 (STARTTLS), or another "
                        "network.")};
        return {
            ErrorCatalogue::tr("The connection to %1 was made, but the server stopped answering.")
                .arg(server),
            ErrorCatalogue::tr(
                "The network may be slow or interrupted, or the server is overloaded. Try "
                "again later; mail in the outbox is retried automatically.")};
    case ErrorCode::NetworkError:
        return {ErrorCatalogue::tr("A network error interrupted the connection to %1.").arg(server),
                ErrorCatalogue::tr("Check your internet connection. Mail in the outbox is retried "
                                   "automatically.")};
    case ErrorCode::ConnectionClosed:
        return {ErrorCatalogue::tr("The connection to %1 was closed unexpectedly.").arg(server),
                ErrorCatalogue::tr(
                    "This is usually temporary: try again later. If it happens every time, check "
                    "the port and the security setting.")};
    default:
        return {};
    }
}

Text securityText(const MailError &e)
{
    const QString server = serverName(e);
    const QString inspect =
        ErrorCatalogue::tr("Inspect the certificate details and trust this certificate only "
                           "if you know why it differs, for example because the server's "
                           "administrator told you its fingerprint.");
    switch (e.code) {
    case ErrorCode::TlsFailure:
        return {ErrorCatalogue::tr("A secure (TLS) connection to %1 could not be established.")
                    .arg(server),
                ErrorCatalogue::tr(
                    "Check that the security setting matches the port: 465 uses TLS from the "
                    "start, 587 and 25 use STARTTLS. The server may also offer only outdated "
                    "encryption, which Mailwright does not accept.")};
    case ErrorCode::CertificateUntrusted:
        return {
            ErrorCatalogue::tr(
                "The certificate of %1 is not signed by an authority this computer trusts.")
                .arg(server),
            ErrorCatalogue::tr("Someone may be intercepting the connection, or the server uses a "
                               "self-signed certificate.") +
                QLatin1Char(' ') + inspect};
    case ErrorCode::CertificateExpired: {
        const QString message =
            e.certificate.notAfter.isEmpty()
                ? ErrorCatalogue::tr("The certificate of %1 has expired or is not valid yet.")
                      .arg(server)
                : ErrorCatalogue::tr("The certificate of %1 is not valid now (valid until %2).")
                      .arg(server, e.certificate.notAfter);
        return {message, ErrorCatalogue::tr(
                             "Check that this computer's date and time are correct; otherwise "
                             "tell the server's administrator.") +
                             QLatin1Char(' ') + inspect};
    }
    case ErrorCode::CertificateWrongHost: {
        const QString message =
            e.certificate.subjectAltNames.isEmpty()
                ? ErrorCatalogue::tr(
                      "The certificate presented by %1 was issued for a different name.")
                      .arg(server)
                : ErrorCatalogue::tr(
                      "The certificate presented by %1 was issued for a different name (it is "
                      "valid for %2).")
                      .arg(server, e.certificate.subjectAltNames.join(QLatin1String(", ")));
        return {message,
                ErrorCatalogue::tr("Check the server name in the account settings: providers often "
                                   "require their own name (such as smtp.provider.example) rather "
                                   "than one under your domain.") +
                    QLatin1Char(' ') + inspect};
    }
    case ErrorCode::CertificatePinMismatch:
        return {ErrorCatalogue::tr("The certificate of %1 has changed since you trusted it.")
                    .arg(server),
                ErrorCatalogue::tr(
                    "Someone may be intercepting the connection. Do not continue unless you know "
                    "the server got a new certificate (ask its administrator); then inspect the "
                    "new certificate and trust it again.")};
    case ErrorCode::StartTlsUnavailable:
        return {e.replyCode != 0
                    ? withCode(ErrorCatalogue::tr(
                                   "The server %1 refused to start encryption (STARTTLS); your "
                                   "password was not sent")
                                   .arg(server),
                               e)
                    : ErrorCatalogue::tr(
                          "The server %1 does not offer encryption (STARTTLS); your password was "
                          "not sent.")
                          .arg(server),
                ErrorCatalogue::tr(
                    "Use port 465 with TLS if the server offers it, or ask your provider. Choose "
                    "\"No encryption\" only for a server on a network you fully trust.")};
    case ErrorCode::PlaintextRefused:
        return {ErrorCatalogue::tr(
                    "Mailwright will not send your password over an unencrypted connection to "
                    "%1.")
                    .arg(server),
                ErrorCatalogue::tr(
                    "Choose TLS (port 465) or STARTTLS (port 587) in the account settings. Only "
                    "for a server on a network you fully trust, choose \"No encryption\" "
                    "explicitly.")};
    default:
        return {};
    }
}

Text temporaryText(const MailError &e)
{
    const QString server = serverName(e);
    const QString retried =
        ErrorCatalogue::tr("This is temporary; mail in the outbox is retried automatically.");
    if (e.code == ErrorCode::ServiceUnavailable) {
        if (e.replyCode >= 500)
            return {withCode(ErrorCatalogue::tr(
                                 "The server %1 refuses to accept mail from this connection")
                                 .arg(server),
                             e),
                    ErrorCatalogue::tr(
                        "Your network address may be on a block list, or this is not a mail "
                        "submission server. Check the server name and port (587 or 465 with your "
                        "login), or ask your provider.")};
        return {withCode(ErrorCatalogue::tr(
                             "The server %1 is temporarily unavailable and closed the connection")
                             .arg(server),
                         e),
                ErrorCatalogue::tr("The server is busy or under maintenance.") + QLatin1Char(' ') +
                    retried};
    }
    switch (e.replyCode) {
    case 450:
        return {
            withCode(ErrorCatalogue::tr("The server could not handle the request right now"), e),
            ErrorCatalogue::tr("The mailbox may be busy, or the server delays unknown senders "
                               "(greylisting).") +
                QLatin1Char(' ') + retried};
    case 451:
        return {
            withCode(ErrorCatalogue::tr("The server had a local problem and aborted the request"),
                     e),
            retried + QLatin1Char(' ') +
                ErrorCatalogue::tr(
                    "If it keeps happening, send the server's reply to your provider.")};
    case 452:
        if (e.enhancedCode == QLatin1String("4.5.3"))
            return {withCode(ErrorCatalogue::tr(
                                 "The message has too many recipients for the server at once"),
                             e),
                    ErrorCatalogue::tr(
                        "Split the recipients over several messages, or try again later.")};
        return {withCode(ErrorCatalogue::tr(
                             "The server has too little storage to accept the message now"),
                         e),
                retried};
    case 454:
        if (e.phase == Phase::StartTls || e.phase == Phase::Tls)
            return {withCode(ErrorCatalogue::tr("The server %1 cannot start encryption right now")
                                 .arg(server),
                             e),
                    ErrorCatalogue::tr("Your password was not sent.") + QLatin1Char(' ') + retried};
        return {withCode(ErrorCatalogue::tr("The server %1 could not check your login right now")
                             .arg(server),
                         e),
                ErrorCatalogue::tr(
                    "This is a temporary problem at the server; try again in a few minutes.")};
    default:
        return {
            withCode(ErrorCatalogue::tr("The server %1 reported a temporary problem").arg(server),
                     e),
            retried};
    }
}

Text authText(const MailError &e)
{
    const QString server = serverName(e);
    switch (e.code) {
    case ErrorCode::AuthFailed:
        if (isMicrosoftBasicAuthDisabled(e))
            return {withCode(ErrorCatalogue::tr("Microsoft has turned off password sign-in (basic "
                                                "authentication) for this account"),
                             e),
                    ErrorCatalogue::tr(
                        "Sign in with OAuth2 (Microsoft account sign-in) instead, or ask your "
                        "Microsoft 365 administrator to enable \"Authenticated SMTP\" (SMTP AUTH) "
                        "for this mailbox.")};
        return {
            withCode(
                ErrorCatalogue::tr("The server %1 rejected your user name or password").arg(server),
                e),
            ErrorCatalogue::tr(
                "Check the user name (often the full email address) and the password. Some "
                "providers, such as Gmail, Yahoo, iCloud and Fastmail, require an app "
                "password created in the account's security settings instead of your "
                "normal password.")};
    case ErrorCode::AuthRequired:
        return {withCode(ErrorCatalogue::tr("The server %1 requires you to log in before sending")
                             .arg(server),
                         e),
                ErrorCatalogue::tr(
                    "Enable authentication in the account settings and enter your user name and "
                    "password.")};
    case ErrorCode::AuthMechanismUnavailable:
        if (isWebLoginRequired(e))
            return {withCode(ErrorCatalogue::tr(
                                 "Your provider blocked the sign-in and wants you to confirm it "
                                 "in a web browser"),
                             e),
                    ErrorCatalogue::tr(
                        "Sign in to your mail account with a web browser and follow the "
                        "instructions there. For Gmail, create an app password (needs 2-Step "
                        "Verification) or use OAuth2 sign-in.")};
        if (isAppPasswordRequired(e))
            return {withCode(ErrorCatalogue::tr(
                                 "Your provider requires an app password for mail programs"),
                             e),
                    ErrorCatalogue::tr(
                        "Create an app password in your account's security settings and enter "
                        "it instead of your normal password.")};
        if (e.replyCode == 534)
            return {
                withCode(ErrorCatalogue::tr("The server %1 considers this sign-in method too weak")
                             .arg(server),
                         e),
                ErrorCatalogue::tr(
                    "Use an encrypted connection and the sign-in method your provider "
                    "recommends (an app password or OAuth2).")};
        return {
            withCode(ErrorCatalogue::tr("The server %1 does not support the chosen sign-in method")
                         .arg(server),
                     e),
            ErrorCatalogue::tr(
                "Choose another authentication method in the account settings, or let "
                "Mailwright detect the settings again.")};
    case ErrorCode::AuthEncryptionRequired:
        return {withCode(ErrorCatalogue::tr(
                             "The server %1 requires an encrypted connection for signing in")
                             .arg(server),
                         e),
                ErrorCatalogue::tr(
                    "Choose TLS (port 465) or STARTTLS (port 587) in the account settings.")};
    default:
        return {};
    }
}

Text deliveryText(const MailError &e)
{
    const QString server = serverName(e);
    const QString address = addressName(e);
    const QString seeReply = ErrorCatalogue::tr("The server's reply below says why.");
    switch (e.code) {
    case ErrorCode::SenderRejected:
        if (e.enhancedCode == QLatin1String("5.7.1") || e.enhancedCode == QLatin1String("5.7.60") ||
            mentions(e, "relay") || mentions(e, "not owned"))
            return {withCode(ErrorCatalogue::tr(
                                 "The server %1 does not let this account send as %2 or relay "
                                 "the message")
                                 .arg(server, address),
                             e),
                    ErrorCatalogue::tr(
                        "The From address must belong to this account (or be an alias your "
                        "provider registered for it), and you must be logged in. Choose the "
                        "matching identity, or send through the account the address belongs "
                        "to.")};
        return {withCode(ErrorCatalogue::tr("The server %1 rejected the sender address %2")
                             .arg(server, address),
                         e),
                ErrorCatalogue::tr(
                    "Check the From address of this identity: it must be an address you are "
                    "allowed to send from.") +
                    QLatin1Char(' ') + seeReply};
    case ErrorCode::RecipientRejected:
        if (e.enhancedCode == QLatin1String("5.1.1"))
            return {withCode(ErrorCatalogue::tr("The address %1 does not exist").arg(address), e),
                    ErrorCatalogue::tr(
                        "Check %1 for typing mistakes or ask the recipient for their current "
                        "address. The other recipients are not affected.")
                        .arg(address)};
        if (e.enhancedCode == QLatin1String("5.2.2"))
            return {withCode(ErrorCatalogue::tr("The mailbox of %1 is full").arg(address), e),
                    ErrorCatalogue::tr("Reach the recipient another way, or try again later.")};
        if (e.enhancedCode == QLatin1String("5.1.10"))
            return {
                withCode(ErrorCatalogue::tr("The domain of %1 does not accept email").arg(address),
                         e),
                ErrorCatalogue::tr("Check the address; the domain has declared that it receives no "
                                   "mail.")};
        return {
            withCode(
                ErrorCatalogue::tr("The server %1 refused the recipient %2").arg(server, address),
                e),
            ErrorCatalogue::tr("Check the address.") + QLatin1Char(' ') + seeReply};
    case ErrorCode::AllRecipientsRejected:
        return {
            ErrorCatalogue::tr(
                "The server %1 refused every recipient, so the message was not sent.")
                .arg(server),
            ErrorCatalogue::tr("Check the addresses; the reason for each recipient is listed.")};
    case ErrorCode::MessageTooLarge: {
        QString message;
        if (e.replyCode == 0 && e.messageSize > 0 && e.sizeLimit > 0)
            message = ErrorCatalogue::tr(
                          "The message is %1, larger than the %2 that %3 accepts; it was not "
                          "sent.")
                          .arg(dataSize(e.messageSize), dataSize(e.sizeLimit), server);
        else if (e.sizeLimit > 0)
            message = withCode(
                ErrorCatalogue::tr("The server %1 refused the message as too large (the limit is "
                                   "%2)")
                    .arg(server, dataSize(e.sizeLimit)),
                e);
        else
            message = withCode(
                ErrorCatalogue::tr("The server %1 refused the message as too large").arg(server),
                e);
        return {message,
                ErrorCatalogue::tr("Remove or shrink attachments, or share large files through a "
                                   "link instead.")};
    }
    case ErrorCode::MessageRejected:
        return {withCode(ErrorCatalogue::tr("The server %1 refused the message").arg(server), e),
                ErrorCatalogue::tr(
                    "It may have been classified as spam or break a rule of the provider.") +
                    QLatin1Char(' ') + seeReply};
    case ErrorCode::InvalidAddress:
        return {e.replyCode != 0
                    ? withCode(ErrorCatalogue::tr("The server %1 considers %2 an invalid address")
                                   .arg(server, address),
                               e)
                    : ErrorCatalogue::tr("%1 is not a valid email address.").arg(address),
                ErrorCatalogue::tr("Check it for typing mistakes, spaces or missing parts "
                                   "(name@example.org).")};
    default:
        return {};
    }
}

Text localText(const MailError &e)
{
    switch (e.code) {
    case ErrorCode::None:
        return {ErrorCatalogue::tr("No error."), QString()};
    case ErrorCode::Cancelled:
        return {ErrorCatalogue::tr("The operation was cancelled."),
                ErrorCatalogue::tr(
                    "Start it again when you are ready; a message stays in the outbox until it "
                    "is sent or deleted.")};
    case ErrorCode::ProtocolError:
        return {
            withCode(
                ErrorCatalogue::tr("The server %1 gave an unexpected answer").arg(serverName(e)),
                e),
            ErrorCatalogue::tr(
                "This is usually a server or compatibility problem. If it persists, send the "
                "server's reply below to your provider's support.")};
    case ErrorCode::InvalidHeader:
        return {ErrorCatalogue::tr(
                    "A header field contains characters that are not allowed (a line break or "
                    "NUL)."),
                ErrorCatalogue::tr(
                    "Remove line breaks from the subject, the names and the addresses.")};
    case ErrorCode::InvalidMessage:
        return {ErrorCatalogue::tr("The message could not be built or read."),
                ErrorCatalogue::tr(
                    "If you sent a prepared file, check that it is a complete message (header "
                    "lines, an empty line, then the body).")};
    case ErrorCode::FileError:
        return {ErrorCatalogue::tr("A file could not be read or written."),
                ErrorCatalogue::tr(
                    "Check that the file exists, was not moved, and that you may read it.")};
    case ErrorCode::StorageFull:
        return {ErrorCatalogue::tr(
                    "The disk is full: Mailwright could not save to its data directory."),
                ErrorCatalogue::tr(
                    "Free some disk space and try again. Messages already in the outbox are "
                    "safe.")};
    case ErrorCode::StorageError:
        return {ErrorCatalogue::tr("Mailwright could not read or write its local database."),
                ErrorCatalogue::tr(
                    "Check that the data directory is writable and the disk is healthy; the "
                    "technical details name the problem.")};
    case ErrorCode::ConfigError:
        return {ErrorCatalogue::tr("The account settings are incomplete or invalid."),
                ErrorCatalogue::tr(
                    "Open the account settings and check the server, port, security and user "
                    "name.")};
    case ErrorCode::KeychainUnavailable:
        return {ErrorCatalogue::tr(
                    "The system keychain is not available, so the password could not be read "
                    "or saved."),
                ErrorCatalogue::tr(
                    "Start or unlock your desktop's keyring (for example GNOME Keyring or "
                    "KWallet) and try again. Mailwright never stores passwords in plain "
                    "files.")};
    case ErrorCode::PasswordMissing:
        return {ErrorCatalogue::tr("No password is stored for this account."),
                ErrorCatalogue::tr("Enter the password. Mailwright keeps it in the system "
                                   "keychain, or for this session only if you prefer.")};
    case ErrorCode::FolderNotFound:
        return {e.folder.isEmpty()
                    ? ErrorCatalogue::tr("The folder does not exist on the server %1.")
                          .arg(serverName(e))
                    : ErrorCatalogue::tr("The folder %1 does not exist on the server %2.")
                          .arg(e.folder, serverName(e)),
                ErrorCatalogue::tr(
                    "Check the folder's name (upper and lower case count, except for INBOX). If "
                    "another program renamed or deleted it, refresh the folder list.")};
    case ErrorCode::Internal:
    default:
        return {ErrorCatalogue::tr("An internal error occurred in Mailwright."),
                ErrorCatalogue::tr("Please report it together with the technical details.")};
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

MailError withServer(MailError error, const QString &host)
{
    if (!error || !error.host.isEmpty() || error.phase == Phase::Store || host.isEmpty())
        return error;
    const bool retryable = error.retryable; // decided by the code that made it: keep it
    error.host = host;
    explain(error);
    error.retryable = retryable;
    return error;
}

} // namespace mailwright
