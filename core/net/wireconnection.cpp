// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireconnection.h"

#include "logging.h"
#include "net/extraroots.h"
#include "net/tcpconnect_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <unistd.h>

namespace mailwright {

namespace {

constexpr int kSliceMs = 25;
constexpr qint64 kMaxLine = 1024 * 1024;
constexpr qint64 kWriteChunk = 64 * 1024;

// Translation context "Wire". A struct rather than a free tr() function: lupdate files a free
// function's texts under the enclosing namespace, which the program never looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wire)
};

MailError makeError(ErrorCode code, Phase phase, const QString &message)
{
    MailError e;
    e.code = code;
    e.phase = phase;
    e.userMessage = message;
    e.retryable = code == ErrorCode::Timeout || code == ErrorCode::ConnectionClosed ||
                  code == ErrorCode::NetworkError || code == ErrorCode::ServiceUnavailable;
    return e;
}

QString protocolString(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("unknown");
    }
}

QByteArray chomp(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

WireConnection::WireConnection() = default;

WireConnection::~WireConnection()
{
    close();
}

bool WireConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

MailError WireConnection::checkAlive(Phase phase) const
{
    if (m_options.cancel.isCancelled())
        return makeError(ErrorCode::Cancelled, phase, Tr::tr("Cancelled."));
    if (m_deadline.hasExpired())
        return makeError(ErrorCode::Timeout, phase,
                         Tr::tr("The server did not finish in the time allowed."));
    return MailError();
}

MailError WireConnection::closedError(Phase phase) const
{
    MailError e = makeError(ErrorCode::ConnectionClosed, phase,
                            Tr::tr("The server closed the connection unexpectedly."));
    if (m_socket)
        e.technicalDetail = m_socket->errorString();
    return e;
}

MailError WireConnection::open(const WireOptions &options)
{
    close();
    m_options = options;
    m_deadline = options.deadlineMs > 0 ? QDeadlineTimer(options.deadlineMs)
                                        : QDeadlineTimer(QDeadlineTimer::Forever);
    m_greeting.clear();
    m_startTlsDone = false;
    m_smtpCapsBeforeTls = SmtpCapabilities();
    m_smtpCaps = SmtpCapabilities();
    m_capsBeforeTls.clear();
    m_tls = TlsSessionInfo();
    m_sslErrors.clear();
    m_peerChain.clear();
    m_pinAccepted = false;

    const ServerEndpoint &ep = options.endpoint;
    // Clear text only behind an explicit per-account opt-in (RFC 8314 §3, §5.1).
    if (ep.security == Security::None && !options.tls.allowPlaintext) {
        return makeError(ErrorCode::PlaintextRefused, Phase::Config,
                         Tr::tr("Unencrypted connections are not allowed for this account."));
    }
    if (options.trace) {
        m_traceStream = std::make_unique<ProtocolTrace::Stream>(options.trace.get(), ep.protocol);
        options.trace->addNote(QStringLiteral("connecting to %1 port %2 (%3)")
                                   .arg(ep.host)
                                   .arg(ep.port)
                                   .arg(securityName(ep.security)));
    }

    MailError error;
    const int fd = detail::connectTcp(ep.host, ep.port, options.connectTimeoutMs, m_deadline,
                                      options.cancel, &error, &m_peerAddress);
    if (fd < 0)
        return error;
    m_socket = std::make_unique<QSslSocket>();
    if (!m_socket->setSocketDescriptor(fd, QAbstractSocket::ConnectedState, QIODevice::ReadWrite)) {
        ::close(fd);
        MailError e = makeError(ErrorCode::NetworkError, Phase::Connect,
                                Tr::tr("Could not use the network connection."));
        e.technicalDetail = m_socket->errorString();
        m_socket.reset();
        return e;
    }
    m_idle.start();
    traceNote(QStringLiteral("connected to %1").arg(m_peerAddress));

    if (ep.security == Security::ImplicitTls) {
        if (MailError e = handshake())
            return close(), e;
    }
    if (MailError e = greet())
        return close(), e;
    if (ep.security == Security::StartTls) {
        MailError e;
        switch (ep.protocol) {
        case Protocol::Smtp:
            e = startTlsSmtp();
            break;
        case Protocol::Imap:
            e = startTlsImap();
            break;
        case Protocol::Pop3:
            e = startTlsPop3();
            break;
        }
        if (e)
            return close(), e;
        m_startTlsDone = true;
    }
    if (ep.protocol == Protocol::Smtp) {
        // RFC 3207 §4.2: after TLS the client MUST discard what it knew and EHLO again.
        if (MailError e = ehlo(&m_smtpCaps))
            return close(), e;
    }
    return MailError();
}

void WireConnection::close()
{
    if (m_socket) {
        if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() > 0) {
            // VMime writes QUIT/LOGOUT and disconnects without reading: push it out, briefly.
            QDeadlineTimer t(1000);
            while (m_socket->bytesToWrite() > 0 && !t.hasExpired() &&
                   !m_options.cancel.isCancelled() &&
                   m_socket->state() == QAbstractSocket::ConnectedState) {
                m_socket->waitForBytesWritten(kSliceMs);
            }
        }
        m_socket->abort();
        m_socket.reset();
        traceNote(QStringLiteral("connection closed"));
    }
    if (m_traceStream) {
        m_traceStream->finish();
        m_traceStream.reset();
    }
    m_tls.encrypted = false;
}

