// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsdiscovery.h"

#include "logging.h"
#include "setup/providerdirectory.h"

#include <QDnsLookup>
#include <QTimer>

#include <algorithm>

namespace mailwright {

namespace {

struct SrvService
{
    const char *label;
    Protocol protocol;
    Security security;
};

// RFC 6186 §3.1-3.3 and RFC 8314 §5.1: the implicit-TLS variant of each service comes first,
// so its records are preferred over the STARTTLS ones. The non-"s" services may in theory be
// used in clear text; we always require STARTTLS on them (clear text only by opt-in).
constexpr SrvService kServices[] = {
    {"_submissions._tcp.", Protocol::Smtp, Security::ImplicitTls},
    {"_submission._tcp.", Protocol::Smtp, Security::StartTls},
    {"_imaps._tcp.", Protocol::Imap, Security::ImplicitTls},
    {"_imap._tcp.", Protocol::Imap, Security::StartTls},
    {"_pop3s._tcp.", Protocol::Pop3, Security::ImplicitTls},
    {"_pop3._tcp.", Protocol::Pop3, Security::StartTls},
};
constexpr int kServiceCount = int(sizeof(kServices) / sizeof(kServices[0]));
constexpr int kMxLookup = kServiceCount; // index of the MX lookup

} // namespace

struct DnsDiscovery::Lookup
{
    int service = 0; // index in kServices, or kMxLookup
    QPointer<QDnsLookup> dns;
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    bool done = false;
};

DnsDiscovery::DnsDiscovery(const ProviderDirectory &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{}

DnsDiscovery::~DnsDiscovery()
{
    qDeleteAll(m_lookups);
}

void DnsDiscovery::start(const QString &address)
{
    abort();
    qDeleteAll(m_lookups);
    m_lookups.clear();
    m_address = address.trimmed();
    m_domain = addressDomain(m_address);
    m_srvByService = QList<QList<ServerConfig>>(kServiceCount);
    m_mxConfigs.clear();
    m_mxHosts.clear();
    m_mxProviderId.clear();
    m_notOffered.clear();
    m_reports.clear();
    if (m_domain.isEmpty()) {
        SourceReport r;
        r.source = DiscoverySource::Srv;
        r.query = m_address;
        r.state = SourceReport::State::Skipped;
        r.detail = QStringLiteral("no domain in the address");
        m_reports.append(r);
        Q_EMIT lookupFinished(r);
        QMetaObject::invokeMethod(this, &DnsDiscovery::finished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i <= kMxLookup; ++i)
        startLookup(i);
}

void DnsDiscovery::startLookup(int service)
{
    auto *lookup = new Lookup;
    lookup->service = service;
    m_lookups.append(lookup);
    const bool mx = service == kMxLookup;
    const QString name = mx ? m_domain : QLatin1String(kServices[service].label) + m_domain;
    lookup->dns = new QDnsLookup(mx ? QDnsLookup::MX : QDnsLookup::SRV, name, this);
    lookup->timer = new QTimer(this);
    lookup->timer->setSingleShot(true);
    connect(lookup->dns, &QDnsLookup::finished, this, [this, lookup] { onLookupFinished(lookup); });
    connect(lookup->timer, &QTimer::timeout, this, [this, lookup] { onTimeout(lookup); });
    ++m_pending;
    lookup->clock.start();
    lookup->timer->start(m_timeoutMs);
    lookup->dns->lookup();
}

void DnsDiscovery::abort()
{
    for (Lookup *lookup : std::as_const(m_lookups)) {
        if (lookup->done)
            continue;
        SourceReport r;
        r.source = lookup->service == kMxLookup ? DiscoverySource::Mx : DiscoverySource::Srv;
        r.query = lookup->dns ? lookup->dns->name() : QString();
        r.state = SourceReport::State::Skipped;
        r.detail = QStringLiteral("aborted");
        report(lookup, r);
    }
}

void DnsDiscovery::onTimeout(Lookup *lookup)
{
    if (lookup->done)
        return;
    SourceReport r;
    r.source = lookup->service == kMxLookup ? DiscoverySource::Mx : DiscoverySource::Srv;
    r.query = lookup->dns->name();
    r.state = SourceReport::State::Timeout;
    r.detail = QStringLiteral("no DNS answer within %1 ms").arg(m_timeoutMs);
    report(lookup, r);
}

void DnsDiscovery::report(Lookup *lookup, const SourceReport &r)
{
    lookup->done = true;
    lookup->timer->stop();
    lookup->timer->deleteLater();
    if (lookup->dns) {
        // QDnsLookup::abort() cannot stop the resolver thread; it only makes the object emit
        // finished() with OperationCancelledError, which we no longer listen to.
        lookup->dns->disconnect(this);
        lookup->dns->abort();
        lookup->dns->deleteLater();
    }
    SourceReport out = r;
    out.elapsedMs = lookup->clock.elapsed();
    m_reports.append(out);
    qCDebug(lcSetup) << "DNS" << out.query << sourceStateName(out.state) << out.detail
                     << out.elapsedMs << "ms";
    Q_EMIT lookupFinished(out);
    if (--m_pending == 0)
        Q_EMIT finished();
}

void DnsDiscovery::onLookupFinished(Lookup *lookup)
{
    if (lookup->done)
        return;
    QDnsLookup *dns = lookup->dns;
    SourceReport r;
    r.source = lookup->service == kMxLookup ? DiscoverySource::Mx : DiscoverySource::Srv;
    r.query = dns->name();
    switch (dns->error()) {
    case QDnsLookup::NoError:
        if (lookup->service == kMxLookup)
            handleMx(lookup, &r);
        else
            handleSrv(lookup, &r);
        break;
    case QDnsLookup::NotFoundError: // NXDOMAIN
        r.state = SourceReport::State::NotFound;
        r.detail = QStringLiteral("NXDOMAIN");
        break;
    case QDnsLookup::InvalidReplyError:
        // Measured with Qt 6.4 against dnsmasq: an answer with rcode NOERROR and no record of
        // the asked type (NODATA) comes back as InvalidReplyError, because res_nquery() fails
        // with h_errno NO_DATA. A truly garbled reply is reported the same way; the detail says
        // what Qt said.
        r.state = SourceReport::State::NoRecords;
        r.detail = QStringLiteral("no records (Qt: %1)").arg(dns->errorString());
        break;
    default:
        r.state = SourceReport::State::Error;
        r.detail = dns->errorString();
        break;
    }
    report(lookup, r);
}

void DnsDiscovery::handleSrv(Lookup *lookup, SourceReport *r)
{
    const SrvService &service = kServices[lookup->service];
    QList<QDnsServiceRecord> records = lookup->dns->serviceRecords();
    // RFC 2782 / RFC 6186 §3.4: a single record whose target is "." means the service is
    // decidedly not available at this domain. QDnsLookup gives the root name as "" (measured).
    auto isRoot = [](const QDnsServiceRecord &rec) {
        return rec.target().isEmpty() || rec.target() == QLatin1String(".");
    };
    if (records.size() == 1 && isRoot(records.first())) {
        r->state = SourceReport::State::NotOffered;
        r->detail = QStringLiteral("target \".\": service not offered");
        ServerEndpoint e;
        e.protocol = service.protocol;
        e.security = service.security;
        m_notOffered.append(e);
        return;
    }
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&isRoot](const QDnsServiceRecord &rec) {
                                     return isRoot(rec) || rec.port() == 0;
                                 }),
                  records.end());
    // RFC 2782: lower priority first. Within a priority RFC 2782 asks for a weighted random
    // pick; the probe tries every candidate at once, so a stable order (heavier weight first)
    // serves the same purpose and keeps results reproducible.
    std::stable_sort(records.begin(), records.end(),
                     [](const QDnsServiceRecord &a, const QDnsServiceRecord &b) {
                         if (a.priority() != b.priority())
                             return a.priority() < b.priority();
                         return a.weight() > b.weight();
                     });
    QList<ServerConfig> configs;
    QStringList described;
    for (const QDnsServiceRecord &rec : std::as_const(records)) {
        ServerConfig c;
        c.endpoint.protocol = service.protocol;
        c.endpoint.security = service.security;
        c.endpoint.host = rec.target().toLower();
        while (c.endpoint.host.endsWith(QLatin1Char('.')))
            c.endpoint.host.chop(1);
        c.endpoint.port = rec.port();
        c.source = DiscoverySource::Srv;
        c.username = m_address;
        c.priority = rec.priority();
        c.weight = rec.weight();
        // RFC 6186 §6: a target outside the user's domain may be an attacker's redirection
        // (DNS is not authenticated); the UI must ask before using it.
        c.needsConsent = !hostInDomain(c.endpoint.host, m_domain);
        if (const Provider *p = m_directory.providerForMxHost(c.endpoint.host)) {
            c.providerId = p->id;
            c.knownProvider = p->known;
        }
        configs.append(c);
        described.append(
            QStringLiteral("%1:%2 prio %3 weight %4%5")
                .arg(c.endpoint.host)
                .arg(c.endpoint.port)
                .arg(c.priority)
                .arg(c.weight)
                .arg(c.needsConsent ? QStringLiteral(" (outside the domain)") : QString()));
    }
    m_srvByService[lookup->service] = configs;
    r->settings = int(configs.size());
    r->state = configs.isEmpty() ? SourceReport::State::NoRecords : SourceReport::State::Found;
    r->detail = described.join(QStringLiteral(", "));
}

