// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailerror.h"

namespace mailwright {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::DnsFailure: return QStringLiteral("dns_error");
    case ErrorCode::ConnectionRefused: return QStringLiteral("refused");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::NetworkError: return QStringLiteral("network_error");
    case ErrorCode::ConnectionClosed: return QStringLiteral("connection_closed");
    case ErrorCode::TlsFailure: return QStringLiteral("tls_error");
    case ErrorCode::CertificateUntrusted: return QStringLiteral("cert_untrusted");
    case ErrorCode::CertificateExpired: return QStringLiteral("cert_expired");
    case ErrorCode::CertificateWrongHost: return QStringLiteral("cert_wrong_host");
    case ErrorCode::CertificatePinMismatch: return QStringLiteral("cert_pin_mismatch");
    case ErrorCode::StartTlsUnavailable: return QStringLiteral("no_starttls");
    case ErrorCode::PlaintextRefused: return QStringLiteral("plaintext_refused");
    case ErrorCode::ProtocolError: return QStringLiteral("protocol_error");
    case ErrorCode::ServiceUnavailable: return QStringLiteral("service_unavailable");
    case ErrorCode::TemporaryFailure: return QStringLiteral("temporary_failure");
    case ErrorCode::AuthFailed: return QStringLiteral("auth_failed");
    case ErrorCode::AuthRequired: return QStringLiteral("auth_required");
    case ErrorCode::AuthMechanismUnavailable: return QStringLiteral("auth_mechanism_unavailable");
    case ErrorCode::AuthEncryptionRequired: return QStringLiteral("auth_encryption_required");
    case ErrorCode::SenderRejected: return QStringLiteral("sender_rejected");
    case ErrorCode::RecipientRejected: return QStringLiteral("recipient_rejected");
    case ErrorCode::AllRecipientsRejected: return QStringLiteral("all_recipients_rejected");
    case ErrorCode::MessageTooLarge: return QStringLiteral("message_too_large");
    case ErrorCode::MessageRejected: return QStringLiteral("message_rejected");
    case ErrorCode::InvalidAddress: return QStringLiteral("invalid_address");
    case ErrorCode::InvalidHeader: return QStringLiteral("invalid_header");
    case ErrorCode::InvalidMessage: return QStringLiteral("invalid_message");
    case ErrorCode::FileError: return QStringLiteral("file_error");
    case ErrorCode::StorageFull: return QStringLiteral("storage_full");
    case ErrorCode::StorageError: return QStringLiteral("storage_error");
    case ErrorCode::ConfigError: return QStringLiteral("config_error");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case ErrorCode::PasswordMissing: return QStringLiteral("password_missing");
    case ErrorCode::FolderNotFound: return QStringLiteral("folder_not_found");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::None: return QStringLiteral("none");
    case Phase::Resolve: return QStringLiteral("resolve");
    case Phase::Connect: return QStringLiteral("connect");
    case Phase::Tls: return QStringLiteral("tls");
    case Phase::Greeting: return QStringLiteral("greeting");
    case Phase::Hello: return QStringLiteral("hello");
    case Phase::StartTls: return QStringLiteral("starttls");
    case Phase::Auth: return QStringLiteral("auth");
    case Phase::MailFrom: return QStringLiteral("mail_from");
    case Phase::RcptTo: return QStringLiteral("rcpt_to");
    case Phase::Data: return QStringLiteral("data");
    case Phase::Fetch: return QStringLiteral("fetch");
    case Phase::Store: return QStringLiteral("store");
    case Phase::Compose: return QStringLiteral("compose");
    case Phase::Config: return QStringLiteral("config");
    }
    return QStringLiteral("none");
}

QDebug operator<<(QDebug debug, const MailError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "MailError(" << errorCodeName(error.code) << ", " << phaseName(error.phase);
    if (error.replyCode != 0)
        debug << ", " << error.replyCode << ' ' << error.enhancedCode;
    debug << ", " << error.serverText << ')';
    return debug;
}

} // namespace mailwright