void WireConnection::traceClient(const QString &safeText)
{
    if (m_options.trace)
        m_options.trace->addLine(ProtocolTrace::Direction::Client, safeText);
}

void WireConnection::traceNote(const QString &text)
{
    if (m_options.trace)
        m_options.trace->addNote(text);
}

MailError WireConnection::waitReadable(int maxWaitMs, Phase phase, bool *ready)
{
    *ready = false;
    QDeadlineTimer budget(maxWaitMs);
    for (;;) {
        if (!m_socket)
            return closedError(phase);
        if (m_socket->bytesAvailable() > 0) {
            *ready = true;
            return MailError();
        }
        if (MailError e = checkAlive(phase))
            return e;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return closedError(phase);
        if (m_idle.elapsed() >= m_options.idleTimeoutMs) {
            MailError e =
                makeError(ErrorCode::Timeout, phase, Tr::tr("The server stopped responding."));
            e.technicalDetail = QStringLiteral("no data for %1 ms").arg(m_idle.elapsed());
            return e;
        }
        if (budget.hasExpired())
            return MailError();
        const int slice = int(qMin<qint64>(kSliceMs, qMax<qint64>(1, budget.remainingTime())));
        m_socket->waitForReadyRead(slice);
    }
}

MailError WireConnection::readLine(QByteArray *line, Phase phase)
{
    line->clear();
    for (;;) {
        if (m_socket && m_socket->canReadLine()) {
            *line = m_socket->readLine(kMaxLine);
            break;
        }
        if (m_socket && m_socket->bytesAvailable() >= kMaxLine)
            return makeError(ErrorCode::ProtocolError, phase,
                             Tr::tr("The server sent an overlong line."));
        bool ready = false;
        if (MailError e = waitReadable(kSliceMs, phase, &ready)) {
            // A line cut off by a close is still worth reporting.
            if (e.code == ErrorCode::ConnectionClosed && m_socket &&
                m_socket->bytesAvailable() > 0) {
                *line = m_socket->readAll();
                break;
            }
            return e;
        }
        if (ready && m_socket->bytesAvailable() > 0 && !m_socket->canReadLine()) {
            // Partial line: wait for more (waitReadable returns at once while bytes sit there).
            m_socket->waitForReadyRead(kSliceMs);
        }
    }
    m_idle.restart();
    if (m_traceStream)
        m_traceStream->feed(ProtocolTrace::Direction::Server, *line);
    return MailError();
}

MailError WireConnection::readSome(QByteArray *out, qint64 max, int waitMs, Phase phase)
{
    out->clear();
    bool ready = false;
    if (MailError e = waitReadable(waitMs, phase, &ready))
        return e;
    if (!ready)
        return MailError();
    *out = m_socket->read(max);
    m_idle.restart();
    if (m_traceStream)
        m_traceStream->feed(ProtocolTrace::Direction::Server, *out);
    return MailError();
}

void WireConnection::queue(const QByteArray &data, bool trace)
{
    if (!m_socket)
        return;
    m_socket->write(data);
    if (trace && m_traceStream)
        m_traceStream->feed(ProtocolTrace::Direction::Client, data);
}

