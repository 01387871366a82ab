// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/discoverytypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailwright {

/// One <incomingServer>/<outgoingServer> of a Thunderbird autoconfig ("ISPDB") document, with
/// the %EMAIL...% placeholders already replaced.
struct IspdbServer
{
    QString type; ///< "smtp", "imap", "pop3" (others such as "ews" are kept but unused)
    QString hostname;
    int port = 0;
    QString socketType; ///< "SSL", "STARTTLS", "plain" as written
    QString username;
    QStringList authentication; ///< as written: "password-cleartext", "OAuth2", ...
};

/// A parsed clientConfig document (format "config-v1.1").
struct IspdbConfig
{
    QString providerId;
    QString displayName;
    QStringList domains;
    QList<IspdbServer> incoming;
    QList<IspdbServer> outgoing;
    struct Documentation
    {
        QString url;
        QString description; ///< English text when given, else the first
    };
    QList<Documentation> documentation;
    QString enableUrl;         ///< <enable visiturl>: where to switch on IMAP/POP access
    QString enableInstruction; ///< its <instruction>
    QString oauth2Issuer;
    QString oauth2Scope;

    /// The usable SMTP/IMAP/POP3 servers as ServerConfigs tagged with \a source. Entries with
    /// an unknown socketType, a bad port or an invalid host name are left out; "plain" maps to
    /// Security::None, which the orchestrator only ranks behind an explicit opt-in.
    QList<ServerConfig> serverConfigs(DiscoverySource source) const;
};

/// Parser for Thunderbird autoconfig XML. Pure functions: any thread.
namespace IspdbParser {

/// Parses \a xml for the user \a address (for the placeholders %EMAILADDRESS%,
/// %EMAILLOCALPART%, %EMAILDOMAIN%). Returns false with \a error on malformed XML or a document
/// without <clientConfig>/<emailProvider>.
bool parse(const QByteArray &xml, const QString &address, IspdbConfig *out, QString *error);

/// Maps an ISPDB <authentication> value to our lower-case method name: "password-cleartext" →
/// "password", "password-encrypted" → "password-encrypted" (CRAM-MD5), "OAuth2" → "oauth2",
/// others lower-cased.
QString authMethodName(const QString &ispdbValue);

/// True for a syntactically valid DNS host name or IP literal (no placeholders left, no
/// spaces): a hostile document must not smuggle a URL or option into a host field.
bool isValidHostName(const QString &host);

} // namespace IspdbParser

} // namespace mailwright