void DnsDiscovery::handleMx(Lookup *lookup, SourceReport *r)
{
    QList<QDnsMailExchangeRecord> records = lookup->dns->mailExchangeRecords();
    std::stable_sort(records.begin(), records.end(),
                     [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
                         return a.preference() < b.preference();
                     });
    for (const QDnsMailExchangeRecord &rec : std::as_const(records))
        m_mxHosts.append(rec.exchange().toLower());
    if (m_mxHosts.isEmpty()) {
        r->state = SourceReport::State::NoRecords;
        return;
    }
    // The most preferred MX that belongs to a known provider decides (RFC 5321 §5.1 order).
    for (const QString &host : std::as_const(m_mxHosts)) {
        if (const Provider *p = m_directory.providerForMxHost(host)) {
            m_mxProviderId = p->id;
            m_mxConfigs = ProviderDirectory::configsFor(*p, m_address, DiscoverySource::Mx);
            r->state = SourceReport::State::Found;
            r->settings = int(m_mxConfigs.size());
            r->detail = QStringLiteral("MX %1 → %2").arg(host, p->id);
            return;
        }
    }
    r->state = SourceReport::State::NotFound;
    r->detail = QStringLiteral("MX %1: no known provider").arg(m_mxHosts.join(QLatin1Char(' ')));
}

QList<ServerConfig> DnsDiscovery::srvConfigs() const
{
    QList<ServerConfig> all;
    for (const QList<ServerConfig> &configs : m_srvByService)
        all += configs;
    return all;
}

} // namespace mailwright
