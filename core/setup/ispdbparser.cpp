// SPDX-License-Identifier: GPL-3.0-or-later
#include "ispdbparser.h"

#include "setup/providerdirectory.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace mailwright {

namespace {

QString substitute(QString text, const QString &address)
{
    // Thunderbird's placeholder set (autoconfig "config-v1.1" format).
    text.replace(QLatin1String("%EMAILADDRESS%"), address);
    text.replace(QLatin1String("%EMAILLOCALPART%"), addressLocalPart(address));
    text.replace(QLatin1String("%EMAILDOMAIN%"), addressDomain(address));
    return text.trimmed();
}

IspdbServer readServer(QXmlStreamReader &xml, const QString &address)
{
    IspdbServer server;
    server.type = xml.attributes().value(QLatin1String("type")).toString().toLower();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("hostname"))
            server.hostname = substitute(xml.readElementText(), address).toLower();
        else if (name == QLatin1String("port"))
            server.port = xml.readElementText().trimmed().toInt();
        else if (name == QLatin1String("socketType"))
            server.socketType = xml.readElementText().trimmed();
        else if (name == QLatin1String("username"))
            server.username = substitute(xml.readElementText(), address);
        else if (name == QLatin1String("authentication"))
            server.authentication.append(xml.readElementText().trimmed());
        else
            xml.skipCurrentElement();
    }
    return server;
}

void readDocumentation(QXmlStreamReader &xml, IspdbConfig *out)
{
    IspdbConfig::Documentation doc;
    doc.url = xml.attributes().value(QLatin1String("url")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("descr")) {
            const QString lang = xml.attributes().value(QLatin1String("lang")).toString();
            const QString text = xml.readElementText().simplified();
            if (doc.description.isEmpty() || lang == QLatin1String("en"))
                doc.description = text;
        } else {
            xml.skipCurrentElement();
        }
    }
    out->documentation.append(doc);
}

// <enable visiturl="..."><instruction>...</instruction></enable>: where the user must switch
// on IMAP/POP access first. Found inside and beside <emailProvider>; the first one wins.
void readEnable(QXmlStreamReader &xml, IspdbConfig *out)
{
    if (out->enableUrl.isEmpty())
        out->enableUrl = xml.attributes().value(QLatin1String("visiturl")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("instruction") && out->enableInstruction.isEmpty())
            out->enableInstruction = xml.readElementText().simplified();
        else
            xml.skipCurrentElement();
    }
}

void readProvider(QXmlStreamReader &xml, const QString &address, IspdbConfig *out)
{
    out->providerId = xml.attributes().value(QLatin1String("id")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("domain"))
            out->domains.append(xml.readElementText().trimmed().toLower());
        else if (name == QLatin1String("displayName"))
            out->displayName = xml.readElementText().simplified();
        else if (name == QLatin1String("incomingServer"))
            out->incoming.append(readServer(xml, address));
        else if (name == QLatin1String("outgoingServer"))
            out->outgoing.append(readServer(xml, address));
        else if (name == QLatin1String("documentation"))
            readDocumentation(xml, out);
        else if (name == QLatin1String("enable"))
            readEnable(xml, out);
        else
            xml.skipCurrentElement();
    }
}

void readOAuth2(QXmlStreamReader &xml, IspdbConfig *out)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("issuer"))
            out->oauth2Issuer = xml.readElementText().trimmed();
        else if (xml.name() == QLatin1String("scope"))
            out->oauth2Scope = xml.readElementText().simplified();
        else
            xml.skipCurrentElement();
    }
}

} // namespace

bool IspdbParser::parse(const QByteArray &data, const QString &address, IspdbConfig *out,
                        QString *error)
{
    *out = IspdbConfig();
    QXmlStreamReader xml(data);
    bool sawProvider = false;
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("clientConfig")) {
        *error = xml.hasError() ? xml.errorString()
                                : QStringLiteral("root element is not <clientConfig>");
        return false;
    }
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("emailProvider") && !sawProvider) {
            sawProvider = true;
            readProvider(xml, address, out);
        } else if (name == QLatin1String("oAuth2")) {
            readOAuth2(xml, out);
        } else if (name == QLatin1String("enable")) {
            readEnable(xml, out);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error =
            QStringLiteral("XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (!sawProvider) {
        *error = QStringLiteral("no <emailProvider> element");
        return false;
    }
    return true;
}

QString IspdbParser::authMethodName(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("password-cleartext") || v == QLatin1String("plain"))
        return QStringLiteral("password");
    return v;
}

bool IspdbParser::isValidHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

QList<ServerConfig> IspdbConfig::serverConfigs(DiscoverySource source) const
{
    QList<ServerConfig> configs;
    QList<IspdbServer> all = outgoing;
    all += incoming;
    for (const IspdbServer &s : all) {
        ServerConfig c;
        if (!parseProtocol(s.type, &c.endpoint.protocol) || s.type == QLatin1String("pop"))
            continue;
        const QString socketType = s.socketType.toLower();
        if (socketType == QLatin1String("ssl") || socketType == QLatin1String("tls"))
            c.endpoint.security = Security::ImplicitTls;
        else if (socketType == QLatin1String("starttls"))
            c.endpoint.security = Security::StartTls;
        else if (socketType == QLatin1String("plain"))
            c.endpoint.security = Security::None;
        else
            continue;
        if (s.port <= 0 || s.port > 65535 || !IspdbParser::isValidHostName(s.hostname))
            continue;
        c.endpoint.host = s.hostname;
        c.endpoint.port = quint16(s.port);
        c.source = source;
        c.username = s.username;
        for (const QString &a : s.authentication) {
            const QString name = IspdbParser::authMethodName(a);
            if (!c.authMethods.contains(name))
                c.authMethods.append(name);
        }
        configs.append(c);
    }
    return configs;
}

} // namespace mailwright
