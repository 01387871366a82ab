// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mailwright {

/// What the client was doing when something failed. Explanations depend on it: a 535 during
/// AUTH means a wrong password, a timeout during CONNECT usually means a firewall.
enum class Phase {
    None,
    Resolve,   ///< host name lookup
    Connect,   ///< TCP connect
    Tls,       ///< TLS handshake / certificate verification
    Greeting,  ///< the server's first reply
    Hello,     ///< EHLO / CAPABILITY
    StartTls,  ///< the STARTTLS / STLS command itself
    Auth,      ///< SASL authentication
    MailFrom,  ///< SMTP MAIL FROM
    RcptTo,    ///< SMTP RCPT TO
    Data,      ///< SMTP DATA / message upload
    Fetch,     ///< receiving
    Store,     ///< local storage (outbox, cache)
    Compose,   ///< building the message
    Config,    ///< settings
};

/// Stable error codes. They appear in JSON output and never change meaning.
enum class ErrorCode {
    None,
    Cancelled,
    DnsFailure,
    ConnectionRefused,
    Timeout,
    NetworkError,
    ConnectionClosed,
    TlsFailure,
    CertificateUntrusted,
    CertificateExpired,
    CertificateWrongHost,
    CertificatePinMismatch,
    StartTlsUnavailable,
    PlaintextRefused,
    ProtocolError,
    ServiceUnavailable,     ///< 421, 554 greeting
    TemporaryFailure,       ///< other 4xx
    AuthFailed,             ///< 535
    AuthRequired,           ///< 530
    AuthMechanismUnavailable,
    AuthEncryptionRequired, ///< 538
    SenderRejected,
    RecipientRejected,
    AllRecipientsRejected,
    MessageTooLarge,
    MessageRejected,
    InvalidAddress,
    InvalidHeader,
    InvalidMessage,
    FileError,
    StorageFull,
    StorageError,
    ConfigError,
    KeychainUnavailable,
    PasswordMissing, ///< no password stored for this account (keychain or session)
    FolderNotFound,  ///< the server has no folder of that name (RFC 5530 [NONEXISTENT])
    Internal,
};

/// Details of a server certificate the client refused, so the UI can show it and offer to pin.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames;
    QString notBefore; ///< ISO 8601, UTC
    QString notAfter;  ///< ISO 8601, UTC
    QString sha256;    ///< hex, colon separated, upper case
    QStringList errors;
    QByteArray chainPem; ///< the whole chain the server presented, leaf first

    bool isNull() const { return sha256.isEmpty(); }
};

/// A failure, as a value. Every exception thrown inside a worker (VMime's, ours, std's) stops at
/// the worker boundary and becomes one of these; none crosses into Qt's event loop.
/// Plain value type: copy it freely between threads.
struct MailError
{
    ErrorCode code = ErrorCode::None;
    Phase phase = Phase::None;
    int replyCode = 0;       ///< SMTP/POP/IMAP reply code, 0 when there was none
    QString enhancedCode;    ///< RFC 3463 enhanced status code such as "5.7.8", if given
    QString serverText;      ///< the server's own reply text, verbatim (never contains secrets)
    QString userMessage;     ///< plain-language explanation, translated
    QString hint;            ///< what the user can do next, translated
    QString technicalDetail; ///< exception text, socket error, ...
    bool retryable = false;  ///< worth trying again later without user action
    CertificateInfo certificate;
    // Context the error catalogue names in its explanations (core/errors/errorcatalogue.h).
    QString host;           ///< "host:port" the failure concerns, if any
    QString address;        ///< the mailbox a reply concerns (refused recipient or sender)
    QString folder;         ///< the folder a failure concerns ("Archive/2024"), if any
    qint64 messageSize = 0; ///< size of the message in bytes, when it matters (too large)
    qint64 sizeLimit = 0;   ///< the server's SIZE limit in bytes (RFC 1870), 0 = unknown

    bool isError() const { return code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }
};

/// A MailError with the essentials set; the rest stays default.
inline MailError makeMailError(ErrorCode code, Phase phase, const QString &userMessage,
                               bool retryable = false)
{
    MailError error;
    error.code = code;
    error.phase = phase;
    error.userMessage = userMessage;
    error.retryable = retryable;
    return error;
}

/// Stable lower-case identifiers for JSON and logs ("auth_failed").
QString errorCodeName(ErrorCode code);
QString phaseName(Phase phase);

QDebug operator<<(QDebug debug, const MailError &error);

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::MailError)