MailError WireConnection::flush(Phase phase)
{
    if (!m_socket)
        return closedError(phase);
    qint64 before = m_socket->bytesToWrite();
    while (m_socket->bytesToWrite() > 0) {
        if (MailError e = checkAlive(phase))
            return e;
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return closedError(phase);
        if (m_idle.elapsed() >= m_options.idleTimeoutMs)
            return makeError(ErrorCode::Timeout, phase,
                             Tr::tr("The server stopped accepting data."));
        m_socket->waitForBytesWritten(kSliceMs);
        const qint64 now = m_socket->bytesToWrite();
        if (now < before)
            m_idle.restart();
        before = now;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return closedError(phase);
    return MailError();
}

MailError WireConnection::write(const QByteArray &data, Phase phase, bool trace)
{
    // Big uploads go out in chunks so memory stays bounded and cancel is seen between them.
    for (qint64 offset = 0; offset < data.size(); offset += kWriteChunk) {
        queue(data.mid(offset, kWriteChunk), trace);
        if (MailError e = flush(phase))
            return e;
    }
    return MailError();
}

MailError WireConnection::readSmtpReply(SmtpReply *reply, Phase phase)
{
    *reply = SmtpReply();
    static const QRegularExpression enhanced(
        QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})(?: |$)"));
    for (int count = 0; count < 1000; ++count) {
        QByteArray raw;
        if (MailError e = readLine(&raw, phase))
            return e;
        const QByteArray line = chomp(raw);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        const char sep = line.size() > 3 ? line.at(3) : ' ';
        if (!ok || line.size() < 3 || code < 200 || code > 599 || (sep != ' ' && sep != '-') ||
            (reply->code != 0 && code != reply->code)) {
            MailError e = makeError(ErrorCode::ProtocolError, phase,
                                    Tr::tr("The server sent a reply that is not valid SMTP."));
            e.serverText = QString::fromUtf8(line);
            return e;
        }
        reply->code = code;
        reply->lines.append(QString::fromUtf8(line.mid(4)));
        if (sep == ' ') {
            const auto m = enhanced.match(reply->lines.first());
            if (m.hasMatch())
                reply->enhancedCode = m.captured(1);
            return MailError();
        }
    }
    return makeError(ErrorCode::ProtocolError, phase, Tr::tr("The server sent an overlong reply."));
}

MailError WireConnection::smtpCommand(const QByteArray &command, SmtpReply *reply, Phase phase,
                                      const QString &traceAs)
{
    if (!traceAs.isEmpty())
        traceClient(traceAs);
    if (MailError e = write(command + "\r\n", phase, traceAs.isEmpty()))
        return e;
    return readSmtpReply(reply, phase);
}

MailError WireConnection::greet()
{
    const Phase phase = Phase::Greeting;
    const ServerEndpoint &ep = m_options.endpoint;
    if (ep.protocol == Protocol::Smtp) {
        SmtpReply reply;
        if (MailError e = readSmtpReply(&reply, phase))
            return e;
        m_greeting = reply.text().section(QLatin1Char('\n'), 0, 0).toUtf8();
        if (reply.code == 220)
            return MailError();
        // RFC 5321 §3.1: 554 instead of 220 means "no service here"; 421 "try later".
        MailError e = replyError(reply, phase, ErrorCode::ServiceUnavailable);
        e.retryable = reply.code == 421;
        return e;
    }
    QByteArray raw;
    if (MailError e = readLine(&raw, phase))
        return e;
    m_greeting = chomp(raw);
    const QByteArray upper = m_greeting.toUpper();
    const bool ok = ep.protocol == Protocol::Imap
                        ? (upper.startsWith("* OK") || upper.startsWith("* PREAUTH"))
                        : upper.startsWith("+OK");
    if (ok)
        return MailError();
    const bool refused = upper.startsWith("* BYE") || upper.startsWith("-ERR");
    MailError e =
        makeError(refused ? ErrorCode::ServiceUnavailable : ErrorCode::ProtocolError, phase,
                  refused ? Tr::tr("The server does not accept connections right now.")
                          : Tr::tr("The server's greeting is not valid for this protocol."));
    e.serverText = QString::fromUtf8(m_greeting);
    return e;
}

MailError WireConnection::ehlo(SmtpCapabilities *caps)
{
    SmtpReply reply;
    if (MailError e = smtpCommand("EHLO " + m_options.heloName.toUtf8(), &reply, Phase::Hello))
        return e;
    if (reply.code != 250) {
        return replyError(reply, Phase::Hello, ErrorCode::ProtocolError);
    }
    *caps = SmtpCapabilities::fromEhlo(reply);
    return MailError();
}

