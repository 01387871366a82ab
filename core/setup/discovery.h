// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/candidates.h"
#include "setup/discoverytypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace mailwright {

class AutoconfigClient;
class DnsDiscovery;
class ProviderDirectory;

/// Everything a discovery found. Plain value.
struct DiscoveryResult
{
    QString address;
    QList<SourceReport> sources;
    QList<Candidate> candidates; ///< in rank order
    int smtp = -1;               ///< index into candidates, -1 = none
    int imap = -1;
    int pop3 = -1;
    QString providerId; ///< provider table or MX match, empty if none
    QString providerName;
    QStringList providerHints; ///< hint codes, see ProviderDirectory::hintText()
    bool probed = false;       ///< a CandidateProbe ran; otherwise the choice is unverified
    qint64 elapsedMs = 0;

    const Candidate *chosen(Protocol protocol) const;

    /// The CLI's documented shape (docs/cli.md, `detect`):
    /// {address, sources: [...], candidates: [{host, port, security, source, ...}],
    ///  smtp: {host, port, security, source, auth} | null, imap: ..., pop3: ..., provider,
    ///  elapsed_ms}.
    QJsonObject toJson() const;
};

/// The seam for the port probe (implemented on top of core/net's connection layer). The
/// Discovery calls start() once with the whole candidate list; the probe tries them all at once
/// and calls \a report for each candidate as it ends (state "ok", "refused", "timeout",
/// "dns_error", "tls_error", "cert_error", "no_starttls", "protocol_error"), in the Discovery's
/// thread, without blocking. cancel() stops every open attempt; no report follows it.
class CandidateProbe
{
public:
    struct Outcome
    {
        QString state;
        qint64 elapsedMs = 0;
        QJsonObject details; ///< e.g. {tls: {...}, capabilities: {...}}, copied into the JSON
    };
    using ReportFunction = std::function<void(int index, const Outcome &outcome)>;

    virtual ~CandidateProbe() = default;
    virtual void start(const QList<Candidate> &candidates, const ReportFunction &report) = 0;
    virtual void cancel() = 0;
};

struct DiscoveryOptions
{
    bool allowPlain = false; ///< offer clear-text servers (explicit user opt-in)
    bool useDns = true;
    bool useAutoconfig = true;
    int dnsTimeoutMs = 4000;
    int httpTimeoutMs = 4000;
};

/// The wizard's discovery: for an address, runs the provider table, SRV, HTTPS autoconfig and
/// MX in parallel, builds the ranked candidate list, hands it to the probe (if one is set) and
/// chooses SMTP/IMAP/POP3 settings. A silent candidate never holds back an answer: the choice
/// for a protocol is final as soon as every better-ranked candidate has ended.
///
/// Without a probe the choice is the best configured (non-guessed, consent-free) candidate,
/// marked unverified (DiscoveryResult::probed == false).
///
/// Thread: lives in a thread with an event loop (normally the GUI thread); nothing blocks.
/// Ownership: QObject parent or unique_ptr; the directory and the probe must outlive it.
class Discovery : public QObject
{
    Q_OBJECT

public:
    explicit Discovery(const ProviderDirectory &directory, QObject *parent = nullptr);
    ~Discovery() override;

    void setOptions(const DiscoveryOptions &options) { m_options = options; }
    void setProbe(CandidateProbe *probe) { m_probe = probe; }

    void start(const QString &address);
    void cancel();
    bool isRunning() const { return m_running; }
    const DiscoveryResult &result() const { return m_result; }

Q_SIGNALS:
    /// One lookup of one source ended (for the wizard's live table).
    void sourceFinished(const mailwright::SourceReport &report);
    /// The candidate list is complete and probing starts.
    void candidatesReady(const QList<mailwright::Candidate> &candidates);
    /// The probe finished candidate \a index.
    void candidateUpdated(int index, const mailwright::Candidate &candidate);
    void finished(const mailwright::DiscoveryResult &result);

private:
    void onSource(const SourceReport &report);
    void checkSourcesDone();
    void onProbeReport(int index, const CandidateProbe::Outcome &outcome);
    void finish();

    const ProviderDirectory &m_directory;
    DiscoveryOptions m_options;
    CandidateProbe *m_probe = nullptr;
    DnsDiscovery *m_dns = nullptr;
    AutoconfigClient *m_autoconfig = nullptr;
    QList<ServerConfig> m_tableConfigs;
    bool m_dnsDone = false;
    bool m_autoconfigDone = false;
    bool m_probing = false;
    bool m_running = false;
    quint64 m_generation = 0; ///< guards against late probe reports of a previous run
    QElapsedTimer m_clock;
    DiscoveryResult m_result;
};

} // namespace mailwright

Q_DECLARE_METATYPE(mailwright::DiscoveryResult)
Q_DECLARE_METATYPE(mailwright::Candidate)
