// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/discoverytypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QDnsLookup;
class QTimer;

namespace mailwright {

class ProviderDirectory;

/// DNS part of the discovery: RFC 6186 / RFC 8314 SRV records for submission, IMAP and POP3,
/// and the MX records matched against the provider table. All seven queries run in parallel
/// through QDnsLookup (which uses the system resolver configuration, /etc/resolv.conf, via
/// res_ninit); each ends in a SourceReport, with its own timeout. QDnsLookup runs the blocking
/// resolver call in Qt's own small thread pool; a timed-out lookup's thread stays busy until the
/// resolver gives up (resolv.conf "timeout"), which we no longer wait for.
///
/// Thread: lives in the thread that created it, which must run an event loop (normally the GUI
/// thread); nothing blocks. Ownership: a QObject with a parent or a unique_ptr owner; the
/// ProviderDirectory must outlive it.
class DnsDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit DnsDiscovery(const ProviderDirectory &directory, QObject *parent = nullptr);
    ~DnsDiscovery() override;

    /// Per-lookup limit; a lookup still open after it is reported as Timeout. Default 4000 ms.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Starts all lookups for \a address's domain. Previous results are dropped.
    void start(const QString &address);
    /// Stops the open lookups (reported as Skipped); finished() is emitted.
    void abort();
    bool isRunning() const { return m_pending > 0; }

    /// SRV results, _submissions before _submission, _imaps before _imap, _pop3s before _pop3
    /// (RFC 8314 §5.1); within one service by priority, then by weight (heavier first).
    QList<ServerConfig> srvConfigs() const;
    /// The settings of the provider the MX records point to (source Mx), empty if none.
    QList<ServerConfig> mxConfigs() const { return m_mxConfigs; }
    QStringList mxHosts() const { return m_mxHosts; } ///< by preference
    QString mxProviderId() const { return m_mxProviderId; }
    /// Services whose only SRV record has the target "." (decidedly not offered, RFC 2782).
    QList<ServerEndpoint> notOffered() const { return m_notOffered; }
    QList<SourceReport> reports() const { return m_reports; }

Q_SIGNALS:
    /// One lookup ended (in whatever way); for the live table in the wizard.
    void lookupFinished(const mailwright::SourceReport &report);
    /// All lookups ended.
    void finished();

private:
    struct Lookup;
    void startLookup(int service);
    void onLookupFinished(Lookup *lookup);
    void onTimeout(Lookup *lookup);
    void report(Lookup *lookup, const SourceReport &r);
    void handleSrv(Lookup *lookup, SourceReport *r);
    void handleMx(Lookup *lookup, SourceReport *r);

    const ProviderDirectory &m_directory;
    int m_timeoutMs = 4000;
    QString m_address;
    QString m_domain;
    int m_pending = 0;
    QList<Lookup *> m_lookups;
    QList<QList<ServerConfig>> m_srvByService;
    QList<ServerConfig> m_mxConfigs;
    QStringList m_mxHosts;
    QString m_mxProviderId;
    QList<ServerEndpoint> m_notOffered;
    QList<SourceReport> m_reports;
};

} // namespace mailwright
