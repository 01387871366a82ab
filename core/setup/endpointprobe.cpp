// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointprobe.h"

#include "errors/errorcatalogue.h"
#include "errors/mailerrorjson.h"
#include "logging.h"
#include "net/wireconnection.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace mailwright {

QString probeStateForError(const MailError &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return QStringLiteral("ok");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::DnsFailure:
        return QStringLiteral("dns_error");
    case ErrorCode::ConnectionRefused:
        return QStringLiteral("refused");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::TlsFailure:
        return QStringLiteral("tls_error");
    case ErrorCode::CertificateUntrusted:
    case ErrorCode::CertificateExpired:
    case ErrorCode::CertificateWrongHost:
    case ErrorCode::CertificatePinMismatch:
        return QStringLiteral("cert_error");
    case ErrorCode::StartTlsUnavailable:
        return QStringLiteral("no_starttls");
    case ErrorCode::NetworkError:
        // An unreachable address ends the connect like a refusal would.
        return error.phase == Phase::Connect ? QStringLiteral("refused")
                                             : QStringLiteral("protocol_error");
    default:
        return QStringLiteral("protocol_error");
    }
}

QJsonObject ProbeOutcome::detailsJson() const
{
    QJsonObject o;
    const CertificateInfo &cert = tls.encrypted ? tls.certificate : error.certificate;
    if (tls.encrypted || !cert.isNull()) {
        o.insert(QStringLiteral("tls"),
                 QJsonObject{{QStringLiteral("version"), tls.protocol},
                             {QStringLiteral("cipher"), tls.cipher},
                             {QStringLiteral("pinned"), tls.pinned},
                             {QStringLiteral("certificate"), certificateToJson(cert)}});
    } else {
        o.insert(QStringLiteral("tls"), QJsonValue::Null);
    }
    if (endpoint.protocol == Protocol::Smtp && smtp.valid) {
        o.insert(QStringLiteral("capabilities"),
                 QJsonObject{
                     {QStringLiteral("auth"), QJsonArray::fromStringList(smtp.authMechanisms)},
                     {QStringLiteral("auth_before_tls"),
                      QJsonArray::fromStringList(smtpBeforeTls.authMechanisms)},
                     {QStringLiteral("size"),
                      smtp.sizeAdvertised ? QJsonValue(smtp.sizeLimit) : QJsonValue::Null},
                     {QStringLiteral("pipelining"), smtp.pipelining},
                     {QStringLiteral("eightbitmime"), smtp.eightBitMime},
                     {QStringLiteral("smtputf8"), smtp.smtpUtf8},
                     {QStringLiteral("dsn"), smtp.dsn},
                     {QStringLiteral("chunking"), smtp.chunking},
                     {QStringLiteral("requiretls"), smtp.requireTls},
                     {QStringLiteral("enhancedstatuscodes"), smtp.enhancedStatusCodes},
                     // STARTTLS is announced before TLS; after it, RFC 3207 §4.2 forbids it.
                     {QStringLiteral("starttls"), smtp.startTls || smtpBeforeTls.startTls},
                 });
    } else if (endpoint.protocol != Protocol::Smtp && !capabilities.isEmpty()) {
        QStringList auth;
        for (const QString &c : capabilities) {
            if (c.startsWith(QLatin1String("AUTH=")))
                auth.append(c.mid(5));
            else if (c.startsWith(QLatin1String("SASL ")))
                auth += c.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        o.insert(QStringLiteral("capabilities"),
                 QJsonObject{{QStringLiteral("auth"), QJsonArray::fromStringList(auth)},
                             {QStringLiteral("list"), QJsonArray::fromStringList(capabilities)}});
    } else {
        o.insert(QStringLiteral("capabilities"), QJsonValue::Null);
    }
    if (error.isError())
        o.insert(QStringLiteral("error"), mailErrorToJson(error));
    return o;
}

namespace {

/// IMAP CAPABILITY (RFC 3501 §6.1.1) over the secure channel, then LOGOUT.
void imapCapabilities(WireConnection &wire, QStringList *out)
{
    if (wire.write("P1 CAPABILITY\r\n", Phase::Hello))
        return;
    for (int i = 0; i < 50; ++i) {
        QByteArray line;
        if (wire.readLine(&line, Phase::Hello))
            return;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toUpper().startsWith("* CAPABILITY ")) {
            const QList<QByteArray> atoms = trimmed.mid(13).split(' ');
            for (const QByteArray &a : atoms) {
                if (!a.isEmpty())
                    out->append(QString::fromUtf8(a).toUpper());
            }
        }
        if (trimmed.startsWith("P1 "))
            break;
    }
    wire.write("P2 LOGOUT\r\n", Phase::Hello);
}

/// POP3 CAPA (RFC 2449 §5) over the secure channel, then QUIT.
void pop3Capabilities(WireConnection &wire, QStringList *out)
{
    if (wire.write("CAPA\r\n", Phase::Hello))
        return;
    QByteArray line;
    if (wire.readLine(&line, Phase::Hello) || !line.startsWith("+OK"))
        return;
    for (int i = 0; i < 100; ++i) {
        if (wire.readLine(&line, Phase::Hello))
            return;
        const QByteArray trimmed = line.trimmed();
        if (trimmed == ".")
            break;
        out->append(QString::fromUtf8(trimmed).toUpper());
    }
    wire.write("QUIT\r\n", Phase::Hello);
}

} // namespace

