// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverendpoint.h"

namespace mailwright {

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls: return QStringLiteral("implicit");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::None: return QStringLiteral("none");
    }
    return QString();
}

bool parseSecurity(const QString &text, Security *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("implicit") || t == QLatin1String("tls") || t == QLatin1String("ssl"))
        *out = Security::ImplicitTls;
    else if (t == QLatin1String("starttls"))
        *out = Security::StartTls;
    else if (t == QLatin1String("none") || t == QLatin1String("plain"))
        *out = Security::None;
    else
        return false;
    return true;
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp: return QStringLiteral("smtp");
    case Protocol::Imap: return QStringLiteral("imap");
    case Protocol::Pop3: return QStringLiteral("pop3");
    }
    return QString();
}

bool parseProtocol(const QString &text, Protocol *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("smtp"))
        *out = Protocol::Smtp;
    else if (t == QLatin1String("imap"))
        *out = Protocol::Imap;
    else if (t == QLatin1String("pop3") || t == QLatin1String("pop"))
        *out = Protocol::Pop3;
    else
        return false;
    return true;
}

quint16 defaultPort(Protocol protocol, Security security)
{
    const bool implicit = security == Security::ImplicitTls;
    switch (protocol) {
    case Protocol::Smtp: return implicit ? 465 : 587; // RFC 8314 §3.3, RFC 6409
    case Protocol::Imap: return implicit ? 993 : 143;
    case Protocol::Pop3: return implicit ? 995 : 110;
    }
    return 0;
}

} // namespace mailwright
