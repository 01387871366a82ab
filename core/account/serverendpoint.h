// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailwright {

enum class Protocol { Smtp, Imap, Pop3 };

/// How a connection is protected. ImplicitTls = TLS from the first byte (RFC 8314, ports
/// 465/993/995); StartTls = upgrade after the greeting (RFC 3207/2595); None = clear text, only
/// ever used when the user explicitly chose it for this account.
enum class Security { ImplicitTls, StartTls, None };

/// A server to talk to. Plain value type, any thread.
struct ServerEndpoint
{
    Protocol protocol = Protocol::Smtp;
    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls;

    bool operator==(const ServerEndpoint &o) const
    {
        return protocol == o.protocol && host == o.host && port == o.port
            && security == o.security;
    }
};

QString securityName(Security security); ///< "implicit", "starttls", "none"
bool parseSecurity(const QString &text, Security *out);
QString protocolName(Protocol protocol); ///< "smtp", "imap", "pop3"
bool parseProtocol(const QString &text, Protocol *out);
quint16 defaultPort(Protocol protocol, Security security);

} // namespace mailwright
