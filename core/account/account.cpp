// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include <QCoreApplication>

namespace mailwright {

namespace {

// Translation context "Account". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Account)
};

MailError configError(const QString &message)
{
    MailError error;
    error.code = ErrorCode::ConfigError;
    error.phase = Phase::Config;
    error.userMessage = message;
    return error;
}

bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('@'))
            return false;
    }
    return true;
}

MailError validateEndpoint(const ServerEndpoint &endpoint, const QString &what)
{
    if (!isValidHost(endpoint.host))
        return configError(
            Tr::tr("The %1 server name \"%2\" is missing or not valid.").arg(what, endpoint.host));
    if (endpoint.port == 0)
        return configError(Tr::tr("The %1 server port must be between 1 and 65535.").arg(what));
    return {};
}

} // namespace

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Automatic:
        return QStringLiteral("auto");
    case AuthMethod::Plain:
        return QStringLiteral("plain");
    case AuthMethod::Login:
        return QStringLiteral("login");
    case AuthMethod::CramMd5:
        return QStringLiteral("cram-md5");
    case AuthMethod::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("auto");
}

bool parseAuthMethod(const QString &text, AuthMethod *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto") || t == QLatin1String("automatic"))
        *out = AuthMethod::Automatic;
    else if (t == QLatin1String("plain"))
        *out = AuthMethod::Plain;
    else if (t == QLatin1String("login"))
        *out = AuthMethod::Login;
    else if (t == QLatin1String("cram-md5"))
        *out = AuthMethod::CramMd5;
    else if (t == QLatin1String("none"))
        *out = AuthMethod::None;
    else
        return false;
    return true;
}

QString Account::effectiveSmtpUser() const
{
    return smtpUser.isEmpty() ? primaryIdentity().address : smtpUser;
}

QString Account::effectiveIncomingUser() const
{
    return incomingUser.isEmpty() ? primaryIdentity().address : incomingUser;
}

bool Account::operator==(const Account &o) const
{
    return name == o.name && identities == o.identities && smtp == o.smtp &&
           smtpUser == o.smtpUser && smtpAuth == o.smtpAuth &&
           smtpSizeLimit == o.smtpSizeLimit && hasIncoming == o.hasIncoming &&
           (!hasIncoming || (incoming == o.incoming && incomingUser == o.incomingUser)) &&
           checkIntervalMinutes == o.checkIntervalMinutes && saveSentCopy == o.saveSentCopy &&
           leaveOnServer == o.leaveOnServer &&
           deleteFromServerAfterDays == o.deleteFromServerAfterDays && sentFolder == o.sentFolder &&
           draftsFolder == o.draftsFolder && trashFolder == o.trashFolder && caFile == o.caFile &&
           pinnedCertificates == o.pinnedCertificates;
}

bool isValidAccountName(const QString &name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool looksLikeAddress(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') ||
            c == QLatin1Char(',') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QString hostPortKey(const ServerEndpoint &endpoint)
{
    // IPv6 literals get brackets so the port stays unambiguous (RFC 3986 §3.2.2).
    const QString host = endpoint.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + endpoint.host + QLatin1Char(']')
                             : endpoint.host;
    return host + QLatin1Char(':') + QString::number(endpoint.port);
}

MailError validateAccount(const Account &account)
{
    if (!isValidAccountName(account.name))
        return configError(Tr::tr("The account name \"%1\" is not valid: it must not be empty, be "
                                  "longer than 64 characters, or contain '/' or '\\'.")
                               .arg(account.name));
    if (account.identities.isEmpty())
        return configError(Tr::tr("Account \"%1\" has no identity: an email address is required.")
                               .arg(account.name));
    for (const Identity &identity : account.identities) {
        if (identity.address.isEmpty())
            return configError(Tr::tr("Account \"%1\": an identity is missing its email address.")
                                   .arg(account.name));
        if (!looksLikeAddress(identity.address))
            return configError(Tr::tr("Account \"%1\": \"%2\" is not a valid email address.")
                                   .arg(account.name, identity.address));
        if (!identity.replyTo.isEmpty() && !looksLikeAddress(identity.replyTo))
            return configError(Tr::tr("Account \"%1\": the reply-to address \"%2\" is not valid.")
                                   .arg(account.name, identity.replyTo));
    }
    if (account.smtp.protocol != Protocol::Smtp)
        return configError(
            Tr::tr("Account \"%1\": the sending server must use SMTP.").arg(account.name));
    if (MailError e = validateEndpoint(account.smtp, Tr::tr("outgoing (SMTP)")))
        return e;
    if (account.hasIncoming) {
        if (account.incoming.protocol == Protocol::Smtp)
            return configError(Tr::tr("Account \"%1\": the incoming server must use IMAP or POP3.")
                                   .arg(account.name));
        if (MailError e = validateEndpoint(account.incoming, Tr::tr("incoming")))
            return e;
    }
    if (account.checkIntervalMinutes < 0)
        return configError(
            Tr::tr("Account \"%1\": the check interval cannot be negative.").arg(account.name));
    if (account.deleteFromServerAfterDays < 0)
        return configError(Tr::tr("Account \"%1\": the number of days to keep mail on the server "
                                  "cannot be negative.")
                               .arg(account.name));
    for (auto it = account.pinnedCertificates.cbegin(); it != account.pinnedCertificates.cend();
         ++it) {
        if (!it.key().contains(QLatin1Char(':')))
            return configError(Tr::tr("Account \"%1\": the pinned certificate entry \"%2\" must be "
                                      "written host:port.")
                                   .arg(account.name, it.key()));
    }
    return {};
}

QDebug operator<<(QDebug debug, const Identity &identity)
{
    QDebugStateSaver saver(debug);
    // The signature is left out: it is long and may hold personal details nobody asked to log.
    debug.nospace() << "Identity(" << identity.displayName << " <" << identity.address << ">";
    if (!identity.replyTo.isEmpty())
        debug << ", reply-to " << identity.replyTo;
    debug << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Account &account)
{
    QDebugStateSaver saver(debug);
    // Nothing here is secret: Account never holds a password (see account.h).
    debug.nospace() << "Account(" << account.name << ", " << account.identities.size()
                    << " identities, smtp " << account.effectiveSmtpUser() << '@'
                    << hostPortKey(account.smtp) << ' ' << securityName(account.smtp.security);
    if (account.hasIncoming)
        debug << ", " << protocolName(account.incoming.protocol) << ' '
              << account.effectiveIncomingUser() << '@' << hostPortKey(account.incoming) << ' '
              << securityName(account.incoming.security);
    debug << ')';
    return debug;
}

} // namespace mailwright
