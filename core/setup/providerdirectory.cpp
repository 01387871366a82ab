// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerdirectory.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailwright {

namespace {

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

bool parseServers(const QJsonArray &array, Protocol protocol, QList<ServerEndpoint> *out,
                  QString *error)
{
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ServerEndpoint e;
        e.protocol = protocol;
        e.host = normalizedHost(o.value(QLatin1String("host")).toString());
        const int port = o.value(QLatin1String("port")).toInt();
        if (e.host.isEmpty() || port <= 0 || port > 65535 ||
            !parseSecurity(o.value(QLatin1String("security")).toString(), &e.security)) {
            *error = QStringLiteral("bad %1 server entry").arg(protocolName(protocol));
            return false;
        }
        e.port = quint16(port);
        out->append(e);
    }
    return true;
}

QStringList stringList(const QJsonValue &value, bool lower)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(lower ? normalizedHost(v.toString()) : v.toString());
    return list;
}

// A pattern with "*" standing for exactly one DNS label (no dots), as in RFC 6125 §6.4.3.
bool hostMatchesPattern(const QString &host, const QString &pattern)
{
    const QStringList h = host.split(QLatin1Char('.'));
    const QStringList p = pattern.split(QLatin1Char('.'));
    if (h.size() != p.size())
        return false;
    for (int i = 0; i < h.size(); ++i) {
        if (p.at(i) != QLatin1String("*") && p.at(i) != h.at(i))
            return false;
        if (h.at(i).isEmpty())
            return false;
    }
    return true;
}

} // namespace

const QList<ServerEndpoint> &Provider::servers(Protocol protocol) const
{
    switch (protocol) {
    case Protocol::Imap:
        return imap;
    case Protocol::Pop3:
        return pop3;
    case Protocol::Smtp:
        break;
    }
    return smtp;
}

QString Provider::usernameFor(const QString &address) const
{
    if (username == QLatin1String("localpart"))
        return addressLocalPart(address);
    if (username.startsWith(QLatin1String("fixed:")))
        return username.mid(6);
    return address.trimmed();
}

