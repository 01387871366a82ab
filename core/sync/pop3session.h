// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/mailerror.h"
#include "net/tlspolicy.h"
#include "net/wireconnection.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace mailwright {

/// One message of the maildrop as UIDL and LIST report it (RFC 1939 §7, §5).
struct Pop3Entry
{
    int number = 0;  ///< message number in this session (1-based)
    QString uidl;    ///< unique-id listing, stable across sessions
    qint64 size = 0; ///< octets as LIST counts them (with CRLF line ends)
};

/// A POP3 client (RFC 1939, CAPA RFC 2449, AUTH RFC 5034) written directly on WireConnection —
/// not VMime, whose 0.9.2 retrieval unstuffs only the first dot-stuffed line and drops the final
/// CRLF (G3). Messages come back byte for byte as the server holds them.
///
/// The password is sent (USER/PASS, or AUTH PLAIN when the server offers SASL PLAIN) only when
/// the wire is encrypted with an accepted certificate, or when the user explicitly chose
/// Security::None for the account (WireOptions::tls.allowPlaintext); otherwise open() fails with
/// PlaintextRefused before any credential leaves the machine. Passwords never reach the trace.
///
/// Thread: blocking; created, used and destroyed in one worker thread. Owner: the caller.
/// After any error the connection is closed and the session must not be reused.
class Pop3Session
{
public:
    Pop3Session();
    ~Pop3Session();
    Pop3Session(const Pop3Session &) = delete;
    Pop3Session &operator=(const Pop3Session &) = delete;

    /// Connects (TLS/STLS by the endpoint's security), reads the greeting and logs in.
    MailError open(const WireOptions &options, const QString &username, const QString &password);
    bool isOpen() const;
    TlsSessionInfo tlsInfo() const;

    /// UIDL + LIST of the whole maildrop, in message-number order.
    MailError listMessages(QList<Pop3Entry> *out);
    /// RETR (RFC 1939 §5): the exact bytes — every line's leading stuffing dot removed (§3),
    /// line ends as received, the termination line not included.
    MailError retrieve(int number, QByteArray *raw);
    /// DELE: marks the message; the server removes it only after a successful quit() (§6).
    MailError markDeleted(int number);
    /// QUIT: enters the UPDATE state (deletions take effect) and closes.
    MailError quit();
    /// Drops the connection without QUIT: marked messages stay on the server.
    void close();

private:
    MailError command(const QByteArray &line, QByteArray *reply, Phase phase,
                      const QString &traceAs = QString());
    MailError readMultiline(QByteArray *body, Phase phase);
    MailError fail(MailError error);

    std::unique_ptr<WireConnection> m_wire;
};

} // namespace mailwright