ProbeOutcome probeEndpoint(const ServerEndpoint &endpoint, const ProbeSettings &settings,
                           const CancelToken &cancel)
{
    ProbeOutcome outcome;
    outcome.endpoint = endpoint;
    QElapsedTimer clock;
    clock.start();

    WireOptions options;
    options.endpoint = endpoint;
    options.tls = settings.tls;
    // Probing a clear-text server sends no password; whether such a server may be offered is
    // the candidate list's decision (explicit opt-in).
    options.tls.allowPlaintext = endpoint.security == Security::None;
    options.connectTimeoutMs = settings.connectTimeoutMs;
    options.idleTimeoutMs = settings.idleTimeoutMs;
    options.cancel = cancel;
    options.trace = settings.trace;

    WireConnection wire;
    MailError error = wire.open(options);
    if (!error) {
        outcome.tls = wire.tlsInfo();
        outcome.greeting = QString::fromUtf8(wire.greetingLine());
        if (endpoint.protocol == Protocol::Smtp) {
            outcome.smtp = wire.smtpCapabilities();
            outcome.smtpBeforeTls = wire.smtpCapabilitiesBeforeTls();
            SmtpReply reply;
            wire.smtpCommand("QUIT", &reply, Phase::Hello);
        } else if (endpoint.protocol == Protocol::Imap) {
            imapCapabilities(wire, &outcome.capabilities);
        } else {
            pop3Capabilities(wire, &outcome.capabilities);
        }
        wire.close();
    } else {
        error.host = endpoint.host + QLatin1Char(':') + QString::number(endpoint.port);
        explain(error);
    }
    outcome.error = error;
    outcome.state = probeStateForError(error);
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

EndpointProbe::EndpointProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ProbeOutcome>();
    // Every candidate at once: up to ~20 in a discovery; threads mostly wait on sockets.
    m_pool.setMaxThreadCount(32);
    m_pool.setExpiryTimeout(5000);
}

EndpointProbe::~EndpointProbe()
{
    m_cancel.cancel();
    ++m_generation;
    m_pool.waitForDone();
}

void EndpointProbe::start(const QList<Candidate> &candidates, const ReportFunction &report)
{
    cancel();
    m_cancel = CancelToken();
    const quint64 generation = ++m_generation;
    m_outcomes = QList<ProbeOutcome>(candidates.size());
    const CancelToken token = m_cancel;
    const ProbeSettings settings = m_settings;
    EndpointProbe *probe = this; // alive while any worker runs: the destructor waits
    for (int i = 0; i < candidates.size(); ++i) {
        const ServerEndpoint endpoint = candidates.at(i).endpoint;
        m_pool.start([probe, i, endpoint, settings, token, generation, report] {
            const ProbeOutcome outcome = probeEndpoint(endpoint, settings, token);
            if (token.isCancelled())
                return;
            // Back to the probe's thread; the generation check drops reports of a run that was
            // cancelled while this one was on its way.
            QMetaObject::invokeMethod(
                probe,
                [probe, i, outcome, generation, report] {
                    if (generation != probe->m_generation)
                        return;
                    probe->m_outcomes[i] = outcome;
                    Q_EMIT probe->candidateFinished(i, outcome);
                    if (report) {
                        CandidateProbe::Outcome o;
                        o.state = outcome.state;
                        o.elapsedMs = outcome.elapsedMs;
                        o.details = outcome.detailsJson();
                        report(i, o);
                    }
                },
                Qt::QueuedConnection);
        });
    }
}

void EndpointProbe::cancel()
{
    // The workers see the flag within ~30 ms and return without reporting; the pool's threads
    // are reused by the next run.
    m_cancel.cancel();
    ++m_generation;
}

} // namespace mailwright
