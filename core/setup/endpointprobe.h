// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"
#include "errors/mailerror.h"
#include "net/canceltoken.h"
#include "net/protocoltrace.h"
#include "net/smtpreply.h"
#include "net/tlspolicy.h"
#include "setup/discovery.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace mailwright {

/// How probes connect. Plain value, any thread.
struct ProbeSettings
{
    TlsPolicy tls;               ///< extra roots (--ca-file) and pins
    int connectTimeoutMs = 3000; ///< per address; a filtered port ends as "timeout" after this
    int idleTimeoutMs = 3000;    ///< a server that accepts but never speaks ends after this
    std::shared_ptr<ProtocolTrace> trace; ///< may be null
};

/// How one endpoint answered. Plain value, any thread.
struct ProbeOutcome
{
    ServerEndpoint endpoint;
    /// "ok", "refused", "timeout", "dns_error", "tls_error", "cert_error", "no_starttls",
    /// "protocol_error" ("cancelled" only when cancelled; never reported to a Discovery).
    QString state;
    qint64 elapsedMs = 0;
    MailError error;                ///< explained; None when state is "ok"
    TlsSessionInfo tls;             ///< on success, or the refused certificate in error.certificate
    SmtpCapabilities smtp;          ///< SMTP: the EHLO that counts (after TLS)
    SmtpCapabilities smtpBeforeTls; ///< SMTP with STARTTLS: the EHLO in clear text
    QStringList capabilities;       ///< IMAP CAPABILITY atoms / POP3 CAPA lines (after TLS)
    QString greeting;

    bool isOk() const { return state == QLatin1String("ok"); }
    /// {tls: {version, cipher, pinned, certificate: {...}}, capabilities: {...}, error: {...}}
    /// — the fields `probe --json` and `detect --json` print beside host/port/state.
    QJsonObject detailsJson() const;
};

/// The probe state for a failure (see ProbeOutcome::state).
QString probeStateForError(const MailError &error);

/// Connects to \a endpoint through WireConnection (the code that sends mail: TLS/STARTTLS,
/// verification, EHLO again after TLS), reads the capabilities and says goodbye. No password is
/// ever sent. Blocking: call it in a worker thread; \a cancel ends it within ~30 ms.
ProbeOutcome probeEndpoint(const ServerEndpoint &endpoint, const ProbeSettings &settings,
                           const CancelToken &cancel = CancelToken());

/// The real CandidateProbe: every candidate at once, each on a thread of the probe's own
/// QThreadPool (not the global one: a stuck name lookup must not starve Qt's other users), each
/// ending in exactly one state. Reports arrive in the thread the probe lives in, through queued
/// calls, in the order the candidates end.
///
/// Thread: lives in a thread with an event loop (the GUI thread); start()/cancel() never block.
/// Ownership: QObject parent or unique_ptr; destruction cancels and waits (≤ ~100 ms) for the
/// workers.
class EndpointProbe : public QObject, public CandidateProbe
{
    Q_OBJECT

public:
    explicit EndpointProbe(QObject *parent = nullptr);
    ~EndpointProbe() override;

    void setSettings(const ProbeSettings &settings) { m_settings = settings; }
    const ProbeSettings &settings() const { return m_settings; }

    void start(const QList<Candidate> &candidates, const ReportFunction &report) override;
    void cancel() override;
    /// The full outcomes of the current/last run by candidate index (for the certificate view).
    QList<ProbeOutcome> outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void candidateFinished(int index, const mailwright::ProbeOutcome &outcome);

private:
    QThreadPool m_pool;
    ProbeSettings m_settings;
    CancelToken m_cancel;
    quint64 m_generation = 0;
    QList<ProbeOutcome> m_outcomes;
};

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::ProbeOutcome)
