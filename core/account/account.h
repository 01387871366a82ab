// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/identity.h"
#include "account/serverendpoint.h"
#include "errors/mailerror.h"

#include <QDebug>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mailwright {

/// Which SASL mechanism to use for SMTP AUTH (RFC 4954). Automatic lets the session pick the
/// strongest one the server offers; None skips AUTH (only for relays that do not want it).
enum class AuthMethod { Automatic, Plain, Login, CramMd5, None };

QString authMethodName(AuthMethod method); ///< "auto", "plain", "login", "cram-md5", "none"
bool parseAuthMethod(const QString &text, AuthMethod *out);

/// A mail account: where it sends, where it receives, as whom, and how. Plain value type, any
/// thread. It holds no secret at all: passwords live only in a SecretStore under
/// secretKey(name, ...), so its QDebug output is safe to log.
struct Account
{
    QString name; ///< unique id chosen by the user, e.g. "Work"; also part of the keychain key
    QList<Identity> identities; ///< at least one; the first is the default

    ServerEndpoint smtp{Protocol::Smtp, QString(), 587, Security::StartTls};
    QString smtpUser;
    AuthMethod smtpAuth = AuthMethod::Automatic;
    /// The SMTP server's SIZE limit in bytes (RFC 1870), as learnt at set-up or from the last
    /// EHLO; 0 when unknown (no size warning then).
    qint64 smtpSizeLimit = 0;

    bool hasIncoming = false;
    ServerEndpoint incoming{Protocol::Imap, QString(), 993,
                            Security::ImplicitTls}; ///< Imap or Pop3
    QString incomingUser;

    int checkIntervalMinutes = 10;     ///< 0: only on request
    bool saveSentCopy = true;          ///< IMAP: append to sentFolder after sending
    bool leaveOnServer = true;         ///< POP3: keep messages on the server after download
    int deleteFromServerAfterDays = 0; ///< POP3 with leaveOnServer: 0 = never
    QString sentFolder = QStringLiteral("Sent");
    QString draftsFolder = QStringLiteral("Drafts");
    QString trashFolder = QStringLiteral("Trash");

    QString caFile; ///< extra trusted CA (PEM), besides the system roots; empty: none
    /// "host:port" -> SHA-256 fingerprints (hex, colon separated) the user accepted for it.
    QMap<QString, QStringList> pinnedCertificates;

    /// The default identity (the first), or an empty one.
    Identity primaryIdentity() const { return identities.value(0); }
    /// The user name for a server: the explicit one, else the primary address.
    QString effectiveSmtpUser() const;
    QString effectiveIncomingUser() const;

    bool operator==(const Account &o) const;
    bool operator!=(const Account &o) const { return !(*this == o); }
};

/// Checks one account on its own (name, addresses, hosts, ports, numbers). The first problem
/// comes back as a ConfigError with a translated message; MailError{} when all is well.
MailError validateAccount(const Account &account);

/// True when \a name may be used as an account name: not empty, at most 64 characters, no '/'
/// (it is part of the keychain key) and no control characters.
bool isValidAccountName(const QString &name);

/// A loose addr-spec check (RFC 5322 §3.4.1): local@domain, no spaces, no angle brackets.
bool looksLikeAddress(const QString &address);

/// "host:port" as used for pinnedCertificates.
QString hostPortKey(const ServerEndpoint &endpoint);

QDebug operator<<(QDebug debug, const Account &account);

} // namespace mailwright
