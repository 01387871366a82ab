// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

#include "logging.h"
#include "setup/autoconfigclient.h"
#include "setup/dnsdiscovery.h"
#include "setup/providerdirectory.h"

#include <QPointer>

namespace mailwright {

Discovery::Discovery(const ProviderDirectory &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{}

Discovery::~Discovery()
{
    blockSignals(true);
    cancel();
}

void Discovery::start(const QString &address)
{
    cancel();
    ++m_generation;
    m_clock.start();
    m_result = DiscoveryResult();
    m_result.address = address.trimmed();
    m_tableConfigs.clear();
    m_running = true;
    m_probing = false;
    const QString domain = addressDomain(m_result.address);

    // Source 1: the built-in table (synchronous, reported through the event loop like the
    // others so the UI sees one kind of progress).
    SourceReport table;
    table.source = DiscoverySource::ProviderTable;
    table.query = domain;
    if (const Provider *p = m_directory.providerForDomain(domain)) {
        m_tableConfigs =
            ProviderDirectory::configsFor(*p, m_result.address, DiscoverySource::ProviderTable);
        m_result.providerId = p->id;
        table.state = SourceReport::State::Found;
        table.settings = int(m_tableConfigs.size());
        table.detail = p->id;
    } else {
        table.state = SourceReport::State::NotFound;
    }
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, table, generation] {
            if (generation == m_generation && m_running)
                onSource(table);
        },
        Qt::QueuedConnection);

    // Sources 2-4, in parallel: SRV + MX (DNS) and HTTPS autoconfig.
    m_dnsDone = !m_options.useDns || domain.isEmpty();
    m_autoconfigDone = !m_options.useAutoconfig || domain.isEmpty();
    if (!m_dnsDone) {
        m_dns = new DnsDiscovery(m_directory, this);
        m_dns->setTimeout(m_options.dnsTimeoutMs);
        connect(m_dns, &DnsDiscovery::lookupFinished, this, &Discovery::onSource);
        connect(m_dns, &DnsDiscovery::finished, this, [this] {
            m_dnsDone = true;
            checkSourcesDone();
        });
        m_dns->start(m_result.address);
    }
    if (!m_autoconfigDone) {
        m_autoconfig = new AutoconfigClient(this);
        m_autoconfig->setTimeout(m_options.httpTimeoutMs);
        connect(m_autoconfig, &AutoconfigClient::requestFinished, this, &Discovery::onSource);
        connect(m_autoconfig, &AutoconfigClient::finished, this, [this] {
            m_autoconfigDone = true;
            checkSourcesDone();
        });
        m_autoconfig->start(m_result.address);
    }
    // Runs after the queued table report, so an address without domain still finishes.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                checkSourcesDone();
        },
        Qt::QueuedConnection);
}

void Discovery::cancel()
{
    if (m_running) {
        m_running = false;
        ++m_generation;
        if (m_probing && m_probe)
            m_probe->cancel();
        m_probing = false;
    }
    // The sources of a previous run go too (finished or not).
    if (m_dns) {
        m_dns->disconnect(this);
        m_dns->abort();
        m_dns->deleteLater();
        m_dns = nullptr;
    }
    if (m_autoconfig) {
        m_autoconfig->disconnect(this);
        m_autoconfig->abort();
        m_autoconfig->deleteLater();
        m_autoconfig = nullptr;
    }
}

void Discovery::onSource(const SourceReport &report)
{
    m_result.sources.append(report);
    Q_EMIT sourceFinished(report);
}

void Discovery::checkSourcesDone()
{
    if (!m_running || m_probing || !m_dnsDone || !m_autoconfigDone)
        return;
    // The table report is queued before this call; make sure it is in before going on.
    const bool tableReported =
        std::any_of(m_result.sources.begin(), m_result.sources.end(), [](const SourceReport &r) {
            return r.source == DiscoverySource::ProviderTable;
        });
    if (!tableReported)
        return;

    QList<ServerConfig> configured = m_tableConfigs;
    CandidateOptions options;
    options.allowPlain = m_options.allowPlain;
    // The built-in table is authoritative for its domains: no guessing next to it.
    options.guess = m_tableConfigs.isEmpty();
    if (m_dns) {
        configured += m_dns->srvConfigs();
        configured += m_dns->mxConfigs();
        options.notOffered = m_dns->notOffered();
        if (m_result.providerId.isEmpty())
            m_result.providerId = m_dns->mxProviderId();
    }
    if (m_autoconfig)
        configured += m_autoconfig->serverConfigs();
    m_result.candidates = buildCandidates(addressDomain(m_result.address), configured, options);
    Q_EMIT candidatesReady(m_result.candidates);

    if (!m_probe || m_result.candidates.isEmpty()) {
        finish();
        return;
    }
    m_probing = true;
    m_result.probed = true;
    const quint64 generation = m_generation;
    QPointer<Discovery> self(this);
    m_probe->start(m_result.candidates,
                   [self, generation](int index, const CandidateProbe::Outcome &outcome) {
                       if (self && generation == self->m_generation)
                           self->onProbeReport(index, outcome);
                   });
}

void Discovery::onProbeReport(int index, const CandidateProbe::Outcome &outcome)
{
    if (!m_probing || index < 0 || index >= m_result.candidates.size())
        return;
    Candidate &c = m_result.candidates[index];
    c.state = outcome.state.isEmpty() ? QStringLiteral("protocol_error") : outcome.state;
    c.elapsedMs = outcome.elapsedMs;
    c.probeDetails = outcome.details;
    Q_EMIT candidateUpdated(index, c);
    // Finish as soon as every protocol's choice is final: a silent better candidate only holds
    // the answer back until the probe's own connect timeout ends it.
    bool allDecided = true;
    for (Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        bool decided = false;
        chooseCandidate(m_result.candidates, p, &decided);
        allDecided = allDecided && decided;
    }
    if (allDecided) {
        m_probe->cancel();
        m_probing = false;
        finish();
    }
}

void Discovery::finish()
{
    bool decided = false;
    if (m_result.probed) {
        m_result.smtp = chooseCandidate(m_result.candidates, Protocol::Smtp, &decided);
        m_result.imap = chooseCandidate(m_result.candidates, Protocol::Imap, &decided);
        m_result.pop3 = chooseCandidate(m_result.candidates, Protocol::Pop3, &decided);
    } else {
        // Unverified: the best configured candidate that needs no consent.
        auto best = [this](Protocol p) {
            for (int i = 0; i < m_result.candidates.size(); ++i) {
                const Candidate &c = m_result.candidates.at(i);
                if (c.endpoint.protocol == p && c.isConfigured() && !c.needsConsent)
                    return i;
            }
            return -1;
        };
        m_result.smtp = best(Protocol::Smtp);
        m_result.imap = best(Protocol::Imap);
        m_result.pop3 = best(Protocol::Pop3);
    }
    if (const Provider *p = m_directory.provider(m_result.providerId)) {
        m_result.providerName = p->name;
        m_result.providerHints = p->hints;
    }
    m_result.elapsedMs = m_clock.elapsed();
    m_running = false;
    qCDebug(lcSetup) << "discovery of" << m_result.address << "ended after" << m_result.elapsedMs
                     << "ms with" << m_result.candidates.size() << "candidates";
    Q_EMIT finished(m_result);
}

const Candidate *DiscoveryResult::chosen(Protocol protocol) const
{
    const int index = protocol == Protocol::Smtp ? smtp : protocol == Protocol::Imap ? imap : pop3;
    return index >= 0 && index < candidates.size() ? &candidates.at(index) : nullptr;
}

} // namespace mailwright
