// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Value types shared by the discovery sources (provider table, SRV, autoconfig, MX) and the
// orchestrator. Plain values: copy them freely between threads.

namespace mailwright {

/// Where a server setting came from. Every setting the wizard shows carries one, so the user can
/// see why we propose it (ARCHITECTURE.md §5).
enum class DiscoverySource { ProviderTable, Srv, Autoconfig, Mx, Probe, Guess };

/// "provider_table", "srv", "autoconfig", "mx", "probe", "guess" (stable: used in JSON).
QString discoverySourceName(DiscoverySource source);

/// One server setting proposed by one source.
struct ServerConfig
{
    ServerEndpoint endpoint;
    DiscoverySource source = DiscoverySource::Guess;
    QString username;           ///< resolved user name; empty when the source did not say
    QStringList authMethods;    ///< "password", "oauth2", "password-encrypted", ... (lower case)
    QString providerId;         ///< id in the provider table when a known provider matched
    bool knownProvider = false; ///< certificate UI never offers one-click trust for these
    /// RFC 6186 §6: an SRV target outside the user's domain may be an attacker's redirection;
    /// the UI asks the user before using it.
    bool needsConsent = false;
    int priority = 0; ///< SRV priority (RFC 2782), 0 for other sources
    int weight = 0;   ///< SRV weight
};

/// How one lookup of one source ended; one entry per DNS query, URL, table lookup.
struct SourceReport
{
    enum class State {
        Found,      ///< produced at least one setting
        NotFound,   ///< the name does not exist (DNS NXDOMAIN, HTTP 404, not in the table)
        NoRecords,  ///< the name exists but has no record of that type
        NotOffered, ///< SRV target "." (RFC 2782, RFC 6186 §3.4): service decidedly absent
        Timeout,
        Error, ///< anything else: TLS, HTTP, parse, DNS server failure; see detail
        Skipped,
    };

    DiscoverySource source = DiscoverySource::Guess;
    QString query; ///< DNS name, URL or domain that was asked
    State state = State::Error;
    QString detail; ///< technical detail (English, for logs and "Show details")
    qint64 elapsedMs = 0;
    int settings = 0; ///< number of ServerConfigs this lookup produced
};

/// "found", "not_found", "no_records", "not_offered", "timeout", "error", "skipped".
QString sourceStateName(SourceReport::State state);

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::SourceReport)
