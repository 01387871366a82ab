// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailwright {

namespace {

int securityRank(Security s)
{
    switch (s) {
    case Security::ImplicitTls:
        return 0;
    case Security::StartTls:
        return 1;
    case Security::None:
        return 2;
    }
    return 3;
}

int sourceRank(DiscoverySource s)
{
    switch (s) {
    case DiscoverySource::ProviderTable:
        return 0;
    case DiscoverySource::Srv:
        return 1;
    case DiscoverySource::Autoconfig:
        return 2;
    case DiscoverySource::Mx:
        return 3;
    case DiscoverySource::Probe:
        return 4;
    case DiscoverySource::Guess:
        return 5;
    }
    return 6;
}

bool sameServer(const ServerEndpoint &a, const ServerEndpoint &b)
{
    return a.protocol == b.protocol && a.port == b.port && a.security == b.security &&
           a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}

void addNote(Candidate *c, const QString &code)
{
    if (!c->notes.contains(code))
        c->notes.append(code);
}

// Adds \a c unless an equal server is listed; a duplicate only contributes its source (and
// clears needsConsent: some source proposes the server from within the user's domain).
void merge(QList<Candidate> *list, Candidate c)
{
    for (Candidate &existing : *list) {
        if (!sameServer(existing.endpoint, c.endpoint))
            continue;
        if (!existing.sources.contains(c.source))
            existing.sources.append(c.source);
        existing.needsConsent = existing.needsConsent && c.needsConsent;
        if (!existing.needsConsent)
            existing.notes.removeAll(QStringLiteral("needs_consent"));
        existing.knownProvider = existing.knownProvider || c.knownProvider;
        if (existing.username.isEmpty())
            existing.username = c.username;
        if (existing.authMethods.isEmpty())
            existing.authMethods = c.authMethods;
        return;
    }
    c.sources = {c.source};
    list->append(c);
}

} // namespace

bool candidateLess(const Candidate &a, const Candidate &b)
{
    // Grouped by protocol (SMTP, IMAP, POP3) for the table in the UI; the rank is per protocol.
    if (a.endpoint.protocol != b.endpoint.protocol)
        return int(a.endpoint.protocol) < int(b.endpoint.protocol);
    if (a.isConfigured() != b.isConfigured())
        return a.isConfigured();
    if (a.needsConsent != b.needsConsent)
        return !a.needsConsent;
    if (securityRank(a.endpoint.security) != securityRank(b.endpoint.security))
        return securityRank(a.endpoint.security) < securityRank(b.endpoint.security);
    const bool a25 = a.endpoint.protocol == Protocol::Smtp && a.endpoint.port == 25;
    const bool b25 = b.endpoint.protocol == Protocol::Smtp && b.endpoint.port == 25;
    if (a25 != b25)
        return b25;
    return sourceRank(a.source) < sourceRank(b.source);
}

QList<Candidate> buildCandidates(const QString &domain, const QList<ServerConfig> &configured,
                                 const CandidateOptions &options)
{
    QList<Candidate> list;
    QList<ServerConfig> ordered = configured;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ServerConfig &a, const ServerConfig &b) {
                         return sourceRank(a.source) < sourceRank(b.source);
                     });
    for (const ServerConfig &config : std::as_const(ordered)) {
        if (config.endpoint.security == Security::None && !options.allowPlain)
            continue; // clear text never without the user's explicit opt-in
        Candidate c;
        c.endpoint = config.endpoint;
        c.source = config.source;
        c.username = config.username;
        c.authMethods = config.authMethods;
        c.providerId = config.providerId;
        c.knownProvider = config.knownProvider;
        c.needsConsent = config.needsConsent;
        if (c.needsConsent)
            addNote(&c, QStringLiteral("needs_consent"));
        merge(&list, c);
    }

    if (options.guess && !domain.isEmpty()) {
        struct Guess
        {
            Protocol protocol;
            QStringList prefixes;
            QList<QPair<quint16, Security>> ports;
        };
        const QString none; // the bare domain
        QList<Guess> guesses = {
            {Protocol::Smtp,
             {QStringLiteral("smtp."), QStringLiteral("mail."), none},
             {{465, Security::ImplicitTls}, {587, Security::StartTls}, {25, Security::StartTls}}},
            {Protocol::Imap,
             {QStringLiteral("imap."), QStringLiteral("mail."), none},
             {{993, Security::ImplicitTls}, {143, Security::StartTls}}},
            {Protocol::Pop3,
             {QStringLiteral("pop."), QStringLiteral("pop3."), QStringLiteral("mail."), none},
             {{995, Security::ImplicitTls}, {110, Security::StartTls}}},
        };
        if (options.allowPlain) {
            guesses[0].ports += {{587, Security::None}, {25, Security::None}};
            guesses[1].ports += {{143, Security::None}};
            guesses[2].ports += {{110, Security::None}};
        }
        for (const Guess &g : std::as_const(guesses)) {
            for (const auto &port : g.ports) {
                const bool declined =
                    std::any_of(options.notOffered.begin(), options.notOffered.end(),
                                [&g, &port](const ServerEndpoint &e) {
                                    return e.protocol == g.protocol && e.security == port.second;
                                });
                if (declined)
                    continue; // RFC 6186 §3.4: the domain said this service is not offered
                for (const QString &prefix : g.prefixes) {
                    Candidate c;
                    c.endpoint.protocol = g.protocol;
                    c.endpoint.host = prefix + domain;
                    c.endpoint.port = port.first;
                    c.endpoint.security = port.second;
                    c.source = DiscoverySource::Guess;
                    merge(&list, c);
                }
            }
        }
    }

    for (Candidate &c : list) {
        if (c.endpoint.protocol == Protocol::Smtp && c.endpoint.port == 25)
            addNote(&c, QStringLiteral("port25"));
        if (c.endpoint.security == Security::None)
            addNote(&c, QStringLiteral("plaintext"));
    }
    std::stable_sort(list.begin(), list.end(), candidateLess);
    return list;
}

int chooseCandidate(const QList<Candidate> &candidates, Protocol protocol, bool *decided)
{
    // The list is in rank order (buildCandidates). Walk it: a better candidate that has not
    // ended yet keeps the decision open; the first "ok" after only ended ones wins.
    bool allBetterEnded = true;
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (c.endpoint.protocol != protocol || c.needsConsent)
            continue;
        if (c.state == QLatin1String("ok")) {
            *decided = allBetterEnded;
            return i;
        }
        if (!c.isProbed())
            allBetterEnded = false;
    }
    *decided = allBetterEnded;
    return -1;
}

QString candidateNoteText(const QString &code)
{
    if (code == QLatin1String("port25"))
        return QCoreApplication::translate("Candidates",
                                           "server-to-server port, often blocked by ISPs");
    if (code == QLatin1String("plaintext"))
        return QCoreApplication::translate(
            "Candidates", "no encryption: password and mail travel readable by anyone on the way");
    if (code == QLatin1String("needs_consent"))
        return QCoreApplication::translate(
            "Candidates", "the domain's DNS points to a server outside the domain; use it only if "
                          "you trust it");
    return QString();
}

} // namespace mailwright