MailError WireConnection::startTlsSmtp()
{
    if (MailError e = ehlo(&m_smtpCapsBeforeTls))
        return e;
    if (!m_smtpCapsBeforeTls.startTls) {
        // RFC 3207: never continue in clear text when STARTTLS was asked for (G4).
        return makeError(ErrorCode::StartTlsUnavailable, Phase::StartTls,
                         Tr::tr("The server does not offer STARTTLS, so the connection cannot be "
                                "encrypted."));
    }
    SmtpReply reply;
    if (MailError e = smtpCommand("STARTTLS", &reply, Phase::StartTls))
        return e;
    if (reply.code != 220) {
        // Whatever the reply (502, 454, 421...), there is no TLS: never go on in clear text.
        return replyError(reply, Phase::StartTls, ErrorCode::StartTlsUnavailable);
    }
    return handshake();
}

MailError WireConnection::startTlsImap()
{
    // RFC 3501 §6.2.1 / RFC 2595 §3.1: ask for capabilities; the greeting's CAPABILITY code is
    // unauthenticated and is only used to know whether STARTTLS exists.
    QByteArray raw;
    if (MailError e = write("MW0 CAPABILITY\r\n", Phase::Hello))
        return e;
    for (;;) {
        if (MailError e = readLine(&raw, Phase::Hello))
            return e;
        const QByteArray line = chomp(raw);
        if (line.toUpper().startsWith("* CAPABILITY ")) {
            for (const QByteArray &atom : line.mid(13).split(' '))
                if (!atom.isEmpty())
                    m_capsBeforeTls.append(QString::fromUtf8(atom).toUpper());
        } else if (line.startsWith("MW0 ")) {
            if (!line.mid(4).toUpper().startsWith("OK")) {
                MailError e = makeError(ErrorCode::ProtocolError, Phase::Hello,
                                        Tr::tr("The server refused the CAPABILITY command."));
                e.serverText = QString::fromUtf8(line);
                return e;
            }
            break;
        }
    }
    if (!m_capsBeforeTls.contains(QStringLiteral("STARTTLS"))) {
        return makeError(ErrorCode::StartTlsUnavailable, Phase::StartTls,
                         Tr::tr("The server does not offer STARTTLS, so the connection cannot be "
                                "encrypted."));
    }
    if (MailError e = write("MW1 STARTTLS\r\n", Phase::StartTls))
        return e;
    for (;;) {
        if (MailError e = readLine(&raw, Phase::StartTls))
            return e;
        const QByteArray line = chomp(raw);
        if (line.startsWith("* "))
            continue;
        if (line.startsWith("MW1 ") && line.mid(4).toUpper().startsWith("OK"))
            break;
        MailError e = makeError(ErrorCode::StartTlsUnavailable, Phase::StartTls,
                                Tr::tr("The server refused to start encryption (STARTTLS)."));
        e.serverText = QString::fromUtf8(line);
        return e;
    }
    return handshake();
}

MailError WireConnection::startTlsPop3()
{
    // RFC 2449 CAPA, RFC 2595 §4 STLS.
    QByteArray raw;
    if (MailError e = write("CAPA\r\n", Phase::Hello))
        return e;
    if (MailError e = readLine(&raw, Phase::Hello))
        return e;
    if (chomp(raw).toUpper().startsWith("+OK")) {
        for (;;) {
            if (MailError e = readLine(&raw, Phase::Hello))
                return e;
            const QByteArray line = chomp(raw);
            if (line == ".")
                break;
            m_capsBeforeTls.append(QString::fromUtf8(line));
        }
    }
    bool stls = false;
    for (const QString &c : std::as_const(m_capsBeforeTls))
        stls = stls || c.trimmed().toUpper() == QLatin1String("STLS");
    if (!stls) {
        return makeError(ErrorCode::StartTlsUnavailable, Phase::StartTls,
                         Tr::tr("The server does not offer STLS, so the connection cannot be "
                                "encrypted."));
    }
    if (MailError e = write("STLS\r\n", Phase::StartTls))
        return e;
    if (MailError e = readLine(&raw, Phase::StartTls))
        return e;
    if (!chomp(raw).toUpper().startsWith("+OK")) {
        MailError e = makeError(ErrorCode::StartTlsUnavailable, Phase::StartTls,
                                Tr::tr("The server refused to start encryption (STLS)."));
        e.serverText = QString::fromUtf8(chomp(raw));
        return e;
    }
    return handshake();
}