const ProviderDirectory &ProviderDirectory::builtIn()
{
    static const ProviderDirectory directory = [] {
        ProviderDirectory d;
        QFile file(QStringLiteral(":/mailwright/setup/providers.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !d.loadJson(file.readAll(), &error))
            qCCritical(lcSetup) << "built-in provider table unusable:" << error
                                << file.errorString();
        return d;
    }();
    return directory;
}

bool ProviderDirectory::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    QList<Provider> providers;
    for (const QJsonValue &v : doc.object().value(QLatin1String("providers")).toArray()) {
        const QJsonObject o = v.toObject();
        Provider p;
        p.id = o.value(QLatin1String("id")).toString();
        p.name = o.value(QLatin1String("name")).toString();
        p.domains = stringList(o.value(QLatin1String("domains")), true);
        p.mxSuffixes = stringList(o.value(QLatin1String("mx")), true);
        p.hostPatterns = stringList(o.value(QLatin1String("hostPatterns")), true);
        p.auth = stringList(o.value(QLatin1String("auth")), false);
        p.hints = stringList(o.value(QLatin1String("hints")), false);
        p.username = o.value(QLatin1String("username")).toString(QStringLiteral("address"));
        p.relay = o.value(QLatin1String("relay")).toBool();
        p.known = o.value(QLatin1String("known")).toBool(true);
        p.note = o.value(QLatin1String("note")).toString();
        p.source = o.value(QLatin1String("source")).toString();
        QString serverError;
        if (!parseServers(o.value(QLatin1String("smtp")).toArray(), Protocol::Smtp, &p.smtp,
                          &serverError) ||
            !parseServers(o.value(QLatin1String("imap")).toArray(), Protocol::Imap, &p.imap,
                          &serverError) ||
            !parseServers(o.value(QLatin1String("pop3")).toArray(), Protocol::Pop3, &p.pop3,
                          &serverError)) {
            *error = QStringLiteral("provider %1: %2").arg(p.id, serverError);
            return false;
        }
        if (p.id.isEmpty() || p.name.isEmpty() || p.smtp.isEmpty()) {
            *error = QStringLiteral("provider entry %1 lacks id, name or SMTP server")
                         .arg(providers.size());
            return false;
        }
        providers.append(p);
    }
    if (providers.isEmpty()) {
        *error = QStringLiteral("no providers");
        return false;
    }
    m_providers = providers;
    return true;
}

const Provider *ProviderDirectory::provider(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Provider *ProviderDirectory::providerForDomain(const QString &domain) const
{
    const QString d = normalizedHost(domain);
    if (d.isEmpty())
        return nullptr;
    for (const Provider &p : m_providers) {
        if (p.domains.contains(d))
            return &p;
    }
    return nullptr;
}

const Provider *ProviderDirectory::providerForMxHost(const QString &mxHost) const
{
    const QString host = normalizedHost(mxHost);
    if (host.isEmpty())
        return nullptr;
    // The longest matching suffix wins, so "eur.olc.protection.outlook.com" is Outlook.com
    // and "x.mail.protection.outlook.com" Microsoft 365, whatever the table order.
    const Provider *best = nullptr;
    int bestLength = 0;
    for (const Provider &p : m_providers) {
        for (const QString &suffix : p.mxSuffixes) {
            if (hostInDomain(host, suffix) && suffix.size() > bestLength) {
                best = &p;
                bestLength = int(suffix.size());
            }
        }
    }
    return best;
}

bool ProviderDirectory::isKnownHost(const QString &host) const
{
    const QString h = normalizedHost(host);
    for (const Provider &p : m_providers) {
        if (!p.known)
            continue;
        for (const QList<ServerEndpoint> *list : {&p.smtp, &p.imap, &p.pop3}) {
            for (const ServerEndpoint &e : *list) {
                if (e.host == h)
                    return true;
            }
        }
        for (const QString &pattern : p.hostPatterns) {
            if (hostMatchesPattern(h, pattern))
                return true;
        }
    }
    return false;
}

QList<ServerConfig> ProviderDirectory::configsFor(const Provider &provider, const QString &address,
                                                  DiscoverySource source)
{
    QList<ServerConfig> configs;
    for (Protocol protocol : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        for (const ServerEndpoint &e : provider.servers(protocol)) {
            ServerConfig c;
            c.endpoint = e;
            c.source = source;
            c.username = provider.usernameFor(address);
            c.authMethods = provider.auth;
            c.providerId = provider.id;
            c.knownProvider = provider.known;
            configs.append(c);
        }
    }
    return configs;
}

QString ProviderDirectory::hintText(const QString &code)
{
    const char *context = "ProviderDirectory";
    if (code == QLatin1String("app_password"))
        return QCoreApplication::translate(
            context, "This provider needs an app password: create one in your account's "
                     "security settings and use it instead of your normal password.");
    if (code == QLatin1String("oauth2_only"))
        return QCoreApplication::translate(
            context, "This provider accepts OAuth2 sign-in only; a password will be refused.");
    if (code == QLatin1String("oauth2_preferred"))
        return QCoreApplication::translate(
            context, "This provider prefers OAuth2 sign-in; password sign-in works only where "
                     "your administrator allows it.");
    if (code == QLatin1String("smtp_auth_per_mailbox"))
        return QCoreApplication::translate(
            context, "SMTP AUTH must be enabled for your mailbox by your administrator.");
    if (code == QLatin1String("enable_access"))
        return QCoreApplication::translate(
            context, "IMAP/POP access must be switched on once in the provider's web settings.");
    if (code == QLatin1String("bridge_required"))
        return QCoreApplication::translate(
            context, "This provider is reached through its Bridge application, which must be "
                     "running on this computer.");
    if (code == QLatin1String("relay_credentials"))
        return QCoreApplication::translate(
            context, "This relay service uses its own SMTP credentials, not your account "
                     "password.");
    if (code == QLatin1String("verified_sender"))
        return QCoreApplication::translate(
            context, "The sender address or domain must be verified with the relay service.");
    return QString();
}

QString addressDomain(const QString &address)
{
    const QString a = address.trimmed();
    const int at = int(a.lastIndexOf(QLatin1Char('@')));
    if (at <= 0 || at == a.size() - 1)
        return QString();
    return normalizedHost(a.mid(at + 1));
}

QString addressLocalPart(const QString &address)
{
    const QString a = address.trimmed();
    const int at = int(a.lastIndexOf(QLatin1Char('@')));
    return at <= 0 ? QString() : a.left(at);
}

bool hostInDomain(const QString &host, const QString &domain)
{
    const QString h = normalizedHost(host);
    const QString d = normalizedHost(domain);
    if (h.isEmpty() || d.isEmpty())
        return false;
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

} // namespace mailwright
