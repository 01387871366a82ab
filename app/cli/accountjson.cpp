// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailwright::cli {

QJsonObject accountToJson(const Account &a)
{
    QJsonArray identities;
    for (const Identity &id : a.identities) {
        identities.append(QJsonObject{{QStringLiteral("displayName"), id.displayName},
                                      {QStringLiteral("address"), id.address},
                                      {QStringLiteral("replyTo"), id.replyTo},
                                      {QStringLiteral("signature"), id.signature}});
    }
    QJsonObject pins;
    for (auto it = a.pinnedCertificates.cbegin(); it != a.pinnedCertificates.cend(); ++it)
        pins.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject o{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("identities"), identities},
        {QStringLiteral("smtp"),
         QJsonObject{{QStringLiteral("host"), a.smtp.host},
                     {QStringLiteral("port"), int(a.smtp.port)},
                     {QStringLiteral("security"), securityName(a.smtp.security)},
                     {QStringLiteral("user"), a.effectiveSmtpUser()},
                     {QStringLiteral("auth"), authMethodName(a.smtpAuth)}}},
        {QStringLiteral("checkIntervalMinutes"), a.checkIntervalMinutes},
        {QStringLiteral("saveSentCopy"), a.saveSentCopy},
        {QStringLiteral("leaveOnServer"), a.leaveOnServer},
        {QStringLiteral("deleteFromServerAfterDays"), a.deleteFromServerAfterDays},
        {QStringLiteral("folders"), QJsonObject{{QStringLiteral("sent"), a.sentFolder},
                                                {QStringLiteral("drafts"), a.draftsFolder},
                                                {QStringLiteral("trash"), a.trashFolder}}},
        {QStringLiteral("caFile"), a.caFile},
        {QStringLiteral("pinnedCertificates"), pins},
    };
    if (a.hasIncoming) {
        o.insert(QStringLiteral("incoming"),
                 QJsonObject{{QStringLiteral("protocol"), protocolName(a.incoming.protocol)},
                             {QStringLiteral("host"), a.incoming.host},
                             {QStringLiteral("port"), int(a.incoming.port)},
                             {QStringLiteral("security"), securityName(a.incoming.security)},
                             {QStringLiteral("user"), a.effectiveIncomingUser()}});
    } else {
        o.insert(QStringLiteral("incoming"), QJsonValue::Null);
    }
    return o;
}

QJsonObject errorToJson(const MailError &e)
{
    return QJsonObject{{QStringLiteral("code"), errorCodeName(e.code)},
                       {QStringLiteral("phase"), phaseName(e.phase)},
                       {QStringLiteral("message"), e.userMessage},
                       {QStringLiteral("hint"), e.hint},
                       {QStringLiteral("detail"), e.technicalDetail}};
}

bool parseHostPort(const QString &text, Protocol protocol, Security security, ServerEndpoint *out,
                   QString *error)
{
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(QLatin1Char('['))) { // RFC 3986 §3.2.2 IP literal
        const int close = host.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QCoreApplication::translate("cli", "missing ']' in \"%1\"").arg(text);
            return false;
        }
        if (host.size() > close + 1) {
            if (host.at(close + 1) != QLatin1Char(':')) {
                *error =
                    QCoreApplication::translate("cli", "expected HOST:PORT, got \"%1\"").arg(text);
                return false;
            }
            port = host.mid(close + 2);
        }
        host = host.mid(1, close - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        const int colon = host.indexOf(QLatin1Char(':'));
        port = host.mid(colon + 1);
        host.truncate(colon);
    }
    if (host.isEmpty()) {
        *error = QCoreApplication::translate("cli", "missing host name in \"%1\"").arg(text);
        return false;
    }
    quint16 portNumber = defaultPort(protocol, security);
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            *error = QCoreApplication::translate("cli", "bad port \"%1\" (1-65535)").arg(port);
            return false;
        }
        portNumber = quint16(value);
    }
    *out = ServerEndpoint{protocol, host, portNumber, security};
    return true;
}

} // namespace mailwright::cli