MailError WireConnection::handshake()
{
    const ServerEndpoint &ep = m_options.endpoint;
    // Bytes that arrived after the go-ahead but before the handshake were sent in clear text
    // and could be an attacker's injection (CVE-2011-0411 class): refuse.
    if (m_socket->bytesAvailable() > 0) {
        MailError e =
            makeError(ErrorCode::TlsFailure, Phase::Tls,
                      Tr::tr("The server sent unexpected data before encryption started."));
        e.serverText = QString::fromUtf8(m_socket->peek(200));
        return e;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    // Qt's default configuration trusts the system roots, which OpenSSL looks up on demand in
    // the system's hashed directories. setCaCertificates() would switch that off and make every
    // process parse all of them first (~288 certificates on Debian, 0.1–0.2 s before the
    // ClientHello, measured), so extra roots (--ca-file, the account's CA file) are not added
    // here: a chain that only fails for its unknown issuer is checked against them in the
    // sslErrors handler below (extraroots.h).
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(conf);
    // Used for the RFC 6125 check and for SNI; Qt sends no SNI for IP literals (RFC 6066 §3).
    m_socket->setPeerVerifyName(ep.host);

    // Runs synchronously inside waitForEncrypted() in this thread.
    QObject::connect(
        m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
        [this](const QList<QSslError> &errors) {
            m_peerChain = m_socket->peerCertificateChain();
            m_sslErrors = extraroots::errorsWithExtraRoots(errors, m_peerChain,
                                                           m_options.tls.extraCaCertificates());
            if (m_sslErrors.isEmpty()) {
                traceNote(QStringLiteral("certificate verified against the account's CA file"));
                m_socket->ignoreSslErrors();
                return;
            }
            const QSslCertificate leaf =
                m_peerChain.isEmpty() ? QSslCertificate() : m_peerChain.first();
            if (m_options.tls.isPinned(m_options.endpoint.host, m_options.endpoint.port, leaf)) {
                m_pinAccepted = true;
                m_socket->ignoreSslErrors();
            }
        },
        Qt::DirectConnection);

    m_socket->startClientEncryption();
    while (!m_socket->isEncrypted()) {
        if (MailError e = checkAlive(Phase::Tls))
            return e;
        if (m_idle.elapsed() >= m_options.idleTimeoutMs)
            return makeError(ErrorCode::Timeout, Phase::Tls,
                             Tr::tr("The TLS handshake timed out."));
        if (m_socket->waitForEncrypted(kSliceMs))
            break;
        if (!m_sslErrors.isEmpty() && !m_pinAccepted) {
            const ErrorCode code = certificateErrorCode(m_sslErrors);
            QString message;
            switch (code) {
            case ErrorCode::CertificateExpired:
                message = Tr::tr("The server's certificate has expired or is not yet valid.");
                break;
            case ErrorCode::CertificateWrongHost:
                message = Tr::tr("The server's certificate is for a different server name than %1.")
                              .arg(ep.host);
                break;
            default:
                message = Tr::tr("The server's certificate is not trusted.");
                break;
            }
            MailError e = makeError(code, Phase::Tls, message);
            e.certificate = certificateInfo(m_peerChain, m_sslErrors);
            e.technicalDetail = e.certificate.errors.join(QLatin1String("; "));
            traceNote(QStringLiteral("certificate refused: ") + e.technicalDetail);
            return e;
        }
        const auto err = m_socket->error();
        if (m_socket->state() != QAbstractSocket::ConnectedState ||
            (err != QAbstractSocket::SocketTimeoutError &&
             err != QAbstractSocket::UnknownSocketError)) {
            MailError e =
                makeError(ErrorCode::TlsFailure, Phase::Tls,
                          Tr::tr("The secure connection (TLS) could not be established."));
            e.technicalDetail = m_socket->errorString();
            e.retryable = false;
            traceNote(QStringLiteral("TLS failed: ") + e.technicalDetail);
            return e;
        }
    }
    m_idle.restart();
    m_tls.encrypted = true;
    m_tls.pinned = m_pinAccepted;
    m_tls.protocol = protocolString(m_socket->sessionProtocol());
    m_tls.cipher = m_socket->sessionCipher().name();
    m_tls.certificate = certificateInfo(m_socket->peerCertificateChain(), m_sslErrors);
    traceNote(
        QStringLiteral("TLS established: %1 %2%3")
            .arg(m_tls.protocol, m_tls.cipher,
                 m_pinAccepted ? QStringLiteral(" (certificate accepted by pin)") : QString()));
    return MailError();
}

} // namespace mailwright
