// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/discoverytypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailwright {

/// One server the probe should try, with where it came from and, after probing, how it ended.
/// Plain value.
struct Candidate
{
    ServerEndpoint endpoint;
    DiscoverySource source = DiscoverySource::Guess; ///< the best source that proposed it
    QList<DiscoverySource> sources;                  ///< every source that proposed it
    QString username;
    QStringList authMethods;
    QString providerId;
    bool knownProvider = false;
    bool needsConsent = false; ///< only SRV targets outside the domain (RFC 6186 §6)
    /// Notes as stable codes: "port25" (server-to-server port, often blocked by ISPs),
    /// "plaintext" (clear text, offered only because the user opted in), "needs_consent".
    QStringList notes;

    // Filled by the probe (CandidateProbe); empty state = not probed.
    QString state; ///< "ok", "refused", "timeout", "dns_error", "tls_error", ...
    qint64 elapsedMs = -1;
    QJsonObject probeDetails; ///< the probe's own fields (tls, capabilities, ...)

    bool isConfigured() const { return source != DiscoverySource::Guess; }
    bool isProbed() const { return !state.isEmpty(); }
};

struct CandidateOptions
{
    bool allowPlain = false; ///< clear text only behind this explicit opt-in
    bool guess = true;       ///< add smtp./mail./bare-domain guesses
    /// Services an SRV record declared "not offered" (target "."): no guesses for them.
    QList<ServerEndpoint> notOffered;
};

/// Builds the probe list for \a domain from the configured settings (provider table, SRV,
/// autoconfig, MX, in that order of precedence) and the usual guesses: for SMTP smtp.<d>,
/// mail.<d>, <d> on 465 implicit TLS, 587 STARTTLS, 25 STARTTLS; for IMAP imap./mail./<d> on
/// 993/143; for POP3 pop./pop3./mail./<d> on 995/110. Deduplicated on (protocol, host, port,
/// security), sorted by rank (see candidateLess()). Pure function, any thread.
QList<Candidate> buildCandidates(const QString &domain, const QList<ServerConfig> &configured,
                                 const CandidateOptions &options);

/// The ranking, per protocol (the list is grouped SMTP, IMAP, POP3): configured before guessed; not
/// needing consent before needing it; implicit TLS before STARTTLS before clear text (RFC 8314 §3
/// prefers implicit TLS); port 25 after the submission ports; then source precedence (provider
/// table, SRV, autoconfig, MX, guess).
bool candidateLess(const Candidate &a, const Candidate &b);

/// The chosen candidate of \a protocol: the first in rank order whose state is "ok", but only
/// once every better-ranked candidate of that protocol has ended (a slower, better candidate
/// could still win). Returns the index, -1 when none is usable; \a decided tells whether the
/// answer is final. Never returns a candidate that needs consent or was not probed.
int chooseCandidate(const QList<Candidate> &candidates, Protocol protocol, bool *decided);

/// Translated text of a note code.
QString candidateNoteText(const QString &code);

} // namespace mailwright
