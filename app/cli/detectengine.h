// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/tlspolicy.h"
#include "setup/discovery.h"
#include "setup/logintest.h"

#include <QJsonObject>

#include <optional>

namespace mailwright::cli {

struct DetectOptions
{
    QString address;
    QString password; ///< empty: no login test
    bool allowPlain = false;
    bool dryRun = true; ///< with a login: MAIL FROM/RCPT TO self/RSET
    TlsPolicy tls;
    int connectTimeoutMs = 3000;
};

/// The whole set-up detection as the wizard does it: discovery (table, SRV, autoconfig, MX),
/// the probe of every candidate at once, then the login tests (SMTP and the chosen incoming
/// server, in parallel).
struct DetectRun
{
    DiscoveryResult result;
    std::optional<LoginOutcome> smtpLogin;
    std::optional<LoginOutcome> incomingLogin;
    qint64 elapsedMs = 0;

    /// The documented JSON of `detect` (docs/cli.md).
    QJsonObject toJson() const;
    /// 0 usable SMTP (and login passed if tried), 69 nothing usable, 77 login refused.
    int exitCode() const;
};

/// Runs it in a local event loop: mailwright-cli only (its commands run before exec()).
DetectRun runDetect(const DetectOptions &options);

} // namespace mailwright::cli
