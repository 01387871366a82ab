// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"
#include "setup/discoverytypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailwright {

/// One provider of the built-in table (core/setup/providers.json, written from the facts in
/// shared/providers.csv). Plain value.
struct Provider
{
    QString id;                 ///< stable, e.g. "gmail", "microsoft365"
    QString name;               ///< display name (a brand: not translated)
    QStringList domains;        ///< address domains served by the provider
    QStringList mxSuffixes;     ///< MX host suffixes (label boundary) that identify it
    QList<ServerEndpoint> smtp; ///< preferred first
    QList<ServerEndpoint> imap;
    QList<ServerEndpoint> pop3;
    QString username;         ///< "address", "localpart" or "fixed:NAME"
    QStringList auth;         ///< "oauth2", "password"
    QStringList hints;        ///< codes, see hintText()
    QStringList hostPatterns; ///< further server names ("*" = one label), e.g. regional hosts
    bool relay = false;       ///< send-only relay service (no IMAP/POP3)
    bool known = true;        ///< false only where pinning a certificate must stay possible
    QString note;             ///< English facts for "Show details"
    QString source;           ///< where the facts came from

    const QList<ServerEndpoint> &servers(Protocol protocol) const;
    /// The user name for \a address according to username ("address", "localpart", "fixed:").
    QString usernameFor(const QString &address) const;
    bool oauth2Only() const { return auth == QStringList{QStringLiteral("oauth2")}; }
};

/// The built-in provider table: lookup by address domain and by MX host name.
///
/// Immutable after loading, so one instance may be read from any thread; builtIn() is a
/// thread-safe function-local static owned by the process.
class ProviderDirectory
{
public:
    /// The table compiled into the core (Qt resource :/mailwright/setup/providers.json).
    static const ProviderDirectory &builtIn();

    /// Replaces the table with the JSON document \a json; false and \a error on a bad document
    /// (every entry must have an id, a name and at least one valid SMTP server).
    bool loadJson(const QByteArray &json, QString *error);

    const QList<Provider> &providers() const { return m_providers; }
    const Provider *provider(const QString &id) const;
    /// Provider serving addresses in \a domain (case-insensitive, exact domain), or nullptr.
    const Provider *providerForDomain(const QString &domain) const;
    /// Provider whose MX suffix matches \a mxHost on a label boundary ("aspmx.l.google.com"
    /// matches "google.com", "notgoogle.com" does not), or nullptr. A trailing dot is ignored.
    const Provider *providerForMxHost(const QString &mxHost) const;
    /// True when \a host is a server of a provider marked known: the certificate UI must never
    /// offer one-click trust (pinning) for it.
    bool isKnownHost(const QString &host) const;

    /// The provider's settings for \a address as ServerConfigs tagged with \a source.
    static QList<ServerConfig> configsFor(const Provider &provider, const QString &address,
                                          DiscoverySource source);
    /// Plain-language, translated text of a hint code ("app_password" → "needs an app
    /// password ..."); empty for an unknown code.
    static QString hintText(const QString &code);

private:
    QList<Provider> m_providers;
};

/// Domain part of an address, lower case ("Alice@Example.COM" → "example.com"); empty when the
/// address has no "@" or an empty side.
QString addressDomain(const QString &address);
QString addressLocalPart(const QString &address);
/// True when \a host equals \a domain or lies below it (label boundary, case-insensitive,
/// trailing dots ignored).
bool hostInDomain(const QString &host, const QString &domain);

} // namespace mailwright
