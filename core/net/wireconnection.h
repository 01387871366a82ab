// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/serverendpoint.h"
#include "errors/mailerror.h"
#include "net/canceltoken.h"
#include "net/protocoltrace.h"
#include "net/smtpreply.h"
#include "net/tlspolicy.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QString>

#include <memory>

class QSslSocket;

namespace mailwright {

/// Everything a connection needs. Plain value type, any thread.
struct WireOptions
{
    ServerEndpoint endpoint;
    TlsPolicy tls;
    int connectTimeoutMs = 10000; ///< per address tried, also bounds the name lookup
    int idleTimeoutMs = 30000;    ///< no byte in either direction for this long → Timeout
    qint64 deadlineMs = 0;        ///< whole connection, counted from open(); 0 = none
    CancelToken cancel;
    std::shared_ptr<ProtocolTrace> trace; ///< may be null
    /// EHLO argument. Never the machine's host name (privacy); RFC 5321 §4.1.4 allows an
    /// address literal or a name, servers accept "localhost" from submission clients.
    QString heloName = QStringLiteral("localhost");
};

/// One blocking TCP(+TLS) connection to a mail server — "the wire". Mailwright owns TCP, TLS
/// (OpenSSL through QSslSocket, used in blocking mode without an event loop) and STARTTLS, so
/// that no protocol library can fall back to clear text or skip verification (VMime G1, G2, G4).
///
/// Thread: created, used and destroyed in ONE worker thread (the QSslSocket inside has that
/// thread's affinity and needs no event loop). Only options().cancel may be touched from other
/// threads. Owner: the session object that opened it (SmtpSession, the VMime socket adapter).
///
/// After open() succeeds:
///   - SMTP: greeting read, STARTTLS done if asked, EHLO sent (again) over the secure channel;
///     the connection is ready for AUTH / MAIL FROM.
///   - IMAP / POP3: greeting read, STARTTLS/STLS done if asked; the next bytes on the stream are
///     the server's answer to the caller's next command. greetingLine() has the greeting for the
///     protocol library (which expects one).
/// Every wait is sliced into 25 ms steps that check the cancel token, the idle timeout and the
/// overall deadline, so a cancel from another thread returns within ~30 ms.
class WireConnection
{
public:
    WireConnection();
    ~WireConnection();
    WireConnection(const WireConnection &) = delete;
    WireConnection &operator=(const WireConnection &) = delete;

    MailError open(const WireOptions &options);
    /// Flushes queued bytes (bounded to 1 s) and closes the socket. No protocol goodbye.
    void close();
    bool isOpen() const;
    /// True when TLS is up AND the certificate was accepted (verified or pinned).
    bool isEncrypted() const { return m_tls.encrypted; }
    bool usedStartTls() const { return m_startTlsDone; }

    const WireOptions &options() const { return m_options; }
    QString peerAddress() const { return m_peerAddress; }
    TlsSessionInfo tlsInfo() const { return m_tls; }
    /// The server's greeting line without CRLF ("220 ...", "* OK ...", "+OK ...").
    QByteArray greetingLine() const { return m_greeting; }
    /// EHLO before STARTTLS (invalid unless STARTTLS was used) and the EHLO that counts.
    SmtpCapabilities smtpCapabilitiesBeforeTls() const { return m_smtpCapsBeforeTls; }
    SmtpCapabilities smtpCapabilities() const { return m_smtpCaps; }
    /// IMAP CAPABILITY atoms / POP3 CAPA lines seen before STARTTLS.
    QStringList capabilitiesBeforeTls() const { return m_capsBeforeTls; }

    // Blocking I/O. Errors carry \a phase; Cancelled, Timeout and ConnectionClosed can come
    // from any of them.
    /// Queues bytes without sending (coalescing); \a trace false keeps them out of the trace.
    void queue(const QByteArray &data, bool trace = true);
    MailError flush(Phase phase);
    MailError write(const QByteArray &data, Phase phase, bool trace = true);
    /// One line including its LF (max 1 MiB).
    MailError readLine(QByteArray *line, Phase phase);
    /// Whatever arrives within \a waitMs (maybe nothing), at most \a max bytes.
    MailError readSome(QByteArray *out, qint64 max, int waitMs, Phase phase);
    MailError readSmtpReply(SmtpReply *reply, Phase phase);
    /// Sends one command line (CRLF added) and reads the reply. If \a traceAs is set, the
    /// trace gets that text instead of the command (for secrets).
    MailError smtpCommand(const QByteArray &command, SmtpReply *reply, Phase phase,
                          const QString &traceAs = QString());

    void traceClient(const QString &safeText);
    void traceNote(const QString &text);

    /// Cancelled or past the overall deadline (as an error for \a phase), else no error.
    MailError checkAlive(Phase phase) const;
    qint64 idleMs() const { return m_idle.elapsed(); }

private:
    MailError greet();
    MailError startTlsSmtp();
    MailError startTlsImap();
    MailError startTlsPop3();
    MailError handshake();
    MailError ehlo(SmtpCapabilities *caps);
    MailError waitReadable(int maxWaitMs, Phase phase, bool *ready);
    MailError closedError(Phase phase) const;

    WireOptions m_options;
    std::unique_ptr<QSslSocket> m_socket;
    std::unique_ptr<ProtocolTrace::Stream> m_traceStream;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_idle;
    QString m_peerAddress;
    QByteArray m_greeting;
    bool m_startTlsDone = false;
    SmtpCapabilities m_smtpCapsBeforeTls;
    SmtpCapabilities m_smtpCaps;
    QStringList m_capsBeforeTls;
    TlsSessionInfo m_tls;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    bool m_pinAccepted = false;
};

} // namespace mailwright
