// SPDX-License-Identifier: GPL-3.0-or-later
// DiscoveryResult → JSON, the shape documented for `mailwright-cli detect` (docs/cli.md).
#include "setup/discovery.h"
#include "setup/providerdirectory.h"

#include <QJsonArray>

namespace mailwright {

namespace {

QJsonArray sourceNames(const QList<DiscoverySource> &sources)
{
    QJsonArray array;
    for (DiscoverySource s : sources)
        array.append(discoverySourceName(s));
    return array;
}

QJsonObject candidateJson(const Candidate &c)
{
    QJsonObject o{
        {QStringLiteral("protocol"), protocolName(c.endpoint.protocol)},
        {QStringLiteral("host"), c.endpoint.host},
        {QStringLiteral("port"), int(c.endpoint.port)},
        {QStringLiteral("security"), securityName(c.endpoint.security)},
        {QStringLiteral("source"), discoverySourceName(c.source)},
        {QStringLiteral("sources"), sourceNames(c.sources)},
        {QStringLiteral("state"), c.isProbed() ? c.state : QStringLiteral("not_probed")},
        {QStringLiteral("elapsed_ms"), c.elapsedMs >= 0 ? QJsonValue(c.elapsedMs) : QJsonValue()},
        {QStringLiteral("needs_consent"), c.needsConsent},
        {QStringLiteral("known_provider"), c.knownProvider},
    };
    QJsonArray notes;
    for (const QString &code : c.notes)
        notes.append(QJsonObject{{QStringLiteral("code"), code},
                                 {QStringLiteral("text"), candidateNoteText(code)}});
    o.insert(QStringLiteral("notes"), notes);
    // The probe's own fields (tls, capabilities, ...) sit beside ours.
    for (auto it = c.probeDetails.begin(); it != c.probeDetails.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue chosenJson(const DiscoveryResult &r, Protocol protocol)
{
    const Candidate *c = r.chosen(protocol);
    if (!c)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("host"), c->endpoint.host},
        {QStringLiteral("port"), int(c->endpoint.port)},
        {QStringLiteral("security"), securityName(c->endpoint.security)},
        {QStringLiteral("source"), discoverySourceName(c->source)},
        {QStringLiteral("auth"), QJsonArray::fromStringList(c->authMethods)},
        {QStringLiteral("username"), c->username},
        {QStringLiteral("verified"), r.probed && c->state == QLatin1String("ok")},
    };
}

} // namespace

QJsonObject DiscoveryResult::toJson() const
{
    QJsonArray sourceArray;
    for (const SourceReport &s : sources)
        sourceArray.append(QJsonObject{
            {QStringLiteral("source"), discoverySourceName(s.source)},
            {QStringLiteral("query"), s.query},
            {QStringLiteral("state"), sourceStateName(s.state)},
            {QStringLiteral("detail"), s.detail},
            {QStringLiteral("settings"), s.settings},
            {QStringLiteral("elapsed_ms"), s.elapsedMs},
        });
    QJsonArray candidateArray;
    for (const Candidate &c : candidates)
        candidateArray.append(candidateJson(c));
    QJsonValue provider = QJsonValue::Null;
    if (!providerId.isEmpty()) {
        QJsonArray hints;
        for (const QString &code : providerHints)
            hints.append(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("text"), ProviderDirectory::hintText(code)}});
        provider = QJsonObject{{QStringLiteral("id"), providerId},
                               {QStringLiteral("name"), providerName},
                               {QStringLiteral("hints"), hints}};
    }
    return QJsonObject{
        {QStringLiteral("address"), address},
        {QStringLiteral("sources"), sourceArray},
        {QStringLiteral("candidates"), candidateArray},
        {QStringLiteral("smtp"), chosenJson(*this, Protocol::Smtp)},
        {QStringLiteral("imap"), chosenJson(*this, Protocol::Imap)},
        {QStringLiteral("pop3"), chosenJson(*this, Protocol::Pop3)},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("probed"), probed},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
}

} // namespace mailwright
